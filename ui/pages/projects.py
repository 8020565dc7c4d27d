"""Proyectos: the projects that answer the problems, with their cost and status, the step
that puts one forward as a candidate in the consultation, and the view of one project (its
accounts, budget, money in and out with receipts)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from app.domain.problems import Project

from ui import labels
from ui.context import UiContext
from ui.pages.base import Page
from ui.projects.view import ProjectView
from ui.table_model import Column, RecordTableModel
from ui.widgets import big_button, fit_columns, record_table, text_label


@dataclass(frozen=True)
class ProjectLine:
    project: Project
    problems: int


class ProjectsPage(Page):
    watches = frozenset({"project", "expense", "nomination", "project_problem", "budget_line",
                         "disbursement", "attachment", "project_status_change",
                         "progress_report", "inspection", "finding", "project_person"})

    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ui, self.tr("Proyectos"), parent)
        self.model = RecordTableModel([
            Column(self.tr("Proyecto"), lambda p: p.project.title),
            Column(self.tr("Área"), lambda p: labels.category(p.project.category)),
            Column(self.tr("Costo"), lambda p: labels.money(p.project.cost_cents,
                                                            p.project.currency.value),
                   align_right=True),
            Column(self.tr("Problemas que atiende"), lambda p: p.problems, align_right=True),
            Column(self.tr("Estado"), lambda p: labels.project_status(p.project.status)),
        ], self)
        self.stack = QStackedWidget(self)
        listing = QWidget(self.stack)
        list_layout = QVBoxLayout(listing)
        list_layout.setContentsMargins(0, 0, 0, 0)
        self.table = record_table(listing)
        self.table.setModel(self.model)
        list_layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.open_button = big_button(self.tr("Abrir proyecto"), listing, primary=True)
        self.nominate_button = big_button(self.tr("Postular a la consulta"), listing)
        self.note = text_label("", listing)
        row.addWidget(self.open_button)
        row.addWidget(self.nominate_button)
        row.addWidget(self.note, 1)
        list_layout.addLayout(row)
        self.view = ProjectView(ui, self.stack)
        self.stack.addWidget(listing)
        self.stack.addWidget(self.view)
        self.layout_.addWidget(self.stack, 1)
        self.nominate_button.clicked.connect(self.nominate)
        self.open_button.clicked.connect(self.open_selected)
        self.table.doubleClicked.connect(self.open_selected)
        self.view.back.connect(lambda: self.stack.setCurrentIndex(0))

    def open_selected(self) -> None:
        row = self.table.currentIndex().row()
        if row < 0:
            self.note.setText(self.tr("Seleccione un proyecto de la lista."))
            return
        self.open_project(self.model.row_at(row).project.id)

    def open_project(self, project_id: str) -> None:
        self.view.open(project_id)
        self.stack.setCurrentWidget(self.view)

    def refresh(self) -> None:
        if self.stack.currentWidget() is self.view:
            self.view.refresh()
        services = self.services

        def load() -> list[ProjectLine]:
            projects = services.projects.list_all()
            links = services.consultations.problems_of([p.id for p in projects])
            return [ProjectLine(p, len(links.get(p.id, []))) for p in projects]

        self.ui.run(load, self._show, self)

    def _show(self, lines: list[ProjectLine]) -> None:
        self.model.set_rows(lines)
        fit_columns(self.table)

    def nominate(self) -> None:
        """Put the selected project forward in the most recent consultation."""
        row = self.table.currentIndex().row()
        if row < 0:
            self.note.setText(self.tr("Seleccione un proyecto de la lista."))
            return
        project_id = self.model.row_at(row).project.id
        services = self.services

        def job() -> str:
            consultations = services.consultations.list_all()
            if not consultations:
                return self.tr("Todavía no hay una consulta donde postularlo.")
            nomination = services.consultations.nominate(consultations[0].id, project_id)
            return self.tr("Postulado con el número {n} en «{name}».").format(
                n=nomination.number, name=consultations[0].name)

        self.ui.run(job, self.note.setText, self)
