"""Progress and oversight of a funded project: progress reports (date, percent, text,
photos) and the contraloría social's inspections (inspectors from the census, what was
checked, findings, observations); a finding stays open until the people responsible answer
it, and the answer is dated and says who gave it."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

import app.projects.messages  # noqa: F401  (error sentences)
from app.domain.errors import DomainError
from app.persistence.rows import (
    AttachmentRow,
    FindingRow,
    InspectionRow,
    ProgressReportRow,
    ProjectRow,
    ResidentRow,
)
from app.projects.model import (
    Finding,
    Inspection,
    Oversight,
    ProgressReport,
    Receipt,
)
from app.services import attachments
from app.services.context import ServiceContext, get_live

# A photo as given: file name, bytes, media type.
Photo = tuple[str, bytes, str]


def _finding(row: FindingRow) -> Finding:
    return Finding(row.id, row.inspection_id, row.text, row.answer, row.answered_on,
                   row.answered_by)


def oversight_of(s: Session, project_id: str) -> Oversight:
    reports = list(s.scalars(select(ProgressReportRow).where(
        ProgressReportRow.project_id == project_id, ProgressReportRow.deleted_at.is_(None))
        .order_by(ProgressReportRow.reported_on, ProgressReportRow.created_at)))
    photos: dict[str, list[Receipt]] = {r.id: [] for r in reports}
    if reports:
        for att_id, owner, name, media, size in s.execute(
                select(AttachmentRow.id, AttachmentRow.owner_id, AttachmentRow.filename,
                       AttachmentRow.media_type, AttachmentRow.size)
                .where(AttachmentRow.owner_entity == "progress_report",
                       AttachmentRow.owner_id.in_(list(photos)))
                .order_by(AttachmentRow.created_at)):
            photos[owner].append(Receipt(att_id, name, media, size))
    inspections = list(s.scalars(select(InspectionRow).where(
        InspectionRow.project_id == project_id, InspectionRow.deleted_at.is_(None))
        .order_by(InspectionRow.inspected_on, InspectionRow.created_at)))
    findings: dict[str, list[Finding]] = {i.id: [] for i in inspections}
    if inspections:
        for row in s.scalars(select(FindingRow).where(
                FindingRow.inspection_id.in_(list(findings)), FindingRow.deleted_at.is_(None))
                .order_by(FindingRow.created_at, FindingRow.id)):
            findings[row.inspection_id].append(_finding(row))
    return Oversight(
        tuple(ProgressReport(r.id, r.project_id, r.reported_on, r.percent, r.text,
                             tuple(photos[r.id])) for r in reports),
        tuple(Inspection(i.id, i.project_id, i.inspected_on,
                         tuple(str(p.get("name", "")) for p in i.inspectors), i.checked,
                         i.observations, tuple(findings[i.id])) for i in inspections))


class ProjectOversightService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def report_progress(self, project_id: str, on: date, percent: int, text: str,
                        photos: Sequence[Photo] = ()) -> ProgressReport:
        text = text.strip()
        if not text:
            raise DomainError("progress.text_empty")
        if not 0 <= percent <= 100:
            raise DomainError("progress.percent_range")
        checked = [(attachments.check_file(name, data, media, "foto"), data, media)
                   for name, data, media in photos]
        with self._ctx.sessions.begin() as s:
            get_live(s, ProjectRow, project_id, "project")
            row = ProgressReportRow(id=self._ctx.ids.new(), project_id=project_id,
                                    reported_on=on, percent=percent, text=text,
                                    created_at=self._ctx.clock.now())
            self._ctx.log.insert(s, row)
            kept = [attachments.store(self._ctx, s, "progress_report", row.id, name, data,
                                      media) for name, data, media in checked]
            return ProgressReport(row.id, project_id, on, percent, text,
                                  tuple(Receipt(a.id, a.filename, a.media_type, a.size)
                                        for a in kept))

    def inspect(self, project_id: str, on: date, inspector_ids: Sequence[str], checked: str,
                findings: Sequence[str] = (), observations: str = "") -> Inspection:
        """Record a visit of the oversight unit; each finding starts open."""
        checked = checked.strip()
        if not checked:
            raise DomainError("inspection.checked_empty")
        if not inspector_ids:
            raise DomainError("inspection.inspectors_needed")
        texts = [f.strip() for f in findings if f.strip()]
        with self._ctx.sessions.begin() as s:
            get_live(s, ProjectRow, project_id, "project")
            people = [get_live(s, ResidentRow, rid, "resident") for rid in inspector_ids]
            row = InspectionRow(
                id=self._ctx.ids.new(), project_id=project_id, inspected_on=on,
                inspectors=[{"id": p.id, "name": f"{p.first_names} {p.last_names}"}
                            for p in people],
                checked=checked, observations=observations.strip() or None,
                created_at=self._ctx.clock.now())
            self._ctx.log.insert(s, row)
            for text in texts:
                self._ctx.log.insert(s, FindingRow(id=self._ctx.ids.new(),
                                                   inspection_id=row.id, text=text,
                                                   created_at=self._ctx.clock.now()))
            return next(i for i in oversight_of(s, project_id).inspections if i.id == row.id)

    def answer(self, finding_id: str, answer: str, by: str, on: date | None = None
               ) -> Finding:
        """The answer of the people responsible: it closes the finding."""
        answer, by = answer.strip(), by.strip()
        if not answer:
            raise DomainError("finding.answer_empty")
        if not by:
            raise DomainError("finding.by_empty")
        with self._ctx.sessions.begin() as s:
            row = get_live(s, FindingRow, finding_id, "finding")
            if row.answer is not None:
                raise DomainError("finding.answered", on=f"{row.answered_on:%d/%m/%Y}")
            self._ctx.log.update(s, row, answer=answer, answered_by=by,
                                 answered_on=on or self._ctx.today())
            return _finding(row)

    def oversight(self, project_id: str) -> Oversight:
        with self._ctx.sessions.begin() as s:
            get_live(s, ProjectRow, project_id, "project")
            return oversight_of(s, project_id)

    def photo_data(self, attachment_id: str) -> bytes | None:
        """The photo's bytes; None while the file has not arrived by sync."""
        with self._ctx.sessions.begin() as s:
            get_live(s, AttachmentRow, attachment_id, "attachment")
            return attachments.read_or_explain(self._ctx, s, attachment_id)
