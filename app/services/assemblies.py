"""Assemblies: convene with an agenda, check people in, record agreements, approve minutes."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import func, select

from app.domain.assemblies import AgendaItem, Agreement, Assembly, Minutes
from app.domain.enums import AssemblyKind, AssemblyStatus, AttendanceAction, MinutesStatus
from app.domain.errors import DomainError
from app.domain.text import clean_name
from app.persistence.rows import (
    AgendaItemRow,
    AgreementRow,
    AssemblyRow,
    AttendanceRow,
    MinutesRow,
    OrganizationRow,
    ResidentRow,
)
from app.services.context import ServiceContext, get_live


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
    )


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


def to_minutes(row: MinutesRow) -> Minutes:
    return Minutes(row.id, row.assembly_id, MinutesStatus(row.status), row.content_hash,
                   row.corrects_id)


class AssemblyService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

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
        now = self._ctx.clock.now()
        with self._ctx.sessions.begin() as s:
            get_live(s, OrganizationRow, organization_id, "la organización")
            row = AssemblyRow(
                id=self._ctx.ids.new(),
                organization_id=organization_id,
                kind=kind.value,
                call=call,
                title=title,
                scheduled_at=scheduled_at,
                place=place,
                called_by=called_by,
                status=AssemblyStatus.CONVENED.value,
                created_at=now,
            )
            self._ctx.log.insert(s, row)
            for position, text in enumerate(agenda, start=1):
                item = AgendaItemRow(
                    id=self._ctx.ids.new(),
                    assembly_id=row.id,
                    position=position,
                    title=clean_name(text),
                    created_at=now,
                )
                self._ctx.log.insert(s, item)
            return to_assembly(row)

    def set_status(self, assembly_id: str, status: AssemblyStatus) -> Assembly:
        with self._ctx.sessions.begin() as s:
            row = get_live(s, AssemblyRow, assembly_id, "la asamblea")
            now = self._ctx.clock.now()
            changes: dict[str, object] = {"status": status.value}
            if status is AssemblyStatus.IN_PROGRESS and row.opened_at is None:
                changes["opened_at"] = now
            if status is AssemblyStatus.CLOSED:
                changes["closed_at"] = now
            self._ctx.log.update(s, row, **changes)
            return to_assembly(row)

    def get(self, assembly_id: str) -> Assembly:
        with self._ctx.sessions.begin() as s:
            return to_assembly(get_live(s, AssemblyRow, assembly_id, "la asamblea"))

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

    # -- attendance (insert-only facts) ----------------------------------------------------

    def check_in(self, assembly_id: str, resident_id: str, action: AttendanceAction =
                 AttendanceAction.CHECK_IN, recorded_by: str | None = None) -> None:
        with self._ctx.sessions.begin() as s:
            get_live(s, AssemblyRow, assembly_id, "la asamblea")
            get_live(s, ResidentRow, resident_id, "el habitante")
            row = AttendanceRow(
                id=self._ctx.ids.new(),
                assembly_id=assembly_id,
                resident_id=resident_id,
                action=action.value,
                at=self._ctx.clock.now(),
                recorded_by=recorded_by,
            )
            self._ctx.log.insert(s, row)

    def present_count(self, assembly_id: str) -> int:
        """People whose latest attendance action is a check-in."""
        with self._ctx.sessions.begin() as s:
            latest = (
                select(AttendanceRow.resident_id, func.max(AttendanceRow.at).label("at"))
                .where(AttendanceRow.assembly_id == assembly_id)
                .group_by(AttendanceRow.resident_id)
                .subquery()
            )
            query = (
                select(func.count())
                .select_from(AttendanceRow)
                .join(latest, (latest.c.resident_id == AttendanceRow.resident_id)
                      & (latest.c.at == AttendanceRow.at))
                .where(AttendanceRow.assembly_id == assembly_id,
                       AttendanceRow.action == AttendanceAction.CHECK_IN.value)
            )
            return int(s.scalar(query) or 0)

    # -- agreements and minutes ------------------------------------------------------------

    def add_agreement(
        self,
        agenda_item_id: str,
        text: str,
        votes_for: int,
        votes_against: int,
        abstentions: int,
        present: int,
        quorum_required: int,
        by_acclamation: bool = False,
    ) -> Agreement:
        text = text.strip()
        if not text:
            raise DomainError("agreement.text_empty")
        if min(votes_for, votes_against, abstentions) < 0:
            raise DomainError("agreement.votes_negative")
        if votes_for + votes_against + abstentions > present:
            raise DomainError("agreement.votes_exceed_present", present=present)
        now = self._ctx.clock.now()
        with self._ctx.sessions.begin() as s:
            get_live(s, AgendaItemRow, agenda_item_id, "el punto de agenda")
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
                present_at_vote=present,
                quorum_required_at_vote=quorum_required,
                quorum_met_at_vote=present >= quorum_required,
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


class MinutesService:
    """Draft and approve the acta. Approval locks it: its content hash is stored."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def save_draft(self, assembly_id: str, body: str) -> Minutes:
        with self._ctx.sessions.begin() as s:
            get_live(s, AssemblyRow, assembly_id, "la asamblea")
            row = s.scalars(select(MinutesRow).where(
                MinutesRow.assembly_id == assembly_id, MinutesRow.corrects_id.is_(None),
                MinutesRow.deleted_at.is_(None))).first()
            if row is None:
                row = MinutesRow(
                    id=self._ctx.ids.new(), assembly_id=assembly_id,
                    status=MinutesStatus.DRAFT.value, body=body,
                    created_at=self._ctx.clock.now(),
                )
                self._ctx.log.insert(s, row)
            elif row.status == MinutesStatus.APPROVED.value:
                raise DomainError("minutes.locked")
            else:
                self._ctx.log.update(s, row, body=body)
            return to_minutes(row)

    def approve(self, minutes_id: str, approved_by: str, content_hash: str) -> Minutes:
        """Lock the acta with the hash of the content that was read and approved."""
        with self._ctx.sessions.begin() as s:
            row = get_live(s, MinutesRow, minutes_id, "el acta")
            if row.status == MinutesStatus.APPROVED.value:
                raise DomainError("minutes.locked")
            self._ctx.log.update(
                s, row, status=MinutesStatus.APPROVED.value, content_hash=content_hash,
                approved_at=self._ctx.clock.now(), approved_by=approved_by,
            )
            return to_minutes(row)
