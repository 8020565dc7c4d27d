"""Assemblies: convene with an agenda, then what the other modules add to the same service:
attendance at the door (assemblies_attendance.py), the proceedings, interventions and
agreements (assemblies_proceedings.py), their corrections (assemblies_corrections.py) and
the convocation's (assemblies_schedule.py).
The acta is MinutesService (assemblies_minutes.py); reads shared by all of them are in
assemblies_record.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, time

from sqlalchemy import func, select
from sqlalchemy.orm import Session

import app.assembly.messages  # noqa: F401  (error sentences)
from app.assembly.day_rule import closes_now
from app.assembly.model import AssemblyHeading, ConvocationPaper
from app.domain.assemblies import AgendaItem, Assembly
from app.domain.enums import ASSEMBLY_ENDED, AssemblyKind, AssemblyStatus
from app.domain.errors import DomainError
from app.domain.labels import label
from app.domain.text import clean_name
from app.persistence.rows import AgendaItemRow, AgreementRow, AssemblyRow, OrganizationRow
from app.services.assemblies_record import (
    approved_minutes,
    assembly_day,
    closing_at,
    freeze_base,
    heading_of,
    item_assembly,
    quorum_status,
    require_opening_today,
    require_unlocked,
    to_assembly,
)
from app.services.assemblies_schedule import Schedule
from app.services.context import get_live
from app.services.minutes_accountability import accountability_agenda, accounted_project
from app.services.repeats import refuse_repeat
from app.services.settings import time_zone


def to_agenda_item(row: AgendaItemRow) -> AgendaItem:
    return AgendaItem(row.id, row.assembly_id, row.position, row.title, row.notes)


class AssemblyService(Schedule):
    """One service for an assembly, its door and its proceedings, each in its own module."""

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
        project_id: str | None = None,
    ) -> Assembly:
        """Convene; `scheduled_at` without a zone is read on the organization's clock. A
        rendición de cuentas names the funded `project_id` it accounts for: its acta carries
        the project's statement, and without an agenda it gets the usual four points."""
        place = clean_name(place)
        if not place:
            raise DomainError("assembly.place_empty")
        if call not in (1, 2):
            raise DomainError("assembly.call_invalid")
        if project_id is not None and kind is not AssemblyKind.ACCOUNTABILITY:
            raise DomainError("assembly.project_kind", kind=label(kind))
        items = [clean_name(text) for text in agenda if clean_name(text)]
        now = self._ctx.clock.now()
        with self._ctx.sessions.begin() as s:
            get_live(s, OrganizationRow, organization_id, "organization")
            if project_id is not None:
                project = accounted_project(s, project_id)
                items = items or accountability_agenda(project.title)
            if scheduled_at.tzinfo is None:
                # A day and hour as typed: the organization's clock, not the laptop's.
                scheduled_at = scheduled_at.replace(tzinfo=time_zone(s))
            refuse_repeat(s, self._ctx.log, AssemblyRow, {
                "organization_id": organization_id, "kind": kind.value, "call": call,
                "scheduled_at": scheduled_at, "place": place})
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
                project_id=project_id,
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
            refuse_repeat(s, self._ctx.log, AgendaItemRow,
                          {"assembly_id": assembly_id, "title": title})
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

    def set_status(self, assembly_id: str, status: AssemblyStatus,
                   closed_at: time | None = None) -> Assembly:
        """Move the assembly on. Opening (the first check-in, or "en curso") happens only on
        its day; closing states now, or `closed_at` of its day when closed later."""
        if status is AssemblyStatus.NOT_CONSTITUTED:
            return self.record_not_constituted(assembly_id, closed_at=closed_at)
        with self._ctx.sessions.begin() as s:
            row = require_unlocked(s, assembly_id)
            if row.status == AssemblyStatus.NOT_CONSTITUTED.value:
                raise DomainError("assembly.not_constituted")
            now = self._ctx.clock.now()
            changes: dict[str, object] = {"status": status.value}
            if row.opened_at is None and status in (AssemblyStatus.IN_PROGRESS,
                                                    AssemblyStatus.CLOSED):
                require_opening_today(s, row, now)
                changes["opened_at"] = now
            if status is AssemblyStatus.CLOSED:
                # The acta states both moments as they were recorded, on the assembly's day,
                # the close never before the opening.
                changes["closed_at"] = closing_at(s, row, now, closed_at)
            self._ctx.log.update(s, row, **changes)
            if status in (AssemblyStatus.IN_PROGRESS, AssemblyStatus.CLOSED):
                freeze_base(s, self._ctx.log, row)
            return to_assembly(row)

    # -- quorum not reached ----------------------------------------------------------------

    def pass_to_second_call(self, assembly_id: str) -> Assembly:
        """Without quorum at first call the assembly is not constituted; it may meet at
        second call, with the second call's quorum from the organization's settings."""
        with self._ctx.sessions.begin() as s:
            if require_unlocked(s, assembly_id).call != 1:
                raise DomainError("assembly.already_second_call")
            row = self._without_quorum(s, assembly_id)
            self._ctx.log.update(s, row, call=2)
            return to_assembly(row)

    def record_not_constituted(self, assembly_id: str, note: str = "",
                               closed_at: time | None = None) -> Assembly:
        """Record that the assembly did not reach quorum: it ends, nothing was decided, and
        its acta (approved like any other) says so. It ends as any assembly closes: now on
        its day, or at `closed_at` of its day."""
        with self._ctx.sessions.begin() as s:
            row = self._without_quorum(s, assembly_id)
            now = self._ctx.clock.now()
            ended = closing_at(s, row, now, closed_at)
            changes: dict[str, object] = {
                "status": AssemblyStatus.NOT_CONSTITUTED.value, "closed_at": ended,
                "opened_at": row.opened_at or ended}
            if note.strip():
                changes["notes"] = note.strip()
            self._ctx.log.update(s, row, **changes)
            return to_assembly(row)

    def _without_quorum(self, s: Session, assembly_id: str) -> AssemblyRow:
        """The assembly, if it is still meeting, has no quorum now and decided nothing.

        The base is frozen first: what follows is judged on the census of that day."""
        row = require_unlocked(s, assembly_id)
        if row.status in ASSEMBLY_ENDED:
            raise DomainError("assembly.closed")
        freeze_base(s, self._ctx.log, row)
        status = quorum_status(s, row)
        if status.met:
            raise DomainError("assembly.quorum_met", present=status.present,
                              required=status.required)
        agreements = s.scalar(select(func.count()).select_from(AgreementRow)
                              .join(AgendaItemRow,
                                    AgendaItemRow.id == AgreementRow.agenda_item_id)
                              .where(AgendaItemRow.assembly_id == assembly_id,
                                     AgreementRow.deleted_at.is_(None)))
        if agreements:
            raise DomainError("assembly.has_agreements", count=int(agreements))
        return row

    def reopen(self, assembly_id: str) -> Assembly:
        """Undo "Cerrar la asamblea" (closed by mistake): back in progress until the acta is
        approved; the reopening is an update in the change log like any other."""
        with self._ctx.sessions.begin() as s:
            row = require_unlocked(s, assembly_id)
            if row.status != AssemblyStatus.CLOSED.value:
                raise DomainError("assembly.not_closed")
            self._ctx.log.update(s, row, status=AssemblyStatus.IN_PROGRESS.value,
                                 closed_at=None)
            return to_assembly(row)

    def close(self, assembly_id: str, closed_at: time | None = None) -> Assembly:
        return self.set_status(assembly_id, AssemblyStatus.CLOSED, closed_at)

    def closing_hour_needed(self, assembly_id: str) -> bool:
        """Whether closing now needs the hour typed (the assembly's day and night are over):
        the window asks for it before trying."""
        with self._ctx.sessions.begin() as s:
            row = require_unlocked(s, assembly_id)
            return not closes_now(assembly_day(s, row), self._ctx.clock.now(), time_zone(s))

    def get(self, assembly_id: str) -> Assembly:
        with self._ctx.sessions.begin() as s:
            return to_assembly(get_live(s, AssemblyRow, assembly_id, "assembly"))

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

    # -- papers ----------------------------------------------------------------------------

    def heading(self, assembly_id: str) -> AssemblyHeading:
        with self._ctx.sessions.begin() as s:
            return heading_of(s, assembly_id)

    def convocation_paper(self, assembly_id: str) -> ConvocationPaper:
        quorum = self.quorum(assembly_id)
        return ConvocationPaper(self.heading(assembly_id),
                                tuple(i.title for i in self.agenda(assembly_id)), quorum)
