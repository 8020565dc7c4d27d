"""Small dialogs of the consultation page: rules, a candidate, a table member, a ballot run."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from app.domain.consultation import Consultation
from app.domain.enums import (
    BallotStyle,
    Currency,
    FundingRule,
    ProblemCategory,
    TableRole,
    TieRule,
)
from app.domain.problems import Project

from ui import labels
from ui.form_dialog import FormDialog
from ui.widgets import text_label


class RulesDialog(FormDialog):
    """How many projects are funded and how a tie is settled."""

    def __init__(self, consultation: Consultation, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Reglas de la consulta"), parent)
        self.rule = QComboBox(self)
        for rule, label in ((FundingRule.MOST_VOTED, self.tr("El proyecto más votado")),
                            (FundingRule.TOP_N, self.tr("Los N proyectos más votados")),
                            (FundingRule.BUDGET,
                             self.tr("En orden de votos hasta agotar el presupuesto"))):
            self.rule.addItem(label, rule.value)
        self.rule.setCurrentIndex(self.rule.findData(consultation.funding_rule.value))
        self.count = QSpinBox(self)
        self.count.setRange(1, 30)
        self.count.setValue(consultation.funded_count)
        self.budget = QDoubleSpinBox(self)
        self.budget.setRange(0, 1e12)
        self.budget.setDecimals(2)
        self.budget.setValue((consultation.budget_cents or 0) / 100)
        self.budget.setToolTip(self.tr(
            "El dinero de la ronda: con él se financia el proyecto más votado (10.000 USD si "
            "queda en cero), o es el presupuesto que se reparte en orden de votos."))
        self.currency = QComboBox(self)
        for currency in Currency:
            self.currency.addItem(currency.value, currency.value)
        self.currency.setCurrentIndex(self.currency.findData(consultation.currency.value))
        self.tie = QComboBox(self)
        for tie in TieRule:
            self.tie.addItem(labels.tie_rule(tie), tie.value)
        self.tie.setCurrentIndex(self.tie.findData(consultation.tie_rule.value))
        self.form.addRow(self.tr("Se financia"), self.rule)
        self.form.addRow(self.tr("Cuántos proyectos (N)"), self.count)
        self.form.addRow(self.tr("Presupuesto"), self.budget)
        self.form.addRow(self.tr("Moneda"), self.currency)
        self.form.addRow(self.tr("Si hay empate"), self.tie)
        self.finish()

    def values(self) -> tuple[FundingRule, int, int | None, TieRule, Currency]:
        budget = round(self.budget.value() * 100) or None
        return (FundingRule(self.rule.currentData()), self.count.value(), budget,
                TieRule(self.tie.currentData()), Currency(self.currency.currentData()))


class NominateDialog(FormDialog):
    """Choose a project of the assemblies to put forward, or add a new one directly."""

    def __init__(self, projects: list[Project], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Postular un proyecto"), parent)
        self.project = QComboBox(self)
        self.project.addItem(self.tr("— Proyecto nuevo (abajo) —"), None)
        for project in projects:
            self.project.addItem(project.title, project.id)
        if projects:
            self.project.setCurrentIndex(1)
        self.form.addRow(self.tr("De las asambleas"), self.project)
        self.title = QLineEdit(self)
        self.title.setPlaceholderText(self.tr("Título del proyecto nuevo"))
        self.category = QComboBox(self)
        for value in ProblemCategory:
            self.category.addItem(labels.category(value), value.value)
        self.cost = QDoubleSpinBox(self)
        self.cost.setRange(0, 1e12)
        self.cost.setDecimals(2)
        self.form.addRow(self.tr("O uno nuevo"), self.title)
        self.form.addRow(self.tr("Área"), self.category)
        self.form.addRow(self.tr("Costo"), self.cost)
        self.title.textChanged.connect(self._typed_title)
        self.finish()

    def _typed_title(self, text: str) -> None:
        if text.strip():  # a new project's title: no existing project is chosen
            self.project.setCurrentIndex(0)

    def project_id(self) -> str | None:
        value = self.project.currentData()
        return str(value) if value else None

    def new_project(self) -> tuple[str, ProblemCategory, int] | None:
        """Title, area and cost in cents of a project typed here, if any."""
        if self.project_id() or not self.title.text().strip():
            return None
        return (self.title.text(), ProblemCategory(self.category.currentData()),
                round(self.cost.value() * 100))


class MemberDialog(FormDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Miembro de mesa o testigo"), parent)
        self.name = QLineEdit(self)
        self.national_id = QLineEdit(self)
        self.national_id.setPlaceholderText("V-12345678")
        self.role = QComboBox(self)
        for role in TableRole:
            self.role.addItem(labels.table_role(role), role.value)
        self.form.addRow(self.tr("Nombre y apellido"), self.name)
        self.form.addRow(self.tr("Cédula"), self.national_id)
        self.form.addRow(self.tr("Función"), self.role)
        self.finish()

    def values(self) -> tuple[str, str | None, TableRole]:
        return (self.name.text(), self.national_id.text().strip() or None,
                TableRole(self.role.currentData()))


class BallotsDialog(FormDialog):
    """A ballot run: how many, or a specimen. Printing records the serials.

    The style is the consultation's: offered only before its first run (which fixes it for
    every table); afterwards it is shown, not chosen."""

    def __init__(self, table_label: str, next_serial: int, suggested: int,
                 fixed_style: BallotStyle | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Boletas de {table}").format(table=table_label), parent)
        self.next_serial = next_serial
        self.count = QSpinBox(self)
        self.count.setRange(1, 50_000)
        self.count.setValue(max(suggested, 1))
        self.ballot_style = QComboBox(self)
        self.ballot_style.addItem(self.tr("Recuadro para escribir el número (oficial)"),
                                  BallotStyle.NUMBER.value)
        self.ballot_style.addItem(self.tr("Lista de proyectos con casillas"),
                                  BallotStyle.LIST.value)
        if fixed_style is not None:
            self.ballot_style.setCurrentIndex(self.ballot_style.findData(fixed_style.value))
        self.style_shown = text_label(
            self.tr("{style} (el de toda la consulta)").format(
                style=self.ballot_style.currentText()) if fixed_style is not None else
            self.tr("El primer tiraje fija el modelo para toda la consulta."), self)
        self.style_shown.setWordWrap(True)
        self.specimen = QCheckBox(self.tr("MUESTRA (sin seriales, no se registra)"), self)
        self.note = text_label("", self)
        self.note.setWordWrap(True)
        self.form.addRow(self.tr("Cantidad"), self.count)
        if fixed_style is None:
            self.form.addRow(self.tr("Modelo"), self.ballot_style)
            self.form.addRow("", self.style_shown)
        else:
            self.ballot_style.hide()
            self.form.addRow(self.tr("Modelo"), self.style_shown)
        self.form.addRow("", self.specimen)
        self.form.addRow(self.note)
        self.count.valueChanged.connect(self._explain)
        self.specimen.toggled.connect(self._explain)
        self._explain()
        self.finish()

    def _explain(self) -> None:
        if self.specimen.isChecked():
            self.note.setText(self.tr("Se imprimen boletas de MUESTRA: no llevan serial y no "
                                      "se registra nada."))
            return
        last = self.next_serial + self.count.value() - 1
        self.note.setText(self.tr("Al preparar las boletas quedan registrados los seriales "
                                  "{first} a {last} de esta mesa.").format(
            first=self.next_serial, last=last))

    def values(self) -> tuple[int, BallotStyle, bool]:
        return self.count.value(), BallotStyle(self.ballot_style.currentData()), \
            self.specimen.isChecked()


class AssignDialog(FormDialog):
    """Which voters a table takes: the residents of some councils, or of some sectors."""

    def __init__(self, table_label: str, councils: list[tuple[str, str]],
                 sectors: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Electores de {table}").format(table=table_label), parent)
        self.by = QComboBox(self)
        self.by.addItem(self.tr("Por consejo comunal"), "council")
        self.by.addItem(self.tr("Por sector"), "sector")
        self.form.addRow(self.tr("Asignar"), self.by)
        self.choices: dict[str, list[tuple[str, QCheckBox]]] = {"council": [], "sector": []}
        for kind, items in (("council", councils), ("sector", sectors)):
            for record_id, name in items:
                box = QCheckBox(name, self)
                self.choices[kind].append((record_id, box))
                self.form.addRow(box)
        self.by.currentIndexChanged.connect(lambda _i: self._show_kind())
        self._show_kind()
        self.finish()

    def _show_kind(self) -> None:
        kind = self.by.currentData()
        for key, boxes in self.choices.items():
            for _record_id, box in boxes:
                box.setVisible(key == kind)

    def values(self) -> tuple[str, list[str]]:
        kind = str(self.by.currentData())
        return kind, [rid for rid, box in self.choices[kind] if box.isChecked()]


class NewConsultationDialog(FormDialog):
    """A new consultation: its name, the commune or circuit, and the day of the vote."""

    def __init__(self, organizations: list[tuple[str, str]], parent: QWidget | None = None
                 ) -> None:
        super().__init__(self.tr("Nueva consulta popular"), parent)
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("Primera Consulta Popular 2026"))
        self.organization = QComboBox(self)
        for org_id, name in organizations:
            self.organization.addItem(name, org_id)
        self.day = QDateEdit(self)
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd/MM/yyyy")
        self.day.setDate(QDate.currentDate().addDays(21))
        self.form.addRow(self.tr("Nombre"), self.name)
        self.form.addRow(self.tr("Comuna o circuito"), self.organization)
        self.form.addRow(self.tr("Día de la votación"), self.day)
        self.finish()

    def values(self) -> tuple[str, str, date]:
        day = self.day.date()
        return (self.name.text(), str(self.organization.currentData()),
                date(day.year(), day.month(), day.day()))
