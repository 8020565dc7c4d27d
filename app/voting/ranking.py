"""From totals to a ranked list where ties are visible, and breaking them by a recorded order.

Tie rule (documented, and the only one): candidates with equal totals share the same place
("1, 2, 2, 4": standard competition ranking) and are marked `tied`. Inside a tie they are
listed by their candidate order (the order the problems were recorded), which is only a way
to print them and carries no meaning; the printed place shows the tie. A tie ends only when
`break_ties` is given the order decided by a second vote or a draw.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from app.domain.errors import DomainError


@dataclass(frozen=True)
class Ranked:
    candidate: str
    total: int
    place: int
    tied: bool  # shares its place with another candidate


@dataclass(frozen=True)
class Ranking:
    entries: tuple[Ranked, ...]
    ballots: int  # ballots (or counted hands entries) that were counted

    @property
    def has_ties(self) -> bool:
        return any(e.tied for e in self.entries)

    def tie_groups(self) -> list[tuple[str, ...]]:
        """Each group of candidates that share a place, in place order."""
        groups: dict[int, list[str]] = {}
        for entry in self.entries:
            if entry.tied:
                groups.setdefault(entry.place, []).append(entry.candidate)
        return [tuple(groups[p]) for p in sorted(groups)]

    def order(self) -> list[str]:
        return [e.candidate for e in self.entries]


@dataclass(frozen=True)
class TieBreak:
    """How a tie was broken: `kind` is "second_vote" or "draw"; `order` the decided order."""

    kind: str
    order: tuple[str, ...]
    note: str = ""


TIE_BREAK_KINDS = ("second_vote", "draw")


def rank_totals(candidates: Sequence[str], totals: Mapping[str, int], ballots: int) -> Ranking:
    """Highest total first; equal totals share a place and are flagged as tied."""
    position = {c: i for i, c in enumerate(candidates)}
    ordered = sorted(candidates, key=lambda c: (-totals.get(c, 0), position[c]))
    count_of: dict[int, int] = {}
    for c in candidates:
        count_of[totals.get(c, 0)] = count_of.get(totals.get(c, 0), 0) + 1
    entries: list[Ranked] = []
    place = 0
    previous: int | None = None
    for index, candidate in enumerate(ordered, start=1):
        total = totals.get(candidate, 0)
        if total != previous:
            place, previous = index, total
        entries.append(Ranked(candidate, total, place, count_of[total] > 1))
    return Ranking(tuple(entries), ballots)


def break_ties(ranking: Ranking, tie_break: TieBreak) -> Ranking:
    """Reorder each tied group by the recorded order; totals are kept as counted.

    Every candidate of every tied group must appear in the order, so no tie is broken by
    omission. Candidates not tied keep their place.
    """
    if tie_break.kind not in TIE_BREAK_KINDS:
        raise DomainError("tie.kind_unknown", kind=tie_break.kind)
    rank_of = {c: i for i, c in enumerate(tie_break.order)}
    for group in ranking.tie_groups():
        missing = [c for c in group if c not in rank_of]
        if missing:
            raise DomainError("tie.order_incomplete", count=len(missing))
    by_place: dict[int, list[Ranked]] = {}
    for entry in ranking.entries:
        by_place.setdefault(entry.place, []).append(entry)
    entries: list[Ranked] = []
    for place in sorted(by_place):
        shared = by_place[place]
        if len(shared) == 1:
            entries.append(shared[0])
            continue
        shared = sorted(shared, key=lambda e: rank_of[e.candidate])
        entries += [Ranked(e.candidate, e.total, place + i, False) for i, e in enumerate(shared)]
    return Ranking(tuple(entries), ranking.ballots)
