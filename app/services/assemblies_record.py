"""Reads shared by the assembly services: the territory, presence and quorum at a moment."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, time

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.assembly.day_rule import closing_moment, require_opening_day
from app.assembly.model import AssemblyHeading
from app.assembly.presence import Fact, latest_by_person
from app.assembly.quorum import QuorumStatus, percent_for_call
from app.domain.assemblies import Assembly
from app.domain.dates import age_on, birth_date_for_age
from app.domain.enums import AssemblyKind, AssemblyStatus, AttendanceAction, MinutesStatus
from app.domain.errors import DomainError
from app.domain.zone import local_day
from app.persistence.rows import (
    AgendaItemRow,
    AssemblyRow,
    AttendanceRow,
    MinutesRow,
    OrganizationRow,
    ResidentRow,
)
from app.services.census_leaving import here_on
from app.services.census_merged import merged_links
from app.services.context import get_live
from app.services.organizations import to_organization
from app.services.presence_cache import Presence
from app.services.settings import time_zone
from app.services.territory import territory_councils
from app.sync.changelog import ChangeLog


def assembly_day(s: Session, row: AssemblyRow) -> date:
    """The assembly's date in the organization's time zone: ages and the quorum base are
    taken on that day."""
    return local_day(row.scheduled_at, time_zone(s))


def require_opening_today(s: Session, row: AssemblyRow, now: datetime) -> None:
    """The first check-in (or "en curso") opens the assembly only on its own day."""
    require_opening_day(assembly_day(s, row), now, time_zone(s))


def closing_at(s: Session, row: AssemblyRow, now: datetime, hour: time | None) -> datetime:
    """The closing moment the acta states: now on the assembly's day (or its night), else
    the hour given (see app.assembly.day_rule)."""
    return closing_moment(assembly_day(s, row), row.opened_at, now, time_zone(s), hour)


def counted_base(s: Session, row: AssemblyRow) -> tuple[int, int]:
    """(residents of voting age of the territory on the assembly's day, residents in all),
    counted from the census as it stands now, without those dados de baja by that day."""
    org = get_live(s, OrganizationRow, row.organization_id, "organization")
    councils = territory_councils(s, org)
    day = assembly_day(s, row)
    live = (ResidentRow.deleted_at.is_(None), ResidentRow.council_id.in_(councils),
            here_on(day))
    of_age = s.scalar(select(func.count()).select_from(ResidentRow).where(
        *live, ResidentRow.birth_date <= birth_date_for_age(org.voting_age, day)))
    everyone = s.scalar(select(func.count()).select_from(ResidentRow).where(*live))
    return int(of_age or 0), int(everyone or 0)


def quorum_base_of(s: Session, row: AssemblyRow) -> int:
    """The base frozen when the assembly opened; counted live before it opens."""
    if row.quorum_base is not None:
        return row.quorum_base
    return counted_base(s, row)[0]


def freeze_base(s: Session, log: ChangeLog, row: AssemblyRow) -> None:
    """Record the quorum base and the census count it came from, once, as the assembly
    opens: later imports or deaths in the census must not change what the acta states."""
    if row.quorum_base is not None:
        return
    base, census = counted_base(s, row)
    log.update(s, row, quorum_base=base, census_count=census)


def attendance_facts(s: Session, assembly_id: str) -> list[Fact]:
    rows = s.execute(select(AttendanceRow.id, AttendanceRow.resident_id, AttendanceRow.action,
                            AttendanceRow.at)
                     .where(AttendanceRow.assembly_id == assembly_id)).all()
    return [Fact(r.id, r.resident_id, r.action, r.at) for r in rows]


def present_residents(s: Session, assembly_id: str) -> dict[str, Fact]:
    """Survivor id -> the check-in fact, for everyone present now."""
    facts = attendance_facts(s, assembly_id)
    links = merged_links(s, {f.resident_id for f in facts})
    latest = latest_by_person(facts, links)
    return {p: f for p, f in latest.items() if f.action == AttendanceAction.CHECK_IN.value}


def quorum_status(s: Session, row: AssemblyRow, base: int | None = None,
                  present: Mapping[str, Fact] | None = None) -> QuorumStatus:
    """Presence now against the quorum rule of the organization.

    The base is the one frozen when the assembly opened; before that, `base` when the
    caller counted it (the check-in screen does, once), else counted here. `present` may be
    given when the caller has just worked it out."""
    return status_of(s, row, base, presence_of(s, row, present))


def presence_of(s: Session, row: AssemblyRow, present: Mapping[str, Fact] | None = None
                ) -> Presence:
    """Who is present now, worked out from every attendance fact of the assembly."""
    org = get_live(s, OrganizationRow, row.organization_id, "organization")
    day = assembly_day(s, row)
    if present is None:
        present = present_residents(s, row.id)
    births = {r.id: r.birth_date for r in s.execute(
        select(ResidentRow.id, ResidentRow.birth_date)
        .where(ResidentRow.id.in_(present.keys())))}
    under = {pid for pid in present
             if (b := births.get(pid)) is not None and age_on(b, day) < org.voting_age}
    return Presence(dict(present), under, day, org.voting_age)


def status_of(s: Session, row: AssemblyRow, base: int | None, presence: Presence
              ) -> QuorumStatus:
    """The quorum for a presence already worked out (see quorum_status for the base)."""
    org = get_live(s, OrganizationRow, row.organization_id, "organization")
    if row.quorum_base is not None:
        base = row.quorum_base
    elif base is None:
        base = counted_base(s, row)[0]
    under = len(presence.under_age)
    return QuorumStatus(
        present=len(presence.present) - under, under_age=under, base=base,
        percent=percent_for_call(row.call, org.quorum_first_call_pct,
                                 org.quorum_second_call_pct),
        call=row.call, voting_age=org.voting_age,
    )


def approved_minutes(s: Session, assembly_id: str) -> MinutesRow | None:
    return s.scalars(select(MinutesRow).where(
        MinutesRow.assembly_id == assembly_id, MinutesRow.corrects_id.is_(None),
        MinutesRow.deleted_at.is_(None),
        MinutesRow.status == MinutesStatus.APPROVED.value)).first()


def require_unlocked(s: Session, assembly_id: str) -> AssemblyRow:
    """The assembly, if its acta is not approved yet: after approval the record is frozen."""
    row = get_live(s, AssemblyRow, assembly_id, "assembly")
    if approved_minutes(s, assembly_id) is not None:
        raise DomainError("assembly.locked")
    return row


def item_assembly(s: Session, agenda_item_id: str) -> AgendaItemRow:
    return get_live(s, AgendaItemRow, agenda_item_id, "agenda_item")


def to_assembly(row: AssemblyRow) -> Assembly:
    return Assembly(
        id=row.id,
        organization_id=row.organization_id,
        kind=AssemblyKind(row.kind),
        call=row.call,
        title=row.title,
        scheduled_at=row.scheduled_at,
        place=row.place,
        called_by=row.called_by,
        status=AssemblyStatus(row.status),
        project_id=row.project_id,
        cancel_reason=row.cancel_reason,
        opened_at=row.opened_at,
        closed_at=row.closed_at,
    )


def heading_of(s: Session, assembly_id: str) -> AssemblyHeading:
    row = get_live(s, AssemblyRow, assembly_id, "assembly")
    org = get_live(s, OrganizationRow, row.organization_id, "organization")
    return AssemblyHeading(to_organization(org), to_assembly(row))
