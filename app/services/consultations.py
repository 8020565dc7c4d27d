"""The popular consultation: create it, set its rules and put forward its candidate projects."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

import app.consultation.messages  # noqa: F401  (registers the consultation's sentences)
from app.domain.consultation import Consultation, Nomination
from app.domain.enums import (
    ConsultationStatus,
    Currency,
    FundingRule,
    ProblemCategory,
    ProjectStatus,
    TieRule,
)
from app.domain.errors import DomainError
from app.domain.text import clean_name
from app.persistence import rows as schema
from app.persistence.rows import ConsultationRow, NominationRow
from app.services.context import ServiceContext, get_live
from app.services.repeats import refuse_repeat

if TYPE_CHECKING:  # a type only: the listing need not make the organizations' dataclasses
    from app.domain.organizations import Organization

# The projects' and organizations' rows are named through `schema.` where a method uses them,
# and the organizations service is imported by the method that needs it: the rows package
# declares those classes then, so `asamblea list consultas` starts without 19 of them (a
# tenth of its start; tests/cli/test_startup_imports.py).


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


def _check_list_open(consultation: ConsultationRow) -> None:
    """Printed ballots, guides and tally sheets carry the numbers: the list is fixed then."""
    if consultation.status != ConsultationStatus.DRAFT.value:
        raise DomainError("consultation.candidates_locked")


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
            get_live(s, schema.OrganizationRow, organization_id, "organization")
            refuse_repeat(s, self._ctx.log, ConsultationRow,
                          {"organization_id": organization_id, "name": name})
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
            consultation = get_live(s, ConsultationRow, consultation_id, "consultation")
            _check_list_open(consultation)
            project = get_live(s, schema.ProjectRow, project_id, "project")
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
            return to_consultation(get_live(s, ConsultationRow, consultation_id, "consultation"))

    def organization(self, consultation_id: str) -> Organization:
        """The commune or circuit that holds the consultation (its papers name it)."""
        from app.services.organizations import to_organization

        with self._ctx.sessions.begin() as s:
            row = get_live(s, ConsultationRow, consultation_id, "consultation")
            return to_organization(get_live(s, schema.OrganizationRow, row.organization_id,
                                            "organization"))

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
                select(NominationRow, schema.ProjectRow.title)
                .join(schema.ProjectRow, schema.ProjectRow.id == NominationRow.project_id)
                .where(NominationRow.consultation_id == consultation_id,
                       NominationRow.deleted_at.is_(None))
                .order_by(NominationRow.number)
            ).all()
            return [Nomination(n.id, n.consultation_id, n.project_id, n.number, title)
                    for n, title in rows]

    # -- rules and the order of the candidates ------------------------------------------

    def set_rules(self, consultation_id: str, funding_rule: FundingRule, funded_count: int = 1,
                  budget_cents: int | None = None, tie_rule: TieRule | None = None,
                  currency: Currency | None = None) -> Consultation:
        """How many projects are funded and how a tie is settled. `budget_cents` in
        `currency` is the round's money: what the most voted project is funded with (10,000
        USD when none is given), or what the budget rule spends."""
        if funded_count < 1:
            raise DomainError("consultation.funded_count")
        if funding_rule is FundingRule.BUDGET and not budget_cents:
            raise DomainError("consultation.budget_needed")
        if budget_cents is not None and budget_cents < 0:
            raise DomainError("money.negative")
        with self._ctx.sessions.begin() as s:
            row = get_live(s, ConsultationRow, consultation_id, "consultation")
            if row.status in (ConsultationStatus.COUNTING.value, ConsultationStatus.CLOSED.value):
                raise DomainError("consultation.rules_locked")
            self._ctx.log.update(
                s, row, funding_rule=funding_rule.value,
                funded_count=1 if funding_rule is FundingRule.MOST_VOTED else funded_count,
                budget_cents=budget_cents, tie_rule=(tie_rule or TieRule(row.tie_rule)).value,
                currency=(currency or Currency(row.currency)).value)
            return to_consultation(row)

    def reorder(self, consultation_id: str, nomination_ids: list[str]) -> list[Nomination]:
        """Number the candidates 1..N in the order given (the order of the ballot)."""
        with self._ctx.sessions.begin() as s:
            _check_list_open(get_live(s, ConsultationRow, consultation_id, "consultation"))
            current = {n.id: n for n in self._live_nominations(s, consultation_id)}
            if sorted(current) != sorted(nomination_ids):
                raise DomainError("consultation.order_mismatch")
            for number, nomination_id in enumerate(nomination_ids, start=1):
                self._ctx.log.update(s, current[nomination_id], number=number)
        return self.candidates(consultation_id)

    def move(self, consultation_id: str, nomination_id: str, offset: int) -> list[Nomination]:
        """Move one candidate up (-1) or down (+1) the list."""
        order = [n.id for n in self.candidates(consultation_id)]
        if nomination_id not in order:
            raise DomainError("consultation.not_candidate")
        index = order.index(nomination_id)
        target = max(0, min(len(order) - 1, index + offset))
        order.insert(target, order.pop(index))
        return self.reorder(consultation_id, order)

    def withdraw(self, consultation_id: str, nomination_id: str) -> list[Nomination]:
        """Take a candidate off the list; the ones after it move up a number."""
        with self._ctx.sessions.begin() as s:
            row = get_live(s, NominationRow, nomination_id, "nomination")
            if row.consultation_id != consultation_id:
                raise DomainError("consultation.not_candidate")
            _check_list_open(get_live(s, ConsultationRow, consultation_id, "consultation"))
            self._ctx.log.delete(s, row)
            project = s.get(schema.ProjectRow, row.project_id)
            if project is not None and project.status == ProjectStatus.CANDIDATE.value:
                self._ctx.log.update(s, project, status=ProjectStatus.PROPOSED.value)
            remaining = self._live_nominations(s, consultation_id)
            for number, nomination in enumerate(remaining, start=1):
                self._ctx.log.update(s, nomination, number=number)
        return self.candidates(consultation_id)

    def problems_of(self, project_ids: list[str]) -> dict[str, list[str]]:
        """The problems each project answers (the link to the assemblies that raised them)."""
        with self._ctx.sessions.begin() as s:
            link = schema.ProjectProblemRow
            links = s.execute(select(link.project_id, link.problem_id)
                              .where(link.project_id.in_(project_ids))).all()
        found: dict[str, list[str]] = {p: [] for p in project_ids}
        for project_id, problem_id in links:
            found[project_id].append(problem_id)
        return found

    def resolve_tie(self, consultation_id: str, numbers: list[int], note: str = "") -> Consultation:
        """Record how a tie was settled (second vote or draw): the candidates in final order."""
        with self._ctx.sessions.begin() as s:
            row = get_live(s, ConsultationRow, consultation_id, "consultation")
            by_number = {n.number: n.id for n in self._live_nominations(s, consultation_id)}
            if len(numbers) < 2 or len(set(numbers)) != len(numbers) or any(
                    n not in by_number for n in numbers):
                raise DomainError("consultation.tie_order",
                                  numbers=", ".join(str(n) for n in sorted(by_number)))
            resolution: dict[str, object] = {
                "kind": row.tie_rule, "order": [by_number[n] for n in numbers],
                "note": note.strip()}
            self._ctx.log.update(s, row, tie_resolution=resolution)
            # Imported here: the tallies build on this module (to_consultation).
            from app.services.tallies import TallyService
            TallyService(self._ctx).fund_if_closed(s, row)
            return to_consultation(row)

    def _live_nominations(self, s: Session, consultation_id: str) -> list[NominationRow]:
        return list(s.scalars(select(NominationRow).where(
            NominationRow.consultation_id == consultation_id,
            NominationRow.deleted_at.is_(None)).order_by(NominationRow.number,
                                                          NominationRow.created_at)))

    def nominate_new(self, consultation_id: str, title: str, category: ProblemCategory,
                     cost_cents: int, description: str | None = None) -> Nomination:
        """A candidate added directly (not from an assembly's list): the project and its
        nomination are made together."""
        title = clean_name(title)
        if not title:
            raise DomainError("project.title_empty")
        if cost_cents < 0:
            raise DomainError("money.negative")
        with self._ctx.sessions.begin() as s:
            consultation = get_live(s, ConsultationRow, consultation_id, "consultation")
            _check_list_open(consultation)
            if len(self._live_nominations(s, consultation_id)) >= consultation.max_candidates:
                raise DomainError("consultation.too_many", max=consultation.max_candidates)
            refuse_repeat(s, self._ctx.log, schema.ProjectRow,
                          {"organization_id": consultation.organization_id, "title": title})
            project = schema.ProjectRow(
                id=self._ctx.ids.new(), organization_id=consultation.organization_id,
                title=title, description=description, category=category.value,
                cost_cents=cost_cents, currency=consultation.currency,
                status=ProjectStatus.PROPOSED.value, created_at=self._ctx.clock.now(),
            )
            self._ctx.log.insert(s, project)
            project_id = project.id
        return self.nominate(consultation_id, project_id)
