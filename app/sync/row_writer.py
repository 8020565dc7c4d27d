"""The one writer of synced rows from changes: imports and the rebuild from the log use it.

Field dicts (the codec's JSON-safe values) go straight to the driver's executemany with a
statement compiled once per table: per-row SQLAlchemy processing cost more than the database
work on large imports. Values pass through each column's own bind processor, so what is
stored is exactly what the ORM would store.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import cache
from typing import Any, ClassVar

from sqlalchemy import Connection, Table
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeEngine

from app.persistence.base import UtcDateTime, synced_tables
from app.persistence.codec import identity, table_codec
from app.sync.derived import DERIVED

BindProcessor = Callable[[Any], Any]
_ABSENT = object()


def bind_processor(type_: TypeEngine[Any], dialect: Dialect) -> BindProcessor | None:
    """What SQLAlchemy applies to a value of `type_` before handing it to `dialect`'s driver.

    The dialect's own implementation of the type (a TypeDecorator's included) gives it; this
    is what the private `TypeEngine._cached_bind_processor` memoizes. Callers keep the result.
    tests/sync/test_row_writer.py checks it against what the ORM stores.
    """
    return type_.dialect_impl(dialect).bind_processor(dialect)


@cache
def _defaults(entity: str) -> dict[str, Any]:
    """Column -> value when a bundle from an older schema lacks it."""
    table: Table = synced_tables()[entity].__table__  # type: ignore[assignment]
    out = {}
    for col in table.c:
        default = col.default
        scalar = default is not None and getattr(default, "is_scalar", False)
        out[col.name] = getattr(default, "arg", None) if scalar else None
    return out


class RowWriter:
    """Writes field dicts as rows of one table, with its statements compiled once."""

    _cache: ClassVar[dict[tuple[str, str], RowWriter]] = {}

    def __init__(self, entity: str, dialect: Dialect) -> None:
        cls = synced_tables()[entity]
        table: Table = cls.__table__  # type: ignore[assignment]
        upsert = _insert(dialect.name, table, update=True).compile(dialect=dialect)
        insert_ = _insert(dialect.name, table, update=False).compile(dialect=dialect)
        self.upsert_sql, self.insert_sql = str(upsert), str(insert_)
        self.positional = bool(upsert.positiontup)
        order = list(upsert.positiontup or [c.name for c in table.c])
        assert order == list(insert_.positiontup or order)
        self._copy = _CopyThrough(dialect, entity, order) if dialect.name == "postgresql" else None
        defaults = _defaults(entity)
        self._derived = DERIVED.get(entity, {})
        decoders = {key: dec for key, _enc, dec in table_codec(cls)}
        self._columns: list[tuple[str, Any, Any, BindProcessor | None]] = []
        for name in order:
            column = table.c[name]
            processor = bind_processor(column.type, dialect)
            decode = decoders[name]
            if isinstance(column.type, UtcDateTime) and dialect.name in ("sqlite",
                                                                         "postgresql"):
                # "2026-11-22T05:46:38.123456Z" is stored by SQLite's DateTime as
                # "2026-11-22 05:46:38.123456", the text PostgreSQL's COPY reads into a
                # timestamp (naive UTC): rewrite the text, skip strptime and back.
                decode, processor = _datetime_text, None
            self._columns.append((name, defaults[name], decode, processor))
        # Most columns take the field as it travelled (text, ids, numbers): one dict lookup
        # each. The few with a decoder or a bind processor (dates, times) are redone after.
        self._raw = [(name, default) for name, default, _d, _p in self._columns]
        self._special = [(at, name, default, decode, processor)
                         for at, (name, default, decode, processor) in enumerate(self._columns)
                         if decode is not identity or processor is not None]

    @classmethod
    def for_table(cls, entity: str, dialect: Dialect) -> RowWriter:
        key = (entity, dialect.name)
        if key not in cls._cache:
            cls._cache[key] = cls(entity, dialect)
        return cls._cache[key]

    def params(self, fields: Mapping[str, Any]) -> Any:
        """The driver's parameters for one row (a tuple or a dict, as the dialect wants)."""
        values = self.values(fields)
        if self.positional:
            return values
        return {c[0]: v for c, v in zip(self._columns, values, strict=True)}

    def values(self, fields: Mapping[str, Any]) -> tuple[Any, ...]:
        """One row's values, in the statement's column order: a column the fields lack takes
        its default (a bundle from an older schema), None stays None, and any other value is
        decoded, then bind-processed."""
        if self._derived:  # computed here from what travelled, whatever a change says
            fields = {**fields, **{name: derive(fields) for name, derive in self._derived.items()}}
        get = fields.get
        values = [get(name, default) for name, default in self._raw]
        for at, name, default, decode, processor in self._special:
            raw = get(name, _ABSENT)
            if raw is _ABSENT:
                value = default
            elif raw is None:
                value = None
            else:
                value = decode(raw)
            if processor is not None and value is not None:
                value = processor(value)
            values[at] = value
        return tuple(values)

    def write(
        self, conn: Connection, records: Sequence[Mapping[str, Any]],
        facts: Sequence[Mapping[str, Any]] = (),
    ) -> None:
        """Insert or overwrite `records` (editable); insert `facts` unless already held."""
        if self._copy is not None:
            self._copy.write(conn, [self.values(f) for f in records], update=True)
            self._copy.write(conn, [self.values(f) for f in facts], update=False)
            return
        if records:
            conn.exec_driver_sql(self.upsert_sql, [self.params(f) for f in records])
        if facts:
            conn.exec_driver_sql(self.insert_sql, [self.params(f) for f in facts])


class _CopyThrough:
    """PostgreSQL (the hub): rows go in with COPY, the server's bulk path, into a temporary
    table, then into the table in one INSERT ... SELECT with the same ON CONFLICT rule as the
    row-by-row statements. Row-at-a-time executemany cost most of the hub's ingest."""

    def __init__(self, dialect: Dialect, entity: str, order: list[str]) -> None:
        quote = dialect.identifier_preparer.quote
        self._entity, self._order = entity, order
        self._staging = quote(f"_incoming_{entity}")
        cols = ", ".join(quote(c) for c in order)
        self._create = (f"CREATE TEMPORARY TABLE IF NOT EXISTS {self._staging} "
                        f"(LIKE {quote(entity)}) ON COMMIT DROP")
        self._copy_sql = f"COPY {self._staging} ({cols}) FROM STDIN"
        into = f"INSERT INTO {quote(entity)} ({cols}) SELECT {cols} FROM {self._staging}"
        sets = ", ".join(f"{quote(c)} = excluded.{quote(c)}" for c in order if c != "id")
        self._upsert = f"{into} ON CONFLICT (id) DO UPDATE SET {sets}"
        self._insert = f"{into} ON CONFLICT (id) DO NOTHING"

    def write(self, conn: Connection, rows: list[tuple[Any, ...]], update: bool) -> None:
        if not rows:
            return
        conn.exec_driver_sql(self._create)
        copy_rows(conn, self._copy_sql, rows)
        conn.exec_driver_sql(self._upsert if update else self._insert)
        conn.exec_driver_sql(f"TRUNCATE {self._staging}")


def copy_rows(conn: Connection, copy_sql: str, rows: Iterable[Sequence[Any]]) -> None:
    """Send `rows` through PostgreSQL's `COPY ... FROM STDIN` on the session's connection
    (psycopg 3), inside its transaction."""
    raw: Any = conn.connection.dbapi_connection
    with raw.cursor() as cursor, cursor.copy(copy_sql) as copy:
        for row in rows:
            copy.write_row(row)


def _datetime_text(raw: str) -> str:
    return f"{raw[:10]} {raw[11:-1]}"


def _insert(dialect: str, table: Table, update: bool) -> Any:
    module: Any = postgresql if dialect == "postgresql" else sqlite
    stmt = module.insert(table)
    if update:
        return stmt.on_conflict_do_update(
            index_elements=[table.c.id],
            set_={c.name: stmt.excluded[c.name] for c in table.c if c.name != "id"},
        )
    return stmt.on_conflict_do_nothing(index_elements=[table.c.id])
