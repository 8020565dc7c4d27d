"""Comparing two typings of the same tally sheet, figure by figure."""

from __future__ import annotations

from collections.abc import Sequence

from app.consultation.messages import text
from app.consultation.model import Difference, TallyEntry, TallyFigures
from app.domain.errors import DomainError

SCALARS = ("null_votes", "blank_votes", "ballots_in_box", "signatures", "ballots_received",
           "spoiled", "unused")


def differences(first: TallyFigures, second: TallyFigures) -> list[Difference]:
    """Every figure on which the two typings differ (an absent vote count reads as 0)."""
    found: list[Difference] = []
    for number in sorted(set(first.votes) | set(second.votes)):
        a, b = first.votes.get(number, 0), second.votes.get(number, 0)
        if a != b:
            found.append(Difference(f"votes.{number}", text("tally.field.votes", number=number),
                                    a, b))
    for name in SCALARS:
        a, b = getattr(first, name), getattr(second, name)
        if a != b:
            found.append(Difference(name, text(f"tally.field.{name}"), a, b))
    return found


def latest_per_person(entries: Sequence[TallyEntry]) -> list[TallyEntry]:
    """Each person's last typing (a person may correct their own), most recent first."""
    seen: dict[str, TallyEntry] = {}
    for entry in sorted(entries, key=lambda e: (e.entered_at, e.id)):
        seen[entry.entered_by.strip().casefold()] = entry
    return sorted(seen.values(), key=lambda e: (e.entered_at, e.id), reverse=True)


def agreeing_pair(entries: Sequence[TallyEntry]) -> tuple[TallyEntry, TallyEntry] | None:
    """Two typings by different people with the same figures (the later one first)."""
    latest = latest_per_person(entries)
    for i, later in enumerate(latest):
        for earlier in latest[i + 1:]:
            if not differences(earlier.figures, later.figures):
                return later, earlier
    return None


def refuse_same_person(entries: Sequence[TallyEntry], who: str) -> None:
    """The second typing of a sheet is by a second person: the one who typed the first cannot
    type it again while it waits (the same eyes repeat the same misreading). After two
    typings disagree, either of them may retype from the paper: agreement still needs two
    different names."""
    latest = latest_per_person(entries)
    if len(latest) == 1 and latest[0].entered_by.strip().casefold() == who.strip().casefold():
        raise DomainError("tally.same_person", name=latest[0].entered_by)
