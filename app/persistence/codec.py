"""Row values <-> JSON-safe field dicts: the one format of changes, digests and bundles.

Dates and times become ISO strings, bytes become base64, so the same record encodes the same
way on SQLite and on PostgreSQL, on any laptop.
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from datetime import UTC, date, datetime
from functools import cache
from typing import Any

from sqlalchemy import Boolean, Date, Integer, LargeBinary, inspect
from sqlalchemy.types import TypeEngine

from app.persistence.base import Base, UtcDateTime

Encoder = Callable[[Any], Any]


def encode_datetime(value: datetime) -> str:
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def decode_datetime(raw: str) -> datetime:
    return datetime.strptime(raw, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)


def identity(value: Any) -> Any:
    """The codec of a column whose JSON value is its stored value (text, ids)."""
    return value


def _codec_for(type_: TypeEngine[Any]) -> tuple[Encoder, Encoder]:
    if isinstance(type_, UtcDateTime):
        return encode_datetime, decode_datetime
    if isinstance(type_, Date):
        return (lambda v: v.isoformat()), date.fromisoformat
    if isinstance(type_, LargeBinary):
        return (lambda v: base64.b64encode(v).decode("ascii")), base64.b64decode
    if isinstance(type_, Boolean):
        return bool, bool
    if isinstance(type_, Integer):
        return int, int
    return identity, identity


@cache
def table_codec(cls: type[Base]) -> tuple[tuple[str, Encoder, Encoder], ...]:
    """(attribute name, encode, decode) for every column of a row class, in column order."""
    mapper = inspect(cls)
    out = []
    for attr in mapper.column_attrs:
        column = attr.columns[0]
        enc, dec = _codec_for(column.type)
        out.append((attr.key, enc, dec))
    return tuple(out)


def row_fields(row: Base) -> dict[str, Any]:
    """Every column of a row, JSON-safe."""
    fields: dict[str, Any] = {}
    for key, enc, _dec in table_codec(type(row)):
        value = getattr(row, key)
        fields[key] = None if value is None else enc(value)
    return fields


def mapping_fields(cls: type[Base], values: dict[str, Any]) -> dict[str, Any]:
    """Like row_fields, for a plain dict of Python values (bulk inserts)."""
    fields: dict[str, Any] = {}
    for key, enc, _dec in table_codec(cls):
        value = values.get(key)
        fields[key] = None if value is None else enc(value)
    return fields


def decode_fields(cls: type[Base], fields: dict[str, Any]) -> dict[str, Any]:
    """JSON-safe fields -> Python values for the row class (unknown keys are ignored)."""
    values: dict[str, Any] = {}
    for key, _enc, dec in table_codec(cls):
        if key in fields:
            raw = fields[key]
            values[key] = None if raw is None else dec(raw)
    return values
