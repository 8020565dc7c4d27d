"""Balances by budget line and in total, and the warnings the secretary must see: a line
spent past its plan, spending past what was received, an expense without its receipt, the
same invoice of one supplier entered twice. Pure: the service hands in what it loaded."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from app.consultation.funding import money_text
from app.domain.enums import Currency
from app.domain.problems import Project
from app.projects.messages import text
from app.projects.model import (
    BudgetLine,
    Disbursement,
    Expense,
    Funding,
    Ledger,
    LedgerWarning,
    LineBalance,
    StatusChange,
)

_NOT_ALNUM = re.compile(r"[\W_]+")
_LEADING_ZEROS = re.compile(r"(?<!\d)0+(?=\d)")


def invoice_key(expense: Expense) -> tuple[str, str] | None:
    """Who issued it (the RIF when known, else the name) and the number, compared without
    case, spaces, dashes or leading zeros, so "F-0012" and "f 12" are one invoice."""
    if not expense.invoice:
        return None
    number = _LEADING_ZEROS.sub("", _NOT_ALNUM.sub("", expense.invoice.upper()))
    issuer = _NOT_ALNUM.sub("", (expense.supplier_rif or expense.supplier).upper())
    return (issuer, number) if number else None


def line_balances(lines: Sequence[BudgetLine], expenses: Sequence[Expense]
                  ) -> tuple[LineBalance, ...]:
    spent: dict[str | None, int] = defaultdict(int)
    known = {line.id for line in lines}
    for e in expenses:
        spent[e.budget_line_id if e.budget_line_id in known else None] += e.value_cents
    balances = [LineBalance(line.id, line.name, line.planned_cents, spent[line.id],
                            line.planned_cents - spent[line.id],
                            spent[line.id] > line.planned_cents) for line in lines]
    if spent[None]:
        balances.append(LineBalance(None, text("line.unassigned"), 0, spent[None],
                                    -spent[None], False))
    return tuple(balances)


def warnings_of(currency: str, balances: Sequence[LineBalance], received: int, spent: int,
                expenses: Sequence[Expense]) -> tuple[LedgerWarning, ...]:
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
    seen: dict[tuple[str, str], Expense] = {}
    # Translated once: a project may have thousands of expenses without their receipt yet.
    no_receipt = text("warning.no_receipt", date="{date}", supplier="{supplier}",
                      amount="{amount}")
    for e in expenses:
        if e.receipt is None:
            day = e.spent_on
            found.append(LedgerWarning("no_receipt", no_receipt.format(
                date=f"{day.day:02d}/{day.month:02d}/{day.year}", supplier=e.supplier,
                amount=money_text(e.amount_cents, e.currency.value)), e.id))
        key = invoice_key(e)
        if key is None:
            continue
        first = seen.setdefault(key, e)
        if first is not e:
            found.append(LedgerWarning("duplicate_invoice", text(
                "warning.duplicate_invoice", invoice=e.invoice, supplier=e.supplier,
                first=first.spent_on.strftime("%d/%m/%Y")), e.id))
    return tuple(found)


def ledger(project: Project, currency: Currency, funding: Funding | None,
           lines: Sequence[BudgetLine], disbursements: Sequence[Disbursement],
           expenses: Sequence[Expense], history: Sequence[StatusChange]) -> Ledger:
    """The accounts in `currency`, the project's (the funded one once it is funded)."""
    received = sum(d.value_cents for d in disbursements)
    spent = sum(e.value_cents for e in expenses)
    balances = line_balances(lines, expenses)
    return Ledger(
        project=project, currency=currency, funding=funding, lines=balances,
        received_cents=received, spent_cents=spent, balance_cents=received - spent,
        planned_cents=sum(line.planned_cents for line in lines),
        expenses_count=len(expenses),
        without_receipt=sum(1 for e in expenses if e.receipt is None),
        warnings=warnings_of(currency.value, balances, received, spent, expenses),
        history=tuple(history))
