"""Printing a PDF page by page off the GUI thread, with progress and cancel.

Each page is rendered at the printer's resolution (at most 300 dpi), drawn, and dropped before
the next one, so memory stays flat whatever the number of pages (one page image at a time) and
the window keeps answering: 460 ballots no longer freeze it. Qt allows painting on a QPrinter
from another thread; the printing thread touches no widget and no database. PDFium is called
under PDFIUM only (app/printing/pages.py): a preview may be rendering on the worker meanwhile.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

import pypdfium2 as pdfium
from PySide6.QtCore import QObject, QRectF, QThread, Signal
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrinter

from app.printing.pages import PDFIUM

from ui.pdf_pages import FORMATS, RGBX

MAX_DPI = 300.0  # enough for text and codes; more only costs memory and time
# The pixels of one strip of a page image, drawn at a time (see _draw_bands): Qt compresses a
# strip this size in about 5 ms on an old laptop, and holds Python's lock meanwhile.
BAND_BYTES = 256 * 1024

ProgressReport = Callable[[int, int], None]  # (pages sent, total), from the printing thread


class PrintCancelled(Exception):
    """The person cancelled: the pages already sent stay sent, the rest are not."""


def print_pages(printer: QPrinter, pdf: bytes, report: ProgressReport,
                cancelled: threading.Event) -> int:
    """Send every page of `pdf` to `printer`, one page image in memory at a time; returns
    the number of pages sent. Raises PrintCancelled (the print run aborted) if `cancelled`
    is set: it is looked at between pages and between the strips of a page."""
    with PDFIUM:
        document = pdfium.PdfDocument(pdf)
        total = len(document)
    painter = QPainter()
    try:
        if not painter.begin(printer):
            raise OSError("the printer could not be opened")
        for index in range(total):
            if cancelled.is_set():
                raise PrintCancelled
            if index:
                printer.newPage()
            _draw_page(painter, document, index, printer.resolution(),
                       printer.colorMode() == QPrinter.ColorMode.GrayScale, cancelled)
            report(index + 1, total)
        return total
    except PrintCancelled:
        printer.abort()
        raise
    finally:
        if painter.isActive():
            painter.end()
        with PDFIUM:
            document.close()


def _draw_page(painter: QPainter, document: pdfium.PdfDocument, index: int, printer_dpi: int,
               gray: bool, cancelled: threading.Event) -> None:
    # PDFium renders under the lock; the image is painted without it (the bitmap is plain
    # memory by then), so a preview on the worker is not kept waiting while Qt compresses.
    with PDFIUM:
        page = document[index]
        try:
            width_pt, height_pt = page.get_size()
            target = painter.viewport()
            # The page fills the printable area, keeping its shape; it is rasterized at no
            # more than MAX_DPI and the printer scales the image (no second copy in memory).
            fit = min(target.width() / width_pt, target.height() / height_pt)
            scale = min(fit, MAX_DPI / 72.0, printer_dpi / 72.0)
            # Black and white (the print dialog's choice) is a third of the pixels to send.
            bitmap = page.render(scale=scale, rev_byteorder=True, grayscale=gray)
        finally:
            page.close()
    try:
        fmt = FORMATS.get(bitmap.n_channels, RGBX)
        _draw_bands(painter, bitmap, fmt,
                    QRectF(target.x(), target.y(), width_pt * fit, height_pt * fit),
                    cancelled)
    finally:
        with PDFIUM:
            bitmap.close()


def _draw_bands(painter: QPainter, bitmap: pdfium.PdfBitmap, fmt: QImage.Format,
                target: QRectF, cancelled: threading.Event) -> None:
    """Draw the page image in horizontal bands. Qt holds Python's lock while it compresses
    an image into the print stream: a whole 300 dpi page froze the window 500-600 ms, strips
    of 1/24 page still 30-50 ms (measured with a 10 ms timer, issue 17); a strip of
    BAND_BYTES hands the lock back often enough for the window to answer every few ms."""
    buffer = memoryview(bitmap.buffer).cast("B")
    rows_per_band = max(8, BAND_BYTES // bitmap.stride)
    y_scale = target.height() / bitmap.height
    for top in range(0, bitmap.height, rows_per_band):
        if cancelled.is_set():  # closing the dialog waits for this thread: not a whole page
            raise PrintCancelled
        # Each band reaches one row into the next, so the next one's edge lands on ink, not
        # on white: without the overlap a viewer or printer shows a hairline at each seam.
        rows = min(rows_per_band + 1, bitmap.height - top)
        band = QImage(buffer[top * bitmap.stride:(top + rows) * bitmap.stride],
                      bitmap.width, rows, bitmap.stride, fmt)  # borrows, no copy
        painter.drawImage(QRectF(target.x(), target.y() + top * y_scale, target.width(),
                                 rows * y_scale), band)
        del band  # it borrows the bitmap's buffer: gone before the buffer is freed
        # Hand Python's lock over now if the window is waiting for it, rather than after
        # the interpreter's 5 ms switch interval plus the next strip (measured: the 10 ms
        # timer's p99 gap 35 -> 23 ms under load).
        time.sleep(0)


class PrintThread(QThread):
    """Runs print_pages; `progressed` and `finished_printing` arrive on the GUI thread."""

    progressed = Signal(int, int)
    finished_printing = Signal(int, object)  # pages sent, the error (None, PrintCancelled…)

    def __init__(self, printer: QPrinter, pdf: bytes, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.printer = printer
        self.pdf = pdf
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        sent = 0

        def report(done: int, total: int) -> None:
            nonlocal sent
            sent = done
            self.progressed.emit(done, total)

        try:
            print_pages(self.printer, self.pdf, report, self._cancel)
        except Exception as exc:  # shown to the person by the dialog, never lost
            self.finished_printing.emit(sent, exc)
        else:
            self.finished_printing.emit(sent, None)
