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
from app.sync.derived import derived_columns, without_derived
from app.sync.fk_order import apply_order, is_editable
from app.sync.merge import DECIDES, Version, merge_heads
from app.sync.row_json import change_matches_sql, sqlite_quotes_like_python
from app.sync.row_writer import RowWriter


@dataclass(frozen=True)
class Drift:
    entity: str
    entity_id: str
    field: str  # "" when the whole row is missing
    expected: Any
    found: Any


def suspects(s: Session, in_sql: bool | None = None) -> dict[str, list[str]]:
    """entity -> the ids whose row might differ from their log; every other row certainly
    agrees. On SQLite one query per table: a record with one change whose stored fields are
    the row's own JSON (written by SQLite, app/sync/row_json.py) needs no merge in Python.
    `in_sql` False takes every record as a suspect (elsewhere than SQLite; tests)."""
    conn = s.connection()
    if in_sql is None:
        in_sql = sqlite_quotes_like_python(conn)
    out: dict[str, list[str]] = {}
    for entity in synced_tables():
        query = suspects_query(entity) if in_sql else None
        if query is None:
            ids = list(s.scalars(select(ChangeRow.entity_id).where(ChangeRow.entity == entity)
                                 .distinct().order_by(ChangeRow.entity_id)))
        else:
            result = conn.exec_driver_sql(query, (entity,))
            ids = []
            while batch := result.fetchmany(5000):
                ids += [row[0] for row in batch]
        if ids:
            out[entity] = ids
    return out


def suspects_query(entity: str) -> str | None:
    """SQL giving the ids of `entity` (the one parameter) that Python must re-check: more than
    one change (a merge decides), a version built on several heads, a missing row or text that
    differs. None when a column's type is left to Python (benchmarks/scale.py runs it raw)."""
    cls = synced_tables()[entity]
    match = change_matches_sql(cls, "r", "c.fields", derived_columns(entity))
    if match is None:
        return None
    return (f'SELECT c.entity_id FROM change AS c LEFT JOIN "{cls.__tablename__}" AS r '
            f"ON r.id = c.entity_id WHERE c.entity = ? GROUP BY c.entity_id "
            f"HAVING count(*) > 1 OR max(c.parents LIKE '%,%') "
            f"OR NOT min(CASE WHEN r.id IS NULL THEN 0 ELSE {match} END)")


def _expected(s: Session, only: dict[str, list[str]]) -> dict[str, dict[str, dict[str, Any]]]:
    """entity -> id -> the fields its held changes give, for the `only` records."""
    waiting = {(e, i) for e, i in s.execute(
        select(ChangeRow.entity, ChangeRow.entity_id).join(
            PendingChangeRow, (PendingChangeRow.origin == ChangeRow.origin)
            & (PendingChangeRow.seq == ChangeRow.seq)))}
    out: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
    for entity, ids in only.items():
        for start in range(0, len(ids), 500):
            versions: dict[str, dict[str, Version]] = defaultdict(dict)
            # Column tuples, not ORM objects.
            for c in s.execute(select(
                    ChangeRow.entity_id, ChangeRow.hash, ChangeRow.origin, ChangeRow.hlc,
                    ChangeRow.op, ChangeRow.parents, ChangeRow.fields).where(
                    ChangeRow.entity == entity, ChangeRow.entity_id.in_(ids[start:start + 500]))):
                versions[c.entity_id][c.hash] = Version(
                    c.hash, c.origin, c.hlc, c.op, tuple(json.loads(c.parents)),
                    json.loads(c.fields))
            for entity_id, held in versions.items():
                if (entity, entity_id) in waiting:
                    continue
                if is_editable(entity):
                    fields = merge_heads(entity, entity_id, held).fields
                else:
                    fields = dict(min(held.values(), key=lambda v: v.hash).fields)
                fields.pop(DECIDES, None)
                out[entity][entity_id] = without_derived(entity, fields)
    return out


def find_drift(s: Session, in_sql: bool | None = None) -> list[Drift]:
    found: list[Drift] = []
    for entity, records in sorted(_expected(s, suspects(s, in_sql)).items()):
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
    expected = _expected(s, {e: sorted(ids) for e, ids in by_entity.items()})
    conn = s.connection()
    dialect = s.get_bind().dialect
    for entity in apply_order():
        ids = by_entity.get(entity)
        if ids:
            RowWriter.for_table(entity, dialect).write(
                conn, [expected[entity][i] for i in sorted(ids)])
    s.expire_all()
    return sum(len(ids) for ids in by_entity.values())
