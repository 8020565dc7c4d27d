"""Changes that wait: records whose state refers to what is not held yet.

Their head changes are kept in `pending_change` and every import tries them all again; those
that still wait are written back.
"""

from __future__ import annotations

from sqlalchemy import delete, insert, select, tuple_
from sqlalchemy.orm import Session

from app.persistence.rows import ChangeRow, PendingChangeRow
from app.sync.fk_order import is_editable
from app.sync.held_changes import chunks, fetch_fields
from app.sync.touched import MaterializeResult, PlannedRow, RecordKey, Touched


def take_pending(s: Session) -> set[RecordKey]:
    """Every waiting record is tried again; those still waiting are written back.

    On a hub, imports of different communes run at once: each takes the waiting changes no
    other import has taken (`SKIP LOCKED`; SQLite has one writer and ignores it), so two imports
    never retry, delete and write back the same ones, and neither waits for the other."""
    taken = [tuple(t) for t in s.execute(
        select(PendingChangeRow.origin, PendingChangeRow.seq)
        .with_for_update(skip_locked=True)
    )]
    keys: set[RecordKey] = set()
    for part in chunks(taken, 500):
        rows = s.execute(select(ChangeRow.entity, ChangeRow.entity_id).where(
            tuple_(ChangeRow.origin, ChangeRow.seq).in_(part)))
        keys.update(RecordKey(e, i) for e, i in rows)
        s.execute(delete(PendingChangeRow).where(
            tuple_(PendingChangeRow.origin, PendingChangeRow.seq).in_(part)))
    return keys


def wait_for_history(s: Session, heads: list[str], result: MaterializeResult) -> None:
    """Head changes of records that wait for an earlier version of themselves."""
    if not heads:
        return
    rows = []
    for h, (origin, seq, fields) in fetch_fields(s, heads).items():
        entity = s.scalar(select(ChangeRow.entity).where(ChangeRow.hash == h))
        rows.append({"origin": origin, "seq": seq, "waits_for_entity": entity,
                     "waits_for_id": fields.get("id")})
    s.execute(insert(PendingChangeRow), rows)
    result.pending += len({r["waits_for_id"] for r in rows})


def retry_facts(
    s: Session, retry: set[RecordKey], editable: set[RecordKey], touched: Touched,
    plan: dict[str, list[PlannedRow]],
) -> None:
    """Plan the facts that waited and did not arrive again in this import."""
    for key in retry:
        if key in editable or key in touched.facts:
            continue
        if is_editable(key.entity):
            continue
        first = s.scalar(
            select(ChangeRow.hash).where(ChangeRow.entity == key.entity,
                                         ChangeRow.entity_id == key.entity_id)
            .order_by(ChangeRow.hash).limit(1)
        )
        if first is not None:
            plan.setdefault(key.entity, []).append(
                PlannedRow(key.entity_id, (first,), snapshot=first, is_fact=True))


def write_waiting(
    s: Session, waiting: dict[str, tuple[str, str]], by_id: dict[str, PlannedRow]
) -> None:
    """Keep the head changes of the rows in `waiting` (id -> the (table, id) it waits for)."""
    if not waiting:
        return
    heads = [h for i in waiting for h in by_id[i].head_hashes]
    where = fetch_fields(s, heads)
    rows = []
    for entity_id, (target, target_id) in waiting.items():
        for h in by_id[entity_id].head_hashes:
            origin, seq, _f = where[h]
            rows.append({"origin": origin, "seq": seq, "waits_for_entity": target,
                         "waits_for_id": target_id})
    s.execute(insert(PendingChangeRow), rows)
