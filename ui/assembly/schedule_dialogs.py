"""A convened assembly before it begins: correct its convocation (day, hour, place, title,
caller, call) or suspend it with the reason. The service refuses both once it has begun."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QTimeEdit, QWidget

from app.domain.assemblies import Assembly

from ui.form_dialog import FormDialog


class EditAssemblyDialog(FormDialog):
    def __init__(self, assembly: Assembly, zone: ZoneInfo, parent: QWidget | None = None
                 ) -> None:
        super().__init__(self.tr("Corregir la convocatoria"), parent)
        self._zone = zone
        when = assembly.scheduled_at.astimezone(zone)
        self._when = when.replace(second=0, microsecond=0)
        self.date = QDateEdit(QDate(when.year, when.month, when.day), self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd/MM/yyyy")
        self.time = QTimeEdit(QTime(when.hour, when.minute), self)
        self.time.setDisplayFormat("HH:mm")
        self.place = QLineEdit(assembly.place, self)
        self.title = QLineEdit(assembly.title or "", self)
        self.called_by = QLineEdit(assembly.called_by or "", self)
        self.call = QComboBox(self)
        self.call.addItem(self.tr("Primera convocatoria"), 1)
        self.call.addItem(self.tr("Segunda convocatoria"), 2)
        self.call.setCurrentIndex(assembly.call - 1)
        self.form.addRow(self.tr("Fecha"), self.date)
        self.form.addRow(self.tr("Hora"), self.time)
        self.form.addRow(self.tr("Lugar"), self.place)
        self.form.addRow(self.tr("Título (opcional)"), self.title)
        self.form.addRow(self.tr("Convoca"), self.called_by)
        self.form.addRow(self.tr("Convocatoria"), self.call)
        self.finish()

    def values(self) -> dict[str, Any]:
        """The service's keyword arguments: the day and hour in the organization's zone."""
        moment = datetime.combine(self.date.date().toPython(),  # type: ignore[arg-type]
                                  self.time.time().toPython(),  # type: ignore[arg-type]
                                  tzinfo=self._zone)
        return {
            "scheduled_at": moment if moment != self._when else None,
            "place": self.place.text(),
            "title": self.title.text(),
            "called_by": self.called_by.text(),
            "call": int(self.call.currentData()),
        }


class CancelAssemblyDialog(FormDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Suspender la asamblea"), parent)
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("p. ej. lluvia, falta de local"))
        self.form.addRow(self.tr("Motivo"), self.reason)
        self.finish()
