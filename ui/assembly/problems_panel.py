"""Problems raised in the assembly and their prioritization (hands, approval, Borda, points).

Problems are numbered in the order recorded; ballots are typed with those numbers. A tie is
shown as a tie and is broken only by recording a second vote or a draw.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.assembly.ballot_numbers import parse_ballot, parse_order
from app.assembly.model import PrioritizationResult, RankedProblem
from app.domain.enums import PrioritizationMethod, ProblemCategory, TieRule
from app.domain.errors import DomainError
from app.domain.problems import Problem

from ui import labels
from ui.assembly.alive import while_alive
from ui.assembly.papers_dialog import PapersDialog
from ui.context import UiContext, error_text
from ui.flow_layout import FlowLayout
from ui.table_model import Column, RecordTableModel
from ui.widgets import (
    ask_plain,
    big_button,
    fit_columns,
    record_table,
    scrolled,
    section_title,
    text_label,
)


@dataclass(frozen=True)
class ProblemsData:
    problems: list[Problem]
    result: PrioritizationResult | None


class ProblemsPanel(QWidget):
    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.services = ui.services
        self.assembly_id = ""
        self.organization_id = ""
        self.locked = False
        self.data: ProblemsData | None = None
        layout = QHBoxLayout(self)

        # The problems and the new-problem form scroll on their own (a netbook's height).
        column = QWidget(self)
        left = QVBoxLayout(column)
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(section_title(self.tr("Problemas planteados"), self))
        self.problems_model = RecordTableModel([
            Column(self.tr("N.º"), lambda p: self._number(p), align_right=True),
            Column(self.tr("Familias"), lambda p: p.families_affected, align_right=True),
            Column(self.tr("Área"), lambda p: labels.category(p.category)),
            Column(self.tr("Problema"), lambda p: p.title),
        ], self)
        self.problems = record_table(self)
        self.problems.setModel(self.problems_model)
        left.addWidget(self.problems, 1)
        self.remove_button = big_button(self.tr("Quitar el problema elegido"), self)
        left.addWidget(self.remove_button)
        box = QGroupBox(self.tr("Problema nuevo"), self)
        self.new_box = box
        form = QFormLayout(box)
        # Labels go above their fields when the panel is narrow (a netbook).
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.title = QLineEdit(box)
        self.category = QComboBox(box)
        for value in ProblemCategory:
            self.category.addItem(labels.category(value), value.value)
        self.category.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.category.setMinimumContentsLength(12)
        self.families = QSpinBox(box)
        self.families.setRange(0, 100_000)
        self.description = QLineEdit(box)
        self.add_button = big_button(self.tr("Registrar problema"), box, primary=True)
        form.addRow(self.tr("Título"), self.title)
        form.addRow(self.tr("Área"), self.category)
        form.addRow(self.tr("Familias afectadas"), self.families)
        form.addRow(self.tr("Descripción"), self.description)
        form.addRow("", self.add_button)
        left.addWidget(box)
        self.problems.setMinimumHeight(120)
        layout.addWidget(scrolled(column, self), 1)

        right = QVBoxLayout()
        right.addWidget(section_title(self.tr("Priorización"), self))
        self.start_row = QWidget(self)
        start = FlowLayout(self.start_row)
        start.setContentsMargins(0, 0, 0, 0)
        self.method = QComboBox(self.start_row)
        for method in (PrioritizationMethod.BORDA, PrioritizationMethod.PLURALITY,
                       PrioritizationMethod.APPROVAL, PrioritizationMethod.SCORE):
            self.method.addItem(labels.prioritization_method(method), method.value)
        self.points = QSpinBox(self.start_row)
        self.points.setRange(1, 100)
        self.points.setValue(10)
        self.points.setPrefix(self.tr("puntos: "))
        self.start_button = big_button(self.tr("Iniciar priorización"), self.start_row)
        start.addWidget(self.method)
        start.addWidget(self.points)
        start.addWidget(self.start_button)
        right.addWidget(self.start_row)
        self.method_label = text_label("", self)
        self.method_label.setWordWrap(True)
        self.method_label.setObjectName("muted")
        right.addWidget(self.method_label)
        self.ballot_row = QWidget(self)
        ballot_row = QHBoxLayout(self.ballot_row)
        ballot_row.setContentsMargins(0, 0, 0, 0)
        self.ballot = QLineEdit(self.ballot_row)
        self.ballot.setObjectName("ballotEntry")
        self.ballot_button = big_button(self.tr("Agregar papeleta"), self.ballot_row)
        self.papers_button = big_button(self.tr("Ver o quitar papeletas…"), self)
        ballot_row.addWidget(self.ballot, 1)
        ballot_row.addWidget(self.ballot_button)
        right.addWidget(self.ballot_row)
        self.ballot_message = text_label("", self)
        self.ballot_message.setWordWrap(True)
        right.addWidget(self.ballot_message)
        self.result_model = RecordTableModel([
            Column(self.tr("Lugar"), self._place),
            Column(self.tr("Total"), lambda e: e.total, align_right=True),
            Column(self.tr("Problema"), lambda e: e.problem.title),
        ], self)
        self.result = record_table(self)
        self.result.setModel(self.result_model)
        right.addWidget(self.result, 1)
        self.tie_box = QGroupBox(self.tr("Desempate"), self)
        tie = FlowLayout(self.tie_box)
        self.tie_kind = QComboBox(self.tie_box)
        for rule in TieRule:
            self.tie_kind.addItem(labels.tie_rule(rule), rule.value)
        self.tie_order = QLineEdit(self.tie_box)
        self.tie_order.setPlaceholderText(self.tr("Números en el orden decidido, p. ej. 3,1"))
        self.tie_note = QLineEdit(self.tie_box)
        self.tie_note.setPlaceholderText(self.tr("Cómo se decidió"))
        self.tie_button = big_button(self.tr("Registrar desempate"), self.tie_box)
        for w in (self.tie_kind, self.tie_order, self.tie_note, self.tie_button):
            tie.addWidget(w)
        self.tie_box.hide()
        right.addWidget(self.tie_box)
        self.close_button = big_button(self.tr("Cerrar el conteo (definitivo)"),
                                       self)
        closing = FlowLayout()  # below the result, wrapping on a netbook
        closing.add_widgets(self.papers_button, self.close_button)
        right.addLayout(closing)
        layout.addLayout(right, 1)

        self.add_button.clicked.connect(self.add_problem)
        self.start_button.clicked.connect(self.start)
        self.ballot.returnPressed.connect(self.add_ballot)
        self.ballot_button.clicked.connect(self.add_ballot)
        self.close_button.clicked.connect(self.close_count)
        self.tie_button.clicked.connect(self.break_tie)
        self.remove_button.clicked.connect(self.remove_problem)
        self.papers_button.clicked.connect(self.show_papers)
        self.method.currentIndexChanged.connect(lambda _i: self._method_hint())
        self._method_hint()

    def _number(self, problem: Problem) -> int:
        if self.data is None:
            return 0
        return next((i for i, p in enumerate(self.data.problems, 1) if p.id == problem.id), 0)

    def _place(self, entry: RankedProblem) -> str:
        return f"{entry.place} " + self.tr("(empate)") if entry.tied else str(entry.place)

    def _chosen_method(self) -> PrioritizationMethod:
        return PrioritizationMethod(str(self.method.currentData()))

    def _method_hint(self, method: PrioritizationMethod | None = None) -> None:
        method = method or self._chosen_method()
        self.points.setVisible(method is PrioritizationMethod.SCORE)
        hint = {
            PrioritizationMethod.BORDA: self.tr(
                "Cada papeleta: los números de los problemas en orden de preferencia, "
                "p. ej. 2,1,4,3,5."),
            PrioritizationMethod.APPROVAL: self.tr(
                "Cada papeleta: los números de los problemas que la persona apoya, p. ej. 1,3."),
            PrioritizationMethod.PLURALITY: self.tr(
                "Cada conteo: problema:manos, p. ej. 1:25, 2:40, 3:12."),
            PrioritizationMethod.SCORE: self.tr(
                "Cada papeleta: problema:puntos, p. ej. 1:6, 3:4."),
        }[method]
        self.ballot.setPlaceholderText(hint)
        self.method_label.setText(hint)

    def load(self, assembly_id: str, organization_id: str, locked: bool) -> None:
        self.assembly_id, self.organization_id, self.locked = assembly_id, organization_id, locked
        for w in (self.title, self.category, self.families, self.description, self.add_button,
                  self.method, self.points, self.start_button, self.ballot, self.ballot_button,
                  self.close_button, self.tie_button):
            w.setEnabled(not locked)
        self.refresh()

    def refresh(self) -> None:
        sv, assembly_id = self.services, self.assembly_id

        def job() -> ProblemsData:
            return ProblemsData(sv.problems.list_all(assembly_id=assembly_id),
                                sv.problems.current(assembly_id))

        self.ui.run(job, while_alive(self, self._show), self)

    def _show(self, data: ProblemsData) -> None:
        self.data = data
        self.problems_model.set_rows(data.problems)
        fit_columns(self.problems)
        result = data.result
        self.result_model.set_rows(list(result.entries) if result else [])
        fit_columns(self.result)
        self.tie_box.setVisible(bool(result and result.has_ties and not result.closed
                                     and not self.locked))
        can_vote = result is not None and not result.closed and not self.locked
        self.ballot.setEnabled(can_vote)
        self.ballot_button.setEnabled(can_vote)
        self.close_button.setEnabled(can_vote)
        # Show only what can be done now: an approved acta freezes everything here.
        self.new_box.setVisible(not self.locked)
        self.remove_button.setVisible(not self.locked)
        self.start_row.setVisible(not self.locked)
        self.ballot_row.setVisible(can_vote)
        self.papers_button.setVisible(can_vote)
        self.close_button.setVisible(can_vote)
        # A final result is reopened only on purpose: the button says so and asks first.
        self.start_button.setText(self.tr("Reabrir y contar de nuevo…")
                                  if result is not None and result.closed
                                  else self.tr("Iniciar priorización"))
        # While a count is open a new problem would miss the papers already counted.
        self.add_button.setEnabled(not can_vote and not self.locked)
        if result is not None:
            self._method_hint(result.prioritization.method)
            state = self.tr("definitivo") if result.closed else self.tr("abierto")
            self.ballot_message.setText(labels.count(
                result.ballots, self.tr("{n} papeleta o conteo registrado"),
                self.tr("{n} papeletas o conteos registrados"))
                + f" · {state}")

    def add_problem(self) -> None:
        sv, assembly_id, org_id = self.services, self.assembly_id, self.organization_id
        title, families, description = (self.title.text(), self.families.value(),
                                        self.description.text())
        category = ProblemCategory(str(self.category.currentData()))

        def done(_p: object) -> None:
            self.title.clear()
            self.description.clear()
            self.families.setValue(0)
            self.refresh()

        self.ui.write((self.add_button,),
                      lambda: sv.problems.create(org_id, title, category, families,
                                                 description, assembly_id=assembly_id),
                      done, self)

    def start(self) -> None:
        sv, assembly_id = self.services, self.assembly_id
        method = self._chosen_method()
        points = self.points.value() if method is PrioritizationMethod.SCORE else None
        result = self.data.result if self.data else None
        reopen = result is not None and result.closed
        if reopen and not ask_plain(self, self.tr("Reabrir la priorización"), self.tr(
                "La priorización ya es definitiva ({n} papeletas). Contar de nuevo reemplaza "
                "ese resultado por un conteo vacío, y queda registrado. ¿Reabrir y contar de "
                "nuevo?").format(n=result.ballots if result else 0)):
            return
        self.ui.write((self.start_button,),
                      lambda: sv.problems.start_prioritization(assembly_id, method, points,
                                                               reopen=reopen),
                      lambda _p: self.refresh(), self)

    def add_ballot(self) -> None:
        result = self.data.result if self.data else None
        if result is None or self.data is None:
            return
        ids = [p.id for p in self.data.problems]
        try:
            marks = parse_ballot(self.ballot.text(), result.prioritization.method, ids)
        except DomainError as exc:
            self._ballot_refused(exc)
            return
        problems, prio_id = self.services.problems, result.prioritization.id

        def done(_n: object) -> None:
            self.ballot.clear()
            self.ballot.setFocus()
            self.ballot_message.setStyleSheet("")
            self.refresh()

        self.ui.write((self.ballot_button, self.ballot),
                      lambda: problems.add_ballots(prio_id, [marks]), done, self,
                      self._ballot_refused)

    def _ballot_refused(self, exc: BaseException) -> None:
        self.ballot_message.setText(error_text(exc))
        self.ballot_message.setStyleSheet("color: #a12622; font-weight: bold;")

    def close_count(self) -> None:
        result = self.data.result if self.data else None
        if result is None:
            return
        problems, prio_id = self.services.problems, result.prioritization.id
        self.ui.write((self.close_button,), lambda: problems.close_prioritization(prio_id),
                      lambda _r: self.refresh(), self)

    def break_tie(self) -> None:
        result = self.data.result if self.data else None
        if result is None or self.data is None:
            return
        ids = [p.id for p in self.data.problems]
        try:
            order = parse_order(self.tie_order.text(), ids)
        except DomainError as exc:
            self._ballot_refused(exc)
            return
        kind = TieRule(str(self.tie_kind.currentData()))
        note, problems, prio_id = self.tie_note.text(), self.services.problems, \
            result.prioritization.id
        self.ui.write((self.tie_button,), lambda: problems.break_tie(prio_id, kind, order, note),
                      lambda _r: self.refresh(), self)

    def remove_problem(self) -> None:
        index = self.problems.currentIndex()
        if not index.isValid() or self.locked:
            return
        problem: Problem = self.problems_model.row_at(index.row())
        if not ask_plain(self, self.tr("Quitar problema"), self.tr(
                "¿Quitar el problema {n}: «{title}»?").format(n=self._number(problem),
                                                              title=problem.title)):
            return
        problems = self.services.problems
        self.ui.write((self.remove_button,), lambda: problems.remove(problem.id),
                      lambda _r: self.refresh(), self)

    def show_papers(self) -> None:
        result = self.data.result if self.data else None
        if result is None or self.data is None:
            return
        numbers = {p.id: n for n, p in enumerate(self.data.problems, start=1)}
        dialog = PapersDialog(self.ui, result.prioritization.id, numbers, self)
        dialog.exec()
        self.refresh()
