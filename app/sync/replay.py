"""Rebuild synced tables from the change log alone (the proof that no write escapes it).

For every record, its head change (one not named as a parent by another change of the same
record) carries the whole record; records are applied in the order they were first created,
so foreign keys always point at rows already there.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.persistence.rows import ChangeRow
from app.sync.materialize import apply_fields


def heads_by_record(changes: Iterable[ChangeRow]) -> dict[tuple[str, str], list[ChangeRow]]:
    """(entity, id) -> its head changes, in the order each record was first created."""
    by_record: dict[tuple[str, str], list[ChangeRow]] = defaultdict(list)
    for change in changes:
        by_record[(change.entity, change.entity_id)].append(change)
    heads: dict[tuple[str, str], list[ChangeRow]] = {}
    for key, record_changes in by_record.items():
        named = {p for c in record_changes for p in json.loads(c.parents)}
        heads[key] = [c for c in record_changes if c.hash not in named]
    return heads


def rebuild(source: Session, target: Session) -> int:
    """Apply every record's single head from `source`'s log to `target`. Returns records."""
    changes = list(source.scalars(select(ChangeRow).order_by(ChangeRow.hlc, ChangeRow.origin,
                                                             ChangeRow.seq)))
    applied = 0
    for (entity, entity_id), heads in heads_by_record(changes).items():
        if len(heads) != 1:
            raise ValueError(f"{entity} {entity_id} has {len(heads)} heads; merge needed")
        apply_fields(target, entity, entity_id, json.loads(heads[0].fields))
        target.flush()
        applied += 1
    return applied
