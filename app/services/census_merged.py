"""Merged residents: a tombstone whose `merged_into_id` points at the record that survived.

Attendance and other insert-only facts keep the id they were recorded with; whoever counts
them maps ids through `resolve_resident_id` / `survivor_map` so one person counts once.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session, aliased

from app.domain.merges import survivor
from app.persistence.rows import ResidentRow


def merged_links(s: Session, resident_ids: Iterable[str]) -> dict[str, str | None]:
    """resident id -> merged_into_id for these residents and every record along their chains
    (one query per link of the longest chain; chains are short)."""
    links: dict[str, str | None] = {}
    pending = set(resident_ids)
    while pending:
        rows = s.execute(select(ResidentRow.id, ResidentRow.merged_into_id)
                         .where(ResidentRow.id.in_(pending))).all()
        links.update({r.id: r.merged_into_id for r in rows})
        pending = {r.merged_into_id for r in rows if r.merged_into_id} - links.keys()
    return links


def resolve_resident_id(s: Session, resident_id: str) -> str:
    """The id of the record that now stands for `resident_id` (itself if never merged).

    Follows chains (A merged into B, later B into C gives C) and stops on a cycle.
    """
    return survivor(resident_id, merged_links(s, [resident_id]))


def survivor_map(s: Session, resident_ids: Iterable[str] | None = None) -> dict[str, str]:
    """{merged id: surviving id} for every merged resident (or only those in `resident_ids`).

    Ids that were never merged are absent: use `mapping.get(rid, rid)`. One query loads every
    merge edge (merges are few), then chains are followed in memory.
    """
    edges: dict[str, str] = {
        rid: str(target)
        for rid, target in s.execute(
            select(ResidentRow.id, ResidentRow.merged_into_id).where(
                ResidentRow.merged_into_id.is_not(None)
            )
        )
    }
    wanted = edges.keys() if resident_ids is None else set(resident_ids) & edges.keys()
    return {start: survivor(start, edges) for start in wanted}


def survivor_of(resident_id: ColumnElement[str]) -> ColumnElement[str]:
    """SQL for "the surviving id of this resident id", to group or count facts in a query:

        select(func.count(func.distinct(survivor_of(AttendanceRow.resident_id))))

    One level is enough for merges made on this laptop (merging into a record re-points the
    records merged into it before); `survivor_map` also follows chains that sync may bring.
    """
    merged = aliased(ResidentRow)
    target = (
        select(merged.merged_into_id)
        .where(merged.id == resident_id)
        .correlate_except(merged)
        .scalar_subquery()
    )
    return func.coalesce(target, resident_id)
