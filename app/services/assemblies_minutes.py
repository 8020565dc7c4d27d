"""The acta: composed from the record, free text editable until approval, then locked.

Approval stores the composed content itself (canonical JSON) with its sha256, so the
approved acta prints the same way forever and a paper copy can be checked against it. After
approval nothing of the assembly can change (see require_unlocked); a correction is an
addendum: a new minutes row pointing at the acta, sealed with its own hash.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

import app.assembly.messages  # noqa: F401  (error sentences)
from app.assembly.acta import (
    ActaAttendance,
    ActaContent,
    ActaItem,
    ActaProblem,
    ActaSigner,
    ActaSpeaker,
    ActaText,
    ActaVote,
    content_hash,
    from_json,
    normalize_code,
    parse_qr,
    short_code,
    to_json,
)
from app.assembly.minutes_records import ActaPaper, Addendum, Attachment, MinutesCheck
from app.assembly.quorum import QuorumStatus
from app.domain.assemblies import Minutes
from app.domain.enums import AssemblyStatus, MinutesStatus, OrgKind
from app.domain.errors import DomainError
from app.domain.text import clean_name
from app.persistence.rows import (
    AgendaItemRow,
    AgreementRow,
    AssemblyRow,
    AttachmentRow,
    CommitteeRow,
    InterventionRow,
    MinutesRow,
    OrganizationRow,
    ProblemRow,
    ResidentRow,
    SpokespersonRow,
)
from app.services.assemblies_record import (
    approved_minutes,
    assembly_day,
    quorum_status,
)
from app.services.context import ServiceContext, get_live
from app.services.problems import assembly_result
from app.services.residents import ResidentService
from app.services.settings import SettingsService
from app.services.territory import territory_councils
from app.sync.canonical import canonical_json, sha256_hex

MAX_ATTACHMENT_MB = 15
ATTACHMENT_TYPES = ("image/jpeg", "image/png", "application/pdf")


@dataclass(frozen=True)
class _Outside:
    quorum_base: int
    secretary: str


def to_minutes(row: MinutesRow) -> Minutes:
    return Minutes(row.id, row.assembly_id, MinutesStatus(row.status), row.content_hash,
                   row.corrects_id)


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment is not None else None


def parse_text(body: str) -> ActaText:
    """The draft's free text, stored as JSON; unknown keys are ignored."""
    if not body.strip():
        return ActaText()
    try:
        data = json.loads(body)
    except ValueError as exc:
        raise DomainError("minutes.text_invalid") from exc
    if not isinstance(data, dict):
        raise DomainError("minutes.text_invalid")
    return ActaText(**{k: str(data.get(k) or "") for k in ("opening", "closing",
                                                             "observations")})


def text_body(text: ActaText) -> str:
    return canonical_json({"opening": text.opening.strip(), "closing": text.closing.strip(),
                           "observations": text.observations.strip()})


class MinutesService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx
        self._residents = ResidentService(ctx)
        self._settings = SettingsService(ctx.sessions)

    # -- the draft -------------------------------------------------------------------------

    def save_draft(self, assembly_id: str, body: str) -> Minutes:
        """Store the free text (JSON of ActaText's fields); refused once approved."""
        parse_text(body)
        with self._ctx.sessions.begin() as s:
            get_live(s, AssemblyRow, assembly_id, "la asamblea")
            row = _main_row(s, assembly_id)
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

    def save_text(self, assembly_id: str, text: ActaText) -> Minutes:
        return self.save_draft(assembly_id, text_body(text))

    def text(self, assembly_id: str) -> ActaText:
        with self._ctx.sessions.begin() as s:
            row = _main_row(s, assembly_id)
            if row is None:
                return ActaText()
            if row.status == MinutesStatus.APPROVED.value:
                return from_json(row.body).text
            return parse_text(row.body)

    def get(self, assembly_id: str) -> Minutes | None:
        with self._ctx.sessions.begin() as s:
            row = _main_row(s, assembly_id)
            return to_minutes(row) if row else None

    def compose(self, assembly_id: str) -> ActaContent:
        """The acta as the record stands now, with the draft's free text."""
        base = self._base(assembly_id)
        with self._ctx.sessions.begin() as s:
            row = _main_row(s, assembly_id)
            text = parse_text(row.body) if row and row.status == MinutesStatus.DRAFT.value \
                else ActaText()
            return self._compose(s, assembly_id, base, text, None)

    def _base(self, assembly_id: str) -> _Outside:
        """What composing needs from other services, read before the acta's own session
        (every unit of work takes the write lock, so they cannot be nested)."""
        with self._ctx.sessions.begin() as s:
            row = get_live(s, AssemblyRow, assembly_id, "la asamblea")
            org = get_live(s, OrganizationRow, row.organization_id, "la organización")
            councils = territory_councils(s, org)
            day = assembly_day(row)
            age = org.voting_age
        return _Outside(self._residents.count_of_age(councils, age, day),
                        self._settings.get("secretary_name"))

    def _compose(self, s: Session, assembly_id: str, base: _Outside, text: ActaText,
                 signed: tuple[tuple[ActaSigner, ...], str] | None) -> ActaContent:
        row = get_live(s, AssemblyRow, assembly_id, "la asamblea")
        org = get_live(s, OrganizationRow, row.organization_id, "la organización")
        status = quorum_status(s, row, base.quorum_base)
        signers, secretary = signed if signed is not None else (
            _signers(s, org, assembly_day(row)), base.secretary)
        problems, method, ballots, (tie, tie_note) = _problems(s, assembly_id)
        return ActaContent(
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
        )

    # -- approval, addenda, checking -------------------------------------------------------

    def approve(self, assembly_id: str, approved_by: str) -> Minutes:
        """Lock the acta: store its composed content and that content's sha256."""
        approver = clean_name(approved_by)
        if not approver:
            raise DomainError("minutes.approver_empty")
        base = self._base(assembly_id)
        now = self._ctx.clock.now()
        with self._ctx.sessions.begin() as s:
            assembly = get_live(s, AssemblyRow, assembly_id, "la asamblea")
            if assembly.status != AssemblyStatus.CLOSED.value:
                raise DomainError("minutes.not_closed")
            row = _main_row(s, assembly_id)
            if row is not None and row.status == MinutesStatus.APPROVED.value:
                raise DomainError("minutes.locked")
            text = parse_text(row.body) if row is not None else ActaText()
            content = replace(self._compose(s, assembly_id, base, text, None),
                              approved_by=approver, approved_at=now.isoformat())
            body = to_json(content)
            values = {"status": MinutesStatus.APPROVED.value, "body": body,
                      "content_hash": content_hash(content), "approved_at": now,
                      "approved_by": approver}
            if row is None:
                row = MinutesRow(id=self._ctx.ids.new(), assembly_id=assembly_id,
                                 created_at=now, **values)
                self._ctx.log.insert(s, row)
            else:
                self._ctx.log.update(s, row, **values)
            return to_minutes(row)

    def add_addendum(self, assembly_id: str, text: str, approved_by: str) -> Addendum:
        """A correction read and approved in a later session: sealed on its own."""
        body_text = text.strip()
        approver = clean_name(approved_by)
        if not body_text:
            raise DomainError("minutes.addendum_empty")
        if not approver:
            raise DomainError("minutes.approver_empty")
        now = self._ctx.clock.now()
        with self._ctx.sessions.begin() as s:
            main = approved_minutes(s, assembly_id)
            if main is None:
                raise DomainError("minutes.none")
            body = canonical_json({"corrects": main.content_hash, "text": body_text})
            row = MinutesRow(
                id=self._ctx.ids.new(), assembly_id=assembly_id,
                status=MinutesStatus.APPROVED.value, body=body, content_hash=sha256_hex(body),
                approved_at=now, approved_by=approver, corrects_id=main.id, created_at=now,
            )
            self._ctx.log.insert(s, row)
            return _to_addendum(row)

    def paper(self, assembly_id: str) -> ActaPaper:
        """What to print: the sealed acta if approved, else the draft from the live record."""
        with self._ctx.sessions.begin() as s:
            main = approved_minutes(s, assembly_id)
            if main is not None:
                return ActaPaper(from_json(main.body), True, main.content_hash,
                                 main.approved_at, main.approved_by or "",
                                 tuple(_to_addendum(r) for r in _addenda(s, main.id)))
        return ActaPaper(self.compose(assembly_id), False, None, None, "")

    def verify(self, assembly_id: str, code: str | None = None) -> MinutesCheck:
        """Check the sealed acta, the record it came from, and optionally a paper's code.

        `code` is what is printed on a copy: the short code, the whole hash, or the QR text.
        """
        base = self._base(assembly_id)
        with self._ctx.sessions.begin() as s:
            main = approved_minutes(s, assembly_id)
            if main is None or not main.content_hash:
                raise DomainError("minutes.none")
            stored = from_json(main.body)
            again = replace(self._compose(s, assembly_id, base, stored.text,
                                          (stored.signers, stored.secretary)),
                            approved_by=stored.approved_by, approved_at=stored.approved_at)
            addenda = _addenda(s, main.id)
            return MinutesCheck(
                assembly_id=assembly_id, minutes_id=main.id, content_hash=main.content_hash,
                code=short_code(main.content_hash),
                stored_intact=sha256_hex(main.body) == main.content_hash,
                record_matches=content_hash(again) == main.content_hash,
                code_matches=None if code is None else _code_matches(code, main.content_hash),
                addenda=len(addenda),
                addenda_intact=all(sha256_hex(a.body) == a.content_hash for a in addenda),
            )

    # -- the signed copy -------------------------------------------------------------------

    def attach_signed_copy(self, assembly_id: str, filename: str, data: bytes,
                           media_type: str, description: str = "") -> Attachment:
        """Keep a scan or photo of the signed acta with the assembly (insert-only)."""
        name = filename.strip() or "acta"
        if not data:
            raise DomainError("attachment.empty", name=name)
        if len(data) > MAX_ATTACHMENT_MB * 1024 * 1024:
            raise DomainError("attachment.too_big", name=name, mb=MAX_ATTACHMENT_MB)
        if media_type not in ATTACHMENT_TYPES:
            raise DomainError("attachment.type", name=name)
        with self._ctx.sessions.begin() as s:
            get_live(s, AssemblyRow, assembly_id, "la asamblea")
            row = AttachmentRow(
                id=self._ctx.ids.new(), owner_entity="assembly", owner_id=assembly_id,
                filename=name[:200], media_type=media_type, size=len(data),
                sha256=sha256_hex(data), data=data, description=description.strip() or None,
                created_at=self._ctx.clock.now(),
            )
            self._ctx.log.insert(s, row)
            return _to_attachment(row)

    def attachments(self, assembly_id: str) -> list[Attachment]:
        with self._ctx.sessions.begin() as s:
            rows = s.scalars(select(AttachmentRow).where(
                AttachmentRow.owner_entity == "assembly", AttachmentRow.owner_id == assembly_id)
                .order_by(AttachmentRow.created_at))
            return [_to_attachment(r) for r in rows]

    def attachment_data(self, attachment_id: str) -> bytes:
        with self._ctx.sessions.begin() as s:
            return bytes(get_live(s, AttachmentRow, attachment_id, "el archivo adjunto").data)


def _main_row(s: Session, assembly_id: str) -> MinutesRow | None:
    return s.scalars(select(MinutesRow).where(
        MinutesRow.assembly_id == assembly_id, MinutesRow.corrects_id.is_(None),
        MinutesRow.deleted_at.is_(None)).order_by(MinutesRow.created_at)).first()


def _addenda(s: Session, minutes_id: str) -> list[MinutesRow]:
    return list(s.scalars(select(MinutesRow).where(
        MinutesRow.corrects_id == minutes_id, MinutesRow.deleted_at.is_(None))
        .order_by(MinutesRow.created_at, MinutesRow.id)))


def _to_addendum(row: MinutesRow) -> Addendum:
    data = json.loads(row.body)
    return Addendum(row.id, str(data.get("text", "")), row.content_hash or "",
                    row.approved_at, row.approved_by or "")


def _to_attachment(row: AttachmentRow) -> Attachment:
    return Attachment(row.id, row.owner_id, row.filename, row.media_type, row.size,
                      row.sha256, row.description or "", row.created_at)


def _code_matches(code: str, digest: str) -> bool:
    parsed = parse_qr(code)
    if parsed is not None:
        return parsed[1] == digest
    wanted = normalize_code(code)
    return len(wanted) >= 12 and digest.upper().startswith(wanted)


def _attendance(status: QuorumStatus) -> ActaAttendance:
    return ActaAttendance(present=status.present, under_age=status.under_age,
                          base=status.base, percent=status.percent,
                          required=status.required, met=status.met,
                          voting_age=status.voting_age)


def _items(s: Session, assembly_id: str) -> tuple[ActaItem, ...]:
    items = s.scalars(select(AgendaItemRow).where(
        AgendaItemRow.assembly_id == assembly_id, AgendaItemRow.deleted_at.is_(None))
        .order_by(AgendaItemRow.position)).all()
    ids = [i.id for i in items]
    speakers: dict[str, list[ActaSpeaker]] = {}
    for sp in s.scalars(select(InterventionRow).where(
            InterventionRow.agenda_item_id.in_(ids), InterventionRow.deleted_at.is_(None))
            .order_by(InterventionRow.position)):
        speakers.setdefault(sp.agenda_item_id, []).append(
            ActaSpeaker(sp.speaker_name, sp.summary or ""))
    votes: dict[str, list[ActaVote]] = {}
    for a in s.scalars(select(AgreementRow).where(
            AgreementRow.agenda_item_id.in_(ids), AgreementRow.deleted_at.is_(None))
            .order_by(AgreementRow.position)):
        votes.setdefault(a.agenda_item_id, []).append(ActaVote(
            text=a.text, by_acclamation=a.by_acclamation, votes_for=a.votes_for,
            votes_against=a.votes_against, abstentions=a.abstentions,
            present_at_vote=a.present_at_vote, required_at_vote=a.quorum_required_at_vote,
            quorum_met_at_vote=a.quorum_met_at_vote, voted_at=_iso(a.voted_at)))
    return tuple(
        ActaItem(i.position, i.title, i.notes or "", tuple(speakers.get(i.id, [])),
                 tuple(votes.get(i.id, [])))
        for i in items
    )


def _problems(s: Session, assembly_id: str
              ) -> tuple[tuple[ActaProblem, ...], str | None, int, tuple[str, str]]:
    result = assembly_result(s, assembly_id)
    if result is None:
        rows = s.scalars(select(ProblemRow).where(
            ProblemRow.assembly_id == assembly_id, ProblemRow.deleted_at.is_(None))
            .order_by(ProblemRow.created_at, ProblemRow.id))
        return (tuple(ActaProblem(p.title, p.category, p.families_affected, None, None, False)
                      for p in rows), None, 0, ("", ""))
    problems = tuple(
        ActaProblem(e.problem.title, e.problem.category.value, e.problem.families_affected,
                    e.place, e.total, e.tied)
        for e in result.entries)
    tie = (result.tie_break.kind, result.tie_break.note) if result.tie_break else ("", "")
    return problems, result.prioritization.method.value, result.ballots, tie


def _signers(s: Session, org: OrganizationRow, day: date) -> tuple[ActaSigner, ...]:
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
        ActaSigner(f"{r.first_names} {r.last_names}", name)
        for name, sp, r in rows
        if (sp.term_end is None or day <= sp.term_end) and (sp.role or "principal") == "principal"
    ]
    if signers or org.kind == OrgKind.COUNCIL.value:
        return tuple(signers)
    councils = s.scalars(select(OrganizationRow).where(
        OrganizationRow.id.in_(territory_councils(s, org))).order_by(OrganizationRow.name))
    return tuple(ActaSigner("", c.name) for c in councils)

