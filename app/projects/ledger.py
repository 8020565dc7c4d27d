"""Balances by budget line and in total, and the warnings the secretary must see: a line
spent past its plan, spending past what was received, an expense without its receipt, the
same invoice of one supplier entered twice. Pure: the service hands in what it summed and
read (SQL sums, not every expense, so a project with thousands of them opens at once)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from app.domain.enums import Currency
from app.domain.money import money_text
from app.domain.problems import Project
from app.projects.messages import text
from app.projects.model import (
    BudgetLine,
    Disbursement,
    Funding,
    Ledger,
    LedgerWarning,
    LineBalance,
    StatusChange,
)

_NOT_ALNUM = re.compile(r"[\W_]+")
_LEADING_ZEROS = re.compile(r"(?<!\d)0+(?=\d)")
# Expenses without a receipt named one by one; past this many, one sentence counts the rest
# (the list of expenses marks every one of them).
MISSING_NAMED = 20


@dataclass(frozen=True)
class ExpenseRef:
    """What a warning says of an expense."""

    id: str
    spent_on: date
    supplier: str
    supplier_rif: str | None
    invoice: str | None
    amount_cents: int
    currency: Currency


# An expense with an invoice number, as read for the duplicates check (thousands of them:
# plain tuples): id, date, supplier, supplier's RIF, invoice number.
Invoiced = tuple[str, date, str, str | None, str | None]


@dataclass(frozen=True)
class Spending:
    """The money spent as the service summed it: value by budget line (None: no line or a
    line that is gone), how many expenses and how many without a receipt, the first of
    those, and every expense with an invoice number (for duplicates)."""

    by_line: Mapping[str | None, int]
    count: int
    without_receipt: int
    missing: Sequence[ExpenseRef]
    invoiced: Sequence[Invoiced]


@lru_cache(maxsize=4096)
def _issuer(name: str) -> str:
    return _NOT_ALNUM.sub("", name.upper())


def invoice_key(supplier: str, rif: str | None, invoice: str | None
                ) -> tuple[str, str] | None:
    """Who issued it (the RIF when known, else the name) and the number, compared without
    case, spaces, dashes or leading zeros, so "F-0012" and "f 12" are one invoice."""
    if not invoice:
        return None
    number = _LEADING_ZEROS.sub("", _NOT_ALNUM.sub("", invoice.upper()))
    return (_issuer(rif or supplier), number) if number else None


def line_balances(lines: Sequence[BudgetLine], by_line: Mapping[str | None, int]
                  ) -> tuple[LineBalance, ...]:
    known = {line.id for line in lines}
    unassigned = sum(v for k, v in by_line.items() if k not in known)
    balances = [LineBalance(line.id, line.name, line.planned_cents, by_line.get(line.id, 0),
                            line.planned_cents - by_line.get(line.id, 0),
                            by_line.get(line.id, 0) > line.planned_cents) for line in lines]
    if unassigned:
        balances.append(LineBalance(None, text("line.unassigned"), 0, unassigned,
                                    -unassigned, False))
    return tuple(balances)


def _day(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def warnings_of(currency: str, balances: Sequence[LineBalance], received: int, spent: int,
                spending: Spending) -> tuple[LedgerWarning, ...]:
    found: list[LedgerWarning] = []
    for b in balances:
        if b.overspent:
            found.append(LedgerWarning("line_overspent", text(
                "warning.line_overspent", line=b.name,
                spent=money_text(b.spent_cents, currency),
                planned=money_text(b.planned_cents, currency),
                over=money_text(-b.left_cents, currency))))
    if spent > received:
        found.append(LedgerWarning("spent_past_received", text(
            "warning.spent_past_received", spent=money_text(spent, currency),
            received=money_text(received, currency),
            over=money_text(spent - received, currency))))
    no_receipt = text("warning.no_receipt", date="{date}", supplier="{supplier}",
                      amount="{amount}")
    for e in spending.missing[:MISSING_NAMED]:
        found.append(LedgerWarning("no_receipt", no_receipt.format(
            date=_day(e.spent_on), supplier=e.supplier,
            amount=money_text(e.amount_cents, e.currency.value)), e.id))
    if spending.without_receipt > MISSING_NAMED:
        found.append(LedgerWarning("no_receipt_more", text(
            "warning.no_receipt_more", n=spending.without_receipt - MISSING_NAMED)))
    first_on: dict[tuple[str, str], date] = {}
    for expense_id, spent_on, supplier, rif, invoice in spending.invoiced:
        key = invoice_key(supplier, rif, invoice)
        if key is None:
            continue
        if key in first_on:
            found.append(LedgerWarning("duplicate_invoice", text(
                "warning.duplicate_invoice", invoice=invoice, supplier=supplier,
                first=_day(first_on[key])), expense_id))
        else:
            first_on[key] = spent_on
    return tuple(found)


def ledger(project: Project, currency: Currency, funding: Funding | None,
           lines: Sequence[BudgetLine], disbursements: Sequence[Disbursement],
           spending: Spending, history: Sequence[StatusChange]) -> Ledger:
    """The accounts in `currency`, the project's (the funded one once it is funded)."""
    received = sum(d.value_cents for d in disbursements)
    spent = sum(spending.by_line.values())
    balances = line_balances(lines, spending.by_line)
    return Ledger(
        project=project, currency=currency, funding=funding, lines=balances,
        received_cents=received, spent_cents=spent, balance_cents=received - spent,
        planned_cents=sum(line.planned_cents for line in lines),
        expenses_count=spending.count, without_receipt=spending.without_receipt,
        warnings=warnings_of(currency.value, balances, received, spent, spending),
        history=tuple(history))
