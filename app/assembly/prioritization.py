"""A prioritization's outcome as the services hand it out: problems in ranked order."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from app.domain.problems import Prioritization, Problem
from app.voting.ranking import TieBreak


@dataclass(frozen=True)
class RankedProblem:
    problem: Problem
    place: int
    total: int
    tied: bool


@dataclass(frozen=True)
class PrioritizationResult:
    prioritization: Prioritization
    closed: bool
    ballots: int
    entries: tuple[RankedProblem, ...]
    tie_break: TieBreak | None

    @property
    def has_ties(self) -> bool:
        return any(e.tied for e in self.entries)

    def tied_groups(self) -> list[tuple[RankedProblem, ...]]:
        groups: dict[int, list[RankedProblem]] = {}
        for entry in self.entries:
            if entry.tied:
                groups.setdefault(entry.place, []).append(entry)
        return [tuple(groups[p]) for p in sorted(groups)]


@dataclass(frozen=True)
class ProblemOverview:
    """A problem as the problems page lists it: where it was raised and how it ranked."""

    problem: Problem
    assembly_date: datetime | None
    place: int | None  # in its assembly's latest prioritization
    tied: bool
