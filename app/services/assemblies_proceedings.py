"""The proceedings of an assembly: who spoke on each item, and the agreements with their vote
checked against who was present at that moment."""

from __future__ import annotations

from sqlalchemy import func, select

from app.assembly.model import Intervention
from app.domain.assemblies import Agreement
from app.domain.enums import ASSEMBLY_ENDED
from app.domain.errors import DomainError
from app.domain.text import clean_name
from app.persistence.rows import AgendaItemRow, AgreementRow, InterventionRow
from app.services.assemblies_attendance import DoorAttendance
from app.services.assemblies_record import item_assembly, require_unlocked
from app.services.repeats import refuse_repeat


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


class Proceedings(DoorAttendance):
    """The proceedings half of AssemblyService (see assemblies.py); an agreement's vote is
    checked against the quorum the attendance half counts."""

    def add_intervention(self, agenda_item_id: str, speaker_name: str, summary: str = "",
                         resident_id: str | None = None) -> Intervention:
        speaker = clean_name(speaker_name)
        if not speaker:
            raise DomainError("intervention.speaker_empty")
        with self._ctx.sessions.begin() as s:
            item = item_assembly(s, agenda_item_id)
            require_unlocked(s, item.assembly_id)
            refuse_repeat(s, self._ctx.log, InterventionRow, {
                "agenda_item_id": agenda_item_id, "speaker_name": speaker,
                "summary": summary.strip() or None})
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
            if assembly.status in ASSEMBLY_ENDED:
                raise DomainError("assembly.closed")
        status = self.quorum(item.assembly_id)
        if status.present == 0:
            raise DomainError("agreement.nobody_present")
        if not status.met:
            # Without quorum the assembly is not constituted: nothing it votes is a decision.
            raise DomainError("agreement.no_quorum", present=status.present,
                              required=status.required, call=status.call)
        if cast > status.present:
            raise DomainError("agreement.votes_exceed_present", present=status.present)
        now = self._ctx.clock.now()
        with self._ctx.sessions.begin() as s:
            refuse_repeat(s, self._ctx.log, AgreementRow, {
                "agenda_item_id": agenda_item_id, "text": text,
                "by_acclamation": by_acclamation, "votes_for": votes_for,
                "votes_against": votes_against, "abstentions": abstentions})
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
