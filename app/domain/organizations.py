"""Organizations and their parts, as the services hand them out."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.domain.enums import OrgKind


@dataclass(frozen=True)
class Organization:
    id: str
    kind: OrgKind
    name: str
    parent_id: str | None
    registry_code: str | None
    state: str | None
    municipality: str | None
    parish: str | None
    address: str | None
    quorum_first_call_pct: int
    quorum_second_call_pct: int
    voting_age: int
    second_call_after_min: int = 30  # minutes from the first call to the second, same day


# Minutes from the first call to the second: at least a quarter of an hour of waiting, and
# within four hours so the second call stays the same afternoon or evening.
SECOND_CALL_AFTER = (15, 240)


@dataclass(frozen=True)
class Sector:
    id: str
    organization_id: str
    name: str
    description: str | None


@dataclass(frozen=True)
class Committee:
    id: str
    organization_id: str
    name: str
    area: str | None


@dataclass(frozen=True)
class NewSeat:
    """A spokesperson to seat: a resident, the term, the role (principal, suplente)."""

    resident_id: str
    term_start: date
    term_end: date | None
    role: str | None = None


@dataclass(frozen=True)
class NewCommittee:
    """A committee to create with the spokespeople elected to it."""

    name: str
    area: str | None = None
    seats: tuple[NewSeat, ...] = ()


@dataclass(frozen=True)
class Spokesperson:
    id: str
    committee_id: str
    resident_id: str
    resident_name: str
    role: str | None
    term_start: date
    term_end: date | None

    def active_on(self, day: date) -> bool:
        return self.term_start <= day and (self.term_end is None or day <= self.term_end)
