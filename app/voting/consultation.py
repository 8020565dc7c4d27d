"""Counting a popular consultation: add up the tables, rank the projects, flag every tie."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Ranked:
    number: int
    votes: int
    rank: int  # competition ranking: 1, 1, 3
    tied: bool  # shares its vote count with another candidate


def add_up(numbers: Sequence[int], tables: Iterable[Mapping[int, int]]) -> dict[int, int]:
    """Votes per candidate number over every table (a number with no votes counts 0)."""
    totals = dict.fromkeys(numbers, 0)
    for votes in tables:
        for number, count in votes.items():
            if number in totals:
                totals[number] += count
    return totals


def rank(totals: Mapping[int, int]) -> list[Ranked]:
    """Most votes first; equal votes share a rank and are flagged as tied (never ordered
    silently: within a tie the candidates keep the ballot's number order only for display)."""
    ordered = sorted(totals.items(), key=lambda item: (-item[1], item[0]))
    first_rank: dict[int, int] = {}
    counts: dict[int, int] = {}
    for position, (_number, votes) in enumerate(ordered, start=1):
        first_rank.setdefault(votes, position)
        counts[votes] = counts.get(votes, 0) + 1
    # Candidates with no votes at all are not "tied": nothing is decided among them.
    ranked = [Ranked(number, votes, first_rank[votes], counts[votes] > 1 and votes > 0)
              for number, votes in ordered]
    return ranked


def tie_groups(ranked: Sequence[Ranked]) -> list[list[Ranked]]:
    """Candidates grouped by equal votes, most votes first."""
    groups: list[list[Ranked]] = []
    for item in ranked:
        if groups and groups[-1][0].votes == item.votes:
            groups[-1].append(item)
        else:
            groups.append([item])
    return groups
