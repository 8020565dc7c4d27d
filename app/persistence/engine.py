"""Engines: SQLite with the pragmas a laptop that loses power needs; PostgreSQL for the hub."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import ExceptionContext, make_url
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from app.persistence.base import on_postgresql
from app.persistence.tracking import track_changes
from app.safety.write_trouble import looks_full

# Execution option of a session's connection that only reads: see make_engine's BEGIN.
READ_ONLY = "asamblea_read_only"


def reading(s: Session) -> Connection:
    """Mark the unit of work `s` as one that only reads, before its first statement: one
    snapshot for all its reads that waits for no writer. SQLite begins it deferred (see
    make_engine's BEGIN) instead of taking the write lock; PostgreSQL reads it REPEATABLE READ
    (its default would give each statement its own snapshot)."""
    if s.get_bind().dialect.name == "sqlite":
        return s.connection(execution_options={READ_ONLY: True})
    return s.connection(execution_options={"isolation_level": "REPEATABLE READ"})


def sqlite_url(path: str | Path) -> str:
    return f"sqlite:///{Path(path).expanduser()}"


def is_sqlite(url: str) -> bool:
    return url.startswith("sqlite")


def make_engine(url: str) -> Engine:
    if not is_sqlite(url):
        on_postgresql()  # the partial indexes' condition, for PostgreSQL too
        return create_engine(url, pool_pre_ping=True)
    engine = create_engine(url, connect_args={"timeout": 30})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # We issue BEGIN ourselves (below): the driver's implicit transactions would defer the
        # write lock and let two writers both read the same last sequence number.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        # A read marked READ_ONLY begins deferred: in WAL it reads a snapshot and never waits
        # for a writer (a sync import holds the write lock for seconds; a page of the census
        # waited for it, page after page).
        read_only = connection.get_execution_options().get(READ_ONLY, False)
        connection.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")

    database = make_url(url).database

    @event.listens_for(engine, "handle_error")
    def _on_error(context: ExceptionContext) -> OperationalError | None:
        # A full disk under a full-text index reads "constraint failed": give it SQLite's
        # usual words, so the window, the command line and the sync's staging say "full".
        if database and looks_full(context.original_exception, database):
            full = OperationalError(context.statement, context.parameters,
                                    sqlite3.OperationalError("database or disk is full"))
            full.__cause__ = context.original_exception
            return full
        return None

    return engine


def make_sessions(engine: Engine) -> sessionmaker[Session]:
    sessions = sessionmaker(engine, expire_on_commit=False)
    track_changes(sessions)
    event.listen(sessions, "before_flush", _every_row_declared)
    return sessions


def _every_row_declared(_session: Session, _context: Any, _instances: Any) -> None:
    """A flush orders its writes by the foreign keys of the rows it writes, and looks up the
    table each key names: declare every row first. A read declares only the rows it names
    (app/persistence/rows/__init__.py); after the first write this costs nothing."""
    from app.persistence.rows import load_every_row

    load_every_row()
