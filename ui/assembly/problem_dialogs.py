"""Everyday corrections on the Problemas page: a problem's title typed wrong, and a project
made from a problem (its title and area by default)."""

from __future__ import annotations

from PySide6.QtWidgets import QDoubleSpinBox, QLineEdit, QWidget

from app.domain.problems import Problem

from ui import labels
from ui.form_dialog import FormDialog
from ui.widgets import text_label


class ProblemTitleDialog(FormDialog):
    def __init__(self, problem: Problem, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Corregir el título del problema"), parent)
        self.title = QLineEdit(problem.title, self)
        self.form.addRow(self.tr("Título"), self.title)
        self.finish()


class ProjectFromProblemDialog(FormDialog):
    def __init__(self, problem: Problem, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Crear un proyecto desde el problema"), parent)
        self.title = QLineEdit(problem.title, self)
        self.cost = QDoubleSpinBox(self)
        self.cost.setRange(0, 1e12)
        self.cost.setDecimals(2)
        self.cost.setSuffix(" USD")
        self.form.addRow(self.tr("Título del proyecto"), self.title)
        self.form.addRow(self.tr("Área"), text_label(labels.category(problem.category), self))
        self.form.addRow(self.tr("Costo estimado"), self.cost)
        self.finish()

    def cost_cents(self) -> int:
        return round(self.cost.value() * 100)
