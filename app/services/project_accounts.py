"""Reading a project's accounts: its budget lines, money received, a page of its expenses
(or all of them, for the papers) with their receipts' names, and the ledger from SQL sums.

A project may hold thousands of expenses: the ledger is summed by the database (by budget
line, with and without receipt) and only the expenses a warning names are read, so opening a
project costs the same with 10 expenses or 10,000."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session

from app.domain.enums import Currency
from app.persistence.rows import (
    AttachmentRow,
    BudgetLineRow,
    DisbursementRow,
    ExpenseRow,
    ProjectRow,
)
from app.projects.ledger import MISSING_NAMED, ExpenseRef, Spending, ledger
from app.projects.model import BudgetLine, Disbursement, Expense, Ledger, Receipt
from app.services.context import get_live
from app.services.problems import to_project
from app.services.project_status import accounts_currency, funding_of, history_of


def line_of(row: BudgetLineRow) -> BudgetLine:
    return BudgetLine(row.id, row.project_id, row.name, row.planned_cents)


def disbursement_of(row: DisbursementRow) -> Disbursement:
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
_REF_COLUMNS = (ExpenseRow.id, ExpenseRow.spent_on, ExpenseRow.supplier,
                ExpenseRow.supplier_rif, ExpenseRow.invoice, ExpenseRow.amount_cents,
                ExpenseRow.currency)
_ORDER = (ExpenseRow.spent_on, ExpenseRow.created_at, ExpenseRow.id)
_VALUE = func.coalesce(ExpenseRow.value_cents, ExpenseRow.amount_cents)
# Enum lookups by value cost more than the rest of reading a row: one dictionary instead.
_CURRENCY = {c.value: c for c in Currency}
_HAS_RECEIPT = exists().where(AttachmentRow.owner_entity == "expense",
                              AttachmentRow.owner_id == ExpenseRow.id)


def _expense_of(values: Sequence[Any], receipt: Receipt | None) -> Expense:
    (id_, project_id, spent_on, supplier, rif, invoice, description, line_id, amount,
     currency, rate, value, paid_by) = values
    return Expense(id_, project_id, spent_on, supplier or "", rif, invoice, description,
                   line_id, amount, _CURRENCY[currency], rate,
                   value if value is not None else amount, paid_by, receipt)


def expense_of_row(row: ExpenseRow, receipt: Receipt | None) -> Expense:
    return _expense_of([getattr(row, c.key) for c in _EXPENSE_COLUMNS], receipt)


def lines_of(s: Session, project_id: str) -> list[BudgetLine]:
    return [line_of(r) for r in s.scalars(select(BudgetLineRow).where(
        BudgetLineRow.project_id == project_id, BudgetLineRow.deleted_at.is_(None))
        .order_by(BudgetLineRow.created_at, BudgetLineRow.id))]


def disbursements_of(s: Session, project_id: str) -> list[Disbursement]:
    return [disbursement_of(r) for r in s.scalars(select(DisbursementRow).where(
        DisbursementRow.project_id == project_id, DisbursementRow.deleted_at.is_(None))
        .order_by(DisbursementRow.received_on, DisbursementRow.created_at))]


def expenses_of(s: Session, project_id: str, offset: int = 0, limit: int | None = None
                ) -> list[Expense]:
    """Live expenses in date order (a page of them when `limit` is given), each with its
    receipt's name (the latest one kept; never the file's bytes)."""
    query = select(*_EXPENSE_COLUMNS).where(
        ExpenseRow.project_id == project_id, ExpenseRow.deleted_at.is_(None)).order_by(*_ORDER)
    if limit is not None:
        query = query.offset(offset).limit(limit)
    rows = s.execute(query).all()
    receipts: dict[str, Receipt] = {}
    attached = select(AttachmentRow.id, AttachmentRow.owner_id, AttachmentRow.filename,
                      AttachmentRow.media_type, AttachmentRow.size).where(
        AttachmentRow.owner_entity == "expense").order_by(AttachmentRow.created_at)
    if limit is None:  # every expense: one join instead of a long IN list
        attached = attached.join(ExpenseRow, ExpenseRow.id == AttachmentRow.owner_id).where(
            ExpenseRow.project_id == project_id)
    else:
        attached = attached.where(AttachmentRow.owner_id.in_([r[0] for r in rows]))
    for att_id, owner, name, media, size in s.execute(attached):
        receipts[owner] = Receipt(att_id, name, media, size)  # the latest one shows
    return [_expense_of(r, receipts.get(r[0])) for r in rows]


def _ref(values: Sequence[Any]) -> ExpenseRef:
    id_, spent_on, supplier, rif, invoice, amount, currency = values
    return ExpenseRef(id_, spent_on, supplier or "", rif, invoice, amount, _CURRENCY[currency])


def spending_of(s: Session, project_id: str) -> Spending:
    """The sums the ledger needs, and only the expenses its warnings name."""
    live = (ExpenseRow.project_id == project_id, ExpenseRow.deleted_at.is_(None))
    by_line: dict[str | None, int] = {}
    count = 0
    for line_id, value, n in s.execute(
            select(ExpenseRow.budget_line_id, func.sum(_VALUE), func.count())
            .where(*live).group_by(ExpenseRow.budget_line_id)):
        by_line[line_id] = by_line.get(line_id, 0) + int(value or 0)
        count += int(n)
    without = int(s.scalar(select(func.count()).select_from(ExpenseRow)
                           .where(*live, ~_HAS_RECEIPT)) or 0)
    missing = [_ref(r) for r in s.execute(select(*_REF_COLUMNS).where(*live, ~_HAS_RECEIPT)
                                          .order_by(*_ORDER).limit(MISSING_NAMED))]
    invoiced = [(id_, day, supplier or "", rif, invoice) for id_, day, supplier, rif, invoice
                in s.execute(select(ExpenseRow.id, ExpenseRow.spent_on, ExpenseRow.supplier,
                                    ExpenseRow.supplier_rif, ExpenseRow.invoice)
                             .where(*live, ExpenseRow.invoice.is_not(None)).order_by(*_ORDER))]
    return Spending(by_line, count, without, missing, invoiced)


def ledger_of(s: Session, project_id: str, received: Sequence[Disbursement] | None = None
              ) -> Ledger:
    """The accounts; `received` when the caller has already read them."""
    row = get_live(s, ProjectRow, project_id, "project")
    return ledger(to_project(row), accounts_currency(row), funding_of(row),
                  lines_of(s, project_id),
                  disbursements_of(s, project_id) if received is None else received,
                  spending_of(s, project_id), history_of(s, project_id))
