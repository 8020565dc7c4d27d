"""Rebuild synced tables from the change log alone (the proof that no write escapes it).

For every record, its head change (one not named as a parent by another change of the same
record) carries the whole record. The rows are written by the import's own row writer, tables
parents first and rows of one table targets first, so the test that rebuilds every table from
the log also checks what imports store.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.persistence.rows import ChangeRow
from app.sync.fk_order import apply_order, is_editable, parents_first, self_columns
from app.sync.merge import Version, find_heads
from app.sync.row_writer import RowWriter


def heads_by_record(changes: Iterable[ChangeRow]) -> dict[tuple[str, str], list[Version]]:
    """(entity, id) -> its head versions, in the order each record was first created."""
    by_record: dict[tuple[str, str], dict[str, Version]] = defaultdict(dict)
    for c in changes:
        by_record[(c.entity, c.entity_id)][c.hash] = Version(
            c.hash, c.origin, c.hlc, c.op, tuple(json.loads(c.parents)), json.loads(c.fields))
    return {key: [versions[h] for h in find_heads(versions.values())]
            for key, versions in by_record.items()}


def rebuild(source: Session, target: Session) -> int:
    """Write every record's single head from `source`'s log into `target`. Returns records."""
    changes = list(source.scalars(select(ChangeRow).order_by(ChangeRow.hlc, ChangeRow.origin,
                                                             ChangeRow.seq)))
    by_entity: dict[str, dict[str, Mapping[str, Any]]] = defaultdict(dict)
    for (entity, entity_id), heads in heads_by_record(changes).items():
        if len(heads) != 1:
            raise ValueError(f"{entity} {entity_id} has {len(heads)} heads; merge needed")
        by_entity[entity][entity_id] = heads[0].fields
    applied = sum(len(rows) for rows in by_entity.values())
    dialect = target.get_bind().dialect
    conn = target.connection()
    for entity in apply_order():
        rows = by_entity.pop(entity, None)
        if not rows:
            continue
        cols = self_columns(entity)
        ids = parents_first(rows, cols, rows) if cols else list(rows)
        ordered = [rows[i] for i in ids]
        writer = RowWriter.for_table(entity, dialect)
        if is_editable(entity):
            writer.write(conn, ordered)
        else:
            writer.write(conn, (), ordered)
    if by_entity:
        raise ValueError(f"changes of tables that are not synced: {sorted(by_entity)}")
    return applied
