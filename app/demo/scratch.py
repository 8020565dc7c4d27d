"""The demo is built on a scratch copy (app.container.all_or_nothing): no fsync per unit of work.

A demo is some 300 units of work, and SQLite's `synchronous=FULL` syncs the log to disk at
each commit: 5 ms apiece on a quick disk, many times that on an old laptop's. A scratch copy
needs none of it: if the power fails halfway, the copy is thrown away and the database is as
it was. What must be on disk is the finished copy, before it takes the database's place: one
checkpoint with `synchronous=FULL` writes the log into the file and syncs it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from sqlalchemy import event

from app.container import Services

T = TypeVar("T")


def _unsynced(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA synchronous=OFF")
    cursor.close()


def on_scratch_copy(services: Services, work: Callable[[Services], T]) -> T:
    """Run `work` on `services`, a copy all_or_nothing discards on failure, without syncing
    each commit; the finished copy is synced once."""
    engine = services.sessions.kw["bind"]
    if engine.dialect.name != "sqlite" or services.db_path is None:
        return work(services)
    event.listen(engine, "connect", _unsynced)
    engine.dispose()  # the pooled connections reopen unsynced
    try:
        result = work(services)
    finally:
        event.remove(engine, "connect", _unsynced)
        engine.dispose()
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        cursor.close()
    finally:
        raw.close()
    return result
