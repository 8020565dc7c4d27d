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
from app.sync.merge import Version, find_heads


def heads_by_record(changes: Iterable[ChangeRow]) -> dict[tuple[str, str], list[Version]]:
    """(entity, id) -> its head versions, in the order each record was first created."""
    by_record: dict[tuple[str, str], dict[str, Version]] = defaultdict(dict)
    for c in changes:
        by_record[(c.entity, c.entity_id)][c.hash] = Version(
            c.hash, c.origin, c.hlc, c.op, tuple(json.loads(c.parents)), json.loads(c.fields))
    return {key: [versions[h] for h in find_heads(versions.values())]
            for key, versions in by_record.items()}


def rebuild(source: Session, target: Session) -> int:
    """Apply every record's single head from `source`'s log to `target`. Returns records."""
    changes = list(source.scalars(select(ChangeRow).order_by(ChangeRow.hlc, ChangeRow.origin,
                                                             ChangeRow.seq)))
    applied = 0
    for (entity, entity_id), heads in heads_by_record(changes).items():
        if len(heads) != 1:
            raise ValueError(f"{entity} {entity_id} has {len(heads)} heads; merge needed")
        apply_fields(target, entity, entity_id, dict(heads[0].fields))
        target.flush()
        applied += 1
    return applied
