"""Changes that wait: records whose state refers to what is not held yet.

Their head changes are kept in `pending_change`, with the record they are a version of and
the record they wait for: a row they refer to (by foreign key), or an earlier version of
their own record (a version they build on has not arrived). Either can only be made
available by an import that writes that record, so an import takes and tries again the
waiting changes of the records it brought, and of the records waiting for those, and so on
(a resident waiting for its council that waits for its commune); those that still wait are
written back. Not every waiting change held: on a hub that is the country's, at every upload.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from sqlalchemy import delete, insert, select, tuple_
from sqlalchemy.orm import Session

from app.persistence.rows import ChangeRow, PendingChangeRow
from app.sync.fk_order import is_editable
from app.sync.held_changes import chunks, fetch_fields, lookups, one_of
from app.sync.touched import MaterializeResult, PlannedRow, RecordKey, Touched

# On PostgreSQL, waiting changes another import holds are skipped (below). If that import
# wrote them back just as this one wrote what they wait for, neither saw the other's work:
# each import also tries again this many waiting changes from a random point, so such a
# change lands at a later import even if nothing it concerns comes again. A bounded cost.
SWEEP = 64

_Taken = tuple[str, int, str, str]  # origin, seq, and the record it is a version of


def take_pending(s: Session, brought: Iterable[RecordKey]) -> set[RecordKey]:
    """The waiting records that `brought` (the records an import brings) could make
    available, taken out of `pending_change` to be tried again: those records' own waiting
    changes, the changes waiting for them, and so on through what those records' writing
    makes available in turn.

    On a hub, imports of different communes run at once: each takes the waiting changes no
    other import has taken (`SKIP LOCKED`; SQLite has one writer and ignores it), so two imports
    never retry, delete and write back the same ones, and neither waits for the other."""
    retry: set[RecordKey] = set()
    taken: set[tuple[str, int]] = set()
    asked: set[RecordKey] = set()
    found = _swept(s)
    # Fewer than SWEEP: the sweep read every waiting change (but those another import holds,
    # which the lookups by record skip too): they are all tried again, and nothing more is
    # asked. The usual case, few changes waiting, costs one short read.
    complete = _sweeps(s) and len(found) < SWEEP
    frontier = set() if complete else set(brought)
    while True:
        for origin, seq, entity, entity_id in found:
            if (origin, seq) not in taken:
                taken.add((origin, seq))
                retry.add(RecordKey(entity, entity_id))
        if complete:
            break
        frontier = (frontier | retry) - asked
        if not frontier:
            break
        asked |= frontier
        found = _concerning(s, frontier)
        frontier = set()
    for part in chunks(sorted(taken), 500):
        s.execute(delete(PendingChangeRow).where(
            tuple_(PendingChangeRow.origin, PendingChangeRow.seq).in_(part)))
    return retry


def _concerning(s: Session, keys: set[RecordKey]) -> list[_Taken]:
    """The waiting changes of `keys` and those waiting for `keys`, locked for this import."""
    p = PendingChangeRow
    out: list[_Taken] = []
    ids = sorted({k.entity_id for k in keys})
    for end in (p.entity_id, p.waits_for_id):
        for chunk in lookups(s, ids):
            rows = s.execute(
                select(p.origin, p.seq, p.entity, p.entity_id, p.waits_for_entity,
                       p.waits_for_id)
                .where(one_of(s, end, chunk))
                .with_for_update(skip_locked=True))
            out += [(o, q, e, i) for o, q, e, i, we, wi in rows
                    if RecordKey(e, i) in keys or RecordKey(we, wi) in keys]
    return out


def _sweeps(s: Session) -> bool:
    return SWEEP > 0 and s.get_bind().dialect.name == "postgresql"


def _sweep_start() -> str:
    """Where a sweep begins: anywhere, so that every waiting change's turn comes."""
    return str(uuid.uuid4())  # origins are device ids: the same alphabet


def _swept(s: Session) -> list[_Taken]:
    """Up to SWEEP waiting changes from a random place in the table (PostgreSQL only), read
    in its key's order: a bounded read, and every change's turn comes."""
    if not _sweeps(s):
        return []
    p = PendingChangeRow
    start = _sweep_start()
    query = select(p.origin, p.seq, p.entity, p.entity_id).order_by(p.origin, p.seq)
    out: list[_Taken] = [(o, q, e, i) for o, q, e, i in s.execute(
        query.where(p.origin >= start).limit(SWEEP).with_for_update(skip_locked=True))]
    if len(out) < SWEEP:
        out += [(o, q, e, i) for o, q, e, i in s.execute(
            query.where(p.origin < start).limit(SWEEP - len(out))
            .with_for_update(skip_locked=True))]
    return out


def wait_for_history(
    s: Session, heads: list[tuple[RecordKey, str]], result: MaterializeResult
) -> None:
    """Head changes of records that wait for an earlier version of themselves."""
    if not heads:
        return
    where = fetch_fields(s, [h for _k, h in heads])
    rows = []
    for key, h in heads:
        origin, seq, _f = where[h]
        rows.append({"origin": origin, "seq": seq, "entity": key.entity,
                     "entity_id": key.entity_id, "waits_for_entity": key.entity,
                     "waits_for_id": key.entity_id})
    s.execute(insert(PendingChangeRow), rows)
    result.pending += len({k for k, _h in heads})


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
                PlannedRow(key.entity_id, snapshot=first, is_fact=True))


def write_waiting(
    s: Session, entity: str, waiting: dict[str, tuple[str, str]],
    by_id: dict[str, PlannedRow],
) -> None:
    """Keep the head changes of the rows of `entity` in `waiting` (id -> the (table, id) it
    waits for)."""
    if not waiting:
        return
    heads = [h for i in waiting for h in by_id[i].head_hashes]
    where = fetch_fields(s, heads)
    rows = []
    for entity_id, (target, target_id) in waiting.items():
        for h in by_id[entity_id].head_hashes:
            origin, seq, _f = where[h]
            rows.append({"origin": origin, "seq": seq, "entity": entity,
                         "entity_id": entity_id, "waits_for_entity": target,
                         "waits_for_id": target_id})
    s.execute(insert(PendingChangeRow), rows)
