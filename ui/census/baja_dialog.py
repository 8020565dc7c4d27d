"""Dar de baja: a resident who moved away or died leaves the quorum base and the census counts
from a day on, with the reason; the record stays, and "Reincorporar" brings it back."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QWidget

from app.domain.census import Resident

from ui.context import UiContext
from ui.form_dialog import FormDialog
from ui.submit import save_before_closing
from ui.widgets import text_label


class BajaDialog(FormDialog):
    def __init__(self, ui: UiContext, resident: Resident,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Dar de baja"), parent)
        who = text_label(f"{resident.full_name} — "
                         f"{resident.national_id or self.tr('sin cédula')}", self)
        who.setWordWrap(True)
        self.form.addRow(self.tr("Habitante"), who)
        self.day = QDateEdit(self)
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd/MM/yyyy")
        self.day.setDate(QDate.currentDate())
        self.day.setMaximumDate(QDate.currentDate())
        self.form.addRow(self.tr("Desde el día"), self.day)
        self.reason = QComboBox(self)
        self.reason.setEditable(True)
        self.reason.addItems([self.tr("Se mudó"), self.tr("Falleció")])
        self.reason.setCurrentIndex(-1)
        self.reason.setPlaceholderText(self.tr("Motivo"))
        self.form.addRow(self.tr("Motivo"), self.reason)
        note = text_label(self.tr(
            "Deja de contar para el quórum, el censo y los registros de votantes desde ese "
            "día. Su asistencia pasada se conserva."), self)
        note.setObjectName("muted")
        note.setWordWrap(True)
        self.form.addRow(note)
        self.finish()
        residents, resident_id = ui.services.residents, resident.id

        def job() -> Callable[[], Resident]:
            reason, day = self.reason.currentText(), self.chosen_day()
            return lambda: residents.baja(resident_id, reason, day)

        save_before_closing(self, self.buttons, ui, job)

    def chosen_day(self) -> date | None:
        """The day typed, or None for today: the service takes the organization's today,
        which on a laptop set to UTC is not always the calendar's."""
        if self.day.date() == QDate.currentDate():
            return None
        day: date = self.day.date().toPython()  # type: ignore[assignment]
        return day
