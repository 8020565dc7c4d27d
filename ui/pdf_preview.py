"""Preview a PDF inside the window, then print it through Qt's dialog or save it.

The paper is composed on the worker thread, and its pages are rendered there too, one page
per task, only those in view and a neighbour or two (ui/page_view.py keeps at most a handful
of images): a 1,000-page register previews in the memory of a short one, and scrolling to its
last page renders the last pages only. Printing sends every page, one at a time, from a
process of its own (ui/print_process.py) with a progress bar and a cancel button. Closed, the
dialog is deleted and lets go of the PDF, the open document and the images, even when the
page that opened it still holds it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from app.printing.paper import Paper

from ui import labels
from ui.assembly.alive import while_alive
from ui.context import UiContext, show_error
from ui.page_view import PageView
from ui.widgets import big_button, fit_to_screen, text_label

if TYPE_CHECKING:
    # PDFium and Qt's printing are imported where they are used: PDFium on the worker, with
    # the first document, and printing when a print starts. Every page that offers a preview
    # imports this module, and its first show must not wait 100 ms for them (issue 17).
    from PySide6.QtPrintSupport import QPrinter

    from ui.pdf_pages import PdfPages
    from ui.print_job import PrintThread

# A specimen (ballots looked at before any serial is taken) is this many pages long.
PREVIEW_PAGES = 12


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
        # Closed, the dialog is deleted (done() lets go of what it holds first): dialogs
        # that were never deleted kept +212 MB for each census previewed.
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ui = ui
        self.pdf: bytes | None = None
        self.suggested_name = "documento.pdf"
        self.print_thread: PrintThread | None = None
        self._make_final = make_final
        self._final_name = final_name
        self._document: PdfPages | None = None  # opened on the worker, closed there too
        self._rendering = False  # one page at a time: the worker stays free for the rest
        self._choosing_printer = False
        self._closed = False
        self.setWindowTitle(title)
        fit_to_screen(self, 900, 900)
        layout = QVBoxLayout(self)
        heading = QHBoxLayout()
        self.status = text_label(self.tr("Preparando el documento…"), self)
        self.position = text_label("", self)
        heading.addWidget(self.status, 1)
        heading.addWidget(self.position)
        layout.addLayout(heading)
        self.view = PageView(self)
        self.view.wanted.connect(self._render_next)
        self.view.page_changed.connect(self._moved)
        layout.addWidget(self.view, 1)
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

        def job() -> tuple[Paper, PdfPages]:
            from ui.pdf_pages import PdfPages

            paper = make_paper()
            return paper, PdfPages(paper.data)

        ui.runner.submit(job, self._opened, while_alive(self, self._failed))

    def done(self, result: int) -> None:
        """Closing cancels a print (its process stops at the next strip of a page) without
        waiting for it (PrintThread.let_go), then lets go of the PDF, the document and the
        page images: the page that opened the preview may keep the dialog's Python object,
        but nothing heavy stays in it."""
        thread, self.print_thread = self.print_thread, None
        if thread is not None and thread.isRunning():
            thread.let_go()
        self._closed = True
        self.view.clear()
        self.pdf = None
        self._make_final = None
        document, self._document = self._document, None
        if document is not None:
            self._close_later(document)
        super().done(result)

    def _close_later(self, document: PdfPages) -> None:
        # On the worker, after the page being rendered there, if any; directly when the
        # worker has stopped (the window is closing).
        if self.ui.runner.submit(document.close, quiet=True).cancelled():
            document.close()

    def _opened(self, result: tuple[Paper, PdfPages]) -> None:
        paper, document = result
        if not shiboken6.isValid(self) or self._closed:
            self._close_later(document)
            return
        self._document = document
        self.pdf, self.suggested_name = paper.data, self._final_name or paper.file_name
        self.status.setText(labels.count(len(document), self.tr("{n} página"),
                                         self.tr("{n} páginas")))
        self.view.set_pages(document.sizes)
        self.print_button.setEnabled(True)
        self.save_button.setEnabled(True)

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(self.tr("No se pudo preparar el documento."))
        show_error(self, exc)

    def _moved(self, index: int) -> None:
        self.position.setText(self.tr("Página {n} de {total}").format(
            n=labels.number(index + 1), total=labels.number(self.view.page_count)))

    def _render_next(self) -> None:
        """Render the next page the view wants, on the worker; its arrival asks for the
        next, so a fast scroll renders where it stops, not every page it passed."""
        document = self._document
        index = self.view.wanted_page() if document is not None else None
        if self._rendering or document is None or index is None:
            return
        width = self.view.width_for(index)
        self._rendering = True
        self.ui.runner.submit(lambda: (index, document.render(index, width)),
                              while_alive(self, self._rendered),
                              while_alive(self, lambda _exc: self._broken(index)), quiet=True)

    def _rendered(self, result: tuple[int, QImage]) -> None:
        self._rendering = False
        if self._document is not None:
            self.view.store(*result)
            self._render_next()

    def _broken(self, index: int) -> None:
        self._rendering = False
        if self._document is not None:
            self.view.mark_broken(index)
            self._render_next()

    def with_final(self, then: Callable[[], object]) -> None:
        """Call `then` once self.pdf is the paper to print or save: the real one is composed
        (and its making recorded) the first time it is needed, never by a look."""
        make = self._make_final
        if make is None:
            then()
            return

        def made(paper: Paper) -> None:
            if self._closed:
                return
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
        # Imported here: the drawing library comes with it, and a page that merely offers a
        # preview must show without waiting for it (issue 17: first show of Censo).
        from app.printing.document import write_pdf

        assert self.pdf is not None
        try:
            write_pdf(self.pdf, path if path.lower().endswith(".pdf") else path + ".pdf")
        except OSError as exc:
            show_error(self, exc)
            return
        self.status.setText(self.tr("Guardado en {path}").format(path=path))

    def print_pdf(self) -> None:
        """Ask for the printer, then print. A double click's second half, arriving while
        the print dialog opens or a print runs, is ignored: one copy, not two."""
        if self.pdf is None or self._choosing_printer or self._printing():
            return
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self._choosing_printer = True
        try:
            chosen = QPrintDialog(printer, self).exec() == QDialog.DialogCode.Accepted
        finally:
            self._choosing_printer = False
        if chosen and not self._closed:
            self.with_final(lambda: self.start_printing(printer))

    def _printing(self) -> bool:
        return self.print_thread is not None and self.print_thread.isRunning()

    def start_printing(self, printer: QPrinter) -> PrintThread:
        """Send the pages from the print's own process; the window answers meanwhile and the
        progress dialog can cancel between pages."""
        from ui.print_job import PrintCancelled, PrintThread

        assert self.pdf is not None
        self.print_button.setEnabled(False)  # one print at a time: no copy printed twice
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
                done=labels.number(done), total=labels.number(total)))

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
