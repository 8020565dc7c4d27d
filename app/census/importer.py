"""Import a census spreadsheet: every good row is added, every bad row is reported with its
row number, column and reason, and rows already in the census are recognised and skipped."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from app.census import headers as h
from app.census.cells import cell_date, cell_sex, cell_text, split_full_name
from app.census.duplicates import name_key, person_key
from app.census.import_fill import Completions
from app.census.model import ImportReport, RowError
from app.census.reader import Cell, open_rows
from app.domain.census import NewResident
from app.domain.dates import check_birth_date
from app.domain.errors import DomainError
from app.domain.national_id import optional_national_id
from app.domain.text import clean_name, fold

PREVIEW_ROWS = 50
PROGRESS_EVERY = 500  # rows between two progress reports

# Told how many rows have been read; returns False to stop (rows already saved stay saved,
# and importing the same file again adds only what is missing).
RowsRead = Callable[[int], bool]
# Stores the good rows as they are read (the residents service's add_many).
SaveRows = Callable[[Iterator[NewResident]], object]
# Makes a sector the file names that the council does not have yet; returns its id.
NewSector = Callable[[str, str], str]
# What is known of a resident already in the census, to recognise the same person:
# (cédula, first names, last names, birth date, council id, household, address).
KnownRow = tuple[str | None, str, str, date | None, str, str | None, str | None]


@dataclass
class _Tally:
    rows: int = 0
    added: int = 0
    present: int = 0
    repeated: int = 0
    errors: list[RowError] = field(default_factory=list)
    preview: list[NewResident] = field(default_factory=list)
    cancelled: bool = False


class Known:
    """What is already in the census (and earlier in the file), to skip the same person.

    The same person is: the same cédula; else the same folded name and birth date; else, for
    someone with neither (a child registered by name only), the same folded name in the same
    council and household or address, so that importing a file twice never adds a copy.
    """

    def __init__(self, rows: Iterable[KnownRow] = ()) -> None:
        self.national_ids: set[str] = set()
        self.people: set[str] = set()
        for nid, first, last, born, council, household, address in rows:
            self.remember(nid, self._key(first, last, born, council, household, address))

    @staticmethod
    def _key(first: str, last: str, born: date | None, council: str, household: str | None,
             address: str | None) -> str:
        key = person_key(first, last, born)
        if key is not None:
            return key
        return "|".join((name_key(first, last), "", council, fold(household or ""),
                         fold(address or "")))

    @classmethod
    def key_of(cls, new: NewResident) -> str:
        return cls._key(new.first_names, new.last_names, new.birth_date, new.council_id,
                        new.household, new.address)

    def remember(self, nid: str | None, key: str) -> None:
        if nid:
            self.national_ids.add(nid)
        self.people.add(key)

    def holds(self, new: NewResident) -> bool:
        if new.national_id:
            return new.national_id in self.national_ids
        return self.key_of(new) in self.people


@dataclass(frozen=True)
class Places:
    """The councils and sectors a row may name, by id or by name (accents and case aside)."""

    councils_by_name: dict[str, str]  # folded name -> id
    council_ids: frozenset[str]
    sectors: dict[str, dict[str, str]]  # council id -> folded sector name -> id

    @classmethod
    def of(cls, councils: Iterable[tuple[str, str]],
           sectors: Iterable[tuple[str, str, str]]) -> Places:
        """From (council id, name) and (sector id, council id, name) pairs."""
        councils = list(councils)
        by_council: dict[str, dict[str, str]] = {}
        for sid, org_id, name in sectors:
            by_council.setdefault(org_id, {})[fold(name)] = sid
        return cls({fold(n): i for i, n in councils}, frozenset(i for i, _ in councils),
                   by_council)


HEADING_SEARCH = 10  # spreadsheets often carry a title or two above the headings


def _find_headings(rows: Iterator[list[Cell]]
                   ) -> tuple[int, h.ColumnMap, Iterator[list[Cell]]]:
    """(row number, columns, the data rows) for the first row that names a names column
    among two or more headings; rows above it (a title, the council's name, a blank line)
    are skipped. A file with a single names column is read from its first such row."""
    seen: list[list[Cell]] = []
    for number, cells in enumerate(rows, start=1):
        seen.append(cells)
        columns = h.map_columns(cells)
        if columns.has_names() and sum(1 for c in cells if cell_text(c)) >= 2:
            return number, columns, rows
        if number >= HEADING_SEARCH:
            break
    for number, cells in enumerate(seen, start=1):
        columns = h.map_columns(cells)
        if columns.has_names():
            return number, columns, itertools.chain(seen[number:], rows)
    first = seen[0] if seen else []
    shown = ", ".join(cell_text(x) for x in first if cell_text(x)) or "—"
    raise DomainError("import.no_name_column", headers=shown)


class _RowError(Exception):
    def __init__(self, column: str, reason: str) -> None:
        super().__init__(reason)
        self.column, self.reason = column, reason


class CensusImporter:
    """Reads a census file row by row against what the census already holds; `save` stores
    the good rows as they stream by (none in a dry run)."""

    def __init__(self, places: Places, known: Known, today: date,
                 new_sector: NewSector | None = None,
                 completions: Completions | None = None) -> None:
        """`new_sector`: how to make a sector the file names and the council lacks; without
        it such rows are refused (import.sector_unknown). `completions` hears every row of a
        person already in the census, to note the fields it could fill."""
        self._completions = completions if completions is not None else Completions()
        self._places = places
        self._known = known
        self._today = today
        self._new_sector = new_sector
        self._created: list[tuple[str, str]] = []

    def import_file(self, path: str | Path, council_id: str | None, dry_run: bool,
                    on_rows: RowsRead | None, save: SaveRows) -> ImportReport:
        places, known = self._places, self._known
        tally = _Tally()
        with open_rows(path) as rows:
            heading_row, columns, rows = _find_headings(rows)
            if council_id is None and h.COUNCIL not in columns.positions \
                    and len(places.council_ids) != 1:
                raise DomainError("import.no_council")
            default_council = council_id or (
                next(iter(places.council_ids)) if len(places.council_ids) == 1 else None)
            good = self._good_rows(rows, columns, places, default_council, known, tally,
                                   on_rows, first_row=heading_row + 1)
            if dry_run:
                for _ in good:
                    pass
            else:
                save(good)
        return ImportReport(
            path=str(path), dry_run=dry_run, rows=tally.rows, added=tally.added,
            already_present=tally.present, repeated_in_file=tally.repeated,
            errors=tuple(tally.errors), columns=dict(columns.headings),
            ignored_columns=columns.ignored, preview=tuple(tally.preview),
            cancelled=tally.cancelled, new_sectors=tuple(self._created),
            completable=len(self._completions.by_person()),
            completable_fields=dict(self._completions.fields),
        )

    def _good_rows(self, rows: Iterator[list[Cell]], columns: h.ColumnMap, places: Places,
                   council_id: str | None, known: Known, tally: _Tally,
                   on_rows: RowsRead | None, first_row: int) -> Iterator[NewResident]:
        in_file = Known()
        for number, cells in enumerate(rows, start=first_row):
            if not any(cell_text(c) for c in cells):
                continue
            tally.rows += 1
            if on_rows is not None and tally.rows % PROGRESS_EVERY == 0 \
                    and not on_rows(tally.rows):
                tally.rows -= 1  # this row was not read into the census
                tally.cancelled = True
                return
            try:
                new = self._parse(cells, columns, places, council_id)
            except _RowError as exc:
                tally.errors.append(RowError(number, exc.column, exc.reason))
                continue
            if known.holds(new):
                tally.present += 1
                self._completions.offer(new)
                continue
            if in_file.holds(new):
                tally.repeated += 1
                continue
            in_file.remember(new.national_id, Known.key_of(new))
            tally.added += 1
            if len(tally.preview) < PREVIEW_ROWS:
                tally.preview.append(new)
            yield new

    def _parse(self, cells: list[Cell], columns: h.ColumnMap, places: Places,
               council_id: str | None) -> NewResident:
        def cell(name: str) -> Cell:
            index = columns.positions.get(name)
            return cells[index] if index is not None and index < len(cells) else None

        def label(name: str) -> str:
            return columns.headings.get(name, name)

        first, last = self._names(cell)
        if not first and not last:
            name_field = next(f for f in (h.FULL_NAME, h.FULL_NAME_LAST_FIRST, h.FIRST_NAMES,
                                          h.LAST_NAMES) if f in columns.positions)
            raise _RowError(label(name_field), str(DomainError("name.empty")))
        values: dict[str, object] = {}
        for name, parse in ((h.NATIONAL_ID, lambda v: optional_national_id(cell_text(v))),
                            (h.BIRTH_DATE, self._birth_date),
                            (h.SEX, cell_sex)):
            try:
                values[name] = parse(cell(name))
            except DomainError as exc:
                raise _RowError(label(name), str(exc)) from exc
        council = self._council(cell(h.COUNCIL), label(h.COUNCIL), places, council_id)
        sector = self._sector(cell(h.SECTOR), label(h.SECTOR), places, council)
        return NewResident(
            council_id=council,
            first_names=first,
            last_names=last,
            national_id=values[h.NATIONAL_ID],  # type: ignore[arg-type]
            birth_date=values[h.BIRTH_DATE],  # type: ignore[arg-type]
            sex=values[h.SEX],  # type: ignore[arg-type]
            sector_id=sector,
            address=cell_text(cell(h.ADDRESS)) or None,
            phone=cell_text(cell(h.PHONE)) or None,
            household=cell_text(cell(h.HOUSEHOLD)) or None,
        )

    @staticmethod
    def _names(cell: Callable[[str], Cell]) -> tuple[str, str]:
        first = clean_name(cell_text(cell(h.FIRST_NAMES)))
        last = clean_name(cell_text(cell(h.LAST_NAMES)))
        if first or last:
            return first, last
        for name, last_first in ((h.FULL_NAME, False), (h.FULL_NAME_LAST_FIRST, True)):
            text = clean_name(cell_text(cell(name)))
            if text:
                return split_full_name(text, last_first)
        return "", ""

    def _birth_date(self, value: Cell) -> date | None:
        born = cell_date(value)
        return None if born is None else check_birth_date(born, self._today)

    @staticmethod
    def _council(value: Cell, column: str, places: Places, default: str | None) -> str:
        text = cell_text(value)
        if not text:
            if default is None:
                raise _RowError(column, str(DomainError("import.council_missing")))
            return default
        if text in places.council_ids:
            return text
        found = places.councils_by_name.get(fold(text))
        if found is None:
            raise _RowError(column, str(DomainError("import.council_unknown", value=text)))
        return found

    def _sector(self, value: Cell, column: str, places: Places, council_id: str) -> str | None:
        text = clean_name(cell_text(value))
        if not text:
            return None
        sectors = places.sectors.setdefault(council_id, {})
        found = sectors.get(fold(text))
        if found is None:
            if self._new_sector is None:
                raise _RowError(column, str(DomainError("import.sector_unknown", value=text)))
            # A ministry spreadsheet names sectors the census has not registered yet: made
            # once, on the first row that names it, and reused by the rows after it.
            found = sectors[fold(text)] = self._new_sector(council_id, text)
            self._created.append((council_id, text))
        return found
