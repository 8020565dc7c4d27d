"""Who is present: the latest attendance fact per person, after merged duplicates are joined.

Attendance is insert-only (check-in, withdrawal). Two laptops may have registered the same
person twice and the census later merged them; both records' facts then belong to the
survivor, so the person is counted once and their latest action wins.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime

from app.domain.merges import survivor

CHECK_IN, WITHDRAW = "check_in", "withdraw"


@dataclass(frozen=True)
class Fact:
    id: str  # uuid7: sorts by creation time, so it orders facts written in the same instant
    resident_id: str
    action: str
    at: datetime


def latest_by_person(facts: Iterable[Fact], merged_into: Mapping[str, str | None]
                     ) -> dict[str, Fact]:
    latest: dict[str, Fact] = {}
    for fact in facts:
        person = survivor(fact.resident_id, merged_into)
        held = latest.get(person)
        if held is None or (fact.at, fact.id) > (held.at, held.id):
            latest[person] = fact
    return latest


def present_people(facts: Iterable[Fact], merged_into: Mapping[str, str | None]) -> set[str]:
    """Survivor ids whose latest action is a check-in."""
    return {p for p, f in latest_by_person(facts, merged_into).items() if f.action == CHECK_IN}
