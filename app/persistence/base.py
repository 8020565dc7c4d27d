"""Declarative base, column types shared by every row, and the sync kind of each table."""

from __future__ import annotations

from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Any, ClassVar

from sqlalchemy import Date, DateTime, Index, MetaData, String, TypeDecorator, text
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UtcDateTime(TypeDecorator[datetime]):
    """Stored as naive UTC (SQLite has no time zones), returned aware in UTC."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given; use UTC-aware datetimes")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC)


class SyncKind(StrEnum):
    """How a table travels between laptops."""

    EDITABLE = "editable"  # edited by people: every version is a change, merged by heads
    FACT = "fact"  # insert-only (check-ins, tally entries): changes are unioned


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        datetime: UtcDateTime(),
        date: Date(),
        str: String(200),
    }
    # Local tables leave this None; synced tables say how they travel.
    __sync__: ClassVar[SyncKind | None] = None


def uuid_pk() -> Mapped[str]:
    return mapped_column(String(36), primary_key=True)


class _PartialIndexes:
    """Indexes of only the rows where a condition holds, on SQLite and PostgreSQL alike.

    SQLite's condition is set as the row is declared. PostgreSQL's, the same one, is set when
    the process first uses PostgreSQL: naming a dialect's option loads that dialect, and
    PostgreSQL's cost every command on a laptop (which never talks to it) an eighth of its
    start (issue 17, point 6). Nothing on a laptop reads PostgreSQL's options; the hub, the
    migrations and any DDL made from the models get them from `on_postgresql()`."""

    def __init__(self) -> None:
        self._declared: list[Index] = []
        self._postgresql = False

    def declare(self, name: str, column: str, where: str) -> Index:
        index = Index(name, column, sqlite_where=text(where))
        self._declared.append(index)
        if self._postgresql:
            self._for_postgresql(index)
        return index

    def on_postgresql(self) -> None:
        self._postgresql = True
        for index in self._declared:
            self._for_postgresql(index)

    @staticmethod
    def _for_postgresql(index: Index) -> None:
        index.dialect_kwargs["postgresql_where"] = index.dialect_kwargs["sqlite_where"]


_partial_indexes = _PartialIndexes()
partial_index = _partial_indexes.declare
# This process talks to PostgreSQL: every partial index, declared or to come, gets its
# condition there too (make_engine calls it for a PostgreSQL URL).
on_postgresql = _partial_indexes.on_postgresql


def synced_tables() -> dict[str, type[Base]]:
    """Table name -> row class, for every table that travels in bundles, sorted by name."""
    from app.persistence.rows import load_every_row  # the rows import this module

    load_every_row()
    found: dict[str, type[Base]] = {}
    for mapper in Base.registry.mappers:
        cls = mapper.class_
        if getattr(cls, "__sync__", None) is not None:
            found[cls.__tablename__] = cls
    return dict(sorted(found.items()))
