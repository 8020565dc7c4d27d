"""Helpers for sync tests: move bundles between laptops, edit records, hash databases."""

from __future__ import annotations

import hashlib
import sqlite3
import zipfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import bindparam, event, text

from app.container import Services
from app.domain.enums import OrgKind
from app.persistence.rows import DeviceRow, OrganizationRow
from app.sync.model import ExportResult, ImportSummary


def send(src: Services, dst: Services, folder: Path, full: bool = False,
         only: set[str] | None = None) -> ImportSummary:
    """src exports for dst (a delta by watermarks unless full), dst imports, trusting src."""
    result = export(src, folder, peer=None if full else dst.device.id, only=only)
    return dst.sync.import_file(result.path, trust_fingerprint=src.device.fingerprint)


def export(src: Services, folder: Path, peer: str | None = None,
           only: set[str] | None = None) -> ExportResult:
    """Unsealed: these tests are about what a bundle holds and the order bundles arrive in,
    between laptops that may not know each other yet (a sealed bundle reaches only the devices
    its sender trusts: tests/sync/test_envelope.py)."""
    with src.sessions.begin() as s:
        known = peer is not None and s.get(DeviceRow, peer) is not None
    return src.sync.export(folder, peer=peer if known else None,
                           only_origins=frozenset(only) if only else None, plain=True)


def add_council(services: Services, name: str = "Consejo Comunal La Ceiba") -> str:
    org = services.organizations.create(OrgKind.COUNCIL, name)
    return org.id


def edit(services: Services, cls: type, record_id: str, **values: object) -> None:
    with services.sessions.begin() as s:
        row = s.get_one(cls, record_id)
        services.ctx.log.update(s, row, **values)


def delete(services: Services, cls: type, record_id: str) -> None:
    with services.sessions.begin() as s:
        services.ctx.log.delete(s, s.get_one(cls, record_id))


def org_name(services: Services, org_id: str) -> str:
    with services.sessions.begin() as s:
        return s.get_one(OrganizationRow, org_id).name


def digest(services: Services) -> str:
    return services.info.digest()


def tables_hash(path: Path) -> str:
    """Every row of every table (bookkeeping included): proves a refused import wrote nothing."""
    h = hashlib.sha256()
    con = sqlite3.connect(path)
    try:
        tables = [r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        for table in tables:
            rows = sorted(repr(r) for r in con.execute(f'SELECT * FROM "{table}"'))
            h.update(table.encode())
            for r in rows:
                h.update(r.encode())
    finally:
        con.close()
    return h.hexdigest()


_ROWS_READ = text(
    "SELECT relname, seq_tup_read + coalesce(idx_tup_fetch, 0) FROM pg_stat_xact_user_tables "
    "WHERE relname IN :tables").bindparams(bindparam("tables", expanding=True))


def import_reading(hub: Services, bundle: Path, tables: Sequence[str]
                   ) -> tuple[ImportSummary, dict[str, int]]:
    """Import `bundle` into a PostgreSQL `hub`, and the rows of `tables` its own transaction
    read (PostgreSQL's `pg_stat_xact_user_tables`, taken just before it commits): how much an
    import reads, measured without a clock."""
    found: dict[str, int] = {}
    connection: list[Any] = []

    def note(conn: Any, *_args: Any) -> None:
        connection[:] = [conn]

    def take() -> None:
        rows = connection[0].execute(_ROWS_READ, {"tables": list(tables)})
        found.update((name, int(n)) for name, n in rows)

    fingerprint = hub.sync.inspect(bundle).sender_fingerprint
    event.listen(hub.engine, "before_cursor_execute", note)
    try:
        summary = hub.sync.import_file(bundle, trust_fingerprint=fingerprint,
                                       before_commit=take)
    finally:
        event.remove(hub.engine, "before_cursor_execute", note)
    return summary, {t: found.get(t, 0) for t in tables}


def tampered_copy(bundle: Path, into: Path) -> Path:
    """The same bundle with "Original" changed to "Falseado" in its changes: its signature no
    longer covers it."""
    with zipfile.ZipFile(bundle) as src, zipfile.ZipFile(into, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "changes.jsonl":
                data = data.replace(b"Original", b"Falseado")
            dst.writestr(info, data)
    return into


@contextmanager
def statements(services: Services) -> Iterator[list[str]]:
    """Every SQL statement `services` sends while the block runs, its whitespace collapsed."""
    seen: list[str] = []

    def note(_conn: Any, _cursor: Any, sql: str, *_args: Any) -> None:
        seen.append(" ".join(sql.split()))

    event.listen(services.engine, "before_cursor_execute", note)
    try:
        yield seen
    finally:
        event.remove(services.engine, "before_cursor_execute", note)
