"""Problemas: the needs named in assemblies, across all of them."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.domain.problems import Problem

from ui import labels
from ui.context import UiContext
from ui.pages.base import Page
from ui.table_model import Column, RecordTableModel
from ui.widgets import fit_columns, record_table


class ProblemsPage(Page):
    watches = frozenset({"problem"})

    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ui, self.tr("Problemas"), parent)
        self.org_names: dict[str, str] = {}
        self.model = RecordTableModel([
            Column(self.tr("Problema"), lambda p: p.title),
            Column(self.tr("Área"), lambda p: labels.category(p.category)),
            Column(self.tr("Familias afectadas"), lambda p: p.families_affected,
                   align_right=True),
            Column(self.tr("Estado"), lambda p: labels.problem_status(p.status)),
            Column(self.tr("Organización"), lambda p: self.org_names.get(p.organization_id, "")),
        ], self)
        self.table = record_table(self)
        self.table.setModel(self.model)
        self.layout_.addWidget(self.table, 1)

    def refresh(self) -> None:
        sv = self.services

        def load() -> tuple[dict[str, str], list[Problem]]:
            return ({o.id: o.name for o in sv.organizations.list_all()}, sv.problems.list_all())

        self.ui.run(load, self._show, self)

    def _show(self, data: tuple[dict[str, str], list[Problem]]) -> None:
        self.org_names, problems = data
        self.model.set_rows(problems)
        fit_columns(self.table)
