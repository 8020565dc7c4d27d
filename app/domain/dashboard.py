"""The home screen's figures as the dashboard service hands them out."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from app.domain.organizations import Organization


@dataclass(frozen=True)
class UpcomingAssembly:
    id: str
    organization_name: str
    scheduled_at: datetime
    place: str


@dataclass(frozen=True)
class DraftMinutes:
    assembly_id: str
    organization_name: str
    scheduled_at: datetime


@dataclass(frozen=True)
class NextConsultation:
    id: str
    name: str
    vote_date: date
    candidates: int


@dataclass(frozen=True)
class Dashboard:
    organization: Organization | None
    councils: int
    residents: int
    voting_age_residents: int
    assemblies: int
    open_problems: int
    projects: int
    upcoming: tuple[UpcomingAssembly, ...]
    draft_minutes: tuple[DraftMinutes, ...]
    consultation: NextConsultation | None
    pending_changes: int
    open_conflicts: int
