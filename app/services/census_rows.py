"""Residents read as rows: the columns a Resident is made of (lists read them as tuples, a
fifth of the cost of ORM objects) and the read behind the printed census of a council."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, cast

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.engine import Row
from sqlalchemy.orm import Session

from app.census.report import CensusSheet, CensusStream, PrintedRow, census_totals, totals_of
from app.domain.census import Resident
from app.domain.enums import Sex
from app.persistence.rows import OrganizationRow, ResidentRow, SectorRow
from app.services.census_leaving import here_on
from app.services.context import get_live

# The columns a Resident is made of: a list read as tuples costs a fifth of ORM objects.
RESIDENT_COLUMNS = (
    ResidentRow.id, ResidentRow.council_id, ResidentRow.sector_id, ResidentRow.first_names,
    ResidentRow.last_names, ResidentRow.national_id, ResidentRow.birth_date, ResidentRow.sex,
    ResidentRow.address, ResidentRow.phone, ResidentRow.household, ResidentRow.left_on,
    ResidentRow.left_reason,
)


def to_resident(row: ResidentRow | Row[Any]) -> Resident:
    """A resident from its ORM row or from a row of RESIDENT_COLUMNS."""
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
        left_on=row.left_on,
        left_reason=row.left_reason,
    )


_SEXES = {sex.value: sex for sex in Sex}


def residents_of(rows: Iterable[Sequence[Any]]) -> list[Resident]:
    """Residents from rows of RESIDENT_COLUMNS, read by position: a page of the list. Reading
    thirteen fields by name and the sex through Sex() cost twice the SQL of a scroll."""
    sexes = _SEXES
    return [
        Resident(id_, council, sector, first, last, national_id, born,
                 (sexes.get(sex) or Sex(sex)) if sex else None,
                 address, phone, household, left_on, left_reason)
        for (id_, council, sector, first, last, national_id, born, sex, address, phone,
             household, left_on, left_reason) in rows
    ]


@dataclass(frozen=True)
class _CensusHead:
    """What both readings of a council's census start from: the council, its parent's name,
    which residents are counted on the day, and the sectors' names."""

    council: OrganizationRow
    parent_name: str | None
    here: tuple[ColumnElement[bool], ...]
    sector_names: dict[str, str]


def _census_head(s: Session, council_id: str, day: date) -> _CensusHead:
    council = get_live(s, OrganizationRow, council_id, "council")
    parent = s.get(OrganizationRow, council.parent_id) if council.parent_id else None
    sectors = dict(s.execute(
        select(SectorRow.id, SectorRow.name).where(SectorRow.organization_id == council_id)
    ).all())
    return _CensusHead(
        council=council,
        parent_name=parent.name if parent is not None else None,
        here=(ResidentRow.council_id == council_id, ResidentRow.deleted_at.is_(None),
              here_on(day)),
        sector_names=sectors,
    )


def census_sheet_of(s: Session, council_id: str, day: date) -> CensusSheet:
    """The council, its live residents in name order (as tuples: 50,000 for a big census),
    its sectors' names and the totals on `day`."""
    from app.services.organizations import to_organization

    head = _census_head(s, council_id, day)
    rows = s.execute(
        cast("Select[Any]", select(*RESIDENT_COLUMNS))
        .where(*head.here)
        .order_by(ResidentRow.last_names, ResidentRow.first_names, ResidentRow.id))
    residents = tuple(to_resident(r) for r in rows)
    return CensusSheet(
        council=to_organization(head.council),
        parent_name=head.parent_name,
        day=day,
        residents=residents,
        sector_names=head.sector_names,
        totals=census_totals(residents, day, head.council.voting_age),
    )


# Rows fetched from the cursor at a time while the paper reads the census.
STREAM_BATCH = 500


def census_stream_of(s: Session, council_id: str, day: date) -> CensusStream:
    """The printed census of a council that reads its residents on demand, in name order,
    from `s`: the caller keeps the session's transaction open (one snapshot) while the paper
    reads them, twice. The totals come grouped from the database."""
    from app.services.organizations import to_organization

    head = _census_head(s, council_id, day)
    sexes = _SEXES
    grouped = s.execute(
        select(ResidentRow.sex, ResidentRow.birth_date, func.count())
        .where(*head.here).group_by(ResidentRow.sex, ResidentRow.birth_date))
    totals = totals_of((((sexes.get(sex) or Sex(sex)) if sex else None, born, n)
                        for sex, born, n in grouped), day, head.council.voting_age)
    listed = (select(ResidentRow.national_id, ResidentRow.last_names, ResidentRow.first_names,
                     ResidentRow.birth_date, ResidentRow.sex, ResidentRow.sector_id)
              .where(*head.here)
              .order_by(ResidentRow.last_names, ResidentRow.first_names, ResidentRow.id)
              .execution_options(yield_per=STREAM_BATCH))

    def read() -> Iterator[PrintedRow]:
        for cedula, last, first, born, sex, sector in s.execute(listed):
            yield cedula, last, first, born, (sexes.get(sex) or Sex(sex)) if sex else None, sector

    return CensusStream(
        council=to_organization(head.council),
        parent_name=head.parent_name,
        day=day,
        sector_names=head.sector_names,
        totals=totals,
        read=read,
    )
