"""Problems named in assemblies, their prioritization ballots, and projects."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select

from app.domain.enums import (
    Currency,
    PrioritizationMethod,
    PrioritizationStatus,
    ProblemCategory,
    ProblemStatus,
    ProjectStatus,
)
from app.domain.errors import DomainError
from app.domain.problems import Prioritization, Problem, Project
from app.domain.text import clean_name
from app.persistence.rows import (
    AssemblyRow,
    OrganizationRow,
    PrioritizationBallotRow,
    PrioritizationRow,
    ProblemRow,
    ProjectProblemRow,
    ProjectRow,
)
from app.services.context import ServiceContext, get_live


def to_problem(row: ProblemRow) -> Problem:
    return Problem(
        id=row.id,
        organization_id=row.organization_id,
        assembly_id=row.assembly_id,
        title=row.title,
        description=row.description,
        category=ProblemCategory(row.category),
        families_affected=row.families_affected,
        status=ProblemStatus(row.status),
    )


def to_project(row: ProjectRow) -> Project:
    return Project(
        id=row.id,
        organization_id=row.organization_id,
        title=row.title,
        description=row.description,
        category=ProblemCategory(row.category),
        cost_cents=row.cost_cents,
        currency=Currency(row.currency),
        status=ProjectStatus(row.status),
    )


class ProblemService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def create(
        self,
        organization_id: str,
        title: str,
        category: ProblemCategory,
        families_affected: int = 0,
        description: str | None = None,
        assembly_id: str | None = None,
        sector_id: str | None = None,
    ) -> Problem:
        title = clean_name(title)
        if not title:
            raise DomainError("problem.title_empty")
        if families_affected < 0:
            raise DomainError("problem.families_negative")
        with self._ctx.sessions.begin() as s:
            get_live(s, OrganizationRow, organization_id, "la organización")
            if assembly_id:
                get_live(s, AssemblyRow, assembly_id, "la asamblea")
            row = ProblemRow(
                id=self._ctx.ids.new(),
                organization_id=organization_id,
                assembly_id=assembly_id,
                sector_id=sector_id,
                title=title,
                description=description,
                category=category.value,
                families_affected=families_affected,
                status=ProblemStatus.OPEN.value,
                created_at=self._ctx.clock.now(),
            )
            self._ctx.log.insert(s, row)
            return to_problem(row)

    def list_all(self, organization_ids: Sequence[str] = (), assembly_id: str | None = None
             ) -> list[Problem]:
        with self._ctx.sessions.begin() as s:
            query = select(ProblemRow).where(ProblemRow.deleted_at.is_(None))
            if organization_ids:
                query = query.where(ProblemRow.organization_id.in_(organization_ids))
            if assembly_id:
                query = query.where(ProblemRow.assembly_id == assembly_id)
            rows = s.scalars(query.order_by(ProblemRow.created_at, ProblemRow.id))
            return [to_problem(r) for r in rows]

    # -- prioritization --------------------------------------------------------------------

    def start_prioritization(
        self, assembly_id: str, method: PrioritizationMethod, points_per_voter: int | None = None
    ) -> Prioritization:
        if method is PrioritizationMethod.SCORE and not points_per_voter:
            raise DomainError("prioritization.points_needed")
        with self._ctx.sessions.begin() as s:
            get_live(s, AssemblyRow, assembly_id, "la asamblea")
            row = PrioritizationRow(
                id=self._ctx.ids.new(),
                assembly_id=assembly_id,
                method=method.value,
                points_per_voter=points_per_voter,
                status=PrioritizationStatus.OPEN.value,
                created_at=self._ctx.clock.now(),
            )
            self._ctx.log.insert(s, row)
            return Prioritization(row.id, assembly_id, method, points_per_voter)

    def add_ballots(self, prioritization_id: str, ballots: Sequence[object]) -> int:
        """Record ballots as given; their shape depends on the method (PrioritizationBallotRow)."""
        with self._ctx.sessions.begin() as s:
            get_live(s, PrioritizationRow, prioritization_id, "la priorización")
            existing = len(s.scalars(select(PrioritizationBallotRow.id).where(
                PrioritizationBallotRow.prioritization_id == prioritization_id)).all())
            now = self._ctx.clock.now()
            for number, marks in enumerate(ballots, start=existing + 1):
                row = PrioritizationBallotRow(
                    id=self._ctx.ids.new(),
                    prioritization_id=prioritization_id,
                    number=number,
                    marks=marks,
                    created_at=now,
                )
                self._ctx.log.insert(s, row)
            return len(ballots)


class ProjectService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def create(
        self,
        organization_id: str,
        title: str,
        category: ProblemCategory,
        cost_cents: int,
        currency: Currency = Currency.USD,
        description: str | None = None,
        problem_ids: Sequence[str] = (),
    ) -> Project:
        title = clean_name(title)
        if not title:
            raise DomainError("project.title_empty")
        if cost_cents < 0:
            raise DomainError("money.negative")
        now = self._ctx.clock.now()
        with self._ctx.sessions.begin() as s:
            get_live(s, OrganizationRow, organization_id, "la organización")
            row = ProjectRow(
                id=self._ctx.ids.new(),
                organization_id=organization_id,
                title=title,
                description=description,
                category=category.value,
                cost_cents=cost_cents,
                currency=currency.value,
                status=ProjectStatus.PROPOSED.value,
                created_at=now,
            )
            self._ctx.log.insert(s, row)
            for problem_id in problem_ids:
                problem = get_live(s, ProblemRow, problem_id, "el problema")
                link = ProjectProblemRow(
                    id=self._ctx.ids.new(), project_id=row.id, problem_id=problem_id,
                    created_at=now,
                )
                self._ctx.log.insert(s, link)
                self._ctx.log.update(s, problem, status=ProblemStatus.IN_PROJECT.value)
            return to_project(row)

    def list_all(self, organization_ids: Sequence[str] = ()) -> list[Project]:
        with self._ctx.sessions.begin() as s:
            query = select(ProjectRow).where(ProjectRow.deleted_at.is_(None))
            if organization_ids:
                query = query.where(ProjectRow.organization_id.in_(organization_ids))
            rows = s.scalars(query.order_by(ProjectRow.created_at, ProjectRow.id))
            return [to_project(r) for r in rows]
