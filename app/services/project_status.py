"""A project's life: funded by its consultation (or by hand), then in execution, finished or
suspended; every step dated, with who made it, kept as an insert-only history."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

import app.projects.messages  # noqa: F401  (error sentences)
from app.domain.enums import Currency, FundingRule, ProjectRole, ProjectStatus
from app.domain.errors import DomainError
from app.domain.labels import label
from app.domain.problems import Project
from app.i18n import _
from app.persistence.rows import (
    ConsultationRow,
    NominationRow,
    ProjectPersonRow,
    ProjectRow,
    ProjectStatusChangeRow,
    ResidentRow,
)
from app.projects.model import Funding, ProjectPerson, StatusChange
from app.services.context import ServiceContext, get_live
from app.services.problems import to_project

# What a round gives when the consultation names no amount: about 10,000 USD today.
DEFAULT_ROUND_CENTS = 1_000_000
DEFAULT_ROUND_CURRENCY = Currency.USD

# Where a project may go from each status (funding itself is `fund`, not a plain change).
_NEXT: dict[ProjectStatus, frozenset[ProjectStatus]] = {
    ProjectStatus.FUNDED: frozenset({ProjectStatus.IN_PROGRESS, ProjectStatus.SUSPENDED,
                                     ProjectStatus.CANCELLED, ProjectStatus.COMPLETED}),
    ProjectStatus.IN_PROGRESS: frozenset({ProjectStatus.COMPLETED, ProjectStatus.SUSPENDED,
                                          ProjectStatus.CANCELLED}),
    ProjectStatus.SUSPENDED: frozenset({ProjectStatus.IN_PROGRESS, ProjectStatus.CANCELLED,
                                        ProjectStatus.COMPLETED}),
    ProjectStatus.COMPLETED: frozenset({ProjectStatus.IN_PROGRESS}),
    ProjectStatus.CANCELLED: frozenset(),
}


def funding_of(row: ProjectRow) -> Funding | None:
    if row.funded_cents is None:
        return None
    return Funding(row.funded_cents, Currency(row.funded_currency or row.currency),
                   row.consultation_id, row.committee, row.responsible)


def accounts_currency(row: ProjectRow) -> Currency:
    """The currency the project's accounts are kept in: the one it was funded in."""
    return Currency(row.funded_currency or row.currency)


def history_of(s: Session, project_id: str) -> list[StatusChange]:
    rows = s.scalars(select(ProjectStatusChangeRow)
                     .where(ProjectStatusChangeRow.project_id == project_id)
                     .order_by(ProjectStatusChangeRow.created_at, ProjectStatusChangeRow.id))
    return [StatusChange(ProjectStatus(r.status), r.changed_on, r.changed_by, r.note)
            for r in rows]


def record_status(ctx: ServiceContext, s: Session, row: ProjectRow, status: ProjectStatus,
                  on: date, by: str, note: str | None, **values: object) -> None:
    ctx.log.update(s, row, status=status.value, **values)
    ctx.log.insert(s, ProjectStatusChangeRow(
        id=ctx.ids.new(), project_id=row.id, status=status.value, changed_on=on,
        changed_by=by, note=note or None, created_at=ctx.clock.now()))


def fund_closed_consultation(ctx: ServiceContext, s: Session, consultation: ConsultationRow,
                             funded_ids: Sequence[str]) -> None:
    """Called as the consultation closes: its funded candidates become FUNDED with the
    round's amount (one project) or their own cost (several), in the round's currency."""
    rule = FundingRule(consultation.funding_rule)
    currency = Currency(consultation.currency or DEFAULT_ROUND_CURRENCY.value)
    by = _("Consulta «{name}»").format(name=consultation.name)
    for project_id in funded_ids:
        row = get_live(s, ProjectRow, project_id, "project")
        if row.status not in (ProjectStatus.PROPOSED.value, ProjectStatus.CANDIDATE.value):
            continue  # already funded (a re-count that closes again changes nothing)
        if rule is FundingRule.MOST_VOTED or not row.cost_cents:
            cents = consultation.budget_cents or DEFAULT_ROUND_CENTS
        else:
            cents = row.cost_cents
        record_status(ctx, s, row, ProjectStatus.FUNDED, ctx.today(), by, None,
                      funded_cents=cents, funded_currency=currency.value,
                      consultation_id=consultation.id)


def funded_candidates(s: Session, consultation_id: str, numbers: Sequence[int]) -> list[str]:
    rows = s.scalars(select(NominationRow.project_id).where(
        NominationRow.consultation_id == consultation_id, NominationRow.number.in_(numbers),
        NominationRow.deleted_at.is_(None)))
    return list(rows)


class ProjectStatusService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def fund(self, project_id: str, cents: int, currency: Currency, by: str,
             committee: str | None = None, responsible: str | None = None,
             on: date | None = None) -> Project:
        """Mark a project funded by hand (a round decided outside this program)."""
        by = by.strip()
        if not by:
            raise DomainError("project.changed_by_empty")
        if cents <= 0:
            raise DomainError("disbursement.zero")
        with self._ctx.sessions.begin() as s:
            row = get_live(s, ProjectRow, project_id, "project")
            if row.status == ProjectStatus.FUNDED.value:
                raise DomainError("project.status_same", status=label(ProjectStatus.FUNDED))
            record_status(self._ctx, s, row, ProjectStatus.FUNDED, on or self._ctx.today(), by,
                          None, funded_cents=cents, funded_currency=currency.value,
                          committee=committee or row.committee,
                          responsible=responsible or row.responsible)
            return to_project(row)

    def set_responsible(self, project_id: str, committee: str | None,
                        responsible: str | None) -> Project:
        with self._ctx.sessions.begin() as s:
            row = get_live(s, ProjectRow, project_id, "project")
            self._ctx.log.update(s, row, committee=committee or None,
                                 responsible=responsible or None)
            return to_project(row)

    def set_status(self, project_id: str, status: ProjectStatus, by: str, note: str = "",
                   on: date | None = None) -> Project:
        by = by.strip()
        if not by:
            raise DomainError("project.changed_by_empty")
        with self._ctx.sessions.begin() as s:
            row = get_live(s, ProjectRow, project_id, "project")
            current = ProjectStatus(row.status)
            if current is status:
                raise DomainError("project.status_same", status=label(status))
            if status not in _NEXT.get(current, frozenset()):
                raise DomainError("project.status_from_proposed" if current in (
                    ProjectStatus.PROPOSED, ProjectStatus.CANDIDATE) else "project.status_step",
                    current=label(current), status=label(status))
            values: dict[str, object] = {}
            today = on or self._ctx.today()
            if status is ProjectStatus.IN_PROGRESS and row.started_on is None:
                values["started_on"] = today
            if status is ProjectStatus.COMPLETED:
                values["finished_on"] = today
            record_status(self._ctx, s, row, status, today, by, note, **values)
            return to_project(row)

    def history(self, project_id: str) -> list[StatusChange]:
        with self._ctx.sessions.begin() as s:
            get_live(s, ProjectRow, project_id, "project")
            return history_of(s, project_id)

    # -- who answers for it ----------------------------------------------------------------

    def name_people(self, project_id: str, resident_ids: Sequence[str], role: ProjectRole
                    ) -> list[ProjectPerson]:
        """Name residents of the census as spokespeople or committee members, all or none."""
        if not resident_ids:
            raise DomainError("project.people_needed")
        with self._ctx.sessions.begin() as s:
            get_live(s, ProjectRow, project_id, "project")
            named = {(p.resident_id, p.role) for p in people_of(s, project_id)}
            made: list[ProjectPerson] = []
            for resident_id in dict.fromkeys(resident_ids):
                resident = get_live(s, ResidentRow, resident_id, "resident")
                name = f"{resident.first_names} {resident.last_names}".strip()
                if (resident_id, role) in named:
                    raise DomainError("project.person_named", name=name, role=label(role))
                row = ProjectPersonRow(id=self._ctx.ids.new(), project_id=project_id,
                                       resident_id=resident_id, role=role.value, name=name,
                                       created_at=self._ctx.clock.now())
                self._ctx.log.insert(s, row)
                made.append(_person(row))
            return made

    def remove_person(self, person_id: str) -> ProjectPerson:
        with self._ctx.sessions.begin() as s:
            row = get_live(s, ProjectPersonRow, person_id, "project_person")
            self._ctx.log.delete(s, row)
            return _person(row)

    def people(self, project_id: str) -> list[ProjectPerson]:
        with self._ctx.sessions.begin() as s:
            get_live(s, ProjectRow, project_id, "project")
            return people_of(s, project_id)


def _person(row: ProjectPersonRow) -> ProjectPerson:
    return ProjectPerson(row.id, row.project_id, row.resident_id, ProjectRole(row.role),
                         row.name)


def people_of(s: Session, project_id: str) -> list[ProjectPerson]:
    """The spokespeople first, then the committee, each in the order they were named."""
    rows = s.scalars(select(ProjectPersonRow).where(
        ProjectPersonRow.project_id == project_id, ProjectPersonRow.deleted_at.is_(None))
        .order_by(ProjectPersonRow.created_at, ProjectPersonRow.id))
    people = [_person(r) for r in rows]
    return sorted(people, key=lambda p: p.role is not ProjectRole.SPOKESPERSON)
