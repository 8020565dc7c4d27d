"""Attendance at the door: check-ins and withdrawals (insert-only facts), who is present,
the quorum at each moment, and finding the person a cédula or a name points to."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

import app.assembly.messages  # noqa: F401  (error sentences)
from app.assembly.model import AttendancePaper, Attendee, CheckInMatch, attendee_order
from app.assembly.presence import Fact
from app.assembly.quorum import QuorumStatus
from app.census.model import ResidentQuery
from app.domain.dates import age_on
from app.domain.enums import ASSEMBLY_ENDED, AssemblyStatus, AttendanceAction
from app.domain.errors import DomainError
from app.domain.merges import survivor
from app.domain.national_id import national_id_digits, normalize_national_id
from app.domain.text import fold
from app.persistence.rows import AssemblyRow, AttendanceRow, OrganizationRow, ResidentRow
from app.services.assemblies_record import (
    assembly_day,
    freeze_base,
    heading_of,
    presence_of,
    present_residents,
    quorum_base_of,
    quorum_status,
    require_opening_today,
    require_unlocked,
    status_of,
)
from app.services.census_leaving import refuse_left
from app.services.census_merged import merged_links, resolve_resident_id
from app.services.context import ServiceContext, get_live
from app.services.presence_cache import Presence, PresenceCache
from app.services.residents import ResidentService
from app.services.territory import territory_councils


class DoorAttendance:
    """The attendance half of AssemblyService (see assemblies.py)."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx
        self._residents = ResidentService(ctx)
        self._presence = PresenceCache()

    def check_in(self, assembly_id: str, resident_id: str, action: AttendanceAction =
                 AttendanceAction.CHECK_IN, recorded_by: str | None = None,
                 quorum_base: int | None = None) -> QuorumStatus:
        """Record a check-in (or a withdrawal) and return the quorum right after it.

        A person already present is not checked in twice, and only someone present can
        withdraw: each fact must change the presence, so the record reads as what happened.
        `quorum_base` is the census count the check-in screen took when it opened (and takes
        again when the census changes); given, the door does not recount the whole census
        for each neighbour. Agreements and the acta always count afresh.
        """
        with self._door(assembly_id) as s:
            row = self._open_for_attendance(s, assembly_id)
            return self._record(s, row, resident_id, action, recorded_by, quorum_base)

    @contextmanager
    def _door(self, assembly_id: str) -> Iterator[Session]:
        """A unit of work that may change who is present: if it fails for any reason other
        than a refusal (checked before anything is written), the kept presence is dropped."""
        try:
            with self._ctx.sessions.begin() as s:
                yield s
        except DomainError:
            raise
        except BaseException:
            self._presence.forget(assembly_id)
            raise

    def _open_for_attendance(self, s: Session, assembly_id: str) -> AssemblyRow:
        row = require_unlocked(s, assembly_id)
        if row.status in ASSEMBLY_ENDED:
            raise DomainError("assembly.closed")
        return row

    def _presence_now(self, s: Session, row: AssemblyRow) -> Presence:
        """Who is present: kept from the door's last write when nothing else wrote since,
        else worked out from the facts (and kept from now on)."""
        org = get_live(s, OrganizationRow, row.organization_id, "organization")
        kept = self._presence.get(s, row.id, assembly_day(s, row), org.voting_age)
        if kept is not None:
            return kept
        presence = presence_of(s, row)
        self._presence.keep(s, row.id, presence)
        return presence

    def _record(self, s: Session, row: AssemblyRow, resident_id: str,
                action: AttendanceAction, recorded_by: str | None,
                quorum_base: int | None) -> QuorumStatus:
        """Write one attendance fact and return the quorum after it, in constant time: the
        presence is kept between check-ins (see presence_cache), not read again."""
        resident = get_live(s, ResidentRow, resident_id, "resident")
        person = resolve_resident_id(s, resident_id)
        if person != resident_id:
            resident = get_live(s, ResidentRow, person, "resident")
        self._check_territory(s, row, resident)
        if action is AttendanceAction.CHECK_IN:
            refuse_left(resident, assembly_day(s, row))
        presence = self._presence_now(s, row)
        name = f"{resident.first_names} {resident.last_names}"
        if action is AttendanceAction.CHECK_IN and person in presence.present:
            raise DomainError("attendance.already_present", name=name)
        if action is AttendanceAction.WITHDRAW and person not in presence.present:
            raise DomainError("attendance.not_present", name=name)
        now = self._ctx.clock.now()
        if row.status == AssemblyStatus.CONVENED.value:
            require_opening_today(s, row, now)
        fact = AttendanceRow(id=self._ctx.ids.new(), assembly_id=row.id, resident_id=person,
                             action=action.value, at=now, recorded_by=recorded_by)
        self._ctx.log.insert(s, fact)
        if row.status == AssemblyStatus.CONVENED.value:
            # The first check-in opens the session: the acta states when it began, and the
            # quorum base is frozen from the census as it stands now.
            self._ctx.log.update(s, row, status=AssemblyStatus.IN_PROGRESS.value,
                                 opened_at=now)
            freeze_base(s, self._ctx.log, row)
        if action is AttendanceAction.CHECK_IN:
            presence.arrive(Fact(fact.id, person, fact.action, now), resident.birth_date)
        else:
            presence.leave(person)
        self._presence.keep(s, row.id, presence)
        return status_of(s, row, quorum_base, presence)

    def check_in_many(self, assembly_id: str, resident_ids: list[str],
                      recorded_by: str | None = None) -> QuorumStatus:
        """Check in many people in one unit of work (the demo, a list typed up afterwards):
        the same refusals as one by one, checked for all before anything is written, and
        the facts bulk-inserted through the change log."""
        with self._door(assembly_id) as s:
            row = self._open_for_attendance(s, assembly_id)
            org = get_live(s, OrganizationRow, row.organization_id, "organization")
            councils = territory_councils(s, org)
            presence = self._presence_now(s, row)
            day = assembly_day(s, row)
            arriving: dict[str, ResidentRow] = {}
            # Two reads for the whole list, then lookups by id (not two queries a person).
            links = merged_links(s, resident_ids)
            people = _residents_by_id(s, {survivor(rid, links) for rid in resident_ids})
            for resident_id in resident_ids:
                person = survivor(resident_id, links)
                resident = people.get(person)
                if resident is None or resident.deleted_at is not None:
                    raise DomainError("not_found", entity="resident", id=person)
                if resident.council_id not in councils:
                    self._check_territory(s, row, resident)
                refuse_left(resident, day)
                if person in presence.present or person in arriving:
                    raise DomainError("attendance.already_present",
                                      name=f"{resident.first_names} {resident.last_names}")
                arriving[person] = resident
            facts = [Fact(self._ctx.ids.new(), person, AttendanceAction.CHECK_IN.value,
                          self._ctx.clock.now()) for person in arriving]
            if facts and row.status == AssemblyStatus.CONVENED.value:
                require_opening_today(s, row, facts[0].at)
            self._ctx.log.insert_many(s, AttendanceRow, (
                {"id": f.id, "assembly_id": row.id, "resident_id": f.resident_id,
                 "action": f.action, "at": f.at, "recorded_by": recorded_by} for f in facts))
            if facts and row.status == AssemblyStatus.CONVENED.value:
                self._ctx.log.update(s, row, status=AssemblyStatus.IN_PROGRESS.value,
                                     opened_at=facts[0].at)
                freeze_base(s, self._ctx.log, row)
            for fact in facts:
                presence.arrive(fact, arriving[fact.resident_id].birth_date)
            self._presence.keep(s, row.id, presence)
            return status_of(s, row, None, presence)

    def withdraw(self, assembly_id: str, resident_id: str,
                 quorum_base: int | None = None) -> QuorumStatus:
        """Undo a wrong check-in, or record someone leaving: a new fact, nothing erased."""
        return self.check_in(assembly_id, resident_id, AttendanceAction.WITHDRAW,
                             quorum_base=quorum_base)

    def _check_territory(self, s: Session, row: AssemblyRow, resident: ResidentRow) -> None:
        org = get_live(s, OrganizationRow, row.organization_id, "organization")
        if resident.council_id in territory_councils(s, org):
            return
        council = s.get(OrganizationRow, resident.council_id)
        raise DomainError(
            "attendance.outside_territory",
            name=f"{resident.first_names} {resident.last_names}",
            council=council.name if council else "", organization=org.name,
        )

    def quorum(self, assembly_id: str) -> QuorumStatus:
        """Present now against the organization's quorum rule for this call."""
        with self._ctx.sessions.begin() as s:
            return quorum_status(s, get_live(s, AssemblyRow, assembly_id, "assembly"))

    def quorum_base(self, assembly_id: str) -> int:
        """Residents of voting age of the territory on the assembly's day: the base frozen
        when the assembly opened, or the census's count until then."""
        with self._ctx.sessions.begin() as s:
            return quorum_base_of(s, get_live(s, AssemblyRow, assembly_id, "assembly"))

    def present_count(self, assembly_id: str) -> int:
        """People of voting age present now: those who count for quorum and may vote."""
        return self.quorum(assembly_id).present

    def attendees(self, assembly_id: str) -> list[Attendee]:
        """Everyone present now, by surname (attendee_order)."""
        with self._ctx.sessions.begin() as s:
            row = get_live(s, AssemblyRow, assembly_id, "assembly")
            org = get_live(s, OrganizationRow, row.organization_id, "organization")
            present = present_residents(s, assembly_id)
            residents = s.scalars(select(ResidentRow).where(
                ResidentRow.id.in_(present.keys()))).all()
            day = assembly_day(s, row)
            people = [_attendee(r, present[r.id], day, org.voting_age) for r in residents]
            return sorted(people, key=attendee_order)

    def attendee(self, assembly_id: str, resident_id: str) -> Attendee | None:
        """One person as the present list shows them, or None if not present: the door adds
        this row after a check-in instead of loading the whole list again."""
        with self._ctx.sessions.begin() as s:
            row = get_live(s, AssemblyRow, assembly_id, "assembly")
            person = resolve_resident_id(s, resident_id)
            presence = self._presence_now(s, row)
            fact = presence.present.get(person)
            resident = s.get(ResidentRow, person)
            if fact is None or resident is None:
                return None
            return _attendee(resident, fact, presence.day, presence.voting_age)

    def matches(self, assembly_id: str, text: str, limit: int = 30) -> list[CheckInMatch]:
        """Residents of the territory matching a cédula or a name, each marked if present."""
        with self._ctx.sessions.begin() as s:
            row = get_live(s, AssemblyRow, assembly_id, "assembly")
            org = get_live(s, OrganizationRow, row.organization_id, "organization")
            councils = territory_councils(s, org)
            present = set(self._presence_now(s, row).present)
            day = assembly_day(s, row)
        if not fold(text).strip():
            return []
        found = self._residents.page(ResidentQuery(text=text, council_ids=councils), 0, limit)
        return [
            CheckInMatch(r.id, r.full_name, r.national_id, r.council_id, r.age_on(day),
                         r.id in present)
            for r in found
        ]

    def single_match(self, assembly_id: str, text: str) -> CheckInMatch:
        """The one resident a cédula or name points to, or a clear error saying why not.

        A cédula is looked up exactly on its indexed column (never as a prefix of a longer
        number): the door queue must not wait on a scan of the census. Digits alone match
        either letter (V or E); a name goes through the census search.
        """
        wanted = text.strip()
        try:
            national_id: str | None = normalize_national_id(wanted)
        except DomainError:
            national_id = None
        if national_id:
            found = self._by_national_id(assembly_id, national_id,
                                         typed_letter=wanted[:1].upper() in ("V", "E"))
        else:
            found = self.matches(assembly_id, wanted, limit=50)
        if not found:
            raise DomainError("attendance.not_found", text=wanted)
        if len(found) > 1:
            raise DomainError("attendance.ambiguous", text=wanted, count=len(found))
        return found[0]

    def _by_national_id(self, assembly_id: str, national_id: str, typed_letter: bool
                        ) -> list[CheckInMatch]:
        with self._ctx.sessions.begin() as s:
            row = get_live(s, AssemblyRow, assembly_id, "assembly")
            return self._national_id_matches(s, row, national_id, typed_letter, True)

    def _national_id_matches(self, s: Session, row: AssemblyRow, national_id: str,
                             typed_letter: bool, with_presence: bool) -> list[CheckInMatch]:
        digits = national_id_digits(national_id)
        wanted = [national_id] if typed_letter else [f"V-{digits}", f"E-{digits}"]
        org = get_live(s, OrganizationRow, row.organization_id, "organization")
        found = s.scalars(select(ResidentRow).where(
            ResidentRow.national_id.in_(wanted), ResidentRow.deleted_at.is_(None),
            ResidentRow.merged_into_id.is_(None))).all()
        rows = [r for r in found if r.council_id in territory_councils(s, org)]
        if found and not rows:
            # In the census, but of another council: say so, not "not found".
            self._check_territory(s, row, found[0])
        present = set(present_residents(s, row.id)) if rows and with_presence else set()
        day = assembly_day(s, row)
        return [CheckInMatch(r.id, f"{r.first_names} {r.last_names}", r.national_id,
                             r.council_id, age_on(r.birth_date, day) if r.birth_date
                             else None, r.id in present) for r in rows]

    def check_in_text(self, assembly_id: str, text: str, quorum_base: int | None = None
                      ) -> tuple[CheckInMatch, QuorumStatus]:
        """Enter at the door: check in the single person the text points to.

        A cédula is found and checked in within one unit of work (the common case, and the
        one the queue waits on); a name goes through the census search first.
        """
        wanted = text.strip()
        try:
            national_id = normalize_national_id(wanted)
        except DomainError:
            match = self.single_match(assembly_id, wanted)
            return match, self.check_in(assembly_id, match.resident_id,
                                        quorum_base=quorum_base)
        with self._door(assembly_id) as s:
            row = self._open_for_attendance(s, assembly_id)
            found = self._national_id_matches(s, row, national_id,
                                              wanted[:1].upper() in ("V", "E"), False)
            if not found:
                raise DomainError("attendance.not_found", text=wanted)
            if len(found) > 1:
                raise DomainError("attendance.ambiguous", text=wanted, count=len(found))
            match = replace(found[0], present=True)
            status = self._record(s, row, match.resident_id, AttendanceAction.CHECK_IN, None,
                                  quorum_base)
        return match, status

    def attendance_paper(self, assembly_id: str, blank_rows: int = 15) -> AttendancePaper:
        quorum = self.quorum(assembly_id)
        with self._ctx.sessions.begin() as s:
            names = {r.id: r.name for r in s.execute(
                select(OrganizationRow.id, OrganizationRow.name))}
            heading = heading_of(s, assembly_id)
        return AttendancePaper(heading, tuple(self.attendees(assembly_id)), names, quorum,
                               max(0, blank_rows))


def _attendee(r: ResidentRow, fact: Fact, day: date, voting_age: int) -> Attendee:
    return Attendee(
        resident_id=r.id, name=f"{r.last_names}, {r.first_names}",
        national_id=r.national_id, council_id=r.council_id,
        under_age=r.birth_date is not None and age_on(r.birth_date, day) < voting_age,
        checked_in_at=fact.at,
    )


def _residents_by_id(s: Session, ids: set[str]) -> dict[str, ResidentRow]:
    return {row.id: row for row in s.scalars(select(ResidentRow).where(ResidentRow.id.in_(ids)))}
