"""A funded project's money: budget lines, money received (disbursements), money spent
(expenses with their receipts) and the ledger that puts them together, always in the
project's currency (a payment in bolívares carries the rate of its date)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

import app.projects.messages  # noqa: F401  (error sentences)
from app.domain.enums import HAS_ACCOUNTS, AssemblyKind, Currency
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
from app.services.project_accounts import (
    disbursement_of,
    disbursements_of,
    expense_of_row,
    expenses_of,
    ledger_of,
    line_of,
    lines_of,
)
from app.services.project_oversight import oversight_of
from app.services.project_status import (
    accounts_currency,
    people_of,
)

_FUNDED = frozenset(status.value for status in HAS_ACCOUNTS)


def funded_project(s: Session, project_id: str) -> ProjectRow:
    """The project, live and funded: only a funded project has accounts."""
    row = get_live(s, ProjectRow, project_id, "project")
    if row.status not in _FUNDED:
        raise DomainError("project.not_funded", title=row.title)
    return row


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
            funded_project(s, project_id)
            if any(line.name.casefold() == name.casefold() for line in lines_of(s, project_id)):
                raise DomainError("budget.name_taken", name=name)
            row = BudgetLineRow(id=self._ctx.ids.new(), project_id=project_id, name=name,
                                planned_cents=planned_cents, created_at=self._ctx.clock.now())
            self._ctx.log.insert(s, row)
            return line_of(row)

    def set_planned(self, line_id: str, planned_cents: int) -> BudgetLine:
        if planned_cents < 0:
            raise DomainError("money.negative")
        with self._ctx.sessions.begin() as s:
            row = get_live(s, BudgetLineRow, line_id, "budget_line")
            self._ctx.log.update(s, row, planned_cents=planned_cents)
            return line_of(row)

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
            project = funded_project(s, project_id)
            value = value_in(amount_cents, currency, rate_e4, accounts_currency(project))
            row = DisbursementRow(
                id=self._ctx.ids.new(), project_id=project_id, received_on=received_on,
                amount_cents=amount_cents, currency=currency.value,
                rate_e4=rate_e4 if currency is not accounts_currency(project) else None,
                value_cents=value, source=source, reference=reference.strip() or None,
                created_at=self._ctx.clock.now())
            self._ctx.log.insert(s, row)
            return disbursement_of(row)

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
            project = funded_project(s, project_id)
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
            return expense_of_row(row, None)

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

    def receipt_data(self, attachment_id: str) -> bytes | None:
        """The receipt's bytes; None while the file has not arrived by sync."""
        with self._ctx.sessions.begin() as s:
            get_live(s, AttachmentRow, attachment_id, "attachment")
            return attachments.read_or_explain(self._ctx, s, attachment_id)

    # -- reading ---------------------------------------------------------------------------

    def screen(self, project_id: str) -> ProjectScreen:
        """What the project view shows first, read once in one unit of work: the accounts
        (summed by the database) and the money received; the expenses come by pages."""
        with self._ctx.sessions.begin() as s:
            received = disbursements_of(s, project_id)
            return ProjectScreen(ledger_of(s, project_id, received), tuple(received))

    def expenses_page(self, project_id: str, offset: int, limit: int) -> list[Expense]:
        """A page of the expenses in date order, as the project view scrolls."""
        with self._ctx.sessions.begin() as s:
            return expenses_of(s, project_id, offset, limit)

    def ledger(self, project_id: str) -> Ledger:
        with self._ctx.sessions.begin() as s:
            return ledger_of(s, project_id)

    def paper(self, project_id: str) -> AccountabilityPaper:
        """The content of the accountability statement and the notice, read at once."""
        with self._ctx.sessions.begin() as s:
            received, spent = disbursements_of(s, project_id), expenses_of(s, project_id)
            accounts = ledger_of(s, project_id, received)
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
                oversight_of(s, project_id), tuple(people_of(s, project_id)))

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
        return expense_of_row(row, Receipt(*receipt) if receipt is not None else None)
