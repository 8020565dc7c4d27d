"""state_digest: one hash of all domain content, the same wherever the same records are held.

Rows are hashed in id order, table by table, from their canonical field encoding, so the digest
does not depend on the order records were inserted or imported, nor on the database engine.
Sync bookkeeping (devices, the log, heads) is not domain content and is left out.

On SQLite each row's canonical JSON is written by the query itself (app/sync/row_json.py) and
Python only hashes the text, a batch at a time; a row the SQL is unsure of, and every row
elsewhere, is encoded in Python from its column tuple. Both give the same bytes.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from app.domain.canonical import canonical_json
from app.persistence.base import Base, synced_tables
from app.persistence.codec import table_codec
from app.sync.driver_rows import driver_batches
from app.sync.row_json import row_json_sql, sqlite_quotes_like_python

NOT_DOMAIN = frozenset({"device"})
BATCH = 5000


def domain_tables() -> list[str]:
    return [name for name in synced_tables() if name not in NOT_DOMAIN]


def encoded_row(cls: type[Base], row: Sequence[Any]) -> str:
    """canonical_json of a column tuple in table_codec order."""
    return canonical_json({key: None if value is None else enc(value)
                           for (key, enc, _dec), value in zip(table_codec(cls), row,
                                                              strict=True)})


def _python_batches(conn: Connection, cls: type[Base],
                    ids: Sequence[str] | None) -> Iterator[list[str]]:
    """Rows encoded in Python from column tuples (all of them in id order, or those ids)."""
    id_column = cls.id  # type: ignore[attr-defined]
    query = select(*(getattr(cls, key) for key, _enc, _dec in table_codec(cls)))
    if ids is not None:
        query = query.where(id_column.in_(ids))
    result = conn.execution_options(yield_per=BATCH).execute(query.order_by(id_column))
    while batch := result.fetchmany(BATCH):
        yield [encoded_row(cls, row) for row in batch]


def digest_query(cls: type[Base]) -> str | None:
    """SQL giving (id, canonical JSON or NULL when SQLite cannot vouch for it) per row in id
    order; None when a column's type is left to Python (benchmarks/scale.py runs it raw)."""
    sql = row_json_sql(cls, "r")
    if sql is None:
        return None
    return (f"SELECT r.id, CASE WHEN {sql[1]} THEN {sql[0]} END "
            f'FROM "{cls.__tablename__}" AS r ORDER BY r.id')


def _sql_batches(conn: Connection, cls: type[Base], query: str) -> Iterator[list[str]]:
    """Rows as SQLite encodes them, in id order; the few it is unsure of, in Python."""
    for batch in driver_batches(conn, query):
        lines = [text for _id, text in batch]
        if None in lines:
            unsure = [row_id for row_id, text in batch if text is None]
            again = iter([line for part in _python_batches(conn, cls, unsure) for line in part])
            lines = [text if text is not None else next(again) for text in lines]
        yield lines


def table_digest(s: Session, table: str, in_sql: bool | None = None) -> str:
    """sha256 over the table's rows' canonical JSON, one line each, in id order.

    `in_sql` None asks SQLite to encode when it can (True/False force a way, for tests)."""
    cls = synced_tables()[table]
    conn = s.connection()
    if in_sql is None:
        in_sql = sqlite_quotes_like_python(conn)
    query = digest_query(cls) if in_sql else None
    batches = _sql_batches(conn, cls, query) if query else _python_batches(conn, cls, None)
    h = hashlib.sha256()
    for lines in batches:
        h.update(("\n".join(lines) + "\n").encode("utf-8"))
    return h.hexdigest()


def state_digest(s: Session) -> str:
    in_sql = sqlite_quotes_like_python(s.connection())
    h = hashlib.sha256()
    for table in domain_tables():
        h.update(f"{table}:{table_digest(s, table, in_sql)}\n".encode("ascii"))
    return h.hexdigest()
