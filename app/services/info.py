"""What is in the database: schema revision, device, counts per entity, the state digest."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session, sessionmaker

from app.i18n import _
from app.persistence.base import synced_tables
from app.persistence.engine import reading
from app.persistence.migrate import current_revision, integrity_problems
from app.persistence.rows import ChangeRow, ConflictRow, PendingChangeRow
from app.sync.digest import domain_tables, state_digest

if TYPE_CHECKING:  # `check` imports them; `info` only counts and digests
    from app.sync.drift import Drift


@dataclass(frozen=True)
class DatabaseInfo:
    schema_revision: str | None
    device_id: str
    device_fingerprint: str
    counts: dict[str, int]
    changes: int
    pending_changes: int
    open_conflicts: int
    state_digest: str


class InfoService:
    def __init__(self, sessions: sessionmaker[Session], device_id: str, fingerprint: str) -> None:
        self._sessions = sessions
        self._device_id = device_id
        self._fingerprint = fingerprint

    def counts(self, s: Session) -> dict[str, int]:
        """Live (not deleted) records per domain table, in one statement."""
        counts, _log = self._all_counts(s)
        return counts

    def _all_counts(self, s: Session) -> tuple[dict[str, int], tuple[int, int, int]]:
        """(live records per domain table, (changes, pending changes, open conflicts)), read
        by one statement of scalar subqueries rather than a round trip each."""
        tables = synced_tables()
        columns = []
        for name in domain_tables():
            cls = tables[name]
            query = select(func.count()).select_from(cls)
            deleted_at = getattr(cls, "deleted_at", None)
            if deleted_at is not None:
                query = query.where(deleted_at.is_(None))
            columns.append(query.scalar_subquery())
        log = [select(func.count()).select_from(cls).scalar_subquery()
               for cls in (ChangeRow, PendingChangeRow, ConflictRow)]
        row = s.execute(select(*columns, *log)).one()
        values = [int(v or 0) for v in row]
        names = domain_tables()
        changes, pending, conflicts = values[len(names):]
        return dict(zip(names, values[:len(names)], strict=True)), (changes, pending, conflicts)

    def info(self, with_digest: bool = True) -> DatabaseInfo:
        # Read before the unit of work begins: it opens a connection of its own.
        revision = current_revision(self._sessions.kw["bind"])
        with self._sessions.begin() as s:
            reading(s)  # only reads: no write lock, one snapshot for the counts and digest
            counts, (changes, pending, conflicts) = self._all_counts(s)
            return DatabaseInfo(
                schema_revision=revision,
                device_id=self._device_id,
                device_fingerprint=self._fingerprint,
                counts=counts,
                changes=changes,
                pending_changes=pending,
                open_conflicts=conflicts,
                state_digest=state_digest(s) if with_digest else "",
            )

    def digest(self) -> str:
        with self._sessions.begin() as s:
            reading(s)
            return state_digest(s)

    def quick_check(self) -> list[str]:
        """SQLite's quick check: cheap enough for every start (the full one is `check`)."""
        engine = self._sessions.kw["bind"]
        if engine.dialect.name != "sqlite":
            return []
        try:
            with engine.connect() as conn:
                rows = conn.exec_driver_sql("PRAGMA quick_check").fetchall()
        except DatabaseError as exc:
            return [str(exc.orig)]
        return [str(r[0]) for r in rows if str(r[0]) != "ok"]

    def integrity_problems(self) -> list[str]:
        """SQLite's integrity and foreign keys, the change log's hash chains, then every
        synced row against what the log says."""
        from app.sync.drift import find_drift
        from app.sync.verify_log import chain_problems

        try:
            problems = integrity_problems(self._sessions.kw["bind"])
            with self._sessions.begin() as s:
                reading(s)
                problems += chain_problems(s)
                problems += [_drift_sentence(d) for d in find_drift(s)]
        except DatabaseError as exc:  # so damaged that SQLite refuses to read it
            return [str(exc.orig)]
        return problems

    def repair_from_log(self) -> int:
        """Rewrite the synced rows that differ from their change log. Returns how many."""
        from app.sync.drift import repair_drift

        with self._sessions.begin() as s:
            return repair_drift(s)


def _drift_sentence(d: Drift) -> str:
    if not d.field:
        return _("{table} {id}: falta en la tabla aunque el registro de cambios lo tiene")\
            .format(table=d.entity, id=d.entity_id)
    return _("{table} {id}: «{field}» dice {found} pero el registro de cambios dice {expected}")\
        .format(table=d.entity, id=d.entity_id, field=d.field, found=json.dumps(d.found),
                expected=json.dumps(d.expected))
