"""Rows of a long read straight from the driver's cursor, a batch at a time.

The digest and the chain check read every row of the largest tables; SQLAlchemy's result row
for each cost more than the work done with it. Errors still reach the caller as SQLAlchemy's
(a damaged file is `sqlalchemy.exc.DatabaseError`, as everywhere else).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError

BATCH = 5000


def driver_batches(conn: Connection, sql: str,
                   params: Sequence[Any] = ()) -> Iterator[list[Any]]:
    """The rows of `sql` (in the driver's own parameter style) as plain tuples, in batches."""
    dbapi_error = conn.dialect.loaded_dbapi.Error
    cursor = conn.connection.cursor()
    try:
        cursor.execute(sql, tuple(params))
        while batch := cursor.fetchmany(BATCH):
            yield list(batch)
    except dbapi_error as exc:
        raise DBAPIError.instance(sql, params, exc, dbapi_error,
                                  dialect=conn.dialect) from exc
    finally:
        cursor.close()
