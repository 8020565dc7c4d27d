"""Reading held changes back from the log in bulk: by hash, by (origin, seq), by record."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, bindparam, func, select
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import InstrumentedAttribute, Session

from app.persistence.rows import ChangeRow
from app.sync.merge import Version
from app.sync.touched import RecordKey

# Ids per IN (...) list: well under SQLite's bound-parameter limit.
IN_CHUNK = 500

T = TypeVar("T")


def one_of(
    s: Session, column: ColumnElement[Any] | InstrumentedAttribute[Any], values: list[Any]
) -> ColumnElement[bool]:
    """`column IN (values)`.

    On PostgreSQL the values travel as one array parameter (psycopg rewrites a query of
    hundreds of placeholders on every call), joined as a set: `IN (SELECT unnest(array))`.
    Not `= ANY(array)`: once psycopg prepares a repeated query, the server's generic plan
    tests each row against the array element by element, and on a table without statistics
    yet (a new hub) it chose to scan every row of the record's table that way, so each import
    grew slower with every commune already held. A set is looked up by the index, row by row.
    """
    if s.get_bind().dialect.name == "postgresql":
        array = bindparam(None, values, type_=ARRAY(column.type))
        return column.in_(select(func.unnest(array)).scalar_subquery())
    return column.in_(values)


def chunks(items: list[T], size: int) -> Iterator[list[T]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def lookups(s: Session, items: list[T]) -> Iterator[list[T]]:
    """`items` in lists for `one_of`: all at once on PostgreSQL (one array parameter, one
    statement per table and import), in IN_CHUNK pieces on SQLite (its parameter limit)."""
    if s.get_bind().dialect.name == "postgresql":
        if items:
            yield items
        return
    yield from chunks(items, IN_CHUNK)


def fetch_fields(
    s: Session, hashes: list[str], where: dict[str, tuple[str, int]] | None = None
) -> dict[str, tuple[str, int, dict[str, Any]]]:
    """hash -> (origin, seq, fields) of stored changes.

    Changes whose (origin, seq) is in `where` are read by primary key, in log order; the
    others by hash.
    """
    out: dict[str, tuple[str, int, dict[str, Any]]] = {}
    by_origin: dict[str, list[int]] = {}
    by_hash: list[str] = []
    for h in hashes:
        place = where.get(h) if where is not None else None
        if place is None:
            by_hash.append(h)
        else:
            by_origin.setdefault(place[0], []).append(place[1])
    for origin, seqs in by_origin.items():
        for chunk in lookups(s, sorted(seqs)):
            rows = s.execute(
                select(ChangeRow.hash, ChangeRow.seq, ChangeRow.fields).where(
                    ChangeRow.origin == origin, one_of(s, ChangeRow.seq, chunk)
                )
            )
            for h, seq, text in rows:
                out[h] = (origin, int(seq), json.loads(text))
    for hash_chunk in lookups(s, by_hash):
        found = s.execute(
            select(ChangeRow.hash, ChangeRow.origin, ChangeRow.seq, ChangeRow.fields).where(
                one_of(s, ChangeRow.hash, hash_chunk)
            )
        )
        for h, origin, seq, text in found:
            out[h] = (origin, int(seq), json.loads(text))
    return out


def load_versions(s: Session, key: RecordKey) -> dict[str, Version]:
    """Every held version of one record."""
    rows = s.execute(
        select(ChangeRow.hash, ChangeRow.origin, ChangeRow.hlc, ChangeRow.op,
               ChangeRow.parents, ChangeRow.fields).where(
            ChangeRow.entity == key.entity, ChangeRow.entity_id == key.entity_id
        )
    )
    return {
        h: Version(h, origin, clock, op, tuple(json.loads(parents)), json.loads(fields))
        for h, origin, clock, op, parents, fields in rows
    }
