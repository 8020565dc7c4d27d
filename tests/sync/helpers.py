"""Helpers for sync tests: move bundles between laptops, edit records, hash databases."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

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
