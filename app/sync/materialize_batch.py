"""Bring the records touched by an import to the state their held changes give.

For each editable record: its heads become (old heads + new changes) minus every version a new
change builds on. One head: the row is that head's snapshot. Several: the field-wise merge of
`merge.py`, with its conflicts stored. Insert-only facts are unioned. A record whose state
refers (by foreign key) to a record not held yet is not written: its head changes wait in
`pending_change` and are retried at every import. Tables are written parents first, so the
same code runs on SQLite (foreign_keys=ON) and on PostgreSQL.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
from typing import Any, ClassVar, NamedTuple

from sqlalchemy import Table, bindparam, delete, insert, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from app.persistence.base import Base, SyncKind, UtcDateTime
from app.persistence.base import synced_tables as _all_synced
from app.persistence.rows import ChangeRow, ConflictRow, PendingChangeRow, RecordHeadRow
from app.sync.merge import Version, find_heads, merge_heads

IN_CHUNK = 500

# The set of synced tables is fixed once the rows are imported; looking it up per row is not.
synced_tables = cache(_all_synced)
APPLY_CHUNK = 1000


class RecordKey(NamedTuple):
    entity: str
    entity_id: str


@dataclass
class Touched:
    """What an import brought, by record: new editable versions and new facts."""

    edits: dict[RecordKey, list[tuple[str, tuple[str, ...]]]] = field(default_factory=dict)
    facts: dict[RecordKey, str] = field(default_factory=dict)
    # Foreign key values of new changes (in fk_columns order), by change hash, so pending
    # checks need no re-read; tuples, as a large import holds one per change.
    fk_values: dict[str, tuple[Any, ...]] = field(default_factory=dict)
    # Records with a new edit built on a version not held yet (from a partial bundle).
    incomplete: set[RecordKey] = field(default_factory=set)
    # (origin, seq) of each new change: read back by primary key, in log order, not by hash.
    where: dict[str, tuple[str, int]] = field(default_factory=dict)

    def add_edit(self, key: RecordKey, change_hash: str, parents: tuple[str, ...]) -> None:
        self.edits.setdefault(key, []).append((change_hash, parents))

    def add_fact(self, key: RecordKey, change_hash: str) -> None:
        # Two facts with one id cannot both stand; the lowest hash does, wherever it arrives.
        current = self.facts.get(key)
        if current is None or change_hash < current:
            self.facts[key] = change_hash


@dataclass
class MaterializeResult:
    records_new: int = 0
    records_updated: int = 0
    facts_new: int = 0
    conflicts: int = 0
    pending: int = 0


@dataclass
class _Item:
    entity_id: str
    head_hashes: tuple[str, ...]
    snapshot: str | None = None  # the one head's hash, when there is one head
    merged: dict[str, Any] | None = None  # the merged fields, when there are several
    existed: bool = False
    is_fact: bool = False


@cache
def fk_columns(entity: str) -> tuple[tuple[str, str], ...]:
    """(column, referenced table) for every foreign key of a synced table."""
    table: Table = synced_tables()[entity].__table__  # type: ignore[assignment]
    return tuple(
        (col.name, fk.column.table.name) for col in table.c for fk in col.foreign_keys
    )


@cache
def apply_order() -> tuple[str, ...]:
    """Synced tables, every table after the tables it refers to."""
    names = synced_tables()
    return tuple(t.name for t in Base.metadata.sorted_tables if t.name in names)


def _chunks(items: list[Any], size: int) -> Iterator[list[Any]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def load_heads(s: Session, keys: Iterable[RecordKey]) -> dict[RecordKey, list[str]]:
    by_entity: dict[str, list[str]] = {}
    for k in keys:
        by_entity.setdefault(k.entity, []).append(k.entity_id)
    out: dict[RecordKey, list[str]] = {}
    for entity, ids in by_entity.items():
        for chunk in _chunks(ids, IN_CHUNK):
            rows = s.execute(
                select(RecordHeadRow.entity_id, RecordHeadRow.change_hash).where(
                    RecordHeadRow.entity == entity, RecordHeadRow.entity_id.in_(chunk)
                )
            )
            for entity_id, change_hash in rows:
                out.setdefault(RecordKey(entity, entity_id), []).append(change_hash)
    return out


def load_versions(s: Session, key: RecordKey) -> dict[str, Version]:
    rows = s.execute(
        select(ChangeRow.hash, ChangeRow.origin, ChangeRow.hlc, ChangeRow.op,
               ChangeRow.parents, ChangeRow.fields).where(
            ChangeRow.entity == key.entity, ChangeRow.entity_id == key.entity_id
        )
    )
    return {
        h: Version(h, origin, clock, op, tuple(json.loads(parents)), json.loads(fields))
        for h, origin, clock, op, parents, fields in rows
    }


def materialize(s: Session, touched: Touched, now: datetime) -> MaterializeResult:
    result = MaterializeResult()
    retry = _take_pending(s)
    editable_keys = set(touched.edits) | {k for k in retry if _is_editable(k.entity)}
    old_heads = load_heads(s, editable_keys)
    plan: dict[str, list[_Item]] = {}
    stale_heads: list[dict[str, str]] = []
    new_heads: list[dict[str, str]] = []
    clear_conflicts: list[dict[str, str]] = []
    conflicts: list[dict[str, Any]] = []
    waiting_on_history: list[str] = []
    for key in sorted(editable_keys):
        old = old_heads.get(key, [])
        news = touched.edits.get(key, [])
        versions: dict[str, Version] | None = None
        if key in retry or key in touched.incomplete:
            # Some version was missing: recompute from every held version, not incrementally.
            versions = load_versions(s, key)
            heads = find_heads(versions.values())
        else:
            built_on = {p for _h, parents in news for p in parents}
            heads = sorted((set(old) | {h for h, _p in news}) - built_on)
        if news:
            if old:
                stale_heads.append({"e": key.entity, "i": key.entity_id})
            new_heads += [{"entity": key.entity, "entity_id": key.entity_id, "change_hash": h}
                          for h in heads]
        if len(old) > 1 or len(heads) > 1:
            clear_conflicts.append({"e": key.entity, "i": key.entity_id})
        if not heads:
            continue
        if versions is not None and any(
            p not in versions for v in versions.values() for p in v.parents
        ):
            waiting_on_history += heads  # shown once its whole history is here
            continue
        item = _Item(key.entity_id, tuple(heads), existed=bool(old) and bool(news))
        if len(heads) == 1:
            item.snapshot = heads[0]
        else:
            merged = merge_heads(key.entity, key.entity_id, versions or load_versions(s, key))
            item.merged = merged.fields
            for c in merged.conflicts:
                conflicts.append({
                    "id": c.id, "entity": key.entity, "entity_id": key.entity_id,
                    "field": c.field, "candidates": [x.to_json() for x in c.candidates],
                    "provisional": c.provisional, "detected_at": now,
                })
        plan.setdefault(key.entity, []).append(item)
    for key, change_hash in touched.facts.items():
        plan.setdefault(key.entity, []).append(
            _Item(key.entity_id, (change_hash,), snapshot=change_hash, is_fact=True))
    _retry_facts(s, retry, editable_keys, touched, plan)
    _wait_for_history(s, waiting_on_history, result)
    _update_heads(s, stale_heads, new_heads)
    _update_conflicts(s, clear_conflicts, conflicts)
    result.conflicts = len(conflicts)
    for entity in apply_order():
        items = plan.get(entity)
        if items:
            _apply_table(s, entity, items, touched, result)
    return result


def _is_editable(entity: str) -> bool:
    return synced_tables()[entity].__sync__ is SyncKind.EDITABLE


def _wait_for_history(s: Session, heads: list[str], result: MaterializeResult) -> None:
    """Head changes of records that wait for an earlier version of themselves."""
    if not heads:
        return
    rows = []
    for h, (origin, seq, fields) in _fetch(s, heads).items():
        entity = s.scalar(select(ChangeRow.entity).where(ChangeRow.hash == h))
        rows.append({"origin": origin, "seq": seq, "waits_for_entity": entity,
                     "waits_for_id": fields.get("id")})
    s.execute(insert(PendingChangeRow), rows)
    result.pending += len({r["waits_for_id"] for r in rows})


def _take_pending(s: Session) -> set[RecordKey]:
    """Every waiting record is tried again; those still waiting are written back."""
    rows = s.execute(
        select(ChangeRow.entity, ChangeRow.entity_id).join(
            PendingChangeRow,
            (PendingChangeRow.origin == ChangeRow.origin) & (PendingChangeRow.seq == ChangeRow.seq),
        )
    )
    keys = {RecordKey(e, i) for e, i in rows}
    if keys:
        s.execute(delete(PendingChangeRow))
    return keys


def _retry_facts(
    s: Session, retry: set[RecordKey], editable: set[RecordKey], touched: Touched,
    plan: dict[str, list[_Item]],
) -> None:
    for key in retry:
        if key in editable or key in touched.facts:
            continue
        if _is_editable(key.entity):
            continue
        first = s.scalar(
            select(ChangeRow.hash).where(ChangeRow.entity == key.entity,
                                         ChangeRow.entity_id == key.entity_id)
            .order_by(ChangeRow.hash).limit(1)
        )
        if first is not None:
            plan.setdefault(key.entity, []).append(
                _Item(key.entity_id, (first,), snapshot=first, is_fact=True))


def _update_heads(s: Session, stale: list[dict[str, str]], fresh: list[dict[str, str]]) -> None:
    if stale:
        table: Table = RecordHeadRow.__table__  # type: ignore[assignment]
        heads = table.c
        s.connection().execute(
            delete(table).where(
                heads.entity == bindparam("e"), heads.entity_id == bindparam("i")
            ),
            stale,
        )
    if fresh:
        compiled = insert(RecordHeadRow).compile(dialect=s.get_bind().dialect)
        order = compiled.positiontup
        rows: list[Any] = [tuple(r[k] for k in order) for r in fresh] if order else fresh
        for chunk in _chunks(rows, 5000):
            s.connection().exec_driver_sql(str(compiled), chunk)


def _update_conflicts(
    s: Session, clear: list[dict[str, str]], conflicts: list[dict[str, Any]]
) -> None:
    if clear:
        table: Table = ConflictRow.__table__  # type: ignore[assignment]
        conflict = table.c
        s.connection().execute(
            delete(table).where(
                conflict.entity == bindparam("e"), conflict.entity_id == bindparam("i")
            ),
            clear,
        )
    if conflicts:
        s.execute(insert(ConflictRow), conflicts)


# -- writing rows, parents first ---------------------------------------------------------


def _fetch(
    s: Session, hashes: list[str], where: dict[str, tuple[str, int]] | None = None
) -> dict[str, tuple[str, int, dict[str, Any]]]:
    """hash -> (origin, seq, fields) of stored changes."""
    out: dict[str, tuple[str, int, dict[str, Any]]] = {}
    by_origin: dict[str, list[int]] = {}
    by_hash: list[str] = []
    for h in hashes:
        place = where.get(h) if where is not None else None
        if place is None:
            by_hash.append(h)
        else:
            by_origin.setdefault(place[0], []).append(place[1])
    for origin, seqs in by_origin.items():
        for chunk in _chunks(sorted(seqs), IN_CHUNK):
            rows = s.execute(
                select(ChangeRow.hash, ChangeRow.seq, ChangeRow.fields).where(
                    ChangeRow.origin == origin, ChangeRow.seq.in_(chunk)
                )
            )
            for h, seq, text in rows:
                out[h] = (origin, int(seq), json.loads(text))
    for chunk in _chunks(by_hash, IN_CHUNK):
        found = s.execute(
            select(ChangeRow.hash, ChangeRow.origin, ChangeRow.seq, ChangeRow.fields).where(
                ChangeRow.hash.in_(chunk)
            )
        )
        for h, origin, seq, text in found:
            out[h] = (origin, int(seq), json.loads(text))
    return out


def _existing(s: Session, entity: str, ids: set[str]) -> set[str]:
    cls = synced_tables()[entity]
    id_col = cls.__table__.c.id
    found: set[str] = set()
    for chunk in _chunks(sorted(ids), IN_CHUNK):
        found.update(s.scalars(select(id_col).where(id_col.in_(chunk))))
    return found


def _fk_of(
    s: Session, entity: str, items: list[_Item], touched: Touched
) -> dict[str, dict[str, Any]]:
    cols = [c for c, _t in fk_columns(entity)]
    out: dict[str, dict[str, Any]] = {}
    unknown: list[str] = []
    for item in items:
        if item.merged is not None:
            out[item.entity_id] = {c: item.merged.get(c) for c in cols}
        elif item.snapshot in touched.fk_values:
            out[item.entity_id] = dict(zip(cols, touched.fk_values[item.snapshot], strict=True))
        else:
            unknown.append(item.snapshot or "")
    if unknown:
        by_hash = {i.snapshot: i for i in items if i.snapshot is not None}
        for h, (_o, _s, fields) in _fetch(s, unknown, touched.where).items():
            out[by_hash[h].entity_id] = {c: fields.get(c) for c in cols}
    return out


def _apply_table(
    s: Session, entity: str, items: list[_Item], touched: Touched, result: MaterializeResult
) -> None:
    refs = fk_columns(entity)
    waiting: dict[str, tuple[str, str]] = {}  # entity_id -> (table, id) it waits for
    order = [i.entity_id for i in items]
    by_id = {i.entity_id: i for i in items}
    if refs:
        fks = _fk_of(s, entity, items, touched)
        outside: dict[str, set[str]] = {}
        for values in fks.values():
            for col, target in refs:
                value = values.get(col)
                if value is not None and target != entity:
                    outside.setdefault(target, set()).add(value)
        present = {t: _existing(s, t, ids) for t, ids in outside.items()}
        self_cols = [c for c, t in refs if t == entity]
        for entity_id, values in fks.items():
            for col, target in refs:
                value = values.get(col)
                if value is not None and target != entity and value not in present[target]:
                    waiting[entity_id] = (target, value)
                    break
        if self_cols:
            order = _self_order(s, entity, fks, self_cols, waiting, order)
    _write_waiting(s, entity, waiting, by_id)
    result.pending += len(waiting)
    ready = [by_id[i] for i in order if i not in waiting]
    _upsert_items(s, entity, ready, touched, result)


def _self_order(
    s: Session, entity: str, fks: dict[str, dict[str, Any]], cols: list[str],
    waiting: dict[str, tuple[str, str]], order: list[str],
) -> list[str]:
    """Rows that refer to rows of their own table: targets first; chains to a waiting or
    missing row wait too."""
    targets = {str(v) for i in fks for c in cols if (v := fks[i].get(c)) is not None}
    in_db = _existing(s, entity, {t for t in targets if t not in fks})
    changed = True
    while changed:
        changed = False
        for entity_id, values in fks.items():
            if entity_id in waiting:
                continue
            for col in cols:
                target = values.get(col)
                if target is None or target == entity_id:
                    continue
                if (target in fks and target in waiting) or (target not in fks
                                                            and target not in in_db):
                    waiting[entity_id] = (entity, target)
                    changed = True
                    break
    placed: list[str] = []
    done: set[str] = set()

    def visit(entity_id: str, path: set[str]) -> None:
        if entity_id in done or entity_id in path:
            return
        path.add(entity_id)
        for col in cols:
            target = fks.get(entity_id, {}).get(col)
            if target in fks:
                visit(target, path)
        done.add(entity_id)
        placed.append(entity_id)

    for entity_id in order:
        visit(entity_id, set())
    return placed


def _write_waiting(
    s: Session, entity: str, waiting: dict[str, tuple[str, str]], by_id: dict[str, _Item]
) -> None:
    if not waiting:
        return
    heads = [h for i in waiting for h in by_id[i].head_hashes]
    where = _fetch(s, heads)
    rows = []
    for entity_id, (target, target_id) in waiting.items():
        for h in by_id[entity_id].head_hashes:
            origin, seq, _f = where[h]
            rows.append({"origin": origin, "seq": seq, "waits_for_entity": target,
                         "waits_for_id": target_id})
    s.execute(insert(PendingChangeRow), rows)


@cache
def _columns(entity: str) -> tuple[tuple[str, Any], ...]:
    """(column, value when a bundle from an older schema lacks it) for every column."""
    table: Table = synced_tables()[entity].__table__  # type: ignore[assignment]
    out = []
    for col in table.c:
        default = col.default
        value = getattr(default, "arg", None) if default is not None and getattr(
            default, "is_scalar", False) else None
        out.append((col.name, value))
    return tuple(out)


def _upsert_items(
    s: Session, entity: str, items: list[_Item], touched: Touched, result: MaterializeResult
) -> None:
    writer = _RowWriter.for_table(entity, s.get_bind().dialect)
    conn = s.connection()
    for chunk in _chunks(items, APPLY_CHUNK):
        fetched = _fetch(s, [i.snapshot for i in chunk if i.snapshot is not None],
                         touched.where)
        facts: list[Any] = []
        records: list[Any] = []
        for item in chunk:
            fields = item.merged if item.merged is not None else fetched[item.snapshot or ""][2]
            row = writer.params(fields)
            if item.is_fact:
                facts.append(row)
                result.facts_new += 1
            else:
                records.append(row)
                if item.existed:
                    result.records_updated += 1
                else:
                    result.records_new += 1
        if records:
            conn.exec_driver_sql(writer.upsert_sql, records)
        if facts:
            conn.exec_driver_sql(writer.insert_sql, facts)


class _RowWriter:
    """Field dicts -> driver parameters for one table, with the statement compiled once.

    Goes straight to the driver's executemany: per-row SQLAlchemy processing cost more than
    the database work on large imports. Values pass through each column's own bind processor,
    so what is stored is exactly what the ORM would store.
    """

    _cache: ClassVar[dict[tuple[str, str], _RowWriter]] = {}

    def __init__(self, entity: str, dialect: Any) -> None:
        cls = synced_tables()[entity]
        table: Table = cls.__table__  # type: ignore[assignment]
        upsert = _upsert(dialect.name, table, update=True).compile(dialect=dialect)
        insert_ = _upsert(dialect.name, table, update=False).compile(dialect=dialect)
        self.upsert_sql, self.insert_sql = str(upsert), str(insert_)
        self.positional = bool(upsert.positiontup)
        order = list(upsert.positiontup or [c.name for c in table.c])
        assert order == list(insert_.positiontup or order)
        defaults = dict(_columns(entity))
        decoders = {key: dec for key, _enc, dec in _codec(cls)}
        self._columns: list[tuple[str, Any, Any, Any]] = []
        for name in order:
            column = table.c[name]
            processor = column.type._cached_bind_processor(dialect)
            decode = decoders[name]
            if dialect.name == "sqlite" and isinstance(column.type, UtcDateTime):
                # "2026-11-22T05:46:38.123456Z" is stored by SQLite's DateTime as
                # "2026-11-22 05:46:38.123456": rewrite the text, skip strptime and back.
                decode, processor = _sqlite_datetime, None
            self._columns.append((name, defaults[name], decode, processor))

    @classmethod
    def for_table(cls, entity: str, dialect: Any) -> _RowWriter:
        key = (entity, dialect.name)
        if key not in cls._cache:
            cls._cache[key] = cls(entity, dialect)
        return cls._cache[key]

    def params(self, fields: dict[str, Any]) -> Any:
        values = []
        for name, default, decode, processor in self._columns:
            raw = fields.get(name, _ABSENT)
            if raw is _ABSENT:
                value = default
            elif raw is None:
                value = None
            else:
                value = decode(raw)
            if processor is not None and value is not None:
                value = processor(value)
            values.append(value)
        if self.positional:
            return tuple(values)
        return {c[0]: v for c, v in zip(self._columns, values, strict=True)}


_ABSENT = object()


def _sqlite_datetime(raw: str) -> str:
    return f"{raw[:10]} {raw[11:-1]}"


def _codec(cls: type[Base]) -> tuple[tuple[str, Any, Any], ...]:
    from app.persistence.codec import table_codec

    return table_codec(cls)


def _upsert(dialect: str, table: Table, update: bool) -> Any:
    module: Any = postgresql if dialect == "postgresql" else sqlite
    stmt = module.insert(table)
    if update:
        return stmt.on_conflict_do_update(
            index_elements=[table.c.id],
            set_={c.name: stmt.excluded[c.name] for c in table.c if c.name != "id"},
        )
    return stmt.on_conflict_do_nothing(index_elements=[table.c.id])
