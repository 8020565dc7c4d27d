"""Read a census spreadsheet a row at a time: CSV in any of the encodings and delimiters
secretaries' programs write, or XLSX. Rows are streamed, never loaded whole."""

from __future__ import annotations

import codecs
import csv
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from app.domain.errors import DomainError

Cell = object  # str from CSV; str, int, float, datetime or None from XLSX
DELIMITERS = (",", ";", "\t")
_SAMPLE = 64 * 1024


def file_kind(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in (".csv", ".txt", ".tsv"):
        return "csv"
    if suffix in (".xlsx", ".xlsm"):
        return "xlsx"
    raise DomainError("import.format", path=str(path))


def detect_encoding(path: Path) -> str:
    """UTF-8 (with or without BOM) if every byte decodes as such; else Windows-1252, the
    encoding Excel uses in Spanish on Windows; Latin-1 if even that fails (it never does)."""
    with path.open("rb") as fh:
        head = fh.read(3)
        if head == codecs.BOM_UTF8:
            return "utf-8-sig"
        fh.seek(0)
        decoder = codecs.getincrementaldecoder("utf-8")()
        try:
            while chunk := fh.read(1 << 20):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
            return "utf-8"
        except UnicodeDecodeError:
            pass
        fh.seek(0)
        windows = codecs.getincrementaldecoder("cp1252")()
        try:
            while chunk := fh.read(1 << 20):
                windows.decode(chunk)
            return "cp1252"
        except UnicodeDecodeError:
            return "latin-1"


def detect_delimiter(sample: str) -> str:
    """The delimiter among , ; tab that splits the first lines most consistently."""
    lines = [line for line in sample.splitlines()[:20] if line.strip()]
    if not lines:
        return ","
    best, best_score = ",", (-1, -1)
    for delimiter in DELIMITERS:
        widths = [len(row) for row in csv.reader(lines, delimiter=delimiter)]
        header = widths[0]
        # Prefer the delimiter that makes the most rows as wide as the header, then the widest.
        agreeing = sum(1 for w in widths if w == header) if header > 1 else 0
        score = (agreeing, header)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _csv_rows(path: Path) -> Iterator[list[Cell]]:
    encoding = detect_encoding(path)
    with path.open("r", encoding=encoding, newline="") as fh:
        sample = fh.read(_SAMPLE)
        delimiter = detect_delimiter(sample)
        fh.seek(0)
        for row in csv.reader(fh, delimiter=delimiter):
            yield list(row)


def _xlsx_rows(path: Path) -> Iterator[list[Cell]]:
    from openpyxl import load_workbook

    workbook = load_workbook(path, read_only=True, data_only=True)
    try:
        sheet = workbook.worksheets[0]
        for values in sheet.iter_rows(values_only=True):
            yield list(values)
    finally:
        workbook.close()


@contextmanager
def open_rows(path: str | Path) -> Iterator[Iterator[list[Cell]]]:
    """Rows of the file, the heading row first; unreadable files raise a DomainError."""
    source = Path(path)
    kind = file_kind(source)
    if not source.is_file():
        raise DomainError("import.missing", path=str(source))
    rows = _csv_rows(source) if kind == "csv" else _xlsx_rows(source)
    try:
        yield rows
    except (OSError, csv.Error, UnicodeError, zipfile.BadZipFile, KeyError) as exc:
        raise DomainError("import.unreadable", path=str(source), detail=str(exc)) from exc
    finally:
        close = getattr(rows, "close", None)
        if close is not None:
            close()
