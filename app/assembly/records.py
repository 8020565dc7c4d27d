"""What the assembly services hand out beyond app/domain/assemblies.py."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from app.domain.assemblies import Assembly


@dataclass(frozen=True)
class Attendee:
    resident_id: str  # the survivor, when duplicates were merged
    name: str
    national_id: str | None
    council_id: str
    under_age: bool
    checked_in_at: datetime


@dataclass(frozen=True)
class CheckInMatch:
    resident_id: str
    name: str
    national_id: str | None
    council_id: str
    age: int | None
    present: bool


@dataclass(frozen=True)
class Intervention:
    id: str
    agenda_item_id: str
    position: int
    speaker_name: str
    summary: str


@dataclass(frozen=True)
class AssemblyTimes:
    """When the session opened and closed (the acta states the closing time)."""

    assembly: Assembly
    opened_at: datetime | None
    closed_at: datetime | None
