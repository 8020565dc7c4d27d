"""Export the census to CSV or XLSX in the shape the importer reads back unchanged."""

from __future__ import annotations

import csv
import os
from collections.abc import Iterator
from pathlib import Path

from app.domain.errors import DomainError

HEADINGS = ("Cédula", "Nombres", "Apellidos", "Fecha de nacimiento", "Sexo", "Consejo comunal",
            "Sector", "Dirección", "Teléfono", "Hogar")
# Semicolons and a BOM: what Excel in Spanish opens straight into columns with accents intact.
CSV_DELIMITER = ";"


def check_export_path(path: str | Path) -> Path:
    target = Path(path)
    if target.suffix.lower() not in (".csv", ".xlsx"):
        raise DomainError("export.format", path=str(target))
    return target


def write_residents(path: str | Path, rows: Iterator[list[str]]) -> int:
    """Write the file (to a temporary name, then rename); return how many residents.
    Each row holds the cells under HEADINGS, in order."""
    target = check_export_path(path)
    suffix = target.suffix.lower()
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
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
