"""Composing the acta's content from the record: attendance, items with speakers and votes,
problems and their prioritization, and who signs. Pure reads inside a session."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.assembly.minutes_content import (
    MinutesAttendance,
    MinutesContent,
    MinutesItem,
    MinutesProblem,
    MinutesSigner,
    MinutesSpeaker,
    MinutesText,
    MinutesVote,
)
from app.assembly.quorum import QuorumStatus
from app.domain.enums import AssemblyStatus, OrgKind
from app.persistence.rows import (
    AgendaItemRow,
    AgreementRow,
    AssemblyRow,
    CommitteeRow,
    InterventionRow,
    OrganizationRow,
    ProblemRow,
    ResidentRow,
    SpokespersonRow,
)
from app.services.assemblies_record import assembly_day, quorum_status
from app.services.context import get_live
from app.services.minutes_accountability import accountability_of
from app.services.problems import assembly_result
from app.services.settings import SettingsService
from app.services.territory import territory_councils


@dataclass(frozen=True)
class Outside:
    secretary: str


def outside_reads(settings: SettingsService) -> Outside:
    """What composing needs from other services, read before the acta's own session
    (every unit of work takes the write lock, so they cannot be nested)."""
    return Outside(settings.get("secretary_name"))


def compose(s: Session, assembly_id: str, base: Outside, text: MinutesText,
            signed: tuple[tuple[MinutesSigner, ...], str] | None) -> MinutesContent:
    """The acta's content from the record as it stands in this session; `signed` gives the
    signers and secretary a sealed acta named (to check it against the record)."""
    row = get_live(s, AssemblyRow, assembly_id, "assembly")
    org = get_live(s, OrganizationRow, row.organization_id, "organization")
    status = quorum_status(s, row)
    signers, secretary = signed if signed is not None else (
        _signers(s, org, assembly_day(s, row)), base.secretary)
    problems, method, ballots, (tie, tie_note) = _problems(s, assembly_id)
    not_constituted = row.status == AssemblyStatus.NOT_CONSTITUTED.value
    return MinutesContent(
        assembly_id=row.id, organization=org.name, organization_kind=org.kind,
        registry_code=org.registry_code or "", state=org.state or "",
        municipality=org.municipality or "", parish=org.parish or "",
        kind=row.kind, call=row.call, title=row.title or "",
        scheduled_at=row.scheduled_at.isoformat(), place=row.place,
        called_by=row.called_by or "", opened_at=_iso(row.opened_at),
        closed_at=_iso(row.closed_at), attendance=_attendance(status),
        items=_items(s, assembly_id), problems=problems, prioritization_method=method,
        prioritization_ballots=ballots, tie_break=tie, tie_break_note=tie_note,
        signers=signers, secretary=secretary, text=text,
        constituted=not not_constituted,
        not_constituted_note=(row.notes or "") if not_constituted else "",
        accountability=accountability_of(s, row),
    )


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment is not None else None


def _attendance(status: QuorumStatus) -> MinutesAttendance:
    return MinutesAttendance(present=status.present, under_age=status.under_age,
                             base=status.base, percent=status.percent,
                             required=status.required, met=status.met,
                             voting_age=status.voting_age)


def _items(s: Session, assembly_id: str) -> tuple[MinutesItem, ...]:
    items = s.scalars(select(AgendaItemRow).where(
        AgendaItemRow.assembly_id == assembly_id, AgendaItemRow.deleted_at.is_(None))
        .order_by(AgendaItemRow.position)).all()
    ids = [i.id for i in items]
    speakers: dict[str, list[MinutesSpeaker]] = {}
    for sp in s.scalars(select(InterventionRow).where(
            InterventionRow.agenda_item_id.in_(ids), InterventionRow.deleted_at.is_(None))
            .order_by(InterventionRow.position)):
        speakers.setdefault(sp.agenda_item_id, []).append(
            MinutesSpeaker(sp.speaker_name, sp.summary or ""))
    votes: dict[str, list[MinutesVote]] = {}
    for a in s.scalars(select(AgreementRow).where(
            AgreementRow.agenda_item_id.in_(ids), AgreementRow.deleted_at.is_(None))
            .order_by(AgreementRow.position)):
        votes.setdefault(a.agenda_item_id, []).append(MinutesVote(
            text=a.text, by_acclamation=a.by_acclamation, votes_for=a.votes_for,
            votes_against=a.votes_against, abstentions=a.abstentions,
            present_at_vote=a.present_at_vote, required_at_vote=a.quorum_required_at_vote,
            quorum_met_at_vote=a.quorum_met_at_vote, voted_at=_iso(a.voted_at)))
    return tuple(
        MinutesItem(i.position, i.title, i.notes or "", tuple(speakers.get(i.id, [])),
                    tuple(votes.get(i.id, [])))
        for i in items
    )


def _problems(s: Session, assembly_id: str
              ) -> tuple[tuple[MinutesProblem, ...], str | None, int, tuple[str, str]]:
    result = assembly_result(s, assembly_id)
    if result is None:
        rows = s.scalars(select(ProblemRow).where(
            ProblemRow.assembly_id == assembly_id, ProblemRow.deleted_at.is_(None))
            .order_by(ProblemRow.created_at, ProblemRow.id))
        return (tuple(MinutesProblem(p.title, p.category, p.families_affected, None, None, False)
                      for p in rows), None, 0, ("", ""))
    problems = tuple(
        MinutesProblem(e.problem.title, e.problem.category.value, e.problem.families_affected,
                       e.place, e.total, e.tied)
        for e in result.entries)
    tie = (result.tie_break.kind, result.tie_break.note) if result.tie_break else ("", "")
    return problems, result.prioritization.method.value, result.ballots, tie


def _signers(s: Session, org: OrganizationRow, day: date) -> tuple[MinutesSigner, ...]:
    """Principal spokespeople in office that day; for a commune without its own, one line
    per council so each council's spokesperson signs."""
    rows = s.execute(
        select(CommitteeRow.name, SpokespersonRow, ResidentRow)
        .join(SpokespersonRow, SpokespersonRow.committee_id == CommitteeRow.id)
        .join(ResidentRow, ResidentRow.id == SpokespersonRow.resident_id)
        .where(CommitteeRow.organization_id == org.id, CommitteeRow.deleted_at.is_(None),
               SpokespersonRow.deleted_at.is_(None), SpokespersonRow.term_start <= day)
        .order_by(CommitteeRow.name, SpokespersonRow.term_start)).all()
    signers = [
        MinutesSigner(f"{r.first_names} {r.last_names}", name)
        for name, sp, r in rows
        if (sp.term_end is None or day <= sp.term_end) and (sp.role or "principal") == "principal"
    ]
    if signers or org.kind == OrgKind.COUNCIL.value:
        return tuple(signers)
    councils = s.scalars(select(OrganizationRow).where(
        OrganizationRow.id.in_(territory_councils(s, org))).order_by(OrganizationRow.name))
    return tuple(MinutesSigner("", c.name) for c in councils)

