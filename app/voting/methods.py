"""The four ways an assembly ranks its problems. Each checks its ballots, then counts.

Ballot shapes (as stored in PrioritizationBallotRow.marks):
- plurality: {candidate: hands counted}; usually one entry per show of hands.
- approval: [candidate, ...] every candidate the person approves (any number, no repeats).
- borda: [candidate, ...] ranked, best first. With n candidates the first gets n-1 points,
  the next n-2, ... the last 0. A partial ranking is allowed: unranked candidates get 0.
- score: {candidate: points}; a person spreads at most `points_per_voter` points.
A bad ballot is refused with its number, so the secretary can find the paper.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from app.domain.enums import PrioritizationMethod
from app.domain.errors import DomainError
from app.voting.ranking import Ranking, rank_totals

Marks = object  # one ballot's marks; the shape depends on the method (above)


def _known(candidates: Sequence[str], candidate: object, number: int) -> str:
    if not isinstance(candidate, str) or candidate not in candidates:
        raise DomainError("ballot.unknown_candidate", number=number)
    return candidate


def _as_list(marks: Marks, number: int) -> list[object]:
    if not isinstance(marks, list | tuple):
        raise DomainError("ballot.shape", number=number)
    if len(set(map(str, marks))) != len(marks):
        raise DomainError("ballot.repeated", number=number)
    return list(marks)


def _as_counts(marks: Marks, number: int) -> dict[object, object]:
    if not isinstance(marks, Mapping):
        raise DomainError("ballot.shape", number=number)
    for value in marks.values():
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise DomainError("ballot.negative", number=number)
    return dict(marks)


def plurality(candidates: Sequence[str], ballots: Sequence[Marks]) -> Ranking:
    totals = dict.fromkeys(candidates, 0)
    for number, marks in enumerate(ballots, start=1):
        for candidate, hands in _as_counts(marks, number).items():
            totals[_known(candidates, candidate, number)] += int(hands)  # type: ignore[call-overload]
    return rank_totals(candidates, totals, len(ballots))


def approval(candidates: Sequence[str], ballots: Sequence[Marks]) -> Ranking:
    totals = dict.fromkeys(candidates, 0)
    for number, marks in enumerate(ballots, start=1):
        for candidate in _as_list(marks, number):
            totals[_known(candidates, candidate, number)] += 1
    return rank_totals(candidates, totals, len(ballots))


def borda_points(rank: int, candidates: int) -> int:
    """Points for the candidate ranked `rank` (0 = first) among `candidates`."""
    return candidates - 1 - rank


def borda(candidates: Sequence[str], ballots: Sequence[Marks]) -> Ranking:
    totals = dict.fromkeys(candidates, 0)
    n = len(candidates)
    for number, marks in enumerate(ballots, start=1):
        for rank, candidate in enumerate(_as_list(marks, number)):
            totals[_known(candidates, candidate, number)] += borda_points(rank, n)
    return rank_totals(candidates, totals, len(ballots))


def score(candidates: Sequence[str], ballots: Sequence[Marks], points_per_voter: int) -> Ranking:
    if points_per_voter <= 0:
        raise DomainError("prioritization.points_needed")
    totals = dict.fromkeys(candidates, 0)
    for number, marks in enumerate(ballots, start=1):
        counts = _as_counts(marks, number)
        spent = sum(int(v) for v in counts.values())  # type: ignore[call-overload]
        if spent > points_per_voter:
            raise DomainError("ballot.too_many_points", number=number, spent=spent,
                              allowed=points_per_voter)
        for candidate, points in counts.items():
            totals[_known(candidates, candidate, number)] += int(points)  # type: ignore[call-overload]
    return rank_totals(candidates, totals, len(ballots))


def count(method: PrioritizationMethod, candidates: Sequence[str], ballots: Sequence[Marks],
          points_per_voter: int | None = None) -> Ranking:
    """Count with the method the assembly chose."""
    if method is PrioritizationMethod.PLURALITY:
        return plurality(candidates, ballots)
    if method is PrioritizationMethod.APPROVAL:
        return approval(candidates, ballots)
    if method is PrioritizationMethod.BORDA:
        return borda(candidates, ballots)
    return score(candidates, ballots, points_per_voter or 0)
