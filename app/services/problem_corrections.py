"""Corrections to problems and to the prioritization count before the acta is sealed: a problem
named twice, a paper typed twice. Removals are tombstones in the change log."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.enums import PrioritizationStatus
from app.domain.errors import DomainError
from app.domain.problems import PaperBallot
from app.persistence.rows import PrioritizationBallotRow, PrioritizationRow, ProblemRow
from app.services.assemblies_record import require_unlocked
from app.services.context import ServiceContext, get_live


class ProblemCorrections:
    """The corrections half of ProblemService (see problems.py)."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def _open_prioritization(self, s: Session, prioritization_id: str) -> PrioritizationRow:
        prio = get_live(s, PrioritizationRow, prioritization_id, "prioritization")
        require_unlocked(s, prio.assembly_id)
        if prio.status == PrioritizationStatus.CLOSED.value:
            raise DomainError("prioritization.closed")
        return prio

    def ballots(self, prioritization_id: str) -> list[PaperBallot]:
        """The papers counted so far, in the order they were typed."""
        with self._ctx.sessions.begin() as s:
            rows = s.scalars(select(PrioritizationBallotRow).where(
                PrioritizationBallotRow.prioritization_id == prioritization_id,
                PrioritizationBallotRow.deleted_at.is_(None))
                .order_by(PrioritizationBallotRow.number))
            return [PaperBallot(r.id, r.prioritization_id, r.number, r.marks) for r in rows]

    def remove_ballot(self, ballot_id: str) -> None:
        """A paper typed twice or by mistake leaves the count while the count is open."""
        with self._ctx.sessions.begin() as s:
            row = get_live(s, PrioritizationBallotRow, ballot_id, "prioritization_ballot")
            self._open_prioritization(s, row.prioritization_id)
            self._ctx.log.delete(s, row)

    def remove(self, problem_id: str) -> None:
        """A problem named twice goes; one already in a final ranking stays (removing it
        would change a result the assembly has closed)."""
        with self._ctx.sessions.begin() as s:
            row = get_live(s, ProblemRow, problem_id, "problem")
            if row.assembly_id:
                require_unlocked(s, row.assembly_id)
                closed = s.scalar(select(PrioritizationRow.id).where(
                    PrioritizationRow.assembly_id == row.assembly_id,
                    PrioritizationRow.deleted_at.is_(None),
                    PrioritizationRow.status == PrioritizationStatus.CLOSED.value).limit(1))
                if closed is not None:
                    raise DomainError("problem.in_final_ranking", title=row.title)
            self._ctx.log.delete(s, row)
