"""Received changes into the log, in batches: the bulk of what an import writes."""

from __future__ import annotations

from datetime import datetime
from operator import attrgetter
from typing import Any

from sqlalchemy import Table, insert
from sqlalchemy.orm import Session

from app.persistence.rows import ChangeRow
from app.sync.change_format import IncomingChange
from app.sync.row_writer import bind_processor, copy_rows

BATCH = 2000
# Columns of the log whose value is an attribute of another name on an incoming change.
_ATTRIBUTE = {"fields": "fields_text", "parents": "parents_text"}


class ChangeWriter:
    """Stores received changes with the driver's executemany, or COPY on PostgreSQL; the one
    datetime, the time of receipt, goes through its bind processor once."""

    def __init__(self, s: Session, now: datetime) -> None:
        dialect = s.get_bind().dialect
        table: Table = ChangeRow.__table__  # type: ignore[assignment]
        compiled = insert(table).compile(dialect=dialect)
        order = list(compiled.positiontup or [c.name for c in table.c])
        processor = bind_processor(table.c.received_at.type, dialect)
        self._received = processor(now) if processor is not None else now
        # A row is the change's attributes in the statement's order (read in one C call),
        # with the time of receipt put in its place.
        self._at = order.index("received_at")
        self._get = attrgetter(*(_ATTRIBUTE.get(c, c) for c in order if c != "received_at"))
        if dialect.name == "postgresql":  # the hub: COPY, the server's bulk path
            self._sql = f"COPY {table.name} ({', '.join(order)}) FROM STDIN"
            self._copy = True
        else:
            assert compiled.positiontup is not None  # SQLite's qmark style: tuples
            self._sql, self._copy = str(compiled), False
        self._conn = s.connection()
        self._rows: list[tuple[Any, ...]] = []

    def add(self, change: IncomingChange) -> None:
        values = self._get(change)
        self._rows.append((*values[: self._at], self._received, *values[self._at :]))
        if len(self._rows) >= BATCH:
            self.flush()

    def flush(self) -> None:
        if self._rows and self._copy:
            copy_rows(self._conn, self._sql, self._rows)
        elif self._rows:
            self._conn.exec_driver_sql(self._sql, self._rows)
        self._rows = []
