"""A project's expenses as CSV and as an Excel workbook, for the commune and the
contraloría social: one row per expense, with its line, rate, value and receipt."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from io import BytesIO, StringIO

from openpyxl import Workbook
from openpyxl.styles import Font

from app.projects.messages import text
from app.projects.model import BudgetLine, Expense


def expense_rows(expenses: Sequence[Expense], lines: Sequence[BudgetLine],
                 currency: str) -> list[list[object]]:
    names = {line.id: line.name for line in lines}
    head: list[object] = list(text("export.expenses", currency=currency).split("|"))
    rows: list[list[object]] = [head]
    for e in expenses:
        rows.append([
            e.spent_on.isoformat(), e.supplier, e.supplier_rif or "", e.invoice or "",
            e.description, names.get(e.budget_line_id or "", text("line.unassigned")),
            e.amount_cents / 100, e.currency.value,
            e.rate_e4 / 10_000 if e.rate_e4 else "", e.value_cents / 100, e.paid_by or "",
            e.receipt.filename if e.receipt else ""])
    return rows


def expenses_csv(rows: list[list[object]]) -> str:
    out = StringIO()
    csv.writer(out).writerows(rows)
    return out.getvalue()


def expenses_xlsx(rows: list[list[object]]) -> bytes:
    book = Workbook()
    sheet = book.active
    assert sheet is not None  # a new workbook always has its first sheet
    sheet.title = text("export.sheet_expenses")
    for row in rows:
        sheet.append(row)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for column, width in (("B", 36), ("E", 44), ("F", 20)):
        sheet.column_dimensions[column].width = width
    buffer = BytesIO()
    book.save(buffer)
    return buffer.getvalue()
