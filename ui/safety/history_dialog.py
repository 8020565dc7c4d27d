"""Historial: every change of one record, when, on which laptop, and each field's old and new
value; a merge of two laptops' versions and a person's resolution of a conflict shown as such.
Reachable from the resident form, the assembly and the expense (`history_button`)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.field_labels import field_label
from app.safety.model import FieldChange, HistoryEntry, RecordHistory

from ui.context import UiContext
from ui.widgets import big_button, text_label


class HistoryDialog(QDialog):
    def __init__(self, ui: UiContext, record_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Historial"))
        self.resize(720, 460)
        self.ui = ui
        layout = QVBoxLayout(self)
        self.heading = text_label(self.tr("Cargando el historial…"), self)
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([self.tr("Cambio"), self.tr("Antes"), self.tr("Después")])
        self.tree.setColumnWidth(0, 220)
        self.tree.setColumnWidth(1, 220)
        layout.addWidget(self.tree, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        close = big_button(self.tr("Cerrar"), self)
        row.addWidget(close)
        layout.addLayout(row)
        close.clicked.connect(self.accept)
        ui.run(lambda: ui.services.history.history(record_id), self.show_history, self)

    def show_history(self, found: RecordHistory) -> None:
        self.heading.setText(self.tr(
            "{label}: {n} cambios. Cada cambio dice en qué equipo se hizo y quién estaba a "
            "cargo de ese equipo.").format(label=found.label, n=len(found.entries)))
        self.tree.clear()
        for entry in found.entries:
            top = QTreeWidgetItem([self._title(entry), "", ""])
            for change in entry.fields:
                texts = self._field(found.entity, change)
                child = QTreeWidgetItem(texts)
                for column, text in enumerate(texts):  # a long value cut in its column
                    child.setToolTip(column, text)
                top.addChild(child)
            self.tree.addTopLevelItem(top)
            top.setFirstColumnSpanned(True)  # the when-and-where line reads across
            top.setExpanded(entry.kind in ("merged", "resolved") or len(entry.fields) < 6)

    def _title(self, entry: HistoryEntry) -> str:
        kinds = {
            "created": self.tr("Creado"),
            "edited": self.tr("Modificado"),
            "deleted": self.tr("Borrado"),
            "merged": self.tr("Unión de las versiones de dos equipos"),
            "resolved": self.tr("Conflicto resuelto por una persona"),
        }
        who = self.tr("a cargo: {name}").format(name=entry.secretary) if entry.secretary \
            else self.tr("nadie a cargo registrado")
        return self.tr("{date} — {kind} en «{device}» ({fingerprint}) — {who}").format(
            date=self.ui.local(entry.at).strftime("%d/%m/%Y %H:%M"),
            kind=kinds.get(entry.kind, entry.kind), device=entry.device_name,
            fingerprint=entry.device_fingerprint, who=who)

    def _field(self, entity: str, change: FieldChange) -> list[str]:
        """The field's label ("Teléfono", as the conflicts name it), its old and new value."""
        if change.candidates:
            shown = change.candidates_shown or (None,) * len(change.candidates)
            before = " / ".join(self._value(v, w)
                                for v, w in zip(change.candidates, shown, strict=True))
        else:
            before = self._value(change.old, change.old_shown)
        return [field_label(entity, change.field), before,
                self._value(change.new, change.new_shown)]

    def _value(self, value: object, seen: str | None) -> str:
        """As a person reads it: a name for an id, dd/mm/aaaa, 1.200,50 USD, Sí/No."""
        return self.tr("(vacío)") if value is None or value == "" else (seen or str(value))


def history_button(ui: UiContext, parent: QWidget, record_id: Callable[[], str | None]
                   ) -> QPushButton:
    """A "Historial" button opening the history of the record `record_id()` names (none:
    nothing selected, nothing opens)."""
    button = big_button(QCoreApplication.translate("HistoryDialog", "Historial"), parent)

    def open_history() -> None:
        wanted = record_id()
        if wanted:
            HistoryDialog(ui, wanted, parent).show()

    button.clicked.connect(open_history)
    return button
