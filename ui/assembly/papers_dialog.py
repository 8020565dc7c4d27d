"""The prioritization papers typed so far, by number, with the problems each one marks; a paper
typed twice or by mistake is removed here while the count is open."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from app.assembly.ballot_numbers import marks_by_number
from app.domain.problems import PaperBallot

from ui.assembly.alive import while_alive
from ui.context import UiContext
from ui.table_model import Column, RecordTableModel
from ui.widgets import ask_plain, big_button, fit_columns, fit_to_screen, record_table, text_label


class PapersDialog(QDialog):
    def __init__(self, ui: UiContext, prioritization_id: str, numbers: dict[str, int],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.prioritization_id = prioritization_id
        self.setWindowTitle(self.tr("Papeletas registradas"))
        layout = QVBoxLayout(self)
        layout.addWidget(text_label(self.tr(
            "Elija una papeleta escrita dos veces o por error y quítela del conteo."), self))
        self.model = RecordTableModel([
            Column(self.tr("N.º"), lambda b: b.number, align_right=True),
            Column(self.tr("Problemas marcados"), lambda b: marks_by_number(b.marks, numbers)),
        ], self, key=lambda b: b.id)
        self.papers = record_table(self)
        self.papers.setModel(self.model)
        layout.addWidget(self.papers, 1)
        self.remove_button = big_button(self.tr("Quitar la papeleta elegida"), self)
        layout.addWidget(self.remove_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.remove_button.clicked.connect(self.remove_selected)
        fit_to_screen(self, 480, 420)
        self.refresh()

    def refresh(self) -> None:
        problems, prio_id = self.ui.services.problems, self.prioritization_id
        self.ui.run(lambda: problems.ballots(prio_id), while_alive(self, self._show), self)

    def _show(self, papers: list[PaperBallot]) -> None:
        self.model.set_rows(papers)
        fit_columns(self.papers)

    def remove_selected(self) -> None:
        index = self.papers.currentIndex()
        if not index.isValid():
            return
        paper: PaperBallot = self.model.row_at(index.row())
        if not ask_plain(self, self.tr("Quitar papeleta"), self.tr(
                "¿Quitar la papeleta {n} del conteo?").format(n=paper.number)):
            return
        problems = self.ui.services.problems
        self.ui.write((self.remove_button,), lambda: problems.remove_ballot(paper.id),
                      lambda _r: self.refresh(), self)
