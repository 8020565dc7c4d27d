"""Consulta: the popular consultations and their numbered candidate projects."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from app.domain.consultation import Consultation, Nomination

from ui import labels
from ui.context import UiContext
from ui.pages.base import Page
from ui.table_model import Column, RecordTableModel
from ui.widgets import fit_columns, record_table, section_title


class ConsultationPage(Page):
    watches = frozenset({"consultation", "nomination", "tally_entry", "voting_table"})

    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ui, self.tr("Consulta popular"), parent)
        self.model = RecordTableModel([
            Column(self.tr("Consulta"), lambda c: c.name),
            Column(self.tr("Fecha de votación"), lambda c: c.vote_date.strftime("%d/%m/%Y")),
            Column(self.tr("Estado"), lambda c: labels.consultation_status(c.status)),
        ], self)
        self.table = record_table(self)
        self.table.setModel(self.model)
        self.candidates = RecordTableModel([
            Column(self.tr("N.º"), lambda n: n.number, align_right=True),
            Column(self.tr("Proyecto"), lambda n: n.title),
        ], self)
        self.candidates_table = record_table(self)
        self.candidates_table.setModel(self.candidates)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(section_title(self.tr("Proyectos postulados"), lower))
        lower_layout.addWidget(self.candidates_table)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.table)
        split.addWidget(lower)
        split.setSizes([200, 400])
        self.layout_.addWidget(split, 1)
        self.table.selectionModel().currentRowChanged.connect(lambda _c, _p: self._select())

    def refresh(self) -> None:
        self.ui.run(self.services.consultations.list_all, self._show, self)

    def _show(self, consultations: list[Consultation]) -> None:
        self.model.set_rows(consultations)
        fit_columns(self.table)
        if consultations:
            self.table.selectRow(0)

    def _select(self) -> None:
        row = self.table.currentIndex().row()
        if row < 0:
            return
        consultation: Consultation = self.model.row_at(row)
        self.ui.run(lambda: self.services.consultations.candidates(consultation.id),
                    self._show_candidates, self)

    def _show_candidates(self, nominations: list[Nomination]) -> None:
        self.candidates.set_rows(nominations)
        fit_columns(self.candidates_table)
