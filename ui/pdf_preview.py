"""Preview a PDF inside the window, then print it through Qt's dialog or save it.

Pages are rendered with pypdfium2 on the worker thread (no Qt PDF add-on needed), only the
first PREVIEW_PAGES of them: a run of 460 ballots is checked by its first pages, and holding
every page image would cost a gigabyte. Printing sends every page, one at a time, from its own
thread (ui/print_job.py) with a progress bar and a cancel button.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.printing.document import write_pdf
from app.printing.paper import Paper

from ui import labels
from ui.context import UiContext, show_error
from ui.print_job import PrintCancelled, PrintThread
from ui.widgets import big_button, fit_to_screen, text_label

PREVIEW_PAGES = 12


def render_pages(pdf: bytes, dpi: float = 72.0, limit: int | None = None
                 ) -> tuple[list[QImage], int]:
    """The first `limit` pages (all when None) as QImages, and the number of pages (safe off
    the GUI thread: QImage is not a widget)."""
    document = pdfium.PdfDocument(pdf)
    images: list[QImage] = []
    try:
        total = len(document)
        for index in range(total if limit is None else min(limit, total)):
            bitmap = document[index].render(scale=dpi / 72.0)
            pil = bitmap.to_pil().convert("RGB")
            data = pil.tobytes("raw", "RGB")
            image = QImage(data, pil.width, pil.height, pil.width * 3,
                           QImage.Format.Format_RGB888).copy()
            images.append(image)
    finally:
        document.close()
    return images, total


class PdfPreviewDialog(QDialog):
    """Shows the paper `make_paper` composes (on the worker thread: it reads the database).

    A paper whose making is recorded (ballots take the next serials) is previewed from a
    specimen: `make_final` composes the real one only when the person prints or saves it,
    once, so looking at ballots uses no serial numbers; `final_name` is its file name."""

    def __init__(self, ui: UiContext, title: str, make_paper: Callable[[], Paper],
                 parent: QWidget | None = None,
                 make_final: Callable[[], Paper] | None = None,
                 final_name: str | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.pdf: bytes | None = None
        self.suggested_name = "documento.pdf"
        self.printer: QPrinter | None = None
        self.print_thread: PrintThread | None = None
        self._make_final = make_final
        self._final_name = final_name
        self.setWindowTitle(title)
        fit_to_screen(self, 900, 900)
        layout = QVBoxLayout(self)
        self.status = text_label(self.tr("Preparando el documento…"), self)
        layout.addWidget(self.status)
        self.pages = QWidget(self)
        self.pages_layout = QVBoxLayout(self.pages)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.pages_scroll = QScrollArea(self)
        self.pages_scroll.setWidgetResizable(True)
        self.pages_scroll.setWidget(self.pages)
        layout.addWidget(self.pages_scroll, 1)
        buttons = QHBoxLayout()
        self.print_button = big_button(self.tr("Imprimir…"), self, primary=True)
        self.save_button = big_button(self.tr("Guardar PDF…"), self)
        close = big_button(self.tr("Cerrar"), self)
        for b in (self.print_button, self.save_button):
            b.setEnabled(False)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.print_button.clicked.connect(self.print_pdf)
        self.save_button.clicked.connect(self.save_pdf)
        close.clicked.connect(self.accept)

        def job() -> tuple[Paper, tuple[list[QImage], int]]:
            paper = make_paper()
            return paper, render_pages(paper.data, dpi=90, limit=PREVIEW_PAGES)

        ui.runner.submit(job, self._show, self._failed)

    def done(self, result: int) -> None:
        """Closing stops a print between pages and waits for its thread: a thread must not
        outlive the dialog that owns it and the printer it paints on."""
        thread = self.print_thread
        if thread is not None and thread.isRunning():
            thread.cancel()
            thread.wait()
        super().done(result)

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(self.tr("No se pudo preparar el documento."))
        show_error(self, exc)

    def _show(self, result: tuple[Paper, tuple[list[QImage], int]]) -> None:
        paper, (images, total) = result
        self.pdf, self.suggested_name = paper.data, self._final_name or paper.file_name
        status = labels.count(total, self.tr("{n} página"), self.tr("{n} páginas"))
        if len(images) < total:
            status += " · " + self.tr(
                "se muestran las primeras {shown}; se imprimen y guardan todas").format(
                shown=len(images))
        self.status.setText(status)
        # A page wider than the dialog (a netbook) is shown at the dialog's width, not cut.
        room = self.pages_scroll.viewport().width() - 40
        for image in images:
            label = QLabel(self.pages)
            pixmap = QPixmap.fromImage(image)
            if pixmap.width() > room > 0:
                pixmap = pixmap.scaledToWidth(room, Qt.TransformationMode.SmoothTransformation)
            label.setPixmap(pixmap)
            label.setStyleSheet("background: white; border: 1px solid #aaa; margin: 6px;")
            self.pages_layout.addWidget(label)
        self.print_button.setEnabled(True)
        self.save_button.setEnabled(True)

    def with_final(self, then: Callable[[], object]) -> None:
        """Call `then` once self.pdf is the paper to print or save: the real one is composed
        (and its making recorded) the first time it is needed, never by a look."""
        make = self._make_final
        if make is None:
            then()
            return

        def made(paper: Paper) -> None:
            self._make_final = None
            self.pdf, self.suggested_name = paper.data, paper.file_name
            self.status.setText(self.tr("{name}: listo para imprimir o guardar.").format(
                name=paper.file_name))
            then()

        self.ui.write((self.print_button, self.save_button), make, made, self)

    def save_pdf(self) -> None:
        if self.pdf is None:
            return
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Guardar PDF"), str(Path(folder) / self.suggested_name),
            self.tr("Documentos PDF (*.pdf)"))
        if path:
            self.with_final(lambda: self.save_to(path))

    def save_to(self, path: str) -> None:
        assert self.pdf is not None
        try:
            write_pdf(self.pdf, path if path.lower().endswith(".pdf") else path + ".pdf")
        except OSError as exc:
            show_error(self, exc)
            return
        self.status.setText(self.tr("Guardado en {path}").format(path=path))

    def print_pdf(self) -> None:
        if self.pdf is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.with_final(lambda: self.start_printing(printer))

    def start_printing(self, printer: QPrinter) -> PrintThread:
        """Send the pages from the printing thread; the window answers meanwhile and the
        progress dialog can cancel between pages."""
        assert self.pdf is not None
        self.print_button.setEnabled(False)  # one print at a time: no copy printed twice
        self.printer = printer  # kept alive while its thread paints on it
        thread = PrintThread(printer, self.pdf, self)
        progress = QProgressDialog(self.tr("Enviando a la impresora…"), self.tr("Cancelar"),
                                   0, 0, self)
        progress.setWindowTitle(self.tr("Imprimir"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.canceled.connect(thread.cancel)

        def advanced(done: int, total: int) -> None:
            progress.setMaximum(total)
            progress.setValue(done)
            progress.setLabelText(self.tr("Página {done} de {total}").format(
                done=done, total=total))

        def finished(sent: int, error: BaseException | None) -> None:
            progress.reset()
            progress.hide()
            self.print_button.setEnabled(True)
            if isinstance(error, PrintCancelled):
                self.status.setText(labels.count(
                    sent, self.tr("Impresión cancelada después de {n} página."),
                    self.tr("Impresión cancelada después de {n} páginas.")))
            elif error is not None:
                show_error(self, error)
            else:
                self.status.setText(labels.count(
                    sent, self.tr("{n} página enviada a la impresora."),
                    self.tr("{n} páginas enviadas a la impresora.")))

        thread.progressed.connect(advanced)
        thread.finished_printing.connect(finished)
        self.print_thread = thread
        thread.start()
        return thread
