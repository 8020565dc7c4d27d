"""Results as CSV and as an Excel workbook (openpyxl), for the commune and the parish."""

from __future__ import annotations

import csv
from io import BytesIO, StringIO

from openpyxl import Workbook
from openpyxl.styles import Font

from app.consultation.messages import text
from app.consultation.model import Results


def candidate_rows(results: Results) -> list[list[object]]:
    rows: list[list[object]] = [list(text("export.candidates").split("|"))]
    for c in results.candidates:
        rows.append([c.rank, c.number, c.title, c.cost_cents / 100, c.votes,
                     round(c.share * 100, 2), "x" if c.tied else "", "x" if c.funded else ""])
    rows.append(["", "", text("tally.field.null_votes"), "", results.null_votes, "", "", ""])
    rows.append(["", "", text("tally.field.blank_votes"), "", results.blank_votes, "", "", ""])
    rows.append(["", "", text("tally.field.ballots_in_box"), "", results.ballots_in_box, "", "",
                 ""])
    return rows


def table_rows(results: Results) -> list[list[object]]:
    numbers = sorted(c.number for c in results.candidates)
    head: list[object] = [*text("export.tables").split("|")[:2],
                          *[text("tally.field.votes", number=n) for n in numbers],
                          *text("export.tables").split("|")[2:]]
    rows: list[list[object]] = [head]
    for table in results.tables:
        rows.append([table.label, "x" if table.accepted else "",
                     *[table.votes.get(n, 0) if table.accepted else "" for n in numbers],
                     table.null_votes, table.blank_votes, table.ballots_in_box, table.eligible,
                     # Blank when the box holds more ballots than the register: an error.
                     "" if table.over_register else round(table.participation * 100, 2),
                     table.observation or ""])
    return rows


def results_csv(results: Results) -> str:
    """Two blocks separated by an empty line: the projects, then the tables."""
    out = StringIO()
    writer = csv.writer(out)
    writer.writerows(candidate_rows(results))
    writer.writerow([])
    writer.writerows(table_rows(results))
    return out.getvalue()


def results_xlsx(results: Results) -> bytes:
    book = Workbook()
    sheets = ((book.active, text("export.sheet_projects"), candidate_rows(results)),
              (book.create_sheet(), text("export.sheet_tables"), table_rows(results)))
    for sheet, title, rows in sheets:
        assert sheet is not None
        sheet.title = title
        for row in rows:
            sheet.append(row)
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        sheet.column_dimensions["C" if title == sheets[0][1] else "A"].width = 44
    buffer = BytesIO()
    book.save(buffer)
    return buffer.getvalue()
