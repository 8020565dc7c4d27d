"""Export the census to CSV or XLSX in the shape the importer reads back unchanged."""

from __future__ import annotations

import csv
import os
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import select

from app.domain.errors import DomainError
from app.persistence.rows import OrganizationRow, ResidentRow, SectorRow
from app.services.context import ServiceContext

HEADINGS = ("Cédula", "Nombres", "Apellidos", "Fecha de nacimiento", "Sexo", "Consejo comunal",
            "Sector", "Dirección", "Teléfono", "Hogar")
# Semicolons and a BOM: what Excel in Spanish opens straight into columns with accents intact.
CSV_DELIMITER = ";"


def _rows(ctx: ServiceContext, council_ids: tuple[str, ...]) -> Iterator[list[str]]:
    with ctx.sessions.begin() as s:
        query = (
            select(ResidentRow, OrganizationRow.name, SectorRow.name)
            .join(OrganizationRow, OrganizationRow.id == ResidentRow.council_id)
            .outerjoin(SectorRow, SectorRow.id == ResidentRow.sector_id)
            .where(ResidentRow.deleted_at.is_(None))
            .order_by(OrganizationRow.name, ResidentRow.last_names, ResidentRow.first_names,
                      ResidentRow.id)
            .execution_options(yield_per=2000)
        )
        if council_ids:
            query = query.where(ResidentRow.council_id.in_(council_ids))
        for r, council, sector in s.execute(query):
            yield [
                r.national_id or "",
                r.first_names,
                r.last_names,
                r.birth_date.strftime("%d/%m/%Y") if r.birth_date else "",
                r.sex or "",
                council,
                sector or "",
                r.address or "",
                r.phone or "",
                r.household or "",
            ]
            s.expunge(r)  # keep memory flat on a 50,000-row census


def export_residents(ctx: ServiceContext, path: str | Path,
                     council_ids: tuple[str, ...] = ()) -> int:
    """Write the file (to a temporary name, then rename); return how many residents."""
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise DomainError("export.format", path=str(target))
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    rows = _rows(ctx, council_ids)
    count = _write_csv(partial, rows) if suffix == ".csv" else _write_xlsx(partial, rows)
    partial.replace(target)
    return count


def _write_csv(path: Path, rows: Iterator[list[str]]) -> int:
    count = 0
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, delimiter=CSV_DELIMITER)
        writer.writerow(HEADINGS)
        for row in rows:
            writer.writerow(row)
            count += 1
        fh.flush()
        os.fsync(fh.fileno())
    return count


def _write_xlsx(path: Path, rows: Iterator[list[str]]) -> int:
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Censo")
    sheet.append(list(HEADINGS))
    count = 0
    for row in rows:
        # Cells stay text: a cédula or a d/m/Y date must not be reinterpreted by Excel.
        sheet.append(row)
        count += 1
    with path.open("wb") as fh:
        workbook.save(fh)
        fh.flush()
        os.fsync(fh.fileno())
    return count
