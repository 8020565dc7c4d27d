"""Merges of residents that met on two laptops: nobody erased, no duplicate back, no edit lost.

Merging two records of one person (census duplicates) is an edit of two records: the other
one points at the survivor and is deleted. Two laptops may meet it with something a
record-by-record merge cannot settle, so the laptop that imports such a meeting settles it
with changes of its own (which travel; another laptop settling it the same way writes the
same values, so they agree):

- Opposite merges (X merges P2 into P1 while Y merges P1 into P2) leave both deleted, each
  pointing at the other: the person would vanish from the census. The record with the
  smallest id of the cycle is brought back.
- A merge meeting an edit of the merged-away record (C merges R5 into R4 while B edits R5):
  the edit follows the person to the survivor, and the merge's deletion stands.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.persistence.codec import decode_fields
from app.persistence.rows import ConflictRow, ResidentRow
from app.sync.changelog import ChangeLog
from app.sync.derived import derived_columns
from app.sync.held_changes import load_versions
from app.sync.merge import DELETED_AT, History
from app.sync.touched import RecordKey

TABLE = ResidentRow.__tablename__
# What an edit of a merged-away record may carry over to the survivor.
_NOT_CARRIED = {"id", "merged_into_id", DELETED_AT, "created_at"} | derived_columns(TABLE)


def settle_merges(s: Session, log: ChangeLog) -> int:
    """Settle what imports brought; returns how many records were written."""
    return _revive_cycles(s, log) + _follow_edits(s, log)


def _row(s: Session, resident_id: str) -> ResidentRow | None:
    return s.get(ResidentRow, resident_id, populate_existing=True)


def _revive_cycles(s: Session, log: ChangeLog) -> int:
    links: dict[str, str] = {i: m for i, m in s.execute(
        select(ResidentRow.id, ResidentRow.merged_into_id).where(
            ResidentRow.merged_into_id.is_not(None))) if m is not None}
    written = 0
    settled: set[str] = set()
    for start in sorted(links):
        path: list[str] = []
        node: str | None = start
        while node in links and node not in path and node not in settled:
            path.append(node)
            node = links[node]
        settled.update(path)
        if node in path:  # a cycle: every record of it points at another of it
            survivor = _row(s, min(path[path.index(node):]))
            if survivor is not None:
                log.update(s, survivor, merged_into_id=None, deleted_at=None)
                written += 1
    return written


def _survivor(s: Session, resident_id: str) -> ResidentRow | None:
    seen: set[str] = set()
    row = _row(s, resident_id)
    while row is not None and row.merged_into_id is not None and row.id not in seen:
        seen.add(row.id)
        row = _row(s, row.merged_into_id)
    if row is None or row.merged_into_id is not None or row.deleted_at is not None:
        return None
    return row


def _follow_edits(s: Session, log: ChangeLog) -> int:
    conflicts = s.scalars(select(ConflictRow).where(
        ConflictRow.entity == TABLE, ConflictRow.field == DELETED_AT)).all()
    written = 0
    for conflict in conflicts:
        row = _row(s, conflict.entity_id)
        if row is None or row.merged_into_id is None:
            continue
        survivor = _survivor(s, row.merged_into_id)
        deletions = [c for c in conflict.candidates if c.get("value") is not None]
        if survivor is None or not deletions:
            continue
        history = History(load_versions(s, RecordKey(TABLE, row.id)))
        carried: dict[str, Any] = {}
        for candidate in conflict.candidates:
            version = history.versions.get(str(candidate.get("change")))
            if candidate.get("value") is not None or version is None:
                continue
            for key, value in version.fields.items():
                if key not in _NOT_CARRIED and key in ResidentRow.__table__.c \
                        and history.writes(version, key):
                    carried[key] = value
        values = decode_fields(ResidentRow, carried)
        if values:
            log.update(s, survivor, **values)
        deleted = min(str(c["value"]) for c in deletions)
        log.resolve(s, row, **decode_fields(ResidentRow, {DELETED_AT: deleted}))
        written += 1
    return written
