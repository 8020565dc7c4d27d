"""What the assembly services hand out beyond app/domain/assemblies.py: the day's records,
the prioritization's outcome, the data each paper needs, and the minutes for printing and
checking. Frozen, with no SQL behind them (the acta's sealed content is minutes_content.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from app.assembly.minutes_content import MinutesContent, short_code
from app.assembly.quorum import QuorumStatus
from app.domain.assemblies import Assembly
from app.domain.organizations import Organization
from app.domain.problems import Prioritization, Problem
from app.domain.text import fold
from app.voting.ranking import TieBreak

# -- the assembly day ----------------------------------------------------------------------

@dataclass(frozen=True)
class Attendee:
    resident_id: str  # the survivor, when duplicates were merged
    name: str
    national_id: str | None
    council_id: str
    under_age: bool
    checked_in_at: datetime


def attendee_order(a: Attendee) -> tuple[str, str]:
    """The present list's order: by surname, accents and case ignored."""
    return fold(a.name), a.resident_id


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


# -- prioritization -------------------------------------------------------------------------

@dataclass(frozen=True)
class RankedProblem:
    problem: Problem
    place: int
    total: int
    tied: bool


@dataclass(frozen=True)
class PrioritizationResult:
    prioritization: Prioritization
    closed: bool
    ballots: int
    entries: tuple[RankedProblem, ...]
    tie_break: TieBreak | None

    @property
    def has_ties(self) -> bool:
        return any(e.tied for e in self.entries)

    def tied_groups(self) -> list[tuple[RankedProblem, ...]]:
        groups: dict[int, list[RankedProblem]] = {}
        for entry in self.entries:
            if entry.tied:
                groups.setdefault(entry.place, []).append(entry)
        return [tuple(groups[p]) for p in sorted(groups)]


@dataclass(frozen=True)
class ProblemOverview:
    """A problem as the problems page lists it: where it was raised and how it ranked."""

    problem: Problem
    assembly_date: datetime | None
    place: int | None  # in its assembly's latest prioritization
    tied: bool


# -- papers --------------------------------------------------------------------------------

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


# -- the minutes as handed out ---------------------------------------------------------------

@dataclass(frozen=True)
class Addendum:
    id: str
    text: str
    content_hash: str
    approved_at: datetime | None
    approved_by: str


@dataclass(frozen=True)
class MinutesPaper:
    """What the printed acta shows: the content, and if approved its seal and addenda."""

    content: MinutesContent
    approved: bool
    content_hash: str | None
    approved_at: datetime | None
    approved_by: str
    addenda: tuple[Addendum, ...] = ()

    @property
    def code(self) -> str:
        return short_code(self.content_hash) if self.content_hash else ""


@dataclass(frozen=True)
class MinutesCheck:
    """The answer of `asamblea minutes verify`."""

    assembly_id: str
    minutes_id: str
    content_hash: str
    code: str
    stored_intact: bool  # the stored acta still hashes to its seal
    record_matches: bool  # the assembly's record today gives the same acta
    code_matches: bool | None  # the code read off a paper (None when none was given)
    addenda: int
    addenda_intact: bool

    @property
    def ok(self) -> bool:
        return (self.stored_intact and self.record_matches and self.addenda_intact
                and self.code_matches is not False)


@dataclass(frozen=True)
class Attachment:
    id: str
    owner_id: str
    filename: str
    media_type: str
    size: int
    sha256: str
    description: str
    created_at: datetime
