"""A record's open conflicts as stored rows, recomputed from its whole history.

Imports store what the merge finds; a local edit of a record in conflict recomputes them the
same way, so the laptop that edits shows what every laptop receiving its edit will show.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from app.persistence.rows import ConflictRow
from app.sync.held_changes import load_versions
from app.sync.merge import Merged, merge_heads
from app.sync.touched import RecordKey


def conflict_rows(key: RecordKey, merged: Merged, now: datetime) -> list[dict[str, Any]]:
    return [
        {"id": c.id, "entity": key.entity, "entity_id": key.entity_id, "field": c.field,
         "candidates": [x.to_json() for x in c.candidates], "provisional": c.provisional,
         "detected_at": now}
        for c in merged.conflicts
    ]


def has_conflicts(s: Session, key: RecordKey) -> bool:
    return s.scalar(
        select(ConflictRow.id).where(ConflictRow.entity == key.entity,
                                     ConflictRow.entity_id == key.entity_id).limit(1)
    ) is not None


def refresh_conflicts(s: Session, key: RecordKey, now: datetime) -> None:
    """Store the record's conflicts as its held history gives them, keeping when each was
    first detected."""
    detected = dict(s.execute(
        select(ConflictRow.id, ConflictRow.detected_at).where(
            ConflictRow.entity == key.entity, ConflictRow.entity_id == key.entity_id)).all())
    s.execute(delete(ConflictRow).where(ConflictRow.entity == key.entity,
                                        ConflictRow.entity_id == key.entity_id))
    rows = conflict_rows(key, merge_heads(key.entity, key.entity_id, load_versions(s, key)), now)
    for row in rows:
        row["detected_at"] = detected.get(row["id"], now)
    if rows:
        s.execute(insert(ConflictRow), rows)
