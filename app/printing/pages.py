"""How many pages a finished PDF has (an acta states the folios of what is annexed)."""

from __future__ import annotations

import threading

import pypdfium2 as pdfium

# One PDFium call at a time in the whole process: PDFium may not be called from two threads
# at once, not even on two documents (pypdfium2's documentation), and a paper composed on the
# worker may count its pages while the window's preview or a print job renders on another.
PDFIUM = threading.Lock()


def page_count(data: bytes) -> int:
    with PDFIUM:
        document = pdfium.PdfDocument(data)
        try:
            return len(document)
        finally:
            document.close()
