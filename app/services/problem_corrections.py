"""Corrections to problems and to the prioritization count before the acta is sealed (a problem
named twice, a paper typed twice: removals are tombstones in the change log), and the guards
that keep a count honest: a final result reopened only on purpose, no problem slipped into a
count already open, no more hands than people present."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.enums import PrioritizationMethod, PrioritizationStatus
from app.domain.errors import DomainError
from app.domain.problems import PaperBallot
from app.persistence.rows import PrioritizationBallotRow, PrioritizationRow, ProblemRow
from app.services.assemblies_record import present_residents, require_unlocked
from app.services.context import ServiceContext, get_live
from app.services.repeats import refuse_repeat
from app.sync.changelog import ChangeLog


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


def latest_count(s: Session, assembly_id: str) -> PrioritizationRow | None:
    return s.scalars(select(PrioritizationRow).where(
        PrioritizationRow.assembly_id == assembly_id, PrioritizationRow.deleted_at.is_(None))
        .order_by(PrioritizationRow.created_at.desc(), PrioritizationRow.id.desc())).first()


def check_new_count(s: Session, log: ChangeLog, assembly_id: str,
                    method: PrioritizationMethod, reopen: bool) -> None:
    """A new count replaces the assembly's ranking: over a final one only when asked for by
    name (`reopen`), and the new count, in the change log, is the record of the reopening.
    Otherwise the same count started twice in a moment is a double click, refused."""
    latest = latest_count(s, assembly_id)
    if latest is not None and latest.status == PrioritizationStatus.CLOSED.value and not reopen:
        raise DomainError("prioritization.final")
    if not reopen:
        refuse_repeat(s, log, PrioritizationRow,
                      {"assembly_id": assembly_id, "method": method.value})


def check_no_open_count(s: Session, assembly_id: str) -> None:
    """A problem added while papers are being counted would silently be in some papers' list
    and not in others': it waits until the count is closed or a new one is started."""
    latest = latest_count(s, assembly_id)
    if latest is not None and latest.status == PrioritizationStatus.OPEN.value:
        raise DomainError("problem.count_open")


def check_hands(s: Session, prio: PrioritizationRow, ballots: Sequence[object]) -> None:
    """Counted hands (one per person) cannot add up to more people than are present."""
    if prio.method != PrioritizationMethod.PLURALITY.value:
        return
    present = len(present_residents(s, prio.assembly_id))
    for marks in ballots:
        if isinstance(marks, dict):
            hands = sum(int(v) for v in marks.values())
            if hands > present:
                raise DomainError("prioritization.hands_exceed_present", hands=hands,
                                  present=present)
