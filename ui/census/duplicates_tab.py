"""Duplicados: records that may be the same person, each group ready to merge."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from app.census.model import BY_NATIONAL_ID, DuplicateGroup

from ui import labels
from ui.census.choices import CensusChoices, load_choices
from ui.census.merge_dialog import MergeDialog
from ui.context import UiContext
from ui.table_model import Column, RecordTableModel
from ui.widgets import big_button, fit_columns, record_table, text_label


def _people(group: DuplicateGroup) -> str:
    return " · ".join(f"{r.full_name} ({r.national_id or '—'})" for r in group.residents)


class DuplicatesTab(QWidget):
    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.choices = CensusChoices((), (), None)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        bar = QHBoxLayout()
        self.summary = text_label("", self)
        bar.addWidget(self.summary, 1)
        self.merge_button = big_button(self.tr("Fusionar…"), self, primary=True)
        bar.addWidget(self.merge_button)
        layout.addLayout(bar)
        self.model = RecordTableModel([
            Column(self.tr("Motivo"), lambda g: self.tr("Misma cédula")
                   if g.reason == BY_NATIONAL_ID else self.tr("Mismo nombre y nacimiento")),
            Column(self.tr("Dato compartido"), lambda g: g.key.replace("|", " · ")),
            Column(self.tr("Registros"), lambda g: len(g.residents), align_right=True),
            Column(self.tr("Personas"), _people),
        ], self)
        self.table = record_table(self)
        self.table.setModel(self.model)
        layout.addWidget(self.table, 1)
        self.merge_button.clicked.connect(self._merge_selected)
        self.table.doubleClicked.connect(lambda index: self.open_merge(index.row()))

    def refresh(self) -> None:
        services = self.ui.services

        def job() -> tuple[CensusChoices, list[DuplicateGroup]]:
            return load_choices(services), services.residents.duplicate_groups()

        self.ui.run(job, self._show, self)

    def _show(self, result: tuple[CensusChoices, list[DuplicateGroup]]) -> None:
        self.choices, groups = result
        self.model.set_rows(groups)
        fit_columns(self.table)
        self.summary.setText(labels.count(
            len(groups), self.tr("{n} posible duplicado"),
            self.tr("{n} posibles duplicados")) if groups
                             else self.tr("No hay posibles duplicados."))
        self.merge_button.setEnabled(bool(groups))

    def _merge_selected(self) -> None:
        index: QModelIndex = self.table.currentIndex()
        self.open_merge(index.row() if index.isValid() else 0)

    def open_merge(self, row: int) -> MergeDialog | None:
        if not 0 <= row < self.model.rowCount():
            return None
        group: DuplicateGroup = self.model.row_at(row)
        first, second = group.residents[0], group.residents[1]
        dialog = MergeDialog(self.ui, self.choices, first, second, self)
        dialog.merged.connect(lambda _r: self.refresh())
        dialog.setModal(True)
        dialog.show()
        return dialog
