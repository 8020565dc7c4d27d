"""Take back a revoked laptop's work that arrived here before its revocation did.

A laptop that took a revoked laptop's later changes (beyond the revocation's `revoked_seq`)
from a relay before it heard of the revocation would keep them while every other laptop
refuses them, and differ from its peers forever. When the revocation is known, those changes
leave the change log, the records they touched are brought back to what the rest of the log
gives (heads and conflicts from the held versions, rows by `check --repair`'s own rewrite from
the log; a record the revoked laptop created afterwards disappears), and the revoked laptop's
signed head beyond the limit is dropped, so this laptop neither relays them nor counts them
as held (`holdings` is the log's highest seq).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime

from sqlalchemy import Table, and_, delete, select
from sqlalchemy.orm import Session

from app.persistence.base import synced_tables
from app.persistence.rows import ChangeRow, DeviceHeadRow, PendingChangeRow
from app.persistence.tracking import note_many
from app.sync.change_format import DELETE, UPDATE
from app.sync.conflict_rows import refresh_conflicts
from app.sync.drift import repair_drift
from app.sync.fk_order import apply_order, is_editable
from app.sync.heads import update_conflicts, update_heads
from app.sync.held_changes import load_versions
from app.sync.merge import find_heads
from app.sync.revocations import revocation_limits
from app.sync.touched import RecordKey


def withdraw_revoked(s: Session, now: datetime) -> dict[str, int]:
    """Remove every held change of a revoked laptop beyond its revocation's limit and rebuild
    what they touched. Returns revoked laptop id -> changes withdrawn (only those with some)."""
    withdrawn: dict[str, int] = {}
    touched: set[RecordKey] = set()
    for origin, limit in revocation_limits(s, {}).items():
        beyond = and_(ChangeRow.origin == origin, ChangeRow.seq > limit)
        rows = s.execute(select(ChangeRow.entity, ChangeRow.entity_id).where(beyond)).all()
        if not rows:
            continue
        withdrawn[origin] = len(rows)
        touched.update(RecordKey(e, i) for e, i in rows)
        s.execute(delete(PendingChangeRow).where(
            PendingChangeRow.origin == origin, PendingChangeRow.seq > limit))
        s.execute(delete(ChangeRow).where(beyond))
        s.execute(delete(DeviceHeadRow).where(
            DeviceHeadRow.origin == origin, DeviceHeadRow.seq > limit))
    if not touched:
        return withdrawn
    _rebuild(s, sorted(touched), now)
    return withdrawn


def _rebuild(s: Session, keys: list[RecordKey], now: datetime) -> None:
    """Heads and conflicts of `keys` from their remaining versions; rows with none left are
    deleted (children first); the others are rewritten from the log by the repair."""
    gone: dict[str, list[str]] = defaultdict(list)
    records = [{"e": k.entity, "i": k.entity_id} for k in keys if is_editable(k.entity)]
    fresh: list[dict[str, str]] = []
    remaining: list[RecordKey] = []
    for key in keys:
        versions = load_versions(s, key)
        if not versions:
            gone[key.entity].append(key.entity_id)
            continue
        if is_editable(key.entity):
            fresh += [{"entity": key.entity, "entity_id": key.entity_id, "change_hash": h}
                      for h in find_heads(versions.values())]
            remaining.append(key)
    update_heads(s, records, fresh)
    update_conflicts(s, [{"e": e, "i": i} for e, ids in gone.items() for i in ids
                         if is_editable(e)], [])
    for key in remaining:
        refresh_conflicts(s, key, now)
    tables = synced_tables()
    for entity in reversed(apply_order()):
        ids = gone.get(entity)
        if ids:
            table: Table = tables[entity].__table__  # type: ignore[assignment]
            s.execute(delete(table).where(table.c.id.in_(ids)))
    repair_drift(s)
    note_many(s, [(k.entity, k.entity_id, DELETE if k.entity_id in gone.get(k.entity, ())
                   else UPDATE) for k in keys])
