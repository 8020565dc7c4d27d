"""Printing a PDF page by page, with progress and cancel, outside the window's process.

Each page is rendered at the printer's resolution (at most 300 dpi), drawn, and dropped before
the next one, so memory stays flat whatever the number of pages (one page image at a time).
`print_pages` runs in the print's own process (ui/print_process.py), which shares no lock
with the window; PrintThread, in the window's process, starts it and relays its progress, and
touches no widget and no database. PDFium is called under PDFIUM only (app/printing/pages.py).
"""

from __future__ import annotations

import atexit
import threading
from collections.abc import Callable
from typing import Protocol

import pypdfium2 as pdfium
from PySide6.QtCore import QObject, QRectF, QThread, Signal
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrinter

from app.printing.pages import PDFIUM

from ui.pdf_pages import FORMATS, RGBX
from ui.print_process import PrintCancelled, PrintFailed, print_in_process
from ui.printer_settings import PrinterSettings

__all__ = ["PrintCancelled", "PrintFailed", "PrintThread", "print_pages"]

MAX_DPI = 300.0  # enough for text and codes; more only costs memory and time
# The pixels of one strip of a page image, drawn at a time (see _draw_bands): Qt compresses a
# strip this size in about 5 ms on an old laptop; a cancel waits no longer than that.
BAND_BYTES = 256 * 1024

ProgressReport = Callable[[int, int], None]  # (pages sent, total)


class Cancel(Protocol):
    """A cancel request, looked at between pages and strips."""

    def is_set(self) -> bool: ...


def print_pages(printer: QPrinter, pdf: bytes, report: ProgressReport,
                cancelled: Cancel) -> int:
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
               gray: bool, cancelled: Cancel) -> None:
    # PDFium renders under the lock (one per process: the print's process has its own); the
    # image is painted without it, the bitmap being plain memory by then.
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
                target: QRectF, cancelled: Cancel) -> None:
    """Draw the page image in horizontal bands, looking at a cancel between them. They were
    cut to hand Python's lock back to the window between them (Qt holds it while it
    compresses an image: a whole 300 dpi page froze the window 500-600 ms); the print now
    runs in its own process, and the strips stay so that a cancel stops within a strip and
    the printed pages stay as they were."""
    buffer = memoryview(bitmap.buffer).cast("B")
    rows_per_band = max(8, BAND_BYTES // bitmap.stride)
    y_scale = target.height() / bitmap.height
    for top in range(0, bitmap.height, rows_per_band):
        if cancelled.is_set():  # a cancel stops the print within a strip, not a page
            raise PrintCancelled
        # Each band reaches one row into the next, so the next one's edge lands on ink, not
        # on white: without the overlap a viewer or printer shows a hairline at each seam.
        rows = min(rows_per_band + 1, bitmap.height - top)
        band = QImage(buffer[top * bitmap.stride:(top + rows) * bitmap.stride],
                      bitmap.width, rows, bitmap.stride, fmt)  # borrows, no copy
        painter.drawImage(QRectF(target.x(), target.y() + top * y_scale, target.width(),
                                 rows * y_scale), band)
        del band  # it borrows the bitmap's buffer: gone before the buffer is freed


# Print threads whose dialog has closed, kept until their process has stopped (let_go).
_LET_GO: set[PrintThread] = set()
EXIT_WAIT_MS = 5_000  # a cancelled print stops within a strip; a stuck driver is not waited


@atexit.register
def _wait_for_let_go() -> None:
    """A thread must not be destroyed running: the program's exit waits for a cancelled
    print to stop (the process itself is stopped by multiprocessing's own exit)."""
    for thread in list(_LET_GO):
        thread.wait(EXIT_WAIT_MS)


class PrintThread(QThread):
    """Prints from the print's own process (print_in_process); `progressed` and
    `finished_printing` arrive on the GUI thread. The printer's settings are read here, on
    the GUI thread, where the print dialog set them: the process opens its own printer."""

    progressed = Signal(int, int)
    finished_printing = Signal(int, object)  # pages sent, the error (None, PrintCancelled…)

    def __init__(self, printer: QPrinter, pdf: bytes, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = PrinterSettings.of(printer)
        self.pdf = pdf
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def let_go(self) -> None:
        """The dialog is closing: cancel, tell it nothing more, and keep this thread (not the
        dialog) until the print's process has stopped. The window does not wait for that: on
        a busy laptop the process, at its lower priority, took 30-170 ms to answer."""
        self.cancel()
        self.progressed.disconnect()
        self.finished_printing.disconnect()
        self.setParent(None)
        _LET_GO.add(self)
        self.finished.connect(self._forget)
        if self.isFinished():
            self._forget()

    def _forget(self) -> None:
        self.wait()  # `finished` comes just before the thread's very end
        _LET_GO.discard(self)

    def run(self) -> None:
        sent = 0

        def report(done: int, total: int) -> None:
            nonlocal sent
            sent = done
            self.progressed.emit(done, total)

        try:
            print_in_process(self.settings, self.pdf, report, self._cancel)
        except Exception as exc:  # shown to the person by the dialog, never lost
            self.finished_printing.emit(sent, exc)
        else:
            self.finished_printing.emit(sent, None)
