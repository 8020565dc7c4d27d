"""What the consultation services hand out: centres, tables, voters, printed runs, tallies."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from app.consultation.messages import text
from app.domain.consultation import Consultation, Nomination
from app.domain.enums import BallotStyle, TableRole


@dataclass(frozen=True)
class TableMember:
    id: str
    table_id: str
    full_name: str
    national_id: str | None
    role: TableRole
    resident_id: str | None


@dataclass(frozen=True)
class SerialRange:
    """A printed run of ballots for one table (a reprint repeats serials already printed)."""

    id: str
    table_id: str
    style: BallotStyle
    first: int
    last: int
    is_reprint: bool
    reprint_of_id: str | None
    printed_at: datetime
    printed_by: str | None
    reason: str = ""  # a reprint's: the damaged ballots it replaces, which are void

    @property
    def count(self) -> int:
        return self.last - self.first + 1


@dataclass(frozen=True)
class VotingTable:
    id: str
    centre_id: str
    centre_name: str
    number: int
    rule: dict[str, object] | None
    voters: int | None  # None when the registers were not built (printing runs, tallies)
    members: tuple[TableMember, ...] = ()
    ranges: tuple[SerialRange, ...] = ()

    @property
    def label(self) -> str:
        return text("table.label", centre=self.centre_name, n=self.number)

    @property
    def ballots_printed(self) -> int:
        """Distinct serials printed (reprints replace damaged paper, they add no ballots)."""
        return sum(r.count for r in self.ranges if not r.is_reprint)

    @property
    def ballots_reprinted(self) -> int:
        """Serials printed again, each replacing a damaged ballot that is now void."""
        return sum(r.count for r in self.ranges if r.is_reprint)

    @property
    def ballots_missing(self) -> int:
        """Ballots still to print for one per voter (0 or less once there are enough)."""
        return (self.voters or 0) - self.ballots_printed


@dataclass(frozen=True)
class VotingCentre:
    id: str
    consultation_id: str
    name: str
    address: str | None


@dataclass(frozen=True)
class Voter:
    """One line of a voter register."""

    resident_id: str
    national_id: str | None
    last_names: str
    first_names: str
    council_id: str
    sector_id: str | None
    birth_date: date | None

    @property
    def full_name(self) -> str:
        return f"{self.last_names}, {self.first_names}".strip(", ")


@dataclass(frozen=True)
class VoterRegister:
    consultation: Consultation
    table: VotingTable
    voters: tuple[Voter, ...]
    voting_age: int


@dataclass(frozen=True)
class TallyFigures:
    """What a table's signed tally sheet says (one typing of it)."""

    votes: dict[int, int]
    null_votes: int
    blank_votes: int
    ballots_in_box: int
    signatures: int
    spoiled: int
    unused: int
    ballots_received: int | None = None

    @property
    def valid_votes(self) -> int:
        return sum(self.votes.values())


@dataclass(frozen=True)
class TallyEntry:
    id: str
    table_id: str
    figures: TallyFigures
    entered_by: str
    entered_at: datetime
    observation: str | None


@dataclass(frozen=True)
class CheckResult:
    """One reconciliation check of a tally sheet: its code, whether it passed, the sentence."""

    code: str
    passed: bool
    message: str


@dataclass(frozen=True)
class Difference:
    """A figure the two typings of a sheet disagree on."""

    field: str
    label: str
    first: int | None
    second: int | None


class TallyState:
    """Where a table's results entry stands (values stored in JSON output)."""

    EMPTY = "empty"  # nothing typed yet
    WAITING = "waiting_second"  # one person typed it; another must type it again
    MISMATCH = "mismatch"  # two people typed different figures
    NEEDS_OBSERVATION = "needs_observation"  # they agree, but a check fails
    ACCEPTED = "accepted"


@dataclass(frozen=True)
class TableTally:
    table: VotingTable
    state: str
    entries: tuple[TallyEntry, ...]
    differences: tuple[Difference, ...] = ()
    checks: tuple[CheckResult, ...] = ()
    accepted: TallyFigures | None = None
    accepted_observation: str | None = None
    accepted_by: str | None = None


@dataclass(frozen=True)
class ConsultationOverview:
    """Everything `consultation show` lists."""

    consultation: Consultation
    candidates: tuple[Nomination, ...]
    centres: tuple[VotingCentre, ...]
    tables: tuple[TableTally, ...]
    eligible: int
    unassigned: int
    voting_age: int
    # Tables whose printed register no longer lists their voters: print it again.
    stale_registers: tuple[int, ...] = ()


@dataclass(frozen=True)
class CandidateResult:
    number: int
    nomination_id: str
    title: str
    cost_cents: int
    votes: int
    share: float  # of valid votes
    rank: int
    tied: bool
    funded: bool


@dataclass(frozen=True)
class TableResult:
    table_id: str
    label: str
    accepted: bool
    eligible: int
    votes: dict[int, int]
    null_votes: int
    blank_votes: int
    ballots_in_box: int
    observation: str | None

    @property
    def participation(self) -> float:
        return self.ballots_in_box / self.eligible if self.eligible else 0.0

    @property
    def over_register(self) -> bool:
        """More ballots in the box than voters in the register: an error to find (a wrong
        figure, a register missing voters), never a participation above 100 %."""
        return self.ballots_in_box > self.eligible


@dataclass(frozen=True)
class Results:
    consultation: Consultation
    candidates: tuple[CandidateResult, ...]
    tables: tuple[TableResult, ...]
    null_votes: int
    blank_votes: int
    valid_votes: int
    ballots_in_box: int
    eligible: int
    tables_counted: int
    tables_total: int
    funding_note: str
    tie_note: str | None
    funded_numbers: tuple[int, ...] = field(default_factory=tuple)
    pending_tie: tuple[int, ...] = field(default_factory=tuple)  # to settle before funding

    @property
    def participation(self) -> float:
        return self.ballots_in_box / self.eligible if self.eligible else 0.0

    @property
    def tables_over_register(self) -> tuple[TableResult, ...]:
        return tuple(t for t in self.tables if t.accepted and t.over_register)

    @property
    def over_register(self) -> bool:
        """A counted table (or the total) with more ballots than voters: an error to find
        before proclaiming, never a participation above 100 %."""
        return self.ballots_in_box > self.eligible or bool(self.tables_over_register)


@dataclass(frozen=True)
class BallotRun:
    """What one print of ballots needs: the list, the table and the serials (none for a
    specimen)."""

    consultation: Consultation
    table: VotingTable
    candidates: tuple[Nomination, ...]
    style: BallotStyle
    first: int
    last: int
    is_reprint: bool = False
    specimen: bool = False
    count: int = 0  # ballots to print; for a run with serials it is last - first + 1

    @property
    def total(self) -> int:
        return self.count if self.specimen else self.last - self.first + 1
