"""Proyectos: the projects that answer the problems, with their cost and status."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui import labels
from ui.context import UiContext
from ui.pages.base import Page
from ui.table_model import Column, RecordTableModel
from ui.widgets import fit_columns, record_table


class ProjectsPage(Page):
    watches = frozenset({"project", "expense"})

    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ui, self.tr("Proyectos"), parent)
        self.model = RecordTableModel([
            Column(self.tr("Proyecto"), lambda p: p.title),
            Column(self.tr("Área"), lambda p: labels.category(p.category)),
            Column(self.tr("Costo"), lambda p: labels.money(p.cost_cents, p.currency.value),
                   align_right=True),
            Column(self.tr("Estado"), lambda p: labels.project_status(p.status)),
        ], self)
        self.table = record_table(self)
        self.table.setModel(self.model)
        self.layout_.addWidget(self.table, 1)

    def refresh(self) -> None:
        self.ui.run(self.services.projects.list_all, self._show, self)

    def _show(self, projects: list[object]) -> None:
        self.model.set_rows(projects)
        fit_columns(self.table)
