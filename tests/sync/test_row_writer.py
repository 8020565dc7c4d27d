"""The row writer stores exactly what the ORM stores, through SQLAlchemy's public API."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Date, DateTime, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from app.container import Services
from app.persistence.base import UtcDateTime, synced_tables
from app.persistence.codec import row_fields
from app.persistence.rows import ResidentRow
from app.sync.row_writer import RowWriter, bind_processor


def test_bind_processor_gives_what_the_orm_binds() -> None:
    """If SQLAlchemy moves the dialect's bind processors, this fails here, not in an import."""
    aware = datetime(2026, 11, 22, 5, 46, 38, 123456, tzinfo=UTC)
    column = ResidentRow.__table__.c.created_at
    assert isinstance(column.type, UtcDateTime)
    to_sqlite = bind_processor(column.type, sqlite.dialect())
    assert to_sqlite is not None
    assert to_sqlite(aware) == "2026-11-22 05:46:38.123456"
    to_postgres = bind_processor(column.type, postgresql.dialect())
    # PostgreSQL's driver takes datetimes: the decorator's processing alone (to naive UTC).
    assert to_postgres is not None
    assert to_postgres(aware) == datetime(2026, 11, 22, 5, 46, 38, 123456)
    date_processor = bind_processor(Date(), sqlite.dialect())
    assert date_processor is not None and date_processor(date(2026, 1, 2)) == "2026-01-02"
    assert bind_processor(DateTime(), sqlite.dialect()) is not None


def _raw(s: Session, table: str, row_id: str) -> tuple[Any, ...]:
    found = s.connection().exec_driver_sql(f'SELECT * FROM "{table}" WHERE id = ?',
                                           (row_id,)).one()
    return tuple(found)


def test_rewriting_every_row_of_the_demo_changes_no_stored_value(
    demo_services: Services,
) -> None:
    """Each table's rows, written back from their change-log fields, are stored unchanged."""
    covered = 0
    with demo_services.sessions.begin() as s:
        dialect = s.get_bind().dialect
        for name, cls in synced_tables().items():
            rows = list(s.scalars(select(cls).limit(20)))
            if not rows:
                continue
            covered += 1
            before = {r.id: _raw(s, name, r.id) for r in rows}  # type: ignore[attr-defined]
            fields = [row_fields(r) for r in rows]
            writer = RowWriter.for_table(name, dialect)
            writer.write(s.connection(), fields)
            after = {i: _raw(s, name, i) for i in before}
            assert after == before, name
    assert covered >= 15
