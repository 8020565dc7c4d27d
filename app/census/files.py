"""The census spreadsheet service: import with a report, export that imports back unchanged."""

from __future__ import annotations

from pathlib import Path

from app.census.exporter import export_residents
from app.census.importer import CensusImporter, ImportReport, RowsRead
from app.services.context import ServiceContext
from app.services.residents import ResidentService


class CensusFileService:
    def __init__(self, ctx: ServiceContext, residents: ResidentService) -> None:
        self._ctx = ctx
        self._importer = CensusImporter(ctx, residents)

    def import_file(self, path: str | Path, council_id: str | None = None,
                    dry_run: bool = False, on_rows: RowsRead | None = None) -> ImportReport:
        """Add every good row; report bad rows; skip people already in the census.
        `on_rows(n)` hears progress and may return False to stop."""
        return self._importer.import_file(path, council_id, dry_run, on_rows)

    def export_file(self, path: str | Path, council_ids: tuple[str, ...] = ()) -> int:
        return export_residents(self._ctx, path, council_ids)
