"""Preview a PDF inside the window, then print it through Qt's dialog or save it.

Pages are rendered with pypdfium2 on the worker thread (no Qt PDF add-on needed); printing
renders each page at the printer's resolution.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.printing.document import write_pdf
from app.printing.paper import Paper

from ui.context import UiContext, show_error
from ui.widgets import big_button, text_label


def render_pages(pdf: bytes, dpi: float = 72.0) -> list[QImage]:
    """Render every page to a QImage (safe off the GUI thread: QImage is not a widget)."""
    document = pdfium.PdfDocument(pdf)
    images: list[QImage] = []
    try:
        for index in range(len(document)):
            bitmap = document[index].render(scale=dpi / 72.0)
            pil = bitmap.to_pil().convert("RGB")
            data = pil.tobytes("raw", "RGB")
            image = QImage(data, pil.width, pil.height, pil.width * 3,
                           QImage.Format.Format_RGB888).copy()
            images.append(image)
    finally:
        document.close()
    return images


class PdfPreviewDialog(QDialog):
    """Shows the paper `make_paper` composes (on the worker thread: it reads the database)."""

    def __init__(self, ui: UiContext, title: str, make_paper: Callable[[], Paper],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.pdf: bytes | None = None
        self.suggested_name = "documento.pdf"
        self.setWindowTitle(title)
        self.resize(900, 900)
        layout = QVBoxLayout(self)
        self.status = text_label(self.tr("Preparando el documento…"), self)
        layout.addWidget(self.status)
        self.pages = QWidget(self)
        self.pages_layout = QVBoxLayout(self.pages)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.pages)
        layout.addWidget(scroll, 1)
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

        def job() -> tuple[Paper, list[QImage]]:
            paper = make_paper()
            return paper, render_pages(paper.data, dpi=90)

        ui.runner.submit(job, self._show, self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(self.tr("No se pudo preparar el documento."))
        show_error(self, exc)

    def _show(self, result: tuple[Paper, list[QImage]]) -> None:
        paper, images = result
        self.pdf, self.suggested_name = paper.data, paper.file_name
        self.status.setText(self.tr("%n página(s)", "", len(images)))
        for image in images:
            label = QLabel(self.pages)
            label.setPixmap(QPixmap.fromImage(image))
            label.setStyleSheet("background: white; border: 1px solid #aaa; margin: 6px;")
            self.pages_layout.addWidget(label)
        self.print_button.setEnabled(True)
        self.save_button.setEnabled(True)

    def save_pdf(self) -> None:
        if self.pdf is None:
            return
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Guardar PDF"), str(Path(folder) / self.suggested_name),
            self.tr("Documentos PDF (*.pdf)"))
        if not path:
            return
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
        print_to(printer, self.pdf)


def print_to(printer: QPrinter, pdf: bytes) -> None:
    dpi = min(printer.resolution(), 300)
    painter = QPainter(printer)
    try:
        for number, image in enumerate(render_pages(pdf, dpi=dpi)):
            if number:
                printer.newPage()
            target = painter.viewport()
            scaled = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(target.x(), target.y(),
                              image.scaled(scaled, Qt.AspectRatioMode.KeepAspectRatio,
                                           Qt.TransformationMode.SmoothTransformation))
    finally:
        painter.end()
