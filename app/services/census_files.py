"""The census spreadsheet service: import with a report, export that imports back unchanged.

The reading and writing of files (app.census.importer, app.census.exporter) is pure; this
service gives them what the census holds and stores what they read.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app.census.exporter import check_export_path, write_residents
from app.census.import_fill import Completions
from app.census.importer import CensusImporter, Known, Places, RowsRead
from app.census.model import ImportReport
from app.domain.enums import OrgKind
from app.domain.errors import DomainError
from app.domain.text import clean_name
from app.persistence.rows import OrganizationRow, ResidentRow, SectorRow
from app.services.context import ServiceContext, get_live
from app.services.residents import ResidentService


class CensusFileService:
    def __init__(self, ctx: ServiceContext, residents: ResidentService,
                 before_import: Callable[[], object] | None = None) -> None:
        self._ctx = ctx
        self._residents = residents
        self._before_import = before_import  # the backup made before every import

    def import_file(self, path: str | Path, council_id: str | None = None,
                    dry_run: bool = False, on_rows: RowsRead | None = None,
                    new_sectors: bool = True, update_missing: bool = False) -> ImportReport:
        """Add every good row; report bad rows; skip people already in the census, counting
        those (same cédula) whose empty fields the file could fill; with `update_missing`
        those fields are filled (never one that has a value), one logged update per person.
        `on_rows(n)` hears progress and may return False to stop. Sectors the file names
        that a council lacks are created and listed in the report (only listed in a dry
        run); with `new_sectors=False` their rows are refused instead."""
        with self._ctx.sessions.begin() as s:
            if council_id is not None:
                council = get_live(s, OrganizationRow, council_id, "council")
                if council.kind != OrgKind.COUNCIL.value:
                    raise DomainError("resident.not_council")
            places = Places.of(
                s.execute(select(OrganizationRow.id, OrganizationRow.name).where(
                    OrganizationRow.kind == OrgKind.COUNCIL.value,
                    OrganizationRow.deleted_at.is_(None))),
                s.execute(select(SectorRow.id, SectorRow.organization_id, SectorRow.name)
                          .where(SectorRow.deleted_at.is_(None))))
            known = Known(s.execute(
                select(ResidentRow.national_id, ResidentRow.first_names, ResidentRow.last_names,
                       ResidentRow.birth_date, ResidentRow.council_id, ResidentRow.household,
                       ResidentRow.address).where(ResidentRow.deleted_at.is_(None))))
            completions = Completions.of(s.execute(
                select(ResidentRow.id, ResidentRow.national_id, ResidentRow.council_id,
                       ResidentRow.birth_date, ResidentRow.sex, ResidentRow.sector_id,
                       ResidentRow.address, ResidentRow.phone, ResidentRow.household)
                .where(ResidentRow.deleted_at.is_(None), ResidentRow.national_id.is_not(None),
                       ResidentRow.merged_into_id.is_(None))))
        if not dry_run and self._before_import is not None:
            self._before_import()
        maker = None if not new_sectors else (
            self._sector_placeholder if dry_run else self._create_sector)
        importer = CensusImporter(places, known, self._ctx.today(), maker, completions)
        report = importer.import_file(path, council_id, dry_run, on_rows,
                                      self._residents.add_many)
        if not update_missing or dry_run:
            return report
        return dataclasses.replace(report, completed=self._complete(completions.by_person()))

    def _complete(self, fills: dict[str, dict[str, Any]]) -> int:
        """Fills what each person still lacks, read again inside the unit of work so that a
        field written since the file was read is kept: one logged update per person."""
        done = 0
        with self._ctx.sessions.begin() as s:
            for resident_id, values in fills.items():
                row = s.get(ResidentRow, resident_id)
                if row is None or row.deleted_at is not None:
                    continue
                empty = {k: v for k, v in values.items() if getattr(row, k) in (None, "")}
                if empty and self._ctx.log.update(s, row, **empty):
                    done += 1
        return done

    def _create_sector(self, council_id: str, name: str) -> str:
        """A sector the file names, in its own unit of work: committed before the batch of
        residents that points at it is stored."""
        with self._ctx.sessions.begin() as s:
            row = SectorRow(id=self._ctx.ids.new(), organization_id=council_id,
                            name=clean_name(name), created_at=self._ctx.clock.now())
            self._ctx.log.insert(s, row)
            return row.id

    @staticmethod
    def _sector_placeholder(council_id: str, name: str) -> str:
        return f"new:{council_id}:{name}"  # a dry run stores nothing: a name to list only

    def export_file(self, path: str | Path, council_ids: tuple[str, ...] = ()) -> int:
        return write_residents(check_export_path(path), self._rows(council_ids))

    def _rows(self, council_ids: tuple[str, ...]) -> Iterator[list[str]]:
        with self._ctx.sessions.begin() as s:
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
