"""The acta: free text while a draft, preview and print, approve (locks it), addenda, scans."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.assembly.day_rule import closing_hour
from app.assembly.minutes_content import MinutesText
from app.assembly.model import Attachment, MinutesCheck
from app.domain.assemblies import Assembly
from app.domain.enums import AssemblyStatus

from ui.assembly.alive import while_alive
from ui.assembly.closing_hour import ask_closing_hour
from ui.context import UiContext
from ui.flow_layout import FlowLayout
from ui.widgets import ask_plain, big_button, scrolled, section_title, text_label

if TYPE_CHECKING:
    from ui.pdf_preview import PdfPreviewDialog

MEDIA_TYPES = {".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".png": "image/png",
               ".pdf": "application/pdf"}


@dataclass(frozen=True)
class MinutesData:
    assembly: Assembly
    text: MinutesText
    check: MinutesCheck | None
    attachments: list[Attachment]
    secretary: str  # this laptop's secretary (Configuración): who usually approves


class MinutesPanel(QWidget):
    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.services = ui.services
        self.assembly_id = ""
        self.data: MinutesData | None = None
        self.preview: PdfPreviewDialog | None = None
        # The acta's fields scroll inside the tab: on a netbook the assembly day stays whole.
        body = QWidget(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolled(body, self))
        layout = QVBoxLayout(body)
        self.state = text_label("", self)
        self.state.setObjectName("minutesState")
        self.state.setWordWrap(True)
        self.state.setStyleSheet("font-size: 16px; font-weight: bold;")
        layout.addWidget(self.state)
        form = QFormLayout()
        self.opening = QPlainTextEdit(self)
        self.observations = QPlainTextEdit(self)
        self.closing = QPlainTextEdit(self)
        for edit in (self.opening, self.observations, self.closing):
            edit.setMaximumHeight(80)
        form.addRow(self.tr("Apertura"), self.opening)
        form.addRow(self.tr("Observaciones"), self.observations)
        form.addRow(self.tr("Cierre"), self.closing)
        self._saved = MinutesText("", "", "")  # the draft as last loaded or saved
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(2000)
        self._save_timer.timeout.connect(self.keep_text)
        for edit in (self.opening, self.observations, self.closing):
            edit.textChanged.connect(self._typed)
        layout.addLayout(form)
        buttons = FlowLayout()
        self.save_button = big_button(self.tr("Guardar borrador"), self)
        self.preview_button = big_button(self.tr("Ver e imprimir el acta…"), self)
        self.close_button = big_button(self.tr("Cerrar la asamblea"), self)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.close_button)
        self.reopen_button = big_button(self.tr("Reabrir la asamblea"), self)
        buttons.addWidget(self.reopen_button)
        layout.addLayout(buttons)
        self.draft_actions = QWidget(self)
        approve_row = QHBoxLayout(self.draft_actions)
        approve_row.setContentsMargins(0, 0, 0, 0)
        self.approver = QLineEdit(self)
        self.approver.setPlaceholderText(self.tr("Nombre de quien aprueba (secretaría)"))
        # The acta names who presided; the secretary is the settings' name.
        self.chair = QLineEdit(self)
        self.chair.setPlaceholderText(self.tr("Quién presidió la asamblea"))
        self.approve_button = big_button(self.tr("Aprobar y sellar el acta"), self, primary=True)
        approve_row.addWidget(self.chair, 1)
        approve_row.addWidget(self.approver, 1)
        approve_row.addWidget(self.approve_button)
        layout.addWidget(self.draft_actions)

        self.after_title = section_title(self.tr("Después de aprobada"), self)
        layout.addWidget(self.after_title)
        self.addendum_row = QWidget(self)
        addendum_row = QHBoxLayout(self.addendum_row)
        addendum_row.setContentsMargins(0, 0, 0, 0)
        self.addendum = QLineEdit(self)
        self.addendum.setPlaceholderText(self.tr("Texto de la corrección (anexo)"))
        self.addendum_button = big_button(self.tr("Agregar anexo"), self)
        addendum_row.addWidget(self.addendum, 1)
        addendum_row.addWidget(self.addendum_button)
        layout.addWidget(self.addendum_row)
        attach_row = QHBoxLayout()
        self.attach_button = big_button(self.tr("Adjuntar foto o escaneo del acta firmada…"),
                                        self)
        self.attachments_label = text_label("", self)
        self.attachments_label.setWordWrap(True)
        attach_row.addWidget(self.attach_button)
        attach_row.addWidget(self.attachments_label, 1)
        layout.addLayout(attach_row)
        layout.addStretch(1)

        self.save_button.clicked.connect(self.save)
        self.preview_button.clicked.connect(self.show_preview)
        self.close_button.clicked.connect(self.close_assembly)
        self.reopen_button.clicked.connect(self.reopen_assembly)
        self.approve_button.clicked.connect(self.ask_approve)
        self.addendum_button.clicked.connect(self.add_addendum)
        self.attach_button.clicked.connect(self.choose_attachment)

    def load(self, assembly_id: str) -> None:
        self.keep_text()  # the acta shown before may be being typed
        self.data = None
        self.assembly_id = assembly_id
        self.refresh()

    def refresh(self) -> None:
        sv, assembly_id = self.services, self.assembly_id

        def job() -> MinutesData:
            locked = sv.assemblies.is_locked(assembly_id)
            return MinutesData(sv.assemblies.get(assembly_id), sv.minutes.text(assembly_id),
                               sv.minutes.verify(assembly_id) if locked else None,
                               sv.minutes.attachments(assembly_id),
                               sv.settings.get("secretary_name"))

        self.ui.run(job, while_alive(self, self._show), self)

    def _show(self, data: MinutesData) -> None:
        typing = self.data is not None and data.assembly.id == self.data.assembly.id \
            and self._text() != self._saved
        self.data = data
        approved = data.check is not None
        # Recorded as not constituted, it has ended too: its acta (saying so) is approved.
        closed = data.assembly.status in (AssemblyStatus.CLOSED,
                                          AssemblyStatus.NOT_CONSTITUTED)
        for edit, value in ((self.opening, data.text.opening),
                            (self.observations, data.text.observations),
                            (self.closing, data.text.closing)):
            if not typing:  # a refresh never overwrites what is being typed
                edit.setPlainText(value)
            edit.setReadOnly(approved)
        if not typing:
            self._saved = data.text
        self.save_button.setEnabled(not approved)
        self.close_button.setEnabled(not closed and not approved)
        self.approver.setEnabled(not approved)
        if not approved and not self.approver.text():
            self.approver.setText(data.secretary)  # not typed again at every assembly
        self.chair.setEnabled(not approved)
        self.approve_button.setEnabled(closed and not approved)
        self.addendum.setEnabled(approved)
        self.addendum_button.setEnabled(approved)
        # Show only what applies: drafting before approval, addenda after it.
        self.save_button.setVisible(not approved)
        self.close_button.setVisible(not closed and not approved)
        self.reopen_button.setVisible(closed and not approved)
        self.draft_actions.setVisible(not approved)
        self.after_title.setVisible(approved)
        self.addendum_row.setVisible(approved)
        if data.check is not None:
            self.state.setText(self.tr(
                "Acta aprobada y sellada. Código de verificación: {code}").format(
                code=data.check.code))
            self.state.setStyleSheet("font-size: 16px; font-weight: bold; color: #1f6f43;")
        elif closed:
            self.state.setText(self.tr("Asamblea cerrada. El acta es un borrador: revísela y "
                                       "apruébela."))
            self.state.setStyleSheet("font-size: 16px; font-weight: bold; color: #5a4500;")
        else:
            self.state.setText(self.tr("Asamblea en curso. Cierre la asamblea para aprobar "
                                       "el acta."))
            self.state.setStyleSheet("font-size: 16px; font-weight: bold;")
        self.attachments_label.setText(", ".join(a.filename for a in data.attachments)
                                       or self.tr("Sin archivos adjuntos."))

    def _text(self) -> MinutesText:
        return MinutesText(self.opening.toPlainText(), self.closing.toPlainText(),
                           self.observations.toPlainText())

    def save(self) -> None:
        minutes, assembly_id, text = self.services.minutes, self.assembly_id, self._text()
        self._saved = text
        self.ui.run(lambda: minutes.save_text(assembly_id, text), lambda _m: self.refresh(),
                    self)

    def keep_text(self) -> None:
        """Save the draft if it changed: after a pause in typing, on leaving the tab and when
        the window closes (the save is queued before the worker shuts down)."""
        self._save_timer.stop()
        if self.data is None or self.data.check is not None or self._text() == self._saved:
            return
        minutes, assembly_id, text = self.services.minutes, self.data.assembly.id, self._text()
        self._saved = text
        self.ui.run(lambda: minutes.save_text(assembly_id, text), None, self)

    def _typed(self) -> None:
        if self.data is not None and self._text() != self._saved:
            self._save_timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        self.keep_text()
        super().hideEvent(event)

    def close_assembly(self) -> None:
        assemblies, assembly_id = self.services.assemblies, self.assembly_id
        go, typed = ask_closing_hour(self, assemblies, assembly_id)
        if not go:
            return
        if typed is None and not ask_plain(self, self.tr("Cerrar la asamblea"), self.tr(
                "¿Cerrar la asamblea ahora? Se anota la hora de cierre y no se registran más "
                "llegadas ni votaciones. Se puede reabrir mientras el acta no esté aprobada.")):
            return
        self.ui.write((self.close_button,),
                      lambda: assemblies.close(assembly_id, closing_hour(typed)),
                      lambda _a: self.refresh(), self)

    def reopen_assembly(self) -> None:
        assemblies, assembly_id = self.services.assemblies, self.assembly_id
        self.ui.write((self.reopen_button,), lambda: assemblies.reopen(assembly_id),
                      lambda _a: self.refresh(), self)

    def ask_approve(self) -> None:
        answer = QMessageBox.question(
            self, self.tr("Aprobar el acta"),
            self.tr("Una vez aprobada, el acta y lo registrado en la asamblea no se pueden "
                    "cambiar; las correcciones van en anexos. ¿Aprobar ahora?"))
        if answer == QMessageBox.StandardButton.Yes:
            self.approve()

    def approve(self) -> None:
        """Save the text as shown, then seal it (two calls on the one worker, in order)."""
        minutes, assembly_id, text = self.services.minutes, self.assembly_id, self._text()
        approver, chair = self.approver.text(), self.chair.text()
        if self.data is not None and self.data.check is None:
            self.ui.run(lambda: minutes.save_text(assembly_id, text), None, self)
        self.ui.run(lambda: minutes.approve(assembly_id, approver, chair),
                    lambda _m: self.refresh(), self)

    def show_preview(self) -> None:
        from ui.pdf_preview import PdfPreviewDialog  # the PDF renderer: loaded when first used

        papers, assembly_id = self.services.papers, self.assembly_id
        self.preview = PdfPreviewDialog(self.ui, self.tr("Acta de la asamblea"),
                                        lambda: papers.minutes(assembly_id), self)
        self.preview.show()

    def add_addendum(self) -> None:
        minutes, assembly_id = self.services.minutes, self.assembly_id
        text, by = self.addendum.text(), self.approver.text() or self.tr("Secretaría")

        def done(_a: object) -> None:
            self.addendum.clear()
            self.refresh()

        self.ui.run(lambda: minutes.add_addendum(assembly_id, text, by), done, self)

    def choose_attachment(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Acta firmada"), "",
            self.tr("Imágenes o PDF (*.jpg *.jpeg *.png *.pdf)"))
        if path:
            self.attach(Path(path))

    def attach(self, path: Path) -> None:
        minutes, assembly_id = self.services.minutes, self.assembly_id
        media_type = MEDIA_TYPES.get(path.suffix.lower(), "application/octet-stream")

        def job() -> Attachment:
            return minutes.attach_signed_copy(assembly_id, path.name, path.read_bytes(),
                                              media_type, "Acta firmada")

        self.ui.run(job, lambda _a: self.refresh(), self)
