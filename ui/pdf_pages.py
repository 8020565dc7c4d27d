"""An open PDF's pages for the preview: their sizes, and one page rendered at a time.

Everything here runs on the worker thread, never on the GUI thread. PDFium may not be called
from two threads at once, not even on two documents (pypdfium2's documentation: it crashes or
corrupts the process), and the preview renders on the worker while ui/print_job.py renders on
the printing thread: both hold PDFIUM around every call. PDFium's own calls release Python's
lock (ctypes), so a page being rendered never stalls the window.
"""

from __future__ import annotations

import sys
import weakref

import pypdfium2 as pdfium
from PySide6.QtGui import QImage

from app.printing.pages import PDFIUM  # one PDFium call at a time in the whole process

# Channels of a bitmap rendered with rev_byteorder=True, as Qt reads them.
FORMATS = {1: QImage.Format.Format_Grayscale8, 3: QImage.Format.Format_RGB888}
RGBX = QImage.Format.Format_RGBX8888
LITTLE_ENDIAN = sys.byteorder == "little"
SCREEN_FORMAT = QImage.Format.Format_RGB32 if LITTLE_ENDIAN else RGBX


def _close(document: pdfium.PdfDocument) -> None:
    with PDFIUM:
        document.close()


class PdfPages:
    """A PDF opened once: `sizes` (points) of every page, read without rendering any, and
    `render` for one page. Closed explicitly (or, if forgotten, when collected) under the
    lock, so a late collection on the GUI thread never races a render elsewhere."""

    def __init__(self, data: bytes) -> None:
        with PDFIUM:
            document = pdfium.PdfDocument(data)
            try:
                self.sizes: tuple[tuple[float, float], ...] = tuple(
                    document.get_page_size(index) for index in range(len(document)))
            except BaseException:
                document.close()
                raise
        self._document = document
        self._closer = weakref.finalize(self, _close, document)

    def __len__(self) -> int:
        return len(self.sizes)

    def render(self, index: int, width_px: int) -> QImage:
        """Page `index` (0-based) `width_px` pixels wide, as a QImage that owns its pixels
        (safe to hand to the GUI thread: a QImage is not a widget)."""
        width_pt = self.sizes[index][0]
        with PDFIUM:
            page = self._document[index]
            try:
                # Blue, green, red, unused: Qt's own RGB32 on a little-endian laptop, which
                # the window paints as it is (RGB888 was converted at every repaint: 3 ms).
                bitmap = page.render(scale=width_px / width_pt, prefer_bgrx=True,
                                     rev_byteorder=not LITTLE_ENDIAN)
                try:
                    return QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                                  SCREEN_FORMAT).copy()
                finally:
                    bitmap.close()
            finally:
                page.close()

    def close(self) -> None:
        self._closer()
