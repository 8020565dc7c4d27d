"""The forms of a funded project: a budget line, money received, an expense with its receipt,
a status change. Each returns what was typed; the page hands it to the services, which
refuse bad input with a sentence (nothing is saved then)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from app.domain.enums import Currency, ProjectStatus
from app.projects.model import BudgetLine
from app.projects.money import parse_amount, parse_rate

from ui import labels
from ui.form_dialog import FormDialog


def choose_receipt(parent: QWidget) -> Path | None:
    """The photo or PDF of an invoice, picked from the disk."""
    path, _filter = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("ExpenseDialog", "Comprobante del gasto"), "",
        QCoreApplication.translate("ExpenseDialog", "Imágenes o PDF (*.jpg *.jpeg *.png *.pdf)"))
    return Path(path) if path else None


class _Form(FormDialog):
    """A form dialog with the fields the project forms share."""

    def day_field(self) -> QDateEdit:
        field = QDateEdit(self)
        field.setCalendarPopup(True)
        field.setDisplayFormat("dd/MM/yyyy")
        field.setDate(QDate.currentDate())
        return field

    def currency_field(self) -> QComboBox:
        field = QComboBox(self)
        for currency in Currency:
            field.addItem(currency.value, currency.value)
        return field


@dataclass(frozen=True)
class Payment:
    """Money as typed: the parsing (and its clear refusal) happens on the worker."""

    day: date
    amount: str
    currency: Currency
    rate: str

    def cents(self) -> int:
        return parse_amount(self.amount)

    def rate_e4(self) -> int | None:
        return parse_rate(self.rate) if self.rate.strip() else None


class _PaymentForm(_Form):
    """The rows every payment has; their words live in one context, "ProjectPayment"."""

    def add_payment_rows(self) -> None:
        self.day = self.day_field()
        self.amount = QLineEdit(self)
        self.amount.setPlaceholderText(labels.amount(123_456))
        self.currency = self.currency_field()
        self.rate = QLineEdit(self)
        self.rate.setPlaceholderText(QCoreApplication.translate(
            "ProjectPayment", "bolívares por dólar, ej. 36,50"))
        self.form.addRow(QCoreApplication.translate("ProjectPayment", "Fecha"), self.day)
        self.form.addRow(QCoreApplication.translate("ProjectPayment", "Monto"), self.amount)
        self.form.addRow(QCoreApplication.translate("ProjectPayment", "Moneda"), self.currency)
        self.form.addRow(QCoreApplication.translate("ProjectPayment", "Tasa del día"),
                         self.rate)

    def payment(self) -> Payment:
        return Payment(self.day.date().toPython(), self.amount.text(),  # type: ignore[arg-type]
                       Currency(self.currency.currentData()), self.rate.text())


class BudgetLineDialog(_Form):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Partida del presupuesto"), parent)
        self.name = QComboBox(self)
        self.name.setEditable(True)
        for name in (self.tr("Materiales"), self.tr("Mano de obra"), self.tr("Transporte"),
                     self.tr("Servicios"), self.tr("Otros")):
            self.name.addItem(name)
        self.planned = QLineEdit(self)
        self.planned.setPlaceholderText(labels.amount(123_456))
        self.form.addRow(self.tr("Partida"), self.name)
        self.form.addRow(self.tr("Monto previsto"), self.planned)
        self.finish()

    def values(self) -> tuple[str, str]:
        return self.name.currentText(), self.planned.text()


class DisbursementDialog(_PaymentForm):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Dinero recibido"), parent)
        self.add_payment_rows()
        self.source = QLineEdit(self)
        self.source.setPlaceholderText(self.tr("banco comunal, ministerio..."))
        self.reference = QLineEdit(self)
        self.form.addRow(self.tr("Origen"), self.source)
        self.form.addRow(self.tr("Referencia bancaria"), self.reference)
        self.finish()


class ExpenseDialog(_PaymentForm):
    def __init__(self, lines: list[BudgetLine], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Gasto"), parent)
        self.add_payment_rows()
        self.supplier = QLineEdit(self)
        self.rif = QLineEdit(self)
        self.rif.setPlaceholderText("J-12345678-9")
        self.invoice = QLineEdit(self)
        self.description = QLineEdit(self)
        self.line = QComboBox(self)
        self.line.addItem(self.tr("(sin partida)"), None)
        for line in lines:
            self.line.addItem(line.name, line.id)
        self.paid_by = QLineEdit(self)
        self.receipt = QLineEdit(self)
        self.receipt.setPlaceholderText(self.tr("foto o PDF de la factura"))
        choose = QPushButton(self.tr("Elegir…"), self)
        choose.clicked.connect(self._choose)
        row = QHBoxLayout()
        row.addWidget(self.receipt, 1)
        row.addWidget(choose)
        for text, field in ((self.tr("Proveedor"), self.supplier), (self.tr("RIF"), self.rif),
                            (self.tr("Factura o nota N.º"), self.invoice),
                            (self.tr("Descripción"), self.description),
                            (self.tr("Partida"), self.line), (self.tr("Pagó"), self.paid_by)):
            self.form.addRow(text, field)
        self.form.addRow(self.tr("Comprobante"), row)
        self.finish()

    def _choose(self) -> None:
        path = choose_receipt(self)
        if path is not None:
            self.receipt.setText(str(path))

    def receipt_path(self) -> Path | None:
        text = self.receipt.text().strip()
        return Path(text) if text else None


class StatusDialog(_Form):
    def __init__(self, current: ProjectStatus, by: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Cambiar el estado del proyecto"), parent)
        self.status = QComboBox(self)
        for status in (ProjectStatus.IN_PROGRESS, ProjectStatus.COMPLETED,
                       ProjectStatus.SUSPENDED, ProjectStatus.CANCELLED):
            if status is not current:
                self.status.addItem(labels.project_status(status), status.value)
        self.by = QLineEdit(by, self)
        self.note = QLineEdit(self)
        self.form.addRow(self.tr("Nuevo estado"), self.status)
        self.form.addRow(self.tr("Quién lo registra"), self.by)
        self.form.addRow(self.tr("Motivo"), self.note)
        self.finish()

    def values(self) -> tuple[ProjectStatus, str, str]:
        return ProjectStatus(self.status.currentData()), self.by.text(), self.note.text()
