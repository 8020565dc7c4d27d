"""Who is present at each assembly, kept from one check-in to the next.

Working presence out reads every attendance fact of the assembly and the birth date of
everyone present: at the 4,000th arrival that is 4,000 facts for one new one. The door keeps
the answer instead and adds each fact it writes, so an arrival costs the same at 10 and at
4,000 present. The kept answer is trusted only while the change log's last row is the one
seen after the door's own last write: any other write to this database (another window, a
sync import, a merge of residents, the command line) moves it, and presence is worked out
afresh from the facts. Without SQLite's rowid (PostgreSQL, the hub) it is always afresh.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import date

from sqlalchemy import text
from sqlalchemy.orm import Session

from app.assembly.presence import Fact
from app.domain.dates import age_on


@dataclass
class Presence:
    """Present now (survivor id -> their check-in fact) and who of them is under age."""

    present: dict[str, Fact]
    under_age: set[str]
    day: date
    voting_age: int

    def arrive(self, fact: Fact, birth: date | None) -> None:
        self.present[fact.resident_id] = fact
        if birth is not None and age_on(birth, self.day) < self.voting_age:
            self.under_age.add(fact.resident_id)

    def leave(self, person: str) -> None:
        self.present.pop(person, None)
        self.under_age.discard(person)


def last_change(s: Session) -> int | None:
    """The change log's last row (SQLite), or None where there is no rowid to ask."""
    if s.get_bind().dialect.name != "sqlite":
        return None
    return int(s.scalar(text("SELECT max(rowid) FROM change")) or 0)


class PresenceCache:
    """One Presence per assembly, each with the change-log row it is valid at."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._held: dict[str, tuple[int, Presence]] = {}

    def get(self, s: Session, assembly_id: str, day: date, voting_age: int
            ) -> Presence | None:
        """The kept presence, if nothing was written since the door's last check-in."""
        stamp = last_change(s)
        with self._lock:
            held = self._held.get(assembly_id)
        if held is None or stamp is None or held[0] != stamp:
            return None
        presence = held[1]
        if (presence.day, presence.voting_age) != (day, voting_age):
            return None
        return presence

    def keep(self, s: Session, assembly_id: str, presence: Presence) -> None:
        """Hold `presence` as valid after this session's writes (call before commit: the
        write lock keeps anyone else from adding a change in between)."""
        stamp = last_change(s)
        with self._lock:
            if stamp is None:
                self._held.pop(assembly_id, None)
            else:
                self._held[assembly_id] = (stamp, presence)

    def forget(self, assembly_id: str) -> None:
        """Drop the kept presence (the unit of work that changed it failed)."""
        with self._lock:
            self._held.pop(assembly_id, None)
