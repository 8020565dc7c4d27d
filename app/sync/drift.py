"""Silent rot: synced rows that differ from what their change log says, found and repaired.

One changed digit in a phone number on disk would otherwise go unnoticed, and that laptop
would differ from its peers forever (its row is never rewritten unless the record changes).
The log is the truth: every record's expected fields are what the merge of its held
versions gives (the import's own rule); records that wait for a parent are left alone.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.persistence.base import Base, synced_tables
from app.persistence.codec import table_codec
from app.persistence.rows import ChangeRow, PendingChangeRow
from app.sync.derived import without_derived
from app.sync.fk_order import apply_order, is_editable
from app.sync.merge import DECIDES, Version, merge_heads
from app.sync.row_writer import RowWriter


@dataclass(frozen=True)
class Drift:
    entity: str
    entity_id: str
    field: str  # "" when the whole row is missing
    expected: Any
    found: Any


def _expected(s: Session) -> dict[str, dict[str, dict[str, Any]]]:
    """entity -> id -> the fields its held changes give."""
    versions: dict[tuple[str, str], dict[str, Version]] = defaultdict(dict)
    # Column tuples, not ORM objects: the log of a 200,000-resident census is as long.
    for c in s.execute(select(ChangeRow.entity, ChangeRow.entity_id, ChangeRow.hash,
                              ChangeRow.origin, ChangeRow.hlc, ChangeRow.op, ChangeRow.parents,
                              ChangeRow.fields)):
        versions[(c.entity, c.entity_id)][c.hash] = Version(
            c.hash, c.origin, c.hlc, c.op, tuple(json.loads(c.parents)), json.loads(c.fields))
    waiting = {(e, i) for e, i in s.execute(
        select(ChangeRow.entity, ChangeRow.entity_id).join(
            PendingChangeRow, (PendingChangeRow.origin == ChangeRow.origin)
            & (PendingChangeRow.seq == ChangeRow.seq)))}
    out: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
    for (entity, entity_id), held in versions.items():
        if (entity, entity_id) in waiting:
            continue
        if is_editable(entity):
            fields = merge_heads(entity, entity_id, held).fields
        else:
            fields = dict(min(held.values(), key=lambda v: v.hash).fields)
        fields.pop(DECIDES, None)
        out[entity][entity_id] = without_derived(entity, fields)
    return out


def find_drift(s: Session) -> list[Drift]:
    found: list[Drift] = []
    for entity, records in sorted(_expected(s).items()):
        rows = _rows_by_id(s, synced_tables()[entity], sorted(records))
        for entity_id, fields in sorted(records.items()):
            actual = rows.get(entity_id)
            if actual is None:
                found.append(Drift(entity, entity_id, "", fields, None))
                continue
            for name, value in sorted(fields.items()):
                if name in actual and actual[name] != value:
                    found.append(Drift(entity, entity_id, name, value, actual[name]))
    return found


def _rows_by_id(s: Session, cls: type[Base], ids: list[str]) -> dict[str, dict[str, Any]]:
    """The rows' fields as row_fields gives them, read as column tuples in batches (one
    `get` per record made 50,000 ORM objects for a census)."""
    codec = table_codec(cls)
    columns = [getattr(cls, key) for key, _enc, _dec in codec]
    id_column = cls.id  # type: ignore[attr-defined]
    out: dict[str, dict[str, Any]] = {}
    for start in range(0, len(ids), 500):
        query = select(*columns).where(id_column.in_(ids[start:start + 500]))
        for row in s.connection().execute(query):
            fields = {key: None if value is None else enc(value)
                      for (key, enc, _dec), value in zip(codec, row, strict=True)}
            out[str(fields["id"])] = fields
    return out


def repair_drift(s: Session) -> int:
    """Rewrite every drifted row from the log. Returns how many rows were rewritten."""
    drifted = find_drift(s)
    by_entity: dict[str, set[str]] = defaultdict(set)
    for d in drifted:
        by_entity[d.entity].add(d.entity_id)
    if not by_entity:
        return 0
    expected = _expected(s)
    conn = s.connection()
    dialect = s.get_bind().dialect
    for entity in apply_order():
        ids = by_entity.get(entity)
        if ids:
            RowWriter.for_table(entity, dialect).write(
                conn, [expected[entity][i] for i in sorted(ids)])
    s.expire_all()
    return sum(len(ids) for ids in by_entity.values())
