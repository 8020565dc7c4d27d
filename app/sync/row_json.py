"""Each row's canonical JSON written by SQLite itself, for the digest and the drift scan.

Encoding 200,000 rows field by field in Python (decode the value, encode it again, sort the
keys, dump) cost seconds; SQLite's `json_quote` writes the same bytes as `canonical_json` in C.
The SQL gives NULL wherever it cannot be sure of writing what Python would (a value of an
unexpected storage type, a datetime not in SQLAlchemy's storage format, a JSON column whose
text need not be canonical): the caller then encodes that row in Python, so the result is the
same bytes either way, only faster. `sqlite_quotes_like_python` guards against an SQLite whose
`json_quote` escapes differently (checked once per connection pool's engine).
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import JSON, Boolean, Date, Integer, String, inspect
from sqlalchemy.engine import Connection

from app.persistence.base import Base, UtcDateTime

# Every character an escape rule could treat differently: controls, quote, backslash, DEL,
# separators Python leaves alone, a BOM and an astral character.
_PROBE = "".join(chr(i) for i in range(0x80)) + "\u2028\u2029\ufeff\U0001f600ñ"
_DIGITS = "[0-9]"
# SQLAlchemy stores a DateTime on SQLite as "YYYY-MM-DD HH:MM:SS.ffffff" (years before 1000
# are left to Python, whose %Y does not pad them).
_DATETIME_GLOB = "[1-9]" + _DIGITS * 3 + "-" + _DIGITS * 2 + "-" + _DIGITS * 2 + " " + \
    _DIGITS * 2 + ":" + _DIGITS * 2 + ":" + _DIGITS * 2 + "." + _DIGITS * 6
_DATE_GLOB = _DIGITS * 4 + "-" + _DIGITS * 2 + "-" + _DIGITS * 2


def sqlite_quotes_like_python(conn: Connection) -> bool:
    """True when this SQLite's json_quote writes text as canonical_json does."""
    if conn.dialect.name != "sqlite":
        return False
    quoted = conn.exec_driver_sql("SELECT json_quote(?)", (_PROBE,)).scalar()
    return bool(quoted == json.dumps(_PROBE, ensure_ascii=False))


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def value_json(column: str, type_: Any, *, exact: bool) -> tuple[str, str] | None:
    """(SQL of the value as `json_object` should hold it, SQL true when that is certainly
    what Python writes) for a column; None when the type is not handled.

    `exact` False takes a JSON column's own text (minified by SQLite, keys in stored order):
    good enough for the drift scan, which only trusts a match and re-checks a difference.
    A String column needs no check: its TEXT affinity stores nothing but text and NULL (a
    BLOB fails in both ways alike).
    """
    c = column
    if isinstance(type_, UtcDateTime):
        return (f"substr({c}, 1, 10) || 'T' || substr({c}, 12) || 'Z'",
                f"({c} IS NULL OR {c} GLOB '{_DATETIME_GLOB}')")
    if isinstance(type_, Date):
        return c, f"({c} IS NULL OR {c} GLOB '{_DATE_GLOB}')"
    if isinstance(type_, Boolean):
        return (f"CASE {c} WHEN 0 THEN json('false') WHEN 1 THEN json('true') END",
                f"({c} IS NULL OR {c} IN (0, 1))")
    if isinstance(type_, Integer):
        return c, f"typeof({c}) IN ('integer', 'null')"
    if isinstance(type_, JSON):
        if exact:
            return None
        return f"CASE WHEN json_valid({c}) THEN json({c}) END", f"({c} IS NULL OR json_valid({c}))"
    if isinstance(type_, String):  # Text too
        return c, ""
    return None


def _columns(cls: type[Base]) -> list[tuple[str, str, Any]]:
    """(JSON key, column name, type) for every column, in canonical (sorted key) order."""
    out = [(attr.key, attr.columns[0].name, attr.columns[0].type)
           for attr in inspect(cls).column_attrs]
    return sorted(out)


def row_json_sql(cls: type[Base], alias: str) -> tuple[str, str] | None:
    """(SQL for the canonical JSON of a row of `cls` aliased `alias`, SQL true when SQLite
    certainly wrote what Python would); None when a column's type is not handled."""
    pairs: list[str] = []
    checks: list[str] = []
    for key, name, type_ in _columns(cls):
        found = value_json(f'{alias}."{name}"', type_, exact=True)
        if found is None:
            return None
        pairs.append(f"{_literal(key)}, {found[0]}")
        checks += [found[1]] if found[1] else []
    return f"json_object({', '.join(pairs)})", " AND ".join(checks) or "1"


def change_matches_sql(cls: type[Base], alias: str, text: str,
                       derived: frozenset[str]) -> str | None:
    """SQL 1 when the JSON `text` (an SQL expression: a change's stored fields) is the
    row's canonical JSON (0 otherwise), `derived` columns left out; None when a type is not
    handled.

    A change written before a column existed lacks that key, and older changes carry derived
    columns: failing the plain comparison, the row's JSON is compared with the keys the text
    does not name removed (`"key":` found anywhere counts as named; a false hit only makes the
    texts differ, and a difference is re-checked in Python).
    """
    plain: list[str] = []
    every: list[str] = []
    absent: list[str] = []
    checks: list[str] = []
    for key, name, type_ in _columns(cls):
        found = value_json(f'{alias}."{name}"', type_, exact=False)
        if found is None:
            return None
        pair = f"{_literal(key)}, {found[0]}"
        every.append(pair)
        plain += [] if key in derived else [pair]
        checks += [found[1]] if found[1] else []
        # Pasted, not json_remove'd: that parses the whole object again for every row.
        named = _literal(json.dumps(key) + ":")
        absent.append(f"CASE WHEN instr({text}, {named}) THEN ',' || {named} || "
                      f"json_quote({found[0]}) ELSE '' END")
    stripped = f"'{{' || substr({' || '.join(absent)}, 2) || '}}'"
    # CASE, not OR: SQLite computes both sides of an OR that is a value, and the second is
    # the dear one.
    return (f"CASE WHEN NOT ({' AND '.join(checks) or '1'}) THEN 0 "
            f"WHEN {text} = json_object({', '.join(plain)}) THEN 1 "
            f"WHEN {text} = {stripped} THEN 1 ELSE 0 END")
