"""A funded project's money: budget lines, money received (disbursements), money spent
(expenses with their receipts) and the ledger that puts them together, always in the
project's currency (a payment in bolívares carries the rate of its date)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

import app.projects.messages  # noqa: F401  (error sentences)
from app.domain.enums import AssemblyKind, Currency, ProjectStatus
from app.domain.errors import DomainError
from app.domain.text import clean_name
from app.persistence.rows import (
    AssemblyRow,
    AttachmentRow,
    BudgetLineRow,
    DisbursementRow,
    ExpenseRow,
    OrganizationRow,
    ProjectRow,
)
from app.projects.ledger import ledger
from app.projects.model import (
    AccountabilityPaper,
    BudgetLine,
    Disbursement,
    Expense,
    Ledger,
    ProjectScreen,
    Receipt,
)
from app.projects.money import value_in
from app.services import attachments
from app.services.context import ServiceContext, get_live
from app.services.problems import to_project
from app.services.project_oversight import oversight_of
from app.services.project_status import accounts_currency, funding_of, history_of

_FUNDED = {ProjectStatus.FUNDED.value, ProjectStatus.IN_PROGRESS.value,
           ProjectStatus.COMPLETED.value, ProjectStatus.SUSPENDED.value}


def _funded(s: Session, project_id: str) -> ProjectRow:
    row = get_live(s, ProjectRow, project_id, "project")
    if row.status not in _FUNDED:
        raise DomainError("project.not_funded", title=row.title)
    return row


def _line(row: BudgetLineRow) -> BudgetLine:
    return BudgetLine(row.id, row.project_id, row.name, row.planned_cents)


def _disbursement(row: DisbursementRow) -> Disbursement:
    return Disbursement(row.id, row.project_id, row.received_on, row.amount_cents,
                        Currency(row.currency), row.rate_e4, row.value_cents, row.source,
                        row.reference)


# The columns an Expense is built from, read as plain tuples: a project may hold thousands
# of expenses, and ORM objects would cost most of the time of opening it.
_EXPENSE_COLUMNS = (ExpenseRow.id, ExpenseRow.project_id, ExpenseRow.spent_on,
                    ExpenseRow.supplier, ExpenseRow.supplier_rif, ExpenseRow.invoice,
                    ExpenseRow.description, ExpenseRow.budget_line_id, ExpenseRow.amount_cents,
                    ExpenseRow.currency, ExpenseRow.rate_e4, ExpenseRow.value_cents,
                    ExpenseRow.paid_by)


def _expense_of(values: Sequence[Any], receipt: Receipt | None) -> Expense:
    (id_, project_id, spent_on, supplier, rif, invoice, description, line_id, amount,
     currency, rate, value, paid_by) = values
    return Expense(id_, project_id, spent_on, supplier or "", rif, invoice, description,
                   line_id, amount, Currency(currency), rate,
                   value if value is not None else amount, paid_by, receipt)


def _expense(row: ExpenseRow, receipt: Receipt | None) -> Expense:
    return _expense_of([getattr(row, c.key) for c in _EXPENSE_COLUMNS], receipt)


def lines_of(s: Session, project_id: str) -> list[BudgetLine]:
    return [_line(r) for r in s.scalars(select(BudgetLineRow).where(
        BudgetLineRow.project_id == project_id, BudgetLineRow.deleted_at.is_(None))
        .order_by(BudgetLineRow.created_at, BudgetLineRow.id))]


def disbursements_of(s: Session, project_id: str) -> list[Disbursement]:
    return [_disbursement(r) for r in s.scalars(select(DisbursementRow).where(
        DisbursementRow.project_id == project_id, DisbursementRow.deleted_at.is_(None))
        .order_by(DisbursementRow.received_on, DisbursementRow.created_at))]


def expenses_of(s: Session, project_id: str) -> list[Expense]:
    """Every live expense with its receipt's name (never the file's bytes)."""
    receipts: dict[str, Receipt] = {}
    for att_id, owner, name, media, size in s.execute(
            select(AttachmentRow.id, AttachmentRow.owner_id, AttachmentRow.filename,
                   AttachmentRow.media_type, AttachmentRow.size)
            .join(ExpenseRow, ExpenseRow.id == AttachmentRow.owner_id)
            .where(AttachmentRow.owner_entity == "expense", ExpenseRow.project_id == project_id)
            .order_by(AttachmentRow.created_at)):
        receipts[owner] = Receipt(att_id, name, media, size)  # the latest one shows
    rows = s.execute(select(*_EXPENSE_COLUMNS).where(
        ExpenseRow.project_id == project_id, ExpenseRow.deleted_at.is_(None))
        .order_by(ExpenseRow.spent_on, ExpenseRow.created_at, ExpenseRow.id))
    return [_expense_of(r, receipts.get(r[0])) for r in rows]


def ledger_of(s: Session, project_id: str, received: Sequence[Disbursement] | None = None,
              spent: Sequence[Expense] | None = None) -> Ledger:
    """The accounts; `received` and `spent` when the caller has already read them."""
    row = get_live(s, ProjectRow, project_id, "project")
    return ledger(to_project(row), accounts_currency(row), funding_of(row),
                  lines_of(s, project_id),
                  disbursements_of(s, project_id) if received is None else received,
                  expenses_of(s, project_id) if spent is None else spent,
                  history_of(s, project_id))


class ProjectMoneyService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    # -- budget ----------------------------------------------------------------------------

    def add_line(self, project_id: str, name: str, planned_cents: int) -> BudgetLine:
        name = clean_name(name)
        if not name:
            raise DomainError("budget.name_empty")
        if planned_cents < 0:
            raise DomainError("money.negative")
        with self._ctx.sessions.begin() as s:
            _funded(s, project_id)
            if any(line.name.casefold() == name.casefold() for line in lines_of(s, project_id)):
                raise DomainError("budget.name_taken", name=name)
            row = BudgetLineRow(id=self._ctx.ids.new(), project_id=project_id, name=name,
                                planned_cents=planned_cents, created_at=self._ctx.clock.now())
            self._ctx.log.insert(s, row)
            return _line(row)

    def set_planned(self, line_id: str, planned_cents: int) -> BudgetLine:
        if planned_cents < 0:
            raise DomainError("money.negative")
        with self._ctx.sessions.begin() as s:
            row = get_live(s, BudgetLineRow, line_id, "budget_line")
            self._ctx.log.update(s, row, planned_cents=planned_cents)
            return _line(row)

    def find_line(self, project_id: str, name_or_id: str) -> BudgetLine:
        """A line by its id or its name (without case), as a person types it."""
        with self._ctx.sessions.begin() as s:
            lines = lines_of(s, project_id)
        wanted = clean_name(name_or_id).casefold()
        for line in lines:
            if line.id == name_or_id or line.name.casefold() == wanted:
                return line
        raise DomainError("budget.line_unknown", name=name_or_id,
                          names=", ".join(line.name for line in lines) or "—")

    # -- money received and spent ---------------------------------------------------------

    def receive(self, project_id: str, received_on: date, amount_cents: int,
                currency: Currency, source: str, reference: str = "",
                rate_e4: int | None = None) -> Disbursement:
        source = clean_name(source)
        if not source:
            raise DomainError("disbursement.source_empty")
        if amount_cents <= 0:
            raise DomainError("disbursement.zero")
        with self._ctx.sessions.begin() as s:
            project = _funded(s, project_id)
            value = value_in(amount_cents, currency, rate_e4, accounts_currency(project))
            row = DisbursementRow(
                id=self._ctx.ids.new(), project_id=project_id, received_on=received_on,
                amount_cents=amount_cents, currency=currency.value,
                rate_e4=rate_e4 if currency is not accounts_currency(project) else None,
                value_cents=value, source=source, reference=reference.strip() or None,
                created_at=self._ctx.clock.now())
            self._ctx.log.insert(s, row)
            return _disbursement(row)

    def spend(self, project_id: str, spent_on: date, supplier: str, description: str,
              amount_cents: int, currency: Currency, *, line_id: str | None = None,
              supplier_rif: str = "", invoice: str = "", rate_e4: int | None = None,
              paid_by: str = "") -> Expense:
        supplier, description = clean_name(supplier), description.strip()
        if not supplier:
            raise DomainError("expense.supplier_empty")
        if not description:
            raise DomainError("expense.description_empty")
        if amount_cents <= 0:
            raise DomainError("expense.zero")
        with self._ctx.sessions.begin() as s:
            project = _funded(s, project_id)
            if line_id is not None:
                get_live(s, BudgetLineRow, line_id, "budget_line")
            own = accounts_currency(project)
            row = ExpenseRow(
                id=self._ctx.ids.new(), project_id=project_id, spent_on=spent_on,
                description=description, amount_cents=amount_cents, currency=currency.value,
                budget_line_id=line_id, supplier=supplier,
                supplier_rif=supplier_rif.strip().upper() or None,
                invoice=invoice.strip() or None,
                rate_e4=rate_e4 if currency is not own else None,
                value_cents=value_in(amount_cents, currency, rate_e4, own),
                paid_by=paid_by.strip() or None, created_at=self._ctx.clock.now())
            self._ctx.log.insert(s, row)
            return _expense(row, None)

    def correct_amount(self, expense_id: str, amount_cents: int,
                       rate_e4: int | None = None) -> Expense:
        """A mistyped amount (or rate) corrected; the value in the project's currency
        follows."""
        if amount_cents <= 0:
            raise DomainError("expense.zero")
        with self._ctx.sessions.begin() as s:
            row = get_live(s, ExpenseRow, expense_id, "expense")
            project = get_live(s, ProjectRow, row.project_id, "project")
            currency, own = Currency(row.currency), accounts_currency(project)
            rate = rate_e4 if rate_e4 is not None else row.rate_e4
            self._ctx.log.update(s, row, amount_cents=amount_cents,
                                 rate_e4=rate if currency is not own else None,
                                 value_cents=value_in(amount_cents, currency, rate, own))
            return self._one(s, row)

    def attach_receipt(self, expense_id: str, filename: str, data: bytes,
                       media_type: str) -> Expense:
        """Keep the photo or PDF of the invoice with its expense (a later one replaces it
        on screen; every one stays kept)."""
        name = attachments.check_file(filename, data, media_type, "comprobante")
        with self._ctx.sessions.begin() as s:
            row = get_live(s, ExpenseRow, expense_id, "expense")
            attachments.store(self._ctx, s, "expense", expense_id, name, data, media_type)
            return self._one(s, row)

    def receipt_data(self, attachment_id: str) -> bytes:
        with self._ctx.sessions.begin() as s:
            get_live(s, AttachmentRow, attachment_id, "attachment")
            return attachments.read_or_explain(self._ctx, s, attachment_id)

    # -- reading ---------------------------------------------------------------------------

    def screen(self, project_id: str) -> ProjectScreen:
        """What the project view shows, read once in one unit of work."""
        with self._ctx.sessions.begin() as s:
            received, spent = disbursements_of(s, project_id), expenses_of(s, project_id)
            return ProjectScreen(ledger_of(s, project_id, received, spent), tuple(received),
                                 tuple(spent))

    def ledger(self, project_id: str) -> Ledger:
        with self._ctx.sessions.begin() as s:
            return ledger_of(s, project_id)

    def paper(self, project_id: str) -> AccountabilityPaper:
        """The content of the accountability statement and the notice, read at once."""
        with self._ctx.sessions.begin() as s:
            received, spent = disbursements_of(s, project_id), expenses_of(s, project_id)
            accounts = ledger_of(s, project_id, received, spent)
            org = get_live(s, OrganizationRow, accounts.project.organization_id,
                           "organization")
            next_at = s.scalar(select(AssemblyRow.scheduled_at).where(
                AssemblyRow.organization_id == org.id, AssemblyRow.deleted_at.is_(None),
                AssemblyRow.kind == AssemblyKind.ACCOUNTABILITY.value,
                AssemblyRow.scheduled_at >= self._ctx.clock.now())
                .order_by(AssemblyRow.scheduled_at))
            return AccountabilityPaper(
                org.name, accounts, tuple(received), tuple(spent),
                {b.line_id: b.name for b in accounts.lines if b.line_id}, next_at,
                oversight_of(s, project_id))

    def lines(self, project_id: str) -> list[BudgetLine]:
        with self._ctx.sessions.begin() as s:
            return lines_of(s, project_id)

    def disbursements(self, project_id: str) -> list[Disbursement]:
        with self._ctx.sessions.begin() as s:
            return disbursements_of(s, project_id)

    def expenses(self, project_id: str) -> list[Expense]:
        with self._ctx.sessions.begin() as s:
            return expenses_of(s, project_id)

    def _one(self, s: Session, row: ExpenseRow) -> Expense:
        receipt = s.execute(
            select(AttachmentRow.id, AttachmentRow.filename, AttachmentRow.media_type,
                   AttachmentRow.size)
            .where(AttachmentRow.owner_entity == "expense", AttachmentRow.owner_id == row.id)
            .order_by(AttachmentRow.created_at.desc())).first()
        return _expense(row, Receipt(*receipt) if receipt is not None else None)
