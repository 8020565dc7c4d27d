"""What the coordinators' page shows: one consultation round (a vote date) over every commune
the hub holds, read in one query per kind of row, with the version of the data it was read at.

The version is a counter the hub bumps after each apply commits (`bump_data_version`, in its
own short transaction: a row every commune's apply would otherwise wait on). A reader that sees
version V therefore sees every apply acknowledged before V was written: the page keeps its last
rendering keyed by that version (app/hub/results_cache.py) and recomputes only when it moves.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Integer, String, cast, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from app.consultation.round import Counted, RoundResults, TableReport, summarize
from app.persistence.engine import reading
from app.persistence.rows import (
    ConsultationRow,
    NominationRow,
    OrganizationRow,
    ProjectRow,
    SettingRow,
    TallyAcceptanceRow,
    TallyEntryRow,
    VotingCentreRow,
    VotingTableRow,
)
from app.sync.model import ImportSummary

VERSION_KEY = "hub_data_version"


@dataclass(frozen=True)
class ResultsSnapshot:
    """One reading of the round: `results` None when no consultation has that date."""

    version: int
    dates: tuple[date, ...]
    results: RoundResults | None


def ensure_data_version(sessions: sessionmaker[Session]) -> None:
    """Create the counter once (at the hub's opening; another process may do it too)."""
    try:
        with sessions.begin() as s:
            if s.get(SettingRow, VERSION_KEY) is None:
                s.add(SettingRow(key=VERSION_KEY, value="0"))
    except IntegrityError:
        pass  # another process of this hub created it just now


def bump_data_version(s: Session) -> None:
    """Tell every reader the data changed. Called in a transaction after the apply's own."""
    s.execute(update(SettingRow).where(SettingRow.key == VERSION_KEY).values(
        value=cast(cast(SettingRow.value, Integer) + 1, String)))


# What the round's figures are read from: an import that wrote none of these leaves the page.
RESULT_TABLES = frozenset(row.__tablename__ for row in (
    ConsultationRow, NominationRow, OrganizationRow, ProjectRow, TallyAcceptanceRow,
    TallyEntryRow, VotingCentreRow, VotingTableRow))


def changes_results(summary: ImportSummary) -> bool:
    """May this import have changed the page? Yes when it wrote a table the page reads, took
    back a revoked laptop's work, or was found already applied (a server killed between the
    import's commit and this bump: what it wrote is not known, so the page is read again)."""
    return (summary.already_imported or bool(summary.withdrawn_revoked)
            or not RESULT_TABLES.isdisjoint(summary.entities))


def _version(s: Session) -> int:
    value = s.scalar(select(SettingRow.value).where(SettingRow.key == VERSION_KEY))
    return int(value) if value else 0


class RoundResultsService:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def version(self) -> int:
        """The data's version: one read of one row, what every poll costs when nothing moved."""
        with self._sessions.begin() as s:
            return _version(s)

    def snapshot(self, wanted: date | None) -> ResultsSnapshot:
        """The version, the round dates and the round of `wanted` (None: the latest date),
        all read in one snapshot of the database."""
        with self._sessions.begin() as s:
            reading(s)
            version = _version(s)
            dates = _vote_dates(s)
            day = wanted if wanted is not None else (dates[0] if dates else None)
            results = _results(s, day) if day is not None and day in dates else None
            return ResultsSnapshot(version, tuple(dates), results)


def _vote_dates(s: Session) -> list[date]:
    return list(s.scalars(select(ConsultationRow.vote_date).where(
        ConsultationRow.deleted_at.is_(None)).distinct().order_by(
        ConsultationRow.vote_date.desc())))


def _results(s: Session, vote_date: date) -> RoundResults:
    tables = s.execute(
        select(VotingTableRow.id, VotingTableRow.number, VotingCentreRow.name,
               ConsultationRow.id, OrganizationRow.id, OrganizationRow.name,
               OrganizationRow.state, OrganizationRow.municipality, OrganizationRow.parish)
        .join(VotingCentreRow, VotingCentreRow.id == VotingTableRow.centre_id)
        .join(ConsultationRow, ConsultationRow.id == VotingCentreRow.consultation_id)
        .join(OrganizationRow, OrganizationRow.id == ConsultationRow.organization_id)
        .where(ConsultationRow.vote_date == vote_date,
               ConsultationRow.deleted_at.is_(None),
               VotingCentreRow.deleted_at.is_(None),
               VotingTableRow.deleted_at.is_(None))
    ).all()
    consultations = sorted({t[3] for t in tables})
    titles = {
        (c, str(n)): title for c, n, title in s.execute(
            select(NominationRow.consultation_id, NominationRow.number, ProjectRow.title)
            .join(ProjectRow, ProjectRow.id == NominationRow.project_id)
            .where(NominationRow.consultation_id.in_(consultations),
                   NominationRow.deleted_at.is_(None)))
    }
    # The accepted sheets of this date's tables, read as plain columns and joined in SQL
    # (not an IN list of every table of the country, not an ORM object per sheet).
    counted = {
        table_id: (ballots, nulls, blanks, votes) for table_id, ballots, nulls, blanks, votes
        in s.execute(
            select(TallyAcceptanceRow.table_id, TallyEntryRow.ballots_in_box,
                   TallyEntryRow.null_votes, TallyEntryRow.blank_votes, TallyEntryRow.votes)
            .join(TallyEntryRow, TallyEntryRow.id == TallyAcceptanceRow.entry_id)
            .join(VotingTableRow, VotingTableRow.id == TallyAcceptanceRow.table_id)
            .join(VotingCentreRow, VotingCentreRow.id == VotingTableRow.centre_id)
            .join(ConsultationRow, ConsultationRow.id == VotingCentreRow.consultation_id)
            .where(ConsultationRow.vote_date == vote_date))
    }
    reports = []
    for (table_id, number, centre, consultation, commune_id, commune, state, town,
         parish) in tables:
        sheet = counted.get(table_id)
        figures = None
        if sheet is not None:
            ballots, nulls, blanks, votes = sheet
            figures = Counted(ballots, nulls, blanks,
                              {titles.get((consultation, k), f"N.º {k}"): int(v)
                               for k, v in votes.items()})
        reports.append(TableReport(state or "", town or "", parish or "", commune,
                                   commune_id, centre, number, figures))
    return summarize(vote_date.isoformat(), reports)
