"""The acta: composed from the record, free text editable until approval, then locked.

Approval stores the composed content itself (canonical JSON) with its sha256, and the
sentences with its dates and hours exactly as printed then, so the approved acta prints the
same way forever (whatever later program version or zone setting reprints it) and a paper
copy can be checked against it. After approval nothing of the assembly can change (see
require_unlocked); a correction is an addendum: a new minutes row pointing at the acta,
sealed with its own hash.
"""

from __future__ import annotations

import json
from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session

import app.assembly.messages  # noqa: F401  (error sentences)
from app.assembly.minutes_content import (
    MinutesContent,
    MinutesText,
    content_hash,
    from_json,
    normalize_code,
    parse_qr,
    parse_text,
    short_code,
    text_body,
    to_json,
)
from app.assembly.model import Addendum, Attachment, MinutesCheck, MinutesPaper
from app.domain.assemblies import Minutes
from app.domain.canonical import canonical_json, sha256_hex
from app.domain.enums import AssemblyStatus, MinutesStatus
from app.domain.errors import DomainError
from app.domain.text import clean_name
from app.i18n import current_language
from app.persistence.rows import (
    AssemblyRow,
    AttachmentRow,
    MinutesRow,
)
from app.printing.assembly_words import paper_zone
from app.services import attachments
from app.services.assemblies import AssemblyService
from app.services.assemblies_record import approved_minutes, freeze_base
from app.services.context import ServiceContext, get_live
from app.services.minutes_compose import compose as compose_content
from app.services.minutes_compose import outside_reads
from app.services.settings import SettingsService, time_zone


def to_minutes(row: MinutesRow) -> Minutes:
    return Minutes(row.id, row.assembly_id, MinutesStatus(row.status), row.content_hash,
                   row.corrects_id)


class MinutesService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx
        self._settings = SettingsService(ctx.sessions)

    # -- the draft -------------------------------------------------------------------------

    def save_draft(self, assembly_id: str, body: str) -> Minutes:
        """Store the free text (JSON of MinutesText's fields); refused once approved."""
        parse_text(body)
        with self._ctx.sessions.begin() as s:
            return self._store_draft(s, assembly_id, _main_row(s, assembly_id), body)

    def save_text(self, assembly_id: str, text: MinutesText) -> Minutes:
        return self.save_draft(assembly_id, text_body(text))

    def update_text(self, assembly_id: str, opening: str | None = None,
                    closing: str | None = None, observations: str | None = None) -> Minutes:
        """Change the parts of the free text given and keep the others, in one unit of work
        (no other edit can slip between reading the draft and storing it)."""
        with self._ctx.sessions.begin() as s:
            row = _main_row(s, assembly_id)
            draft = row is not None and row.status == MinutesStatus.DRAFT.value
            current = parse_text(row.body) if row is not None and draft else MinutesText()
            text = MinutesText(
                opening=current.opening if opening is None else opening,
                closing=current.closing if closing is None else closing,
                observations=current.observations if observations is None else observations)
            return self._store_draft(s, assembly_id, row, text_body(text))

    def _store_draft(self, s: Session, assembly_id: str, row: MinutesRow | None,
                     body: str) -> Minutes:
        get_live(s, AssemblyRow, assembly_id, "assembly")
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

    def text(self, assembly_id: str) -> MinutesText:
        with self._ctx.sessions.begin() as s:
            row = _main_row(s, assembly_id)
            if row is None:
                return MinutesText()
            if row.status == MinutesStatus.APPROVED.value:
                return from_json(row.body).text
            return parse_text(row.body)

    def get(self, assembly_id: str) -> Minutes | None:
        with self._ctx.sessions.begin() as s:
            row = _main_row(s, assembly_id)
            return to_minutes(row) if row else None

    def compose(self, assembly_id: str) -> MinutesContent:
        """The acta as the record stands now, with the draft's free text."""
        base = outside_reads(self._settings)
        with self._ctx.sessions.begin() as s:
            row = _main_row(s, assembly_id)
            text = parse_text(row.body) if row and row.status == MinutesStatus.DRAFT.value \
                else MinutesText()
            return compose_content(s, assembly_id, base, text, None)

    # -- approval, addenda, checking -------------------------------------------------------

    def approve(self, assembly_id: str, approved_by: str, chair: str = "") -> Minutes:
        """Lock the acta: store its composed content and that content's sha256, with its
        number (ACTA N.º, the next of its organization), who presided and the folios of the
        attendance list annexed."""
        approver = clean_name(approved_by)
        if not approver:
            raise DomainError("minutes.approver_empty")
        base = outside_reads(self._settings)
        folios = self._attendance_folios(assembly_id)
        now = self._ctx.clock.now()
        with self._ctx.sessions.begin() as s:
            assembly = get_live(s, AssemblyRow, assembly_id, "assembly")
            if assembly.status not in (AssemblyStatus.CLOSED.value,
                                       AssemblyStatus.NOT_CONSTITUTED.value):
                raise DomainError("minutes.not_closed")
            row = _main_row(s, assembly_id)
            if row is not None and row.status == MinutesStatus.APPROVED.value:
                raise DomainError("minutes.locked")
            # An assembly closed before the base was frozen (an older database) gets it now,
            # so the acta and `verify` keep agreeing after later census changes.
            freeze_base(s, self._ctx.log, assembly)
            text = parse_text(row.body) if row is not None else MinutesText()
            # The zone and language its hours and words are printed in are sealed with it:
            # the acta reads the same on any laptop, whatever that laptop's settings.
            content = replace(compose_content(s, assembly_id, base, text, None),
                              approved_by=approver, approved_at=now.isoformat(),
                              time_zone=time_zone(s).key, language=current_language(),
                              number=next_number(s, assembly.organization_id),
                              chair=clean_name(chair), attendance_folios=folios)
            from app.printing.minutes import printed_texts  # ReportLab: only when sealing

            with paper_zone(content.time_zone):
                content = replace(content, printed=printed_texts(content))
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

    def _attendance_folios(self, assembly_id: str) -> int:
        """The pages of the attendance list as printed now (page size of the settings):
        the acta states how many folios are annexed to it. Counted from the sheet's page
        plan, without drawing it (5,000 attendees took 15 s to draw)."""
        from app.printing.attendance_sheet import attendance_folios

        sheet = AssemblyService(self._ctx).attendance_paper(assembly_id)
        with paper_zone(self._settings.get("time_zone")):
            return attendance_folios(sheet, self._settings.get("page_size"))

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

    def paper(self, assembly_id: str) -> MinutesPaper:
        """What to print: the sealed acta if approved, else the draft from the live record."""
        with self._ctx.sessions.begin() as s:
            main = approved_minutes(s, assembly_id)
            if main is not None:
                return MinutesPaper(from_json(main.body), True, main.content_hash,
                                    main.approved_at, main.approved_by or "",
                                    tuple(_to_addendum(r) for r in _addenda(s, main.id)))
        return MinutesPaper(self.compose(assembly_id), False, None, None, "")

    def verify(self, assembly_id: str, code: str | None = None) -> MinutesCheck:
        """Check the sealed acta, the record it came from, and optionally a paper's code.

        `code` is what is printed on a copy: the short code, the whole hash, or the QR text.
        """
        base = outside_reads(self._settings)
        with self._ctx.sessions.begin() as s:
            main = approved_minutes(s, assembly_id)
            if main is None or not main.content_hash:
                raise DomainError("minutes.none")
            stored = from_json(main.body)
            again = replace(compose_content(s, assembly_id, base, stored.text,
                                          (stored.signers, stored.secretary)),
                            approved_by=stored.approved_by, approved_at=stored.approved_at,
                            time_zone=stored.time_zone, language=stored.language,
                            printed=stored.printed, number=stored.number,
                            chair=stored.chair, attendance_folios=stored.attendance_folios,
                            # Frozen at sealing: later expenses change the accounts, not
                            # what the assembly was told.
                            accountability=stored.accountability)
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
        name = attachments.check_file(filename, data, media_type, "acta")
        with self._ctx.sessions.begin() as s:
            get_live(s, AssemblyRow, assembly_id, "assembly")
            row = attachments.store(self._ctx, s, "assembly", assembly_id, name, data,
                                    media_type, description)
            return _to_attachment(row)

    def attachments(self, assembly_id: str) -> list[Attachment]:
        with self._ctx.sessions.begin() as s:
            rows = s.scalars(select(AttachmentRow).where(
                AttachmentRow.owner_entity == "assembly", AttachmentRow.owner_id == assembly_id)
                .order_by(AttachmentRow.created_at))
            return [_to_attachment(r) for r in rows]

    def attachment_data(self, attachment_id: str) -> bytes:
        with self._ctx.sessions.begin() as s:
            get_live(s, AttachmentRow, attachment_id, "attachment")
            return attachments.read_or_explain(self._ctx, s, attachment_id)


def next_number(s: Session, organization_id: str) -> int:
    """ACTA N.º: one more than the highest sealed by the organization (actas sealed before
    numbers existed count as none)."""
    bodies = s.scalars(select(MinutesRow.body).join(
        AssemblyRow, AssemblyRow.id == MinutesRow.assembly_id).where(
        AssemblyRow.organization_id == organization_id,
        MinutesRow.status == MinutesStatus.APPROVED.value, MinutesRow.corrects_id.is_(None),
        MinutesRow.deleted_at.is_(None)))
    numbers = [int(json.loads(body).get("number", 0) or 0) for body in bodies]
    return max(numbers, default=0) + 1


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


