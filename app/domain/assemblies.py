"""Assemblies and what is recorded in them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from app.domain.enums import AssemblyKind, AssemblyStatus, MinutesStatus


@dataclass(frozen=True)
class Assembly:
    id: str
    organization_id: str
    kind: AssemblyKind
    call: int
    title: str | None
    scheduled_at: datetime
    place: str
    called_by: str | None
    status: AssemblyStatus
    project_id: str | None = None  # the project a rendición de cuentas accounts for
    cancel_reason: str | None = None  # why it was suspended (status CANCELLED)
    opened_at: datetime | None = None  # its first check-in, on its day
    closed_at: datetime | None = None  # as recorded (or the hour given after its day)


@dataclass(frozen=True)
class AgendaItem:
    id: str
    assembly_id: str
    position: int
    title: str
    notes: str | None


@dataclass(frozen=True)
class Agreement:
    id: str
    agenda_item_id: str
    text: str
    by_acclamation: bool
    votes_for: int
    votes_against: int
    abstentions: int
    present_at_vote: int
    quorum_required_at_vote: int
    quorum_met_at_vote: bool


@dataclass(frozen=True)
class Minutes:
    id: str
    assembly_id: str
    status: MinutesStatus
    content_hash: str | None
    corrects_id: str | None
