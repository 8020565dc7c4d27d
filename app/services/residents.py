"""The census register: add, bulk-add, read and count residents."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from app.domain.census import NewResident, Resident
from app.domain.dates import birth_date_for_age, check_birth_date
from app.domain.enums import Sex
from app.domain.errors import DomainError
from app.domain.national_id import national_id_digits, optional_national_id
from app.domain.text import clean_name, fold
from app.persistence.rows import OrganizationRow, ResidentRow
from app.services.context import ServiceContext, get_live


def search_text(first_names: str, last_names: str, national_id: str | None) -> str:
    """What search matches against: folded names, and the cédula with and without letter."""
    parts = [fold(f"{first_names} {last_names}")]
    if national_id:
        parts += [fold(national_id), national_id_digits(national_id)]
    return " ".join(parts)


def to_resident(row: ResidentRow) -> Resident:
    return Resident(
        id=row.id,
        council_id=row.council_id,
        sector_id=row.sector_id,
        first_names=row.first_names,
        last_names=row.last_names,
        national_id=row.national_id,
        birth_date=row.birth_date,
        sex=Sex(row.sex) if row.sex else None,
        address=row.address,
        phone=row.phone,
        household=row.household,
    )


@dataclass(frozen=True)
class ResidentQuery:
    """A page of the census: filters are applied in SQL."""

    text: str = ""
    council_ids: tuple[str, ...] = ()
    sector_id: str | None = None
    min_age: int | None = None
    max_age: int | None = None


class ResidentService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def _validated(self, new: NewResident) -> dict[str, Any]:
        first, last = clean_name(new.first_names), clean_name(new.last_names)
        if not first and not last:
            raise DomainError("name.empty")
        national_id = optional_national_id(new.national_id)
        if new.birth_date is not None:
            check_birth_date(new.birth_date, self._ctx.today())
        return {
            "id": self._ctx.ids.new(),
            "council_id": new.council_id,
            "sector_id": new.sector_id,
            "first_names": first,
            "last_names": last,
            "national_id": national_id,
            "birth_date": new.birth_date,
            "sex": new.sex.value if new.sex else None,
            "address": new.address,
            "phone": new.phone,
            "household": new.household,
            "notes": None,
            "search_text": search_text(first, last, national_id),
            "merged_into_id": None,
            "created_at": self._ctx.clock.now(),
            "deleted_at": None,
        }

    def add(self, new: NewResident) -> Resident:
        values = self._validated(new)
        with self._ctx.sessions.begin() as s:
            get_live(s, OrganizationRow, new.council_id, "el consejo comunal")
            row = ResidentRow(**values)
            self._ctx.log.insert(s, row)
            return to_resident(row)

    def add_many(self, residents: Iterable[NewResident], batch: int = 5000) -> int:
        """Bulk add (imports, the demo): validated like `add`, one transaction per batch."""
        total = 0
        pending: list[dict[str, Any]] = []
        for new in residents:
            pending.append(self._validated(new))
            if len(pending) >= batch:
                total += self._insert_batch(pending)
                pending = []
        if pending:
            total += self._insert_batch(pending)
        return total

    def _insert_batch(self, values: list[dict[str, Any]]) -> int:
        with self._ctx.sessions.begin() as s:
            return self._ctx.log.insert_many(s, ResidentRow, values)

    def get(self, resident_id: str) -> Resident:
        with self._ctx.sessions.begin() as s:
            return to_resident(get_live(s, ResidentRow, resident_id, "el habitante"))

    def _filtered(self, q: ResidentQuery, query: Select[Any]) -> Select[Any]:
        query = query.where(ResidentRow.deleted_at.is_(None))
        if q.council_ids:
            query = query.where(ResidentRow.council_id.in_(q.council_ids))
        if q.sector_id:
            query = query.where(ResidentRow.sector_id == q.sector_id)
        today = self._ctx.today()
        if q.min_age is not None:
            query = query.where(ResidentRow.birth_date <= birth_date_for_age(q.min_age, today))
        if q.max_age is not None:
            oldest = birth_date_for_age(q.max_age + 1, today)
            query = query.where(ResidentRow.birth_date > oldest)
        for word in fold(q.text).split():
            query = query.where(ResidentRow.search_text.contains(word, autoescape=True))
        return query

    def page(self, q: ResidentQuery, offset: int, limit: int) -> list[Resident]:
        with self._ctx.sessions.begin() as s:
            query = self._filtered(q, select(ResidentRow)).order_by(
                ResidentRow.last_names, ResidentRow.first_names, ResidentRow.id
            )
            return [to_resident(r) for r in s.scalars(query.offset(offset).limit(limit))]

    def count(self, q: ResidentQuery | None = None) -> int:
        with self._ctx.sessions.begin() as s:
            return self._count(s, q or ResidentQuery())

    def _count(self, s: Session, q: ResidentQuery) -> int:
        query = self._filtered(q, select(func.count()).select_from(ResidentRow))
        return int(s.scalar(query) or 0)

    def count_of_age(self, council_ids: tuple[str, ...], age: int, on: date | None = None) -> int:
        """Residents aged `age` or more on a day (the quorum base, the voters)."""
        day = on or self._ctx.today()
        with self._ctx.sessions.begin() as s:
            query = select(func.count()).select_from(ResidentRow).where(
                ResidentRow.deleted_at.is_(None),
                ResidentRow.council_id.in_(council_ids),
                ResidentRow.birth_date <= birth_date_for_age(age, day),
            )
            return int(s.scalar(query) or 0)
