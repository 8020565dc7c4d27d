"""Convene an assembly: organization, kind, call, date and time, place, agenda."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import AssemblyKind
from app.domain.organizations import Organization

from ui import labels
from ui.widgets import fit_to_screen


class NewAssemblyDialog(QDialog):
    def __init__(self, organizations: list[Organization], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Convocar asamblea"))
        fit_to_screen(self, 560, 520)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.organization = QComboBox(self)
        for org in organizations:
            self.organization.addItem(org.name, org.id)
        self.kind = QComboBox(self)
        for kind in AssemblyKind:
            self.kind.addItem(labels.assembly_kind(kind), kind.value)
        self.call = QComboBox(self)
        self.call.addItem(self.tr("Primera convocatoria"), 1)
        self.call.addItem(self.tr("Segunda convocatoria"), 2)
        self.date = QDateEdit(QDate.currentDate(), self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd/MM/yyyy")
        self.time = QTimeEdit(QTime(9, 0), self)
        self.time.setDisplayFormat("HH:mm")
        self.place = QLineEdit(self)
        self.title = QLineEdit(self)
        self.called_by = QLineEdit(self)
        self.called_by.setPlaceholderText(self.tr("p. ej. Colectivo de Coordinación Comunitaria"))
        self.agenda = QPlainTextEdit(self)
        self.agenda.setPlaceholderText(self.tr("Un punto por línea"))
        form.addRow(self.tr("Organización"), self.organization)
        form.addRow(self.tr("Tipo"), self.kind)
        form.addRow(self.tr("Convocatoria"), self.call)
        form.addRow(self.tr("Fecha"), self.date)
        form.addRow(self.tr("Hora"), self.time)
        form.addRow(self.tr("Lugar"), self.place)
        form.addRow(self.tr("Título (opcional)"), self.title)
        form.addRow(self.tr("Convoca"), self.called_by)
        form.addRow(self.tr("Orden del día"), self.agenda)
        layout.addLayout(form)
        self.buttons = buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Convocar"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancelar"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def values(self) -> dict[str, object]:
        day = self.date.date().toPython()
        at = self.time.time().toPython()
        return {
            "organization_id": str(self.organization.currentData()),
            "kind": AssemblyKind(str(self.kind.currentData())),
            # Naive: the service reads it on the organization's clock, not the laptop's.
            "scheduled_at": datetime.combine(day, at),  # type: ignore[arg-type]
            "place": self.place.text(),
            "agenda": [line for line in self.agenda.toPlainText().splitlines() if line.strip()],
            "call": int(self.call.currentData()),
            "title": self.title.text() or None,
            "called_by": self.called_by.text() or None,
        }
