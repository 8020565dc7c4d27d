"""Assemblies: convene with an agenda, check people in, record agreements and interventions.

The acta lives in assemblies_minutes.py (MinutesService, re-exported here); reads shared by
both are in assemblies_record.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

import app.assembly.messages  # noqa: F401  (error sentences)
from app.assembly.papers import AssemblyHeading, AttendancePaper, ConvocationPaper
from app.assembly.presence import Fact
from app.assembly.quorum import QuorumStatus
from app.assembly.records import AssemblyTimes, Attendee, CheckInMatch, Intervention
from app.census.model import ResidentQuery
from app.domain.assemblies import AgendaItem, Agreement, Assembly, Minutes
from app.domain.dates import age_on
from app.domain.enums import AssemblyKind, AssemblyStatus, AttendanceAction
from app.domain.errors import DomainError
from app.domain.national_id import national_id_digits, normalize_national_id
from app.domain.text import clean_name, fold
from app.persistence.rows import (
    AgendaItemRow,
    AgreementRow,
    AssemblyRow,
    AttendanceRow,
    InterventionRow,
    MinutesRow,
    OrganizationRow,
    ResidentRow,
)
from app.services.assemblies_minutes import MinutesService, to_minutes
from app.services.assemblies_record import (
    approved_minutes,
    assembly_day,
    heading_of,
    item_assembly,
    present_residents,
    quorum_status,
    require_unlocked,
    to_assembly,
)
from app.services.census_merged import resolve_resident_id
from app.services.context import ServiceContext, get_live
from app.services.residents import ResidentService
from app.services.territory import territory_councils


def to_agenda_item(row: AgendaItemRow) -> AgendaItem:
    return AgendaItem(row.id, row.assembly_id, row.position, row.title, row.notes)


def to_agreement(row: AgreementRow) -> Agreement:
    return Agreement(
        id=row.id,
        agenda_item_id=row.agenda_item_id,
        text=row.text,
        by_acclamation=row.by_acclamation,
        votes_for=row.votes_for,
        votes_against=row.votes_against,
        abstentions=row.abstentions,
        present_at_vote=row.present_at_vote,
        quorum_required_at_vote=row.quorum_required_at_vote,
        quorum_met_at_vote=row.quorum_met_at_vote,
    )




def to_intervention(row: InterventionRow) -> Intervention:
    return Intervention(row.id, row.agenda_item_id, row.position, row.speaker_name,
                        row.summary or "")


class AssemblyService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx
        self._residents = ResidentService(ctx)

    # -- convocation -----------------------------------------------------------------------

    def create(
        self,
        organization_id: str,
        kind: AssemblyKind,
        scheduled_at: datetime,
        place: str,
        agenda: Sequence[str] = (),
        call: int = 1,
        title: str | None = None,
        called_by: str | None = None,
    ) -> Assembly:
        place = clean_name(place)
        if not place:
            raise DomainError("assembly.place_empty")
        if call not in (1, 2):
            raise DomainError("assembly.call_invalid")
        items = [clean_name(text) for text in agenda if clean_name(text)]
        now = self._ctx.clock.now()
        with self._ctx.sessions.begin() as s:
            get_live(s, OrganizationRow, organization_id, "la organización")
            row = AssemblyRow(
                id=self._ctx.ids.new(),
                organization_id=organization_id,
                kind=kind.value,
                call=call,
                title=clean_name(title or "") or None,
                scheduled_at=scheduled_at,
                place=place,
                called_by=clean_name(called_by or "") or None,
                status=AssemblyStatus.CONVENED.value,
                created_at=now,
            )
            self._ctx.log.insert(s, row)
            for position, text in enumerate(items, start=1):
                self._insert_item(s, row.id, position, text, now)
            return to_assembly(row)

    def _insert_item(self, s: Session, assembly_id: str, position: int, title: str,
                     now: datetime) -> AgendaItemRow:
        item = AgendaItemRow(id=self._ctx.ids.new(), assembly_id=assembly_id,
                             position=position, title=title, created_at=now)
        self._ctx.log.insert(s, item)
        return item

    def add_agenda_item(self, assembly_id: str, title: str) -> AgendaItem:
        title = clean_name(title)
        if not title:
            raise DomainError("assembly.agenda_empty")
        with self._ctx.sessions.begin() as s:
            require_unlocked(s, assembly_id)
            last = s.scalar(select(func.max(AgendaItemRow.position)).where(
                AgendaItemRow.assembly_id == assembly_id, AgendaItemRow.deleted_at.is_(None)))
            item = self._insert_item(s, assembly_id, int(last or 0) + 1, title,
                                     self._ctx.clock.now())
            return to_agenda_item(item)

    def set_item_notes(self, agenda_item_id: str, notes: str) -> AgendaItem:
        """What was discussed on an item, in the secretary's words (editable until approval)."""
        with self._ctx.sessions.begin() as s:
            item = item_assembly(s, agenda_item_id)
            require_unlocked(s, item.assembly_id)
            self._ctx.log.update(s, item, notes=notes.strip() or None)
            return to_agenda_item(item)

    def set_status(self, assembly_id: str, status: AssemblyStatus) -> Assembly:
        with self._ctx.sessions.begin() as s:
            row = require_unlocked(s, assembly_id)
            now = self._ctx.clock.now()
            changes: dict[str, object] = {"status": status.value}
            if status is AssemblyStatus.IN_PROGRESS and row.opened_at is None:
                changes["opened_at"] = now
            if status is AssemblyStatus.CLOSED:
                changes["closed_at"] = now
                if row.opened_at is None:
                    changes["opened_at"] = now
            self._ctx.log.update(s, row, **changes)
            return to_assembly(row)

    def close(self, assembly_id: str) -> Assembly:
        return self.set_status(assembly_id, AssemblyStatus.CLOSED)

    def get(self, assembly_id: str) -> Assembly:
        with self._ctx.sessions.begin() as s:
            return to_assembly(get_live(s, AssemblyRow, assembly_id, "la asamblea"))

    def times(self, assembly_id: str) -> AssemblyTimes:
        with self._ctx.sessions.begin() as s:
            row = get_live(s, AssemblyRow, assembly_id, "la asamblea")
            return AssemblyTimes(to_assembly(row), row.opened_at, row.closed_at)

    def list_all(self, organization_id: str | None = None) -> list[Assembly]:
        """Newest first."""
        with self._ctx.sessions.begin() as s:
            query = select(AssemblyRow).where(AssemblyRow.deleted_at.is_(None))
            if organization_id:
                query = query.where(AssemblyRow.organization_id == organization_id)
            rows = s.scalars(query.order_by(AssemblyRow.scheduled_at.desc()))
            return [to_assembly(r) for r in rows]

    def agenda(self, assembly_id: str) -> list[AgendaItem]:
        with self._ctx.sessions.begin() as s:
            rows = s.scalars(
                select(AgendaItemRow)
                .where(AgendaItemRow.assembly_id == assembly_id,
                       AgendaItemRow.deleted_at.is_(None))
                .order_by(AgendaItemRow.position)
            )
            return [to_agenda_item(r) for r in rows]

    def is_locked(self, assembly_id: str) -> bool:
        with self._ctx.sessions.begin() as s:
            return approved_minutes(s, assembly_id) is not None

    # -- attendance (insert-only facts) ----------------------------------------------------

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
        with self._ctx.sessions.begin() as s:
            row = self._open_for_attendance(s, assembly_id)
            status = self._record(s, row, resident_id, action, recorded_by, quorum_base)
        return status if status is not None else self.quorum(assembly_id)

    def _open_for_attendance(self, s: Session, assembly_id: str) -> AssemblyRow:
        row = require_unlocked(s, assembly_id)
        if row.status in (AssemblyStatus.CLOSED.value, AssemblyStatus.CANCELLED.value):
            raise DomainError("assembly.closed")
        return row

    def _record(self, s: Session, row: AssemblyRow, resident_id: str,
                action: AttendanceAction, recorded_by: str | None,
                quorum_base: int | None) -> QuorumStatus | None:
        """Write one attendance fact; the quorum after it when the base is known."""
        resident = get_live(s, ResidentRow, resident_id, "el habitante")
        person = resolve_resident_id(s, resident_id)
        if person != resident_id:
            resident = get_live(s, ResidentRow, person, "el habitante")
        self._check_territory(s, row, resident)
        present = present_residents(s, row.id)
        name = f"{resident.first_names} {resident.last_names}"
        if action is AttendanceAction.CHECK_IN and person in present:
            raise DomainError("attendance.already_present", name=name)
        if action is AttendanceAction.WITHDRAW and person not in present:
            raise DomainError("attendance.not_present", name=name)
        now = self._ctx.clock.now()
        fact = AttendanceRow(id=self._ctx.ids.new(), assembly_id=row.id, resident_id=person,
                             action=action.value, at=now, recorded_by=recorded_by)
        self._ctx.log.insert(s, fact)
        if row.status == AssemblyStatus.CONVENED.value:
            # The first check-in opens the session: the acta states when it began.
            self._ctx.log.update(s, row, status=AssemblyStatus.IN_PROGRESS.value,
                                 opened_at=now)
        if quorum_base is None:
            return None
        # Presence after this fact, without reading every fact again.
        if action is AttendanceAction.CHECK_IN:
            present[person] = Fact(fact.id, person, fact.action, now)
        else:
            present.pop(person, None)
        return quorum_status(s, row, quorum_base, present)

    def withdraw(self, assembly_id: str, resident_id: str,
                 quorum_base: int | None = None) -> QuorumStatus:
        """Undo a wrong check-in, or record someone leaving: a new fact, nothing erased."""
        return self.check_in(assembly_id, resident_id, AttendanceAction.WITHDRAW,
                             quorum_base=quorum_base)

    def _check_territory(self, s: Session, row: AssemblyRow, resident: ResidentRow) -> None:
        org = get_live(s, OrganizationRow, row.organization_id, "la organización")
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
        base = self.quorum_base(assembly_id)
        with self._ctx.sessions.begin() as s:
            return quorum_status(s, get_live(s, AssemblyRow, assembly_id, "la asamblea"), base)

    def quorum_base(self, assembly_id: str) -> int:
        """Residents of voting age of the territory on the assembly's day (from the census)."""
        with self._ctx.sessions.begin() as s:
            row = get_live(s, AssemblyRow, assembly_id, "la asamblea")
            org = get_live(s, OrganizationRow, row.organization_id, "la organización")
            councils, age, day = territory_councils(s, org), org.voting_age, assembly_day(row)
        # Outside the session: every unit of work takes the write lock (BEGIN IMMEDIATE).
        return self._residents.count_of_age(councils, age, day)

    def present_count(self, assembly_id: str) -> int:
        """People of voting age present now: those who count for quorum and may vote."""
        return self.quorum(assembly_id).present

    def attendees(self, assembly_id: str) -> list[Attendee]:
        """Everyone present now, by surname."""
        with self._ctx.sessions.begin() as s:
            row = get_live(s, AssemblyRow, assembly_id, "la asamblea")
            org = get_live(s, OrganizationRow, row.organization_id, "la organización")
            present = present_residents(s, assembly_id)
            residents = s.scalars(select(ResidentRow).where(
                ResidentRow.id.in_(present.keys()))).all()
            day = assembly_day(row)
            people = [
                Attendee(
                    resident_id=r.id, name=f"{r.last_names}, {r.first_names}",
                    national_id=r.national_id, council_id=r.council_id,
                    under_age=r.birth_date is not None
                    and age_on(r.birth_date, day) < org.voting_age,
                    checked_in_at=present[r.id].at,
                )
                for r in residents
            ]
            return sorted(people, key=lambda a: (fold(a.name), a.resident_id))

    def matches(self, assembly_id: str, text: str, limit: int = 30) -> list[CheckInMatch]:
        """Residents of the territory matching a cédula or a name, each marked if present."""
        with self._ctx.sessions.begin() as s:
            row = get_live(s, AssemblyRow, assembly_id, "la asamblea")
            org = get_live(s, OrganizationRow, row.organization_id, "la organización")
            councils = territory_councils(s, org)
            present = set(present_residents(s, assembly_id))
            day = assembly_day(row)
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
            row = get_live(s, AssemblyRow, assembly_id, "la asamblea")
            return self._national_id_matches(s, row, national_id, typed_letter, True)

    def _national_id_matches(self, s: Session, row: AssemblyRow, national_id: str,
                             typed_letter: bool, with_presence: bool) -> list[CheckInMatch]:
        digits = national_id_digits(national_id)
        wanted = [national_id] if typed_letter else [f"V-{digits}", f"E-{digits}"]
        org = get_live(s, OrganizationRow, row.organization_id, "la organización")
        found = s.scalars(select(ResidentRow).where(
            ResidentRow.national_id.in_(wanted), ResidentRow.deleted_at.is_(None),
            ResidentRow.merged_into_id.is_(None))).all()
        rows = [r for r in found if r.council_id in territory_councils(s, org)]
        if found and not rows:
            # In the census, but of another council: say so, not "not found".
            self._check_territory(s, row, found[0])
        present = set(present_residents(s, row.id)) if rows and with_presence else set()
        day = assembly_day(row)
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
        with self._ctx.sessions.begin() as s:
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
        return match, status if status is not None else self.quorum(assembly_id)

    # -- interventions and agreements ------------------------------------------------------

    def add_intervention(self, agenda_item_id: str, speaker_name: str, summary: str = "",
                         resident_id: str | None = None) -> Intervention:
        speaker = clean_name(speaker_name)
        if not speaker:
            raise DomainError("intervention.speaker_empty")
        with self._ctx.sessions.begin() as s:
            item = item_assembly(s, agenda_item_id)
            require_unlocked(s, item.assembly_id)
            last = s.scalar(select(func.max(InterventionRow.position)).where(
                InterventionRow.agenda_item_id == agenda_item_id))
            row = InterventionRow(
                id=self._ctx.ids.new(), agenda_item_id=agenda_item_id, resident_id=resident_id,
                speaker_name=speaker, position=int(last or 0) + 1,
                summary=summary.strip() or None, created_at=self._ctx.clock.now(),
            )
            self._ctx.log.insert(s, row)
            return to_intervention(row)

    def interventions(self, assembly_id: str) -> list[Intervention]:
        with self._ctx.sessions.begin() as s:
            rows = s.scalars(
                select(InterventionRow)
                .join(AgendaItemRow, AgendaItemRow.id == InterventionRow.agenda_item_id)
                .where(AgendaItemRow.assembly_id == assembly_id,
                       InterventionRow.deleted_at.is_(None))
                .order_by(AgendaItemRow.position, InterventionRow.position))
            return [to_intervention(r) for r in rows]

    def add_agreement(
        self,
        agenda_item_id: str,
        text: str,
        votes_for: int = 0,
        votes_against: int = 0,
        abstentions: int = 0,
        by_acclamation: bool = False,
    ) -> Agreement:
        """Record an agreement with its vote, checked against who is present right now.

        The number present and the quorum at this moment are stored with the agreement: the
        acta states them, and later arrivals or departures must not change them.
        """
        text = text.strip()
        if not text:
            raise DomainError("agreement.text_empty")
        if min(votes_for, votes_against, abstentions) < 0:
            raise DomainError("agreement.votes_negative")
        cast = votes_for + votes_against + abstentions
        if by_acclamation and cast:
            raise DomainError("agreement.acclamation_with_votes")
        if not by_acclamation and cast == 0:
            raise DomainError("agreement.no_votes")
        with self._ctx.sessions.begin() as s:
            item = item_assembly(s, agenda_item_id)
            assembly = require_unlocked(s, item.assembly_id)
            if assembly.status in (AssemblyStatus.CLOSED.value,
                                   AssemblyStatus.CANCELLED.value):
                raise DomainError("assembly.closed")
        status = self.quorum(item.assembly_id)
        if status.present == 0:
            raise DomainError("agreement.nobody_present")
        if cast > status.present:
            raise DomainError("agreement.votes_exceed_present", present=status.present)
        now = self._ctx.clock.now()
        with self._ctx.sessions.begin() as s:
            count = s.scalar(select(func.count()).select_from(AgreementRow).where(
                AgreementRow.agenda_item_id == agenda_item_id)) or 0
            row = AgreementRow(
                id=self._ctx.ids.new(),
                agenda_item_id=agenda_item_id,
                position=int(count) + 1,
                text=text,
                by_acclamation=by_acclamation,
                votes_for=votes_for,
                votes_against=votes_against,
                abstentions=abstentions,
                present_at_vote=status.present,
                quorum_required_at_vote=status.required,
                quorum_met_at_vote=status.met,
                voted_at=now,
                created_at=now,
            )
            self._ctx.log.insert(s, row)
            return to_agreement(row)

    def agreements(self, assembly_id: str) -> list[Agreement]:
        with self._ctx.sessions.begin() as s:
            rows = s.scalars(
                select(AgreementRow)
                .join(AgendaItemRow, AgendaItemRow.id == AgreementRow.agenda_item_id)
                .where(AgendaItemRow.assembly_id == assembly_id,
                       AgreementRow.deleted_at.is_(None))
                .order_by(AgendaItemRow.position, AgreementRow.position)
            )
            return [to_agreement(r) for r in rows]

    def minutes(self, assembly_id: str) -> Minutes | None:
        with self._ctx.sessions.begin() as s:
            row = s.scalars(
                select(MinutesRow)
                .where(MinutesRow.assembly_id == assembly_id, MinutesRow.deleted_at.is_(None),
                       MinutesRow.corrects_id.is_(None))
            ).first()
            return to_minutes(row) if row else None

    # -- papers ----------------------------------------------------------------------------

    def heading(self, assembly_id: str) -> AssemblyHeading:
        with self._ctx.sessions.begin() as s:
            return heading_of(s, assembly_id)

    def convocation_paper(self, assembly_id: str) -> ConvocationPaper:
        quorum = self.quorum(assembly_id)
        return ConvocationPaper(self.heading(assembly_id),
                                tuple(i.title for i in self.agenda(assembly_id)), quorum)

    def attendance_paper(self, assembly_id: str, blank_rows: int = 15) -> AttendancePaper:
        quorum = self.quorum(assembly_id)
        with self._ctx.sessions.begin() as s:
            names = {r.id: r.name for r in s.execute(
                select(OrganizationRow.id, OrganizationRow.name))}
        return AttendancePaper(self.heading(assembly_id), tuple(self.attendees(assembly_id)),
                               names, quorum, max(0, blank_rows))


__all__ = ["AssemblyService", "MinutesService"]
