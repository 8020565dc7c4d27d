"""The popular consultation: create it and put forward its candidate projects."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from app.domain.consultation import Consultation, Nomination
from app.domain.enums import (
    ConsultationStatus,
    Currency,
    FundingRule,
    ProjectStatus,
    TieRule,
)
from app.domain.errors import DomainError
from app.domain.text import clean_name
from app.persistence.rows import ConsultationRow, NominationRow, OrganizationRow, ProjectRow
from app.services.context import ServiceContext, get_live


def to_consultation(row: ConsultationRow) -> Consultation:
    return Consultation(
        id=row.id,
        organization_id=row.organization_id,
        name=row.name,
        vote_date=row.vote_date,
        max_candidates=row.max_candidates,
        funding_rule=FundingRule(row.funding_rule),
        funded_count=row.funded_count,
        budget_cents=row.budget_cents,
        currency=Currency(row.currency),
        tie_rule=TieRule(row.tie_rule),
        status=ConsultationStatus(row.status),
    )


class ConsultationService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def create(
        self,
        organization_id: str,
        name: str,
        vote_date: date,
        max_candidates: int = 7,
        funding_rule: FundingRule = FundingRule.MOST_VOTED,
        funded_count: int = 1,
        budget_cents: int | None = None,
        currency: Currency = Currency.USD,
        tie_rule: TieRule = TieRule.SECOND_VOTE,
    ) -> Consultation:
        name = clean_name(name)
        if not name:
            raise DomainError("consultation.name_empty")
        with self._ctx.sessions.begin() as s:
            get_live(s, OrganizationRow, organization_id, "la organización")
            row = ConsultationRow(
                id=self._ctx.ids.new(),
                organization_id=organization_id,
                name=name,
                vote_date=vote_date,
                max_candidates=max_candidates,
                funding_rule=funding_rule.value,
                funded_count=funded_count,
                budget_cents=budget_cents,
                currency=currency.value,
                tie_rule=tie_rule.value,
                status=ConsultationStatus.DRAFT.value,
                created_at=self._ctx.clock.now(),
            )
            self._ctx.log.insert(s, row)
            return to_consultation(row)

    def nominate(self, consultation_id: str, project_id: str) -> Nomination:
        """Add a candidate with the next number."""
        with self._ctx.sessions.begin() as s:
            consultation = get_live(s, ConsultationRow, consultation_id, "la consulta")
            project = get_live(s, ProjectRow, project_id, "el proyecto")
            current = s.scalars(
                select(NominationRow).where(
                    NominationRow.consultation_id == consultation_id,
                    NominationRow.deleted_at.is_(None),
                )
            ).all()
            if any(n.project_id == project_id for n in current):
                raise DomainError("consultation.already_nominated")
            if len(current) >= consultation.max_candidates:
                raise DomainError("consultation.too_many", max=consultation.max_candidates)
            number = max((n.number for n in current), default=0) + 1
            row = NominationRow(
                id=self._ctx.ids.new(),
                consultation_id=consultation_id,
                project_id=project_id,
                number=number,
                created_at=self._ctx.clock.now(),
            )
            self._ctx.log.insert(s, row)
            self._ctx.log.update(s, project, status=ProjectStatus.CANDIDATE.value)
            return Nomination(row.id, consultation_id, project_id, number, project.title)

    def get(self, consultation_id: str) -> Consultation:
        with self._ctx.sessions.begin() as s:
            return to_consultation(get_live(s, ConsultationRow, consultation_id, "la consulta"))

    def list_all(self) -> list[Consultation]:
        with self._ctx.sessions.begin() as s:
            rows = s.scalars(
                select(ConsultationRow)
                .where(ConsultationRow.deleted_at.is_(None))
                .order_by(ConsultationRow.vote_date.desc())
            )
            return [to_consultation(r) for r in rows]

    def candidates(self, consultation_id: str) -> list[Nomination]:
        with self._ctx.sessions.begin() as s:
            rows = s.execute(
                select(NominationRow, ProjectRow.title)
                .join(ProjectRow, ProjectRow.id == NominationRow.project_id)
                .where(NominationRow.consultation_id == consultation_id,
                       NominationRow.deleted_at.is_(None))
                .order_by(NominationRow.number)
            ).all()
            return [Nomination(n.id, n.consultation_id, n.project_id, n.number, title)
                    for n, title in rows]
