"""Problems named in assemblies, their prioritization ballots, and projects."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

import app.assembly.messages  # noqa: F401  (error sentences)
from app.assembly.model import PrioritiesPaper, PrioritizationResult, ProblemOverview, RankedProblem
from app.domain.enums import (
    Currency,
    PrioritizationMethod,
    PrioritizationStatus,
    ProblemCategory,
    ProblemStatus,
    ProjectStatus,
    TieRule,
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
    SectorRow,
)
from app.services.assemblies_record import heading_of, require_unlocked
from app.services.context import ServiceContext, get_live
from app.services.problem_corrections import (
    ProblemCorrections,
    check_hands,
    check_new_count,
    check_no_open_count,
    latest_count,
)
from app.services.repeats import refuse_repeat
from app.voting import Ranked, Ranking, TieBreak, break_ties, count


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


class ProblemService(ProblemCorrections):
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
            get_live(s, OrganizationRow, organization_id, "organization")
            if assembly_id:
                require_unlocked(s, assembly_id)
                check_no_open_count(s, assembly_id)
            if sector_id:
                get_live(s, SectorRow, sector_id, "sector")
            refuse_repeat(s, self._ctx.log, ProblemRow, {
                "organization_id": organization_id, "assembly_id": assembly_id, "title": title})
            row = ProblemRow(
                id=self._ctx.ids.new(),
                organization_id=organization_id,
                assembly_id=assembly_id,
                sector_id=sector_id,
                title=title,
                description=(description or "").strip() or None,
                category=category.value,
                families_affected=families_affected,
                status=ProblemStatus.OPEN.value,
                created_at=self._ctx.clock.now(),
            )
            self._ctx.log.insert(s, row)
            return to_problem(row)

    def update(self, problem_id: str, title: str, category: ProblemCategory,
               families_affected: int, description: str | None = None) -> Problem:
        """Correct a problem; refused once the acta of its assembly is approved."""
        title = clean_name(title)
        if not title:
            raise DomainError("problem.title_empty")
        if families_affected < 0:
            raise DomainError("problem.families_negative")
        with self._ctx.sessions.begin() as s:
            row = get_live(s, ProblemRow, problem_id, "problem")
            if row.assembly_id:
                require_unlocked(s, row.assembly_id)
            self._ctx.log.update(s, row, title=title, category=category.value,
                                 families_affected=families_affected,
                                 description=(description or "").strip() or None)
            return to_problem(row)

    def get(self, problem_id: str) -> Problem:
        with self._ctx.sessions.begin() as s:
            return to_problem(get_live(s, ProblemRow, problem_id, "problem"))

    def list_all(self, organization_ids: Sequence[str] = (), assembly_id: str | None = None,
                 category: ProblemCategory | None = None, status: ProblemStatus | None = None
                 ) -> list[Problem]:
        with self._ctx.sessions.begin() as s:
            query = select(ProblemRow).where(ProblemRow.deleted_at.is_(None))
            if organization_ids:
                query = query.where(ProblemRow.organization_id.in_(organization_ids))
            if assembly_id:
                query = query.where(ProblemRow.assembly_id == assembly_id)
            if category:
                query = query.where(ProblemRow.category == category.value)
            if status:
                query = query.where(ProblemRow.status == status.value)
            rows = s.scalars(query.order_by(ProblemRow.created_at, ProblemRow.id))
            return [to_problem(r) for r in rows]

    def overview(self, organization_ids: Sequence[str] = (),
                 category: ProblemCategory | None = None) -> list[ProblemOverview]:
        """Problems across assemblies with the date raised and the place they ranked."""
        with self._ctx.sessions.begin() as s:
            query = select(ProblemRow, AssemblyRow.scheduled_at).outerjoin(
                AssemblyRow, AssemblyRow.id == ProblemRow.assembly_id).where(
                ProblemRow.deleted_at.is_(None))
            if organization_ids:
                query = query.where(ProblemRow.organization_id.in_(organization_ids))
            if category:
                query = query.where(ProblemRow.category == category.value)
            rows = s.execute(query.order_by(AssemblyRow.scheduled_at.desc(),
                                            ProblemRow.created_at, ProblemRow.id)).all()
            places: dict[str, tuple[int, bool]] = {}
            for assembly_id in {r.ProblemRow.assembly_id for r in rows} - {None}:
                result = assembly_result(s, str(assembly_id))
                if result is not None:
                    places.update({e.problem.id: (e.place, e.tied) for e in result.entries})
            listed = [ProblemOverview(to_problem(r.ProblemRow), r.scheduled_at,
                                      places.get(r.ProblemRow.id, (None, False))[0],
                                      places.get(r.ProblemRow.id, (None, False))[1])
                      for r in rows]
        # Newest assembly first; inside one assembly, by the place each problem ranked
        # (sorted() is stable, so unranked ones keep the order they were raised in).
        listed.sort(key=lambda o: o.place if o.place is not None else 10**6)
        listed.sort(key=lambda o: o.assembly_date.timestamp() if o.assembly_date else 0.0,
                    reverse=True)
        return listed

    # -- prioritization --------------------------------------------------------------------

    def start_prioritization(
        self, assembly_id: str, method: PrioritizationMethod, points_per_voter: int | None = None,
        reopen: bool = False) -> Prioritization:
        """Open a new count; the assembly's ranking is its latest (see check_new_count)."""
        if method is PrioritizationMethod.SCORE and not points_per_voter:
            raise DomainError("prioritization.points_needed")
        if points_per_voter is not None and points_per_voter <= 0:
            raise DomainError("prioritization.points_needed")
        with self._ctx.sessions.begin() as s:
            require_unlocked(s, assembly_id)
            check_new_count(s, self._ctx.log, assembly_id, method, reopen)
            row = PrioritizationRow(
                id=self._ctx.ids.new(),
                assembly_id=assembly_id,
                method=method.value,
                points_per_voter=points_per_voter if method is PrioritizationMethod.SCORE
                else None,
                status=PrioritizationStatus.OPEN.value,
                created_at=self._ctx.clock.now(),
            )
            self._ctx.log.insert(s, row)
            return to_prioritization(row)

    def add_ballots(self, prioritization_id: str, ballots: Sequence[object]) -> int:
        """Record ballots as given (shapes in app/voting/methods.py), each checked with the
        counting function before any is stored: a bad paper stops the batch with its number
        and nothing is half saved."""
        with self._ctx.sessions.begin() as s:
            prio = self._open_prioritization(s, prioritization_id)
            candidates = _candidates(s, prio.assembly_id)
            existing = int(s.scalar(select(func.count()).select_from(PrioritizationBallotRow)
                                    .where(PrioritizationBallotRow.prioritization_id
                                           == prioritization_id)) or 0)
            method = PrioritizationMethod(prio.method)
            check_hands(s, prio, ballots)
            if len(ballots) == 1:
                # One paper typed in the window; a file of many may repeat marks for real.
                refuse_repeat(s, self._ctx.log, PrioritizationBallotRow,
                              {"prioritization_id": prioritization_id, "marks": ballots[0]})
            for number, marks in enumerate(ballots, start=existing + 1):
                try:
                    count(method, candidates, [marks], prio.points_per_voter)
                except DomainError as exc:
                    exc.params["number"] = number
                    raise
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

    def break_tie(self, prioritization_id: str, kind: TieRule, order: Sequence[str],
                  note: str = "") -> PrioritizationResult:
        """Record how the tied problems were ordered: by a second vote or by a draw."""
        with self._ctx.sessions.begin() as s:
            prio = self._open_prioritization(s, prioritization_id)
            outcome = _outcome(s, prio, None)
            if not outcome.has_ties:
                raise DomainError("prioritization.no_tie")
            tie = TieBreak(kind.value, tuple(order), note.strip())
            break_ties(_ranking_of(outcome), tie)  # refuses an order that leaves a tie
            self._ctx.log.update(s, prio, tie_break={"kind": tie.kind, "order": list(order),
                                                     "note": tie.note})
            return _outcome(s, prio, tie)

    def close_prioritization(self, prioritization_id: str) -> PrioritizationResult:
        """The count is final: no more ballots. Ties stay shown until broken."""
        with self._ctx.sessions.begin() as s:
            prio = self._open_prioritization(s, prioritization_id)
            self._ctx.log.update(s, prio, status=PrioritizationStatus.CLOSED.value,
                                 decided_at=self._ctx.clock.now())
            return result_of(s, prio)

    def result(self, prioritization_id: str) -> PrioritizationResult:
        with self._ctx.sessions.begin() as s:
            return result_of(s, get_live(s, PrioritizationRow, prioritization_id,
                                         "prioritization"))

    def priorities_paper(self, assembly_id: str) -> PrioritiesPaper:
        with self._ctx.sessions.begin() as s:
            return PrioritiesPaper(heading_of(s, assembly_id), assembly_result(s, assembly_id))

    def current(self, assembly_id: str) -> PrioritizationResult | None:
        """The latest prioritization of an assembly, counted; None if it has none."""
        with self._ctx.sessions.begin() as s:
            return assembly_result(s, assembly_id)


def to_prioritization(row: PrioritizationRow) -> Prioritization:
    return Prioritization(row.id, row.assembly_id, PrioritizationMethod(row.method),
                          row.points_per_voter)


def _problem_rows(s: Session, assembly_id: str) -> list[ProblemRow]:
    return list(s.scalars(select(ProblemRow).where(
        ProblemRow.assembly_id == assembly_id, ProblemRow.deleted_at.is_(None))
        .order_by(ProblemRow.created_at, ProblemRow.id)))


def _candidates(s: Session, assembly_id: str) -> list[str]:
    return [p.id for p in _problem_rows(s, assembly_id)]


def _ranking_of(outcome: PrioritizationResult) -> Ranking:
    return Ranking(tuple(Ranked(e.problem.id, e.total, e.place, e.tied)
                         for e in outcome.entries), outcome.ballots)


def _outcome(s: Session, prio: PrioritizationRow, tie: TieBreak | None
             ) -> PrioritizationResult:
    problems = {p.id: p for p in _problem_rows(s, prio.assembly_id)}
    ballots = [b.marks for b in s.scalars(
        select(PrioritizationBallotRow).where(
            PrioritizationBallotRow.prioritization_id == prio.id,
            PrioritizationBallotRow.deleted_at.is_(None))
        .order_by(PrioritizationBallotRow.number))]
    # Ballots naming a problem deleted since are counted without it, never refused later.
    candidates = list(problems)
    ballots = [_without_unknown(b, problems) for b in ballots]
    ranking = count(PrioritizationMethod(prio.method), candidates, ballots,
                    prio.points_per_voter)
    if tie is not None and ranking.has_ties:
        try:
            ranking = break_ties(ranking, tie)
        except DomainError:
            # Ballots added after the tie-break made another tie: it is shown, not guessed.
            tie = None
    entries = tuple(RankedProblem(to_problem(problems[e.candidate]), e.place, e.total, e.tied)
                    for e in ranking.entries)
    return PrioritizationResult(to_prioritization(prio),
                                prio.status == PrioritizationStatus.CLOSED.value,
                                ranking.ballots, entries, tie)


def _without_unknown(marks: object, known: Mapping[str, object]) -> object:
    if isinstance(marks, list):
        return [m for m in marks if m in known]
    if isinstance(marks, dict):
        return {k: v for k, v in marks.items() if k in known}
    return marks


def _stored_tie(prio: PrioritizationRow) -> TieBreak | None:
    data = prio.tie_break
    if not data:
        return None
    order = data.get("order", [])
    return TieBreak(str(data.get("kind", "")),
                    tuple(str(x) for x in order) if isinstance(order, list) else (),
                    str(data.get("note", "")))


def result_of(s: Session, prio: PrioritizationRow) -> PrioritizationResult:
    return _outcome(s, prio, _stored_tie(prio))


def assembly_result(s: Session, assembly_id: str) -> PrioritizationResult | None:
    prio = latest_count(s, assembly_id)
    return result_of(s, prio) if prio is not None else None


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
            get_live(s, OrganizationRow, organization_id, "organization")
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
                problem = get_live(s, ProblemRow, problem_id, "problem")
                if problem.status == ProblemStatus.IN_PROJECT.value:  # one project per need
                    raise DomainError("problem.in_project", title=problem.title)
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
