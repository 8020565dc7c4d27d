"""Reading back what was printed: each page's text, the page count and the page sizes."""

from __future__ import annotations

import pypdfium2 as pdfium


def page_texts(data: bytes) -> list[str]:
    document = pdfium.PdfDocument(data)
    try:
        return [document[i].get_textpage().get_text_range() for i in range(len(document))]
    finally:
        document.close()


def pdf_text(data: bytes) -> str:
    return "\n".join(page_texts(data))


def page_count(data: bytes) -> int:
    document = pdfium.PdfDocument(data)
    try:
        return len(document)
    finally:
        document.close()


def page_sizes(data: bytes) -> set[tuple[int, int]]:
    """Each page's size in points, rounded: {(612, 792)} is Letter, {(595, 842)} A4."""
    document = pdfium.PdfDocument(data)
    try:
        sizes = (document[i].get_size() for i in range(len(document)))
        return {(round(width), round(height)) for width, height in sizes}
    finally:
        document.close()
