"""Problemas: the needs named in assemblies, across all of them, with how each one ranked."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QWidget

from app.assembly.model import ProblemOverview
from app.domain.enums import ProblemCategory
from app.domain.organizations import Organization

from ui import labels
from ui.assembly.alive import while_alive
from ui.context import UiContext
from ui.pages.base import Page
from ui.table_model import Column, RecordTableModel
from ui.widgets import fit_columns, record_table, text_label


class ProblemsPage(Page):
    watches = frozenset({"problem", "prioritization", "prioritization_ballot"})

    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ui, self.tr("Problemas"), parent)
        self.org_names: dict[str, str] = {}
        bar = QHBoxLayout()
        self.organization = QComboBox(self)
        self.organization.addItem(self.tr("Todas las organizaciones"), "")
        self.category = QComboBox(self)
        self.category.addItem(self.tr("Todas las áreas"), "")
        for value in ProblemCategory:
            self.category.addItem(labels.category(value), value.value)
        self.count_label = text_label("", self)
        self.count_label.setObjectName("muted")
        bar.addWidget(text_label(self.tr("Organización:"), self))
        bar.addWidget(self.organization, 2)
        bar.addWidget(text_label(self.tr("Área:"), self))
        bar.addWidget(self.category, 1)
        bar.addWidget(self.count_label)
        self.layout_.addLayout(bar)
        self.model = RecordTableModel([
            Column(self.tr("Asamblea"), lambda o: self.ui.local(o.assembly_date).strftime(
                "%d/%m/%Y") if o.assembly_date else ""),
            Column(self.tr("Lugar"), self._place, align_right=True),
            Column(self.tr("Organización"),
                   lambda o: self.org_names.get(o.problem.organization_id, "")),
            Column(self.tr("Problema"), lambda o: o.problem.title),
            Column(self.tr("Área"), lambda o: labels.category(o.problem.category)),
            Column(self.tr("Familias"), lambda o: o.problem.families_affected,
                   align_right=True),
            Column(self.tr("Estado"), lambda o: labels.problem_status(o.problem.status)),
        ], self)
        self.table = record_table(self)
        self.table.setModel(self.model)
        self.layout_.addWidget(self.table, 1)
        self.organization.currentIndexChanged.connect(lambda _i: self.refresh())
        self.category.currentIndexChanged.connect(lambda _i: self.refresh())

    def _place(self, o: ProblemOverview) -> str:
        if o.place is None:
            return ""
        return f"{o.place} " + self.tr("(empate)") if o.tied else str(o.place)

    def refresh(self) -> None:
        sv = self.services
        org_id = str(self.organization.currentData() or "")
        category = ProblemCategory(self.category.currentData()) \
            if self.category.currentData() else None

        def load() -> tuple[list[Organization], list[ProblemOverview]]:
            ids = [c.id for c in sv.organizations.councils_of(org_id)] + [org_id] \
                if org_id else []
            return sv.organizations.list_all(), sv.problems.overview(ids, category)

        self.ui.run(load, while_alive(self, self._show), self)

    def _show(self, data: tuple[list[Organization], list[ProblemOverview]]) -> None:
        organizations, problems = data
        self.org_names = {o.id: o.name for o in organizations}
        if self.organization.count() == 1:
            self.organization.blockSignals(True)
            for org in organizations:
                self.organization.addItem(org.name, org.id)
            self.organization.blockSignals(False)
        self.model.set_rows(problems)
        self.count_label.setText(labels.count(
            len(problems), self.tr("{n} problema"),
            self.tr("{n} problemas")))
        fit_columns(self.table)
