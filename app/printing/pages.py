"""How many pages a finished PDF has (an acta states the folios of what is annexed)."""

from __future__ import annotations

import pypdfium2 as pdfium


def page_count(data: bytes) -> int:
    document = pdfium.PdfDocument(data)
    try:
        return len(document)
    finally:
        document.close()
