"""Foreign-key order: tables parents first, rows of one table targets first, and which rows
must wait because what they refer to is not held yet.

The same order lets one code path write on SQLite (foreign_keys=ON) and on PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Callable, Container, Iterable, Mapping
from functools import cache
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from app.persistence.base import Base, SyncKind
from app.persistence.base import synced_tables as _all_synced
from app.sync.held_changes import fetch_fields, lookups, one_of
from app.sync.touched import PlannedRow, Touched

# The set of synced tables is fixed once the rows are imported; looking it up per row is not.
synced_tables = cache(_all_synced)


def is_editable(entity: str) -> bool:
    return synced_tables()[entity].__sync__ is SyncKind.EDITABLE


@cache
def fk_columns(entity: str) -> tuple[tuple[str, str], ...]:
    """(column, referenced table) for every foreign key of a synced table."""
    table: Table = synced_tables()[entity].__table__  # type: ignore[assignment]
    return tuple(
        (col.name, fk.column.table.name) for col in table.c for fk in col.foreign_keys
    )


def self_columns(entity: str) -> list[str]:
    """The columns of a table that refer to rows of the same table."""
    return [c for c, t in fk_columns(entity) if t == entity]


@cache
def apply_order() -> tuple[str, ...]:
    """Synced tables, every table after the tables it refers to."""
    names = synced_tables()
    return tuple(t.name for t in Base.metadata.sorted_tables if t.name in names)


def existing_ids(s: Session, entity: str, ids: set[str]) -> set[str]:
    """Which of `ids` the table holds."""
    id_col = synced_tables()[entity].__table__.c.id
    found: set[str] = set()
    for chunk in lookups(s, sorted(ids)):
        found.update(s.scalars(select(id_col).where(one_of(s, id_col, chunk))))
    return found


def ready_order(
    s: Session, entity: str, rows: list[PlannedRow], touched: Touched
) -> tuple[list[str], dict[str, tuple[str, str]]]:
    """The ids of `rows` that can be written, targets first, and those that must wait.

    A row waits when a row it refers to is neither held nor written before it; the second
    value maps its id to the (table, id) it waits for.
    """
    refs = fk_columns(entity)
    waiting: dict[str, tuple[str, str]] = {}
    order = [r.entity_id for r in rows]
    if not refs:
        return order, waiting
    # id -> its foreign key values in `refs` order: one tuple a row (a large import holds
    # one per record, so no dict of dicts).
    fks = _fk_values(s, entity, rows, touched)
    outside: dict[str, set[str]] = {}
    for values in fks.values():
        for (_col, target), value in zip(refs, values, strict=True):
            if value is not None and target != entity:
                outside.setdefault(target, set()).add(value)
    present = {t: existing_ids(s, t, ids) for t, ids in outside.items()}
    for entity_id, values in fks.items():
        for (_col, target), value in zip(refs, values, strict=True):
            if value is not None and target != entity and value not in present[target]:
                waiting[entity_id] = (target, value)
                break
    own = [i for i, (_c, t) in enumerate(refs) if t == entity]
    if own:
        _wait_on_own_table(s, entity, fks, own, waiting)
        order = _own_parents_first(fks, own, order)
    return [i for i in order if i not in waiting], waiting


def _fk_values(
    s: Session, entity: str, rows: list[PlannedRow], touched: Touched
) -> dict[str, tuple[Any, ...]]:
    cols = [c for c, _t in fk_columns(entity)]
    out: dict[str, tuple[Any, ...]] = {}
    unknown: list[str] = []
    for row in rows:
        if row.merged is not None:
            out[row.entity_id] = tuple(row.merged.get(c) for c in cols)
        elif row.snapshot in touched.fk_values:
            out[row.entity_id] = touched.fk_values[row.snapshot]
        else:
            unknown.append(row.snapshot or "")
    if unknown:
        by_hash = {r.snapshot: r for r in rows if r.snapshot is not None}
        for h, (_o, _s, fields) in fetch_fields(s, unknown, touched.where).items():
            out[by_hash[h].entity_id] = tuple(fields.get(c) for c in cols)
    return out


def _wait_on_own_table(
    s: Session, entity: str, fks: dict[str, tuple[Any, ...]], own: list[int],
    waiting: dict[str, tuple[str, str]],
) -> None:
    """Rows that refer to a waiting row of their own table, or to one not held, wait too.

    `own` are the positions, in each row's foreign key values, of the columns that refer to
    the row's own table."""
    targets = {str(v) for i in fks for c in own if (v := fks[i][c]) is not None}
    in_db = existing_ids(s, entity, {t for t in targets if t not in fks})
    changed = True
    while changed:
        changed = False
        for entity_id, values in fks.items():
            if entity_id in waiting:
                continue
            for c in own:
                target = values[c]
                if target is None or target == entity_id:
                    continue
                if (target in fks and target in waiting) or (target not in fks
                                                            and target not in in_db):
                    waiting[entity_id] = (entity, target)
                    changed = True
                    break


def _own_parents_first(
    fks: Mapping[str, tuple[Any, ...]], own: list[int], order: Iterable[str]
) -> list[str]:
    return _placed(lambda entity_id: (fks[entity_id][c] for c in own) if entity_id in fks
                   else (), fks, order)


def parents_first(
    fks: Mapping[str, Mapping[str, Any]], cols: list[str], order: Iterable[str]
) -> list[str]:
    """The ids in `order`, each after the rows of its own table it refers to through `cols`.

    `fks` maps each id to (at least) its values of `cols`.
    """
    return _placed(lambda entity_id: (fks.get(entity_id, {}).get(c) for c in cols), fks,
                   order)


def _placed(
    targets: Callable[[str], Iterable[Any]], known: Container[str], order: Iterable[str]
) -> list[str]:
    """The ids in `order`, each after the ids in `known` that `targets` gives for it."""
    placed: list[str] = []
    done: set[str] = set()

    def visit(entity_id: str, path: set[str]) -> None:
        if entity_id in done or entity_id in path:
            return
        path.add(entity_id)
        for target in targets(entity_id):
            if target is not None and target in known:
                visit(target, path)
        done.add(entity_id)
        placed.append(entity_id)

    for entity_id in order:
        visit(entity_id, set())
    return placed
