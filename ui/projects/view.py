"""One project: its accounts always in sight (received, spent, balance, warnings), and tabs
for the summary, the budget and the money in and out with the receipts."""

from __future__ import annotations

import mimetypes
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import DomainError
from app.projects.model import BudgetLine, Ledger, Oversight, ProjectScreen
from app.projects.money import parse_amount

from ui import labels
from ui.context import UiContext
from ui.pdf_preview import PdfPreviewDialog
from ui.projects.dialogs import (
    BudgetLineDialog,
    DisbursementDialog,
    ExpenseDialog,
    StatusDialog,
    choose_receipt,
)
from ui.projects.money_tab import MoneyTab
from ui.projects.oversight_tabs import AnswerDialog, OversightTab, ProgressTab
from ui.table_model import Column, RecordTableModel
from ui.widgets import big_button, fit_columns, record_table, rich_label, text_label

if TYPE_CHECKING:
    from app.services.project_money import ProjectMoneyService


def _ask(dialog: QDialog) -> bool:
    """Shown modally; the tests replace this one function to fill and accept a form."""
    return dialog.exec() == QDialog.DialogCode.Accepted


class ProjectView(QWidget):
    back = Signal()

    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.project_id: str | None = None
        self.shown: ProjectScreen | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        self.back_button = QPushButton(self.tr("← Proyectos"), self)
        self.back_button.clicked.connect(self.back)
        self.title = text_label("", self)
        self.title.setObjectName("sectionTitle")
        self.title.setWordWrap(True)
        self.status_button = big_button(self.tr("Cambiar estado"), self)
        head.addWidget(self.back_button)
        head.addWidget(self.title, 1)
        head.addWidget(self.status_button)
        layout.addLayout(head)
        self.accounts = rich_label("", self)  # always visible, whatever the tab
        self.accounts.setWordWrap(True)
        layout.addWidget(self.accounts)
        self.tabs = QTabWidget(self)
        self.summary = rich_label("", self)
        self.summary.setWordWrap(True)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        summary_tab = QWidget(self)
        summary_layout = QVBoxLayout(summary_tab)
        summary_layout.addWidget(self.summary, 1)
        papers = QHBoxLayout()
        self.statement_button = big_button(self.tr("Imprimir rendición de cuentas…"), self)
        self.notice_button = big_button(self.tr("Imprimir aviso para la cartelera…"), self)
        papers.addWidget(self.statement_button)
        papers.addWidget(self.notice_button)
        papers.addStretch(1)
        summary_layout.addLayout(papers)
        self.preview: PdfPreviewDialog | None = None
        self.tabs.addTab(summary_tab, self.tr("Resumen"))
        budget_tab = QWidget(self)
        budget_layout = QVBoxLayout(budget_tab)
        self.lines = RecordTableModel([
            Column(self.tr("Partida"), lambda b: b.name),
            Column(self.tr("Previsto"), lambda b: self._money(b.planned_cents), True),
            Column(self.tr("Gastado"), lambda b: self._money(b.spent_cents), True),
            Column(self.tr("Queda"), lambda b: self._money(b.left_cents), True),
            Column("", lambda b: self.tr("SOBREGIRADA") if b.overspent else ""),
        ], self, key=lambda b: b.line_id or "")
        self.lines_table = record_table(self)
        self.lines_table.setModel(self.lines)
        self.line_button = big_button(self.tr("Agregar partida"), self)
        budget_layout.addWidget(self.lines_table, 1)
        budget_layout.addWidget(self.line_button)
        self.tabs.addTab(budget_tab, self.tr("Presupuesto"))
        self.money = MoneyTab(ui, self)
        self.tabs.addTab(self.money, self.tr("Ingresos y gastos"))
        self.progress = ProgressTab(self)
        self.tabs.addTab(self.progress, self.tr("Avance"))
        self.oversight = OversightTab(self)
        self.tabs.addTab(self.oversight, self.tr("Contraloría"))
        layout.addWidget(self.tabs, 1)
        self.note = text_label("", self)
        layout.addWidget(self.note)
        self.status_button.clicked.connect(self.change_status)
        self.line_button.clicked.connect(self.add_line)
        self.money.receive_button.clicked.connect(self.receive)
        self.money.spend_button.clicked.connect(self.spend)
        self.money.attach_button.clicked.connect(self.attach)
        self.oversight.answer_button.clicked.connect(self.answer_finding)
        self.statement_button.clicked.connect(self.print_statement)
        self.notice_button.clicked.connect(self.print_notice)

    def _money(self, cents: int) -> str:
        currency = self.shown.ledger.currency.value if self.shown else "USD"
        return labels.money(cents, currency)

    # -- loading ---------------------------------------------------------------------------

    def open(self, project_id: str) -> None:
        self.project_id = project_id
        self.refresh()

    def refresh(self) -> None:
        if self.project_id is None:
            return
        money, project_id = self.ui.services.project_money, self.project_id
        watch = self.ui.services.project_oversight

        def load() -> tuple[ProjectScreen, Oversight]:
            return money.screen(project_id), watch.oversight(project_id)

        self.ui.run(load, self._show, self)

    def _show(self, loaded: tuple[ProjectScreen, Oversight]) -> None:
        screen, oversight = loaded
        if screen.ledger.project.id != self.project_id:
            return  # another project was opened meanwhile
        self.shown = screen
        self.progress.show_progress(oversight)
        self.oversight.show_oversight(oversight)
        ledger = screen.ledger
        self.title.setText(f"{ledger.project.title} · "
                           f"{labels.project_status(ledger.project.status)}")
        balance = self._money(ledger.balance_cents)
        self.accounts.setText(self.tr(
            "Recibido <b>{received}</b> · Gastado <b>{spent}</b> · Saldo <b>{balance}</b>"
            " · {warnings}").format(
            received=escape(self._money(ledger.received_cents)),
            spent=escape(self._money(ledger.spent_cents)),
            balance=escape(balance) if ledger.balance_cents >= 0
            else f"<span style='color:#b00020'>{escape(balance)}</span>",
            warnings=self._warning_count(len(ledger.warnings))))
        self.summary.setText(self._summary_html(ledger))
        self.lines.set_rows(list(ledger.lines))
        fit_columns(self.lines_table)
        names = {b.line_id: b.name for b in ledger.lines if b.line_id}
        self.money.show_money(ledger.currency.value, names, screen.received, screen.spent)

    def _warning_count(self, count: int) -> str:
        if not count:
            return self.tr("sin alertas")
        return "<span style='color:#b00020'>" + escape(
            labels.count(count, self.tr("{n} alerta"), self.tr("{n} alertas"))) + "</span>"

    def _summary_html(self, ledger: Ledger) -> str:
        parts: list[str] = []
        funding = ledger.funding
        if funding is not None:
            parts.append(escape(self.tr("Financiado con {amount}.").format(
                amount=labels.money(funding.cents, funding.currency.value))))
            if funding.committee or funding.responsible:
                parts.append(escape(self.tr("Responsables: {who}").format(who=", ".join(
                    w for w in (funding.committee, funding.responsible) if w))))
        else:
            parts.append(escape(self.tr("Este proyecto aún no está financiado.")))
        if ledger.warnings:
            parts.append("<b>" + escape(self.tr("Alertas")) + "</b><ul>" + "".join(
                f"<li style='color:#b00020'>{escape(w.text)}</li>"
                for w in ledger.warnings[:12]) + "</ul>")
            if len(ledger.warnings) > 12:
                parts.append(escape(self.tr("… y {n} alertas más.").format(
                    n=len(ledger.warnings) - 12)))
        if ledger.history:
            parts.append("<b>" + escape(self.tr("Historia")) + "</b><ul>" + "".join(
                f"<li>{h.changed_on:%d/%m/%Y} · {escape(labels.project_status(h.status))} · "
                f"{escape(h.changed_by)}{(' · ' + escape(h.note)) if h.note else ''}</li>"
                for h in ledger.history) + "</ul>")
        return "<br>".join(parts)

    # -- actions ---------------------------------------------------------------------------

    def _after(self, message: str) -> None:
        self.note.setText(message)

    def change_status(self) -> None:
        if self.shown is None or self.project_id is None:
            return
        by = self.ui.services.settings.all().secretary_name
        dialog = StatusDialog(self.shown.ledger.project.status, by, self)
        if not _ask(dialog):
            return
        status, who, note = dialog.values()
        service, project_id = self.ui.services.project_status, self.project_id

        def job() -> str:
            project = service.set_status(project_id, status, who, note)
            return self.tr("Estado: {status}.").format(status=labels.project_status(
                project.status))

        self.ui.run(job, self._after, self)

    def print_statement(self) -> None:
        if self.project_id is None:
            return
        papers, project_id = self.ui.services.papers, self.project_id
        self.preview = PdfPreviewDialog(self.ui, self.tr("Rendición de cuentas"),
                                        lambda: papers.accountability(project_id), self)
        self.preview.show()

    def print_notice(self) -> None:
        if self.project_id is None:
            return
        papers, project_id = self.ui.services.papers, self.project_id
        self.preview = PdfPreviewDialog(self.ui, self.tr("Cartelera del proyecto"),
                                        lambda: papers.notice(project_id), self)
        self.preview.show()

    def answer_finding(self) -> None:
        line = self.oversight.current()
        if line is None or not line.finding.open:
            self.note.setText(self.tr("Seleccione un hallazgo abierto."))
            return
        dialog = AnswerDialog(line.finding, self.ui.services.settings.all().secretary_name,
                              self)
        if not _ask(dialog):
            return
        answer, by = dialog.answer.toPlainText(), dialog.by.text()
        watch, finding_id = self.ui.services.project_oversight, line.finding.id

        def job() -> str:
            watch.answer(finding_id, answer, by)
            return self.tr("Hallazgo respondido.")

        self.ui.run(job, self._after, self)

    def add_line(self) -> None:
        if self.project_id is None:
            return
        dialog = BudgetLineDialog(self)
        if not _ask(dialog):
            return
        name, planned = dialog.values()
        money, project_id = self.ui.services.project_money, self.project_id

        def job() -> str:
            line = money.add_line(project_id, name, parse_amount(planned))
            return self.tr("Partida «{name}» agregada.").format(name=line.name)

        self.ui.run(job, self._after, self)

    def receive(self) -> None:
        if self.project_id is None:
            return
        dialog = DisbursementDialog(self)
        if not _ask(dialog):
            return
        pay, source, ref = dialog.payment(), dialog.source.text(), dialog.reference.text()
        money, project_id = self.ui.services.project_money, self.project_id

        def job() -> str:
            d = money.receive(project_id, pay.day, pay.cents(), pay.currency, source, ref,
                              pay.rate_e4())
            return self.tr("Ingreso registrado: {amount}.").format(
                amount=labels.money(d.amount_cents, d.currency.value))

        self.ui.run(job, self._after, self)

    def spend(self) -> None:
        if self.shown is None or self.project_id is None:
            return
        lines = [b for b in self.shown.ledger.lines if b.line_id]
        dialog = ExpenseDialog([BudgetLine(b.line_id or "", self.project_id, b.name,
                                           b.planned_cents) for b in lines], self)
        if not _ask(dialog):
            return
        pay, receipt = dialog.payment(), dialog.receipt_path()
        fields = (dialog.supplier.text(), dialog.description.text(), dialog.rif.text(),
                  dialog.invoice.text(), dialog.paid_by.text(), dialog.line.currentData())
        money, project_id = self.ui.services.project_money, self.project_id

        def job() -> str:
            supplier, description, rif, invoice, paid_by, line_id = fields
            expense = money.spend(project_id, pay.day, supplier, description, pay.cents(),
                                  pay.currency, line_id=line_id, supplier_rif=rif,
                                  invoice=invoice, rate_e4=pay.rate_e4(), paid_by=paid_by)
            if receipt is not None:
                _attach(money, expense.id, receipt)
            return self.tr("Gasto registrado: {amount} a {supplier}.").format(
                amount=labels.money(expense.amount_cents, expense.currency.value),
                supplier=expense.supplier)

        self.ui.run(job, self._after, self)

    def attach(self) -> None:
        expense = self.money.current_expense()
        if expense is None:
            self.note.setText(self.tr("Seleccione un gasto de la lista."))
            return
        path = choose_receipt(self)
        if path is None:
            return
        money, expense_id = self.ui.services.project_money, expense.id

        def job() -> str:
            _attach(money, expense_id, path)
            return self.tr("Comprobante adjuntado: {name}.").format(name=path.name)

        self.ui.run(job, self._after, self)


def _attach(money: ProjectMoneyService, expense_id: str, path: Path) -> None:
    """Read the chosen photo or PDF (on the worker) and keep it with its expense."""
    if not path.is_file():
        raise DomainError("receipt.missing", path=str(path))
    media = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    money.attach_receipt(expense_id, path.name, path.read_bytes(), media)
