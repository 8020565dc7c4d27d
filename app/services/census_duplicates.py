"""Possible duplicates in the census, found in SQL by the keys of app.census.duplicates."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from app.census.duplicates import person_key
from app.census.model import BY_NAME_AND_BIRTH, BY_NATIONAL_ID
from app.persistence.rows import ResidentRow


def _live(council_ids: tuple[str, ...]) -> list[object]:
    conditions: list[object] = [ResidentRow.deleted_at.is_(None)]
    if council_ids:
        conditions.append(ResidentRow.council_id.in_(council_ids))
    return conditions


IdGroup = tuple[str, str, list[str]]


def duplicate_id_groups(s: Session, council_ids: tuple[str, ...] = ()) -> list[IdGroup]:
    """(reason, key, resident ids) for every group of two or more live residents."""
    live = _live(council_ids)
    groups: list[tuple[str, str, list[str]]] = []
    shared = (
        select(ResidentRow.national_id)
        .where(*live, ResidentRow.national_id.is_not(None))  # type: ignore[arg-type]
        .group_by(ResidentRow.national_id)
        .having(func.count() > 1)
    )
    by_id: dict[str, list[str]] = defaultdict(list)
    for rid, nid in s.execute(
        select(ResidentRow.id, ResidentRow.national_id)
        .where(*live, ResidentRow.national_id.in_(shared))  # type: ignore[arg-type]
        .order_by(ResidentRow.national_id, ResidentRow.created_at, ResidentRow.id)
    ):
        by_id[str(nid)].append(rid)
    groups += [(BY_NATIONAL_ID, nid, ids) for nid, ids in by_id.items()]
    in_id_group = {rid for _r, _k, ids in groups for rid in ids}
    by_person: dict[str, list[str]] = defaultdict(list)
    for rid, first, last, born in s.execute(
        select(ResidentRow.id, ResidentRow.first_names, ResidentRow.last_names,
               ResidentRow.birth_date)
        .where(*live, ResidentRow.birth_date.is_not(None))  # type: ignore[arg-type]
        .order_by(ResidentRow.created_at, ResidentRow.id)
    ):
        key = person_key(first, last, born)
        if key is not None:
            by_person[key].append(rid)
    for key, ids in sorted(by_person.items()):
        # A pair already shown because of its cédula is not shown twice.
        if len(ids) > 1 and not set(ids) <= in_id_group:
            groups.append((BY_NAME_AND_BIRTH, key, ids))
    return groups


def matching_ids(s: Session, national_id: str | None, first_names: str, last_names: str,
                 birth_date: date | None, exclude_id: str | None = None) -> list[str]:
    """Live residents that would be a duplicate of this data (for the form and imports)."""
    conditions = []
    if national_id:
        conditions.append(ResidentRow.national_id == national_id)
    if birth_date is not None:
        conditions.append(ResidentRow.birth_date == birth_date)
    if not conditions:
        return []
    query = select(ResidentRow.id, ResidentRow.national_id, ResidentRow.first_names,
                   ResidentRow.last_names, ResidentRow.birth_date).where(
        ResidentRow.deleted_at.is_(None), or_(*conditions))
    if exclude_id:
        query = query.where(ResidentRow.id != exclude_id)
    wanted = person_key(first_names, last_names, birth_date)
    found: list[str] = []
    for rid, nid, first, last, born in s.execute(query):
        if (national_id and nid == national_id) or (
                wanted is not None and person_key(first, last, born) == wanted):
            found.append(rid)
    return found
