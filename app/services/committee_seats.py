"""Committees and their spokespeople as records: the checks and conversions the organization
service shares with `add_committees`, which writes a council's committees and the people
elected to them in one unit of work (the demo; a council set up from its founding acta)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.errors import DomainError
from app.domain.organizations import Committee, NewCommittee, Spokesperson
from app.domain.text import clean_name
from app.persistence.rows import CommitteeRow, OrganizationRow, ResidentRow, SpokespersonRow
from app.services.context import ServiceContext, get_live


def to_committee(row: CommitteeRow) -> Committee:
    return Committee(row.id, row.organization_id, row.name, row.area)


def check_term(start: date, end: date | None) -> None:
    if end is not None and end < start:
        raise DomainError("spokesperson.term_order", start=start.strftime("%d/%m/%Y"),
                          end=end.strftime("%d/%m/%Y"))


def to_spokesperson(row: SpokespersonRow, resident: ResidentRow) -> Spokesperson:
    return Spokesperson(
        id=row.id,
        committee_id=row.committee_id,
        resident_id=row.resident_id,
        resident_name=f"{resident.first_names} {resident.last_names}",
        role=row.role,
        term_start=row.term_start,
        term_end=row.term_end,
    )


def insert_committee(ctx: ServiceContext, s: Session, org_id: str, name: str,
                     area: str | None) -> CommitteeRow:
    """Write one committee (its name already cleaned) and its change."""
    row = CommitteeRow(id=ctx.ids.new(), organization_id=org_id, name=name, area=area,
                       created_at=ctx.clock.now())
    ctx.log.insert(s, row)
    return row


def insert_seat(ctx: ServiceContext, s: Session, committee_id: str, resident_id: str,
                role: str | None, term_start: date, term_end: date | None) -> SpokespersonRow:
    """Write one spokesperson's seat (its term already checked) and its change."""
    row = SpokespersonRow(id=ctx.ids.new(), committee_id=committee_id,
                          resident_id=resident_id, role=role, term_start=term_start,
                          term_end=term_end, created_at=ctx.clock.now())
    ctx.log.insert(s, row)
    return row


def add_committees(ctx: ServiceContext, org_id: str, committees: Sequence[NewCommittee],
                   ) -> list[tuple[Committee, list[Spokesperson]]]:
    """Create the committees, each followed by its seats, in the order given: the same
    records, checks and change log as add_committee and add_spokesperson one at a time, with
    every check made before anything is written, and one read for all the residents."""
    names = [clean_name(new.name) for new in committees]
    if not all(names):
        raise DomainError("name.empty")
    for new in committees:
        for seat in new.seats:
            check_term(seat.term_start, seat.term_end)
    made: list[tuple[Committee, list[Spokesperson]]] = []
    with ctx.sessions.begin() as s:
        get_live(s, OrganizationRow, org_id, "organization")
        people = _live_residents(s, [seat.resident_id for new in committees
                                     for seat in new.seats])
        for new, name in zip(committees, names, strict=True):
            row = insert_committee(ctx, s, org_id, name, new.area)
            seated = [to_spokesperson(insert_seat(ctx, s, row.id, seat.resident_id, seat.role,
                                                  seat.term_start, seat.term_end),
                                      people[seat.resident_id])
                      for seat in new.seats]
            made.append((to_committee(row), seated))
    return made


def _live_residents(s: Session, ids: list[str]) -> dict[str, ResidentRow]:
    found = {row.id: row for row in s.scalars(select(ResidentRow).where(ResidentRow.id.in_(
        set(ids))))} if ids else {}
    for resident_id in ids:
        row = found.get(resident_id)
        if row is None or row.deleted_at is not None:
            raise DomainError("not_found", entity="resident", id=resident_id)
    return found
