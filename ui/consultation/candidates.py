"""The candidate projects, numbered in ballot order, and the rules that pick the winner."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from app.consultation.model import ConsultationOverview
from app.domain.consultation import Consultation, Nomination
from app.domain.enums import FundingRule, ProjectStatus
from app.domain.errors import DomainError

from ui import labels
from ui.consultation.dialogs import NominateDialog, RulesDialog
from ui.consultation.preview import show_preview
from ui.context import UiContext
from ui.flow_layout import FlowLayout
from ui.submit import save_before_closing
from ui.table_model import Column, RecordTableModel
from ui.widgets import big_button, fit_columns, record_table, text_label


class CandidatesTab(QWidget):
    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.consultation: Consultation | None = None
        self.model = RecordTableModel([
            Column(self.tr("N.º"), lambda n: n.number, align_right=True),
            Column(self.tr("Proyecto"), lambda n: n.title),
        ], self)
        self.table = record_table(self)
        self.table.setModel(self.model)
        self.rules = text_label("", self)
        self.rules.setWordWrap(True)
        buttons = FlowLayout()
        self.add_button = big_button(self.tr("Postular proyecto…"), self, primary=True)
        self.up_button = big_button(self.tr("Subir"), self)
        self.down_button = big_button(self.tr("Bajar"), self)
        self.withdraw_button = big_button(self.tr("Retirar"), self)
        self.rules_button = big_button(self.tr("Reglas…"), self)
        self.guide_button = big_button(self.tr("Imprimir guía de proyectos…"), self)
        for button in (self.add_button, self.up_button, self.down_button,
                       self.withdraw_button, self.rules_button):
            buttons.addWidget(button)
        buttons.addWidget(self.guide_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.rules)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.nominate)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.withdraw_button.clicked.connect(self.withdraw)
        self.rules_button.clicked.connect(self.edit_rules)
        self.guide_button.clicked.connect(self.preview_guide)

    def show_overview(self, overview: ConsultationOverview) -> None:
        self.consultation = overview.consultation
        self.model.set_rows(list(overview.candidates))
        fit_columns(self.table)
        self.rules.setText(self._rules_text(overview.consultation))

    def _rules_text(self, c: Consultation) -> str:
        rule = {
            FundingRule.MOST_VOTED: self.tr("se financia el proyecto más votado"),
            FundingRule.TOP_N: labels.count(
                c.funded_count, self.tr("se financia el proyecto más votado"),
                self.tr("se financian los {n} proyectos más votados")),
            FundingRule.BUDGET: self.tr("se financian en orden de votos hasta agotar el "
                                        "presupuesto"),
        }[c.funding_rule]
        tie = labels.tie_rule(c.tie_rule).lower()
        return self.tr("Reglas: {rule}; un empate se resuelve por {tie}. Máximo {max} "
                       "proyectos.").format(rule=rule, tie=tie, max=c.max_candidates)

    def _selected(self) -> Nomination | None:
        row = self.table.currentIndex().row()
        return self.model.row_at(row) if row >= 0 else None

    def _run(self, job: Callable[[], object]) -> None:
        self.ui.run(job, None, self)

    def nominate(self) -> None:
        consultation = self.consultation
        if consultation is None:
            return
        services = self.ui.services

        def free_projects() -> list[object]:
            nominated = {n.project_id for n in services.consultations.candidates(
                consultation.id)}
            return [p for p in services.projects.list_all()
                    if p.id not in nominated and p.status is not ProjectStatus.CANCELLED]

        def choose(projects: list[object]) -> None:
            dialog = NominateDialog(projects, self)  # type: ignore[arg-type]

            def job() -> Callable[[], object]:
                project_id, new = dialog.project_id(), dialog.new_project()
                if project_id:
                    return lambda: services.consultations.nominate(consultation.id,
                                                                   project_id)
                if new is None:
                    raise DomainError("project.title_empty")
                title, category, cost = new
                return lambda: services.consultations.nominate_new(
                    consultation.id, title, category, cost)

            save_before_closing(dialog, dialog.buttons, self.ui, job)
            dialog.exec()

        self.ui.run(free_projects, choose, self)

    def move_selected(self, offset: int) -> None:
        selected = self._selected()
        if self.consultation is None or selected is None:
            return
        cid, nid = self.consultation.id, selected.id
        self._run(lambda: self.ui.services.consultations.move(cid, nid, offset))

    def withdraw(self) -> None:
        selected = self._selected()
        if self.consultation is None or selected is None:
            return
        cid, nid = self.consultation.id, selected.id
        self._run(lambda: self.ui.services.consultations.withdraw(cid, nid))

    def edit_rules(self) -> None:
        consultation = self.consultation
        if consultation is None:
            return
        dialog = RulesDialog(consultation, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        rule, count, budget, tie, currency = dialog.values()
        self._run(lambda: self.ui.services.consultations.set_rules(
            consultation.id, rule, count, budget, tie, currency))

    def preview_guide(self) -> None:
        consultation = self.consultation
        if consultation is None:
            return
        papers = self.ui.services.papers
        show_preview(self.ui, self.tr("Guía de proyectos"),
                     lambda: papers.project_guide(consultation.id), self)
