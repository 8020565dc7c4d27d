"""The data each printed paper of an assembly needs (printing takes these, never rows)."""

from __future__ import annotations

from dataclasses import dataclass

from app.assembly.prioritization import PrioritizationResult
from app.assembly.quorum import QuorumStatus
from app.assembly.records import Attendee
from app.domain.assemblies import Assembly
from app.domain.organizations import Organization


@dataclass(frozen=True)
class AssemblyHeading:
    """Who holds the assembly, and when and where: the top of every paper."""

    organization: Organization
    assembly: Assembly


@dataclass(frozen=True)
class ConvocationPaper:
    heading: AssemblyHeading
    agenda: tuple[str, ...]
    quorum: QuorumStatus


@dataclass(frozen=True)
class AttendancePaper:
    heading: AssemblyHeading
    attendees: tuple[Attendee, ...]
    council_names: dict[str, str]
    quorum: QuorumStatus
    blank_rows: int


@dataclass(frozen=True)
class PrioritiesPaper:
    heading: AssemblyHeading
    result: PrioritizationResult | None
