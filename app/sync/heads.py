"""Record heads and stored conflicts: read before an import, rewritten in bulk after it."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from sqlalchemy import Table, bindparam, delete, insert, select
from sqlalchemy.orm import Session

from app.persistence.rows import ConflictRow, RecordHeadRow
from app.sync.held_changes import chunks, lookups, one_of
from app.sync.row_writer import copy_rows
from app.sync.touched import RecordKey

HEADS_CHUNK = 5000


def load_heads(s: Session, keys: Iterable[RecordKey]) -> dict[RecordKey, list[str]]:
    out: dict[RecordKey, list[str]] = {}
    for key, change_hash in _of_records(s, RecordHeadRow, RecordHeadRow.change_hash, keys):
        out.setdefault(key, []).append(change_hash)
    return out


def conflicted_among(s: Session, keys: Iterable[RecordKey]) -> set[RecordKey]:
    """Which of `keys` have an open conflict: looked up by record, not the whole table read
    at every import (a hub holds the whole country's)."""
    return {key for key, _id in _of_records(s, ConflictRow, ConflictRow.id, keys)}


def _of_records(
    s: Session, row: type[RecordHeadRow] | type[ConflictRow], column: Any,
    keys: Iterable[RecordKey],
) -> Iterator[tuple[RecordKey, Any]]:
    """(record, `column`) of the rows of `row`'s table that belong to `keys`: one statement
    per table of the keys on PostgreSQL (IN_CHUNK ids each on SQLite)."""
    by_entity: dict[str, list[str]] = {}
    for k in keys:
        by_entity.setdefault(k.entity, []).append(k.entity_id)
    for entity, ids in by_entity.items():
        for chunk in lookups(s, ids):
            rows = s.execute(select(row.entity_id, column).where(
                row.entity == entity, one_of(s, row.entity_id, chunk)))
            for entity_id, value in rows:
                yield RecordKey(entity, entity_id), value


def update_heads(s: Session, stale: list[dict[str, str]], fresh: list[dict[str, str]]) -> None:
    """Drop the heads of the records in `stale` ({"e", "i"}), then insert `fresh` heads."""
    _delete_by_record(s, RecordHeadRow.__table__, stale)  # type: ignore[arg-type]
    if fresh and s.get_bind().dialect.name == "postgresql":  # the hub: COPY, in bulk
        copy_rows(s.connection(), "COPY record_head (entity, entity_id, change_hash) FROM STDIN",
                  ((r["entity"], r["entity_id"], r["change_hash"]) for r in fresh))
    elif fresh:
        compiled = insert(RecordHeadRow).compile(dialect=s.get_bind().dialect)
        order = compiled.positiontup
        rows: list[Any] = [tuple(r[k] for k in order) for r in fresh] if order else fresh
        for chunk in chunks(rows, HEADS_CHUNK):
            s.connection().exec_driver_sql(str(compiled), chunk)


def update_conflicts(
    s: Session, clear: list[dict[str, str]], conflicts: list[dict[str, Any]]
) -> None:
    """Drop the conflicts of the records in `clear` ({"e", "i"}), then store `conflicts`."""
    _delete_by_record(s, ConflictRow.__table__, clear)  # type: ignore[arg-type]
    if conflicts:
        s.execute(insert(ConflictRow), conflicts)


def _delete_by_record(s: Session, table: Table, records: list[dict[str, str]]) -> None:
    """Delete the rows of each record ({"e": entity, "i": entity_id}) in one executemany."""
    if records:
        c = table.c
        s.connection().execute(
            delete(table).where(c.entity == bindparam("e"), c.entity_id == bindparam("i")),
            records,
        )
