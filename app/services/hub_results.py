"""What the coordinators' page shows: one consultation round (a vote date) over every commune
the hub holds, read in one query per kind of row."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app.consultation.round import Counted, RoundResults, TableReport, summarize
from app.persistence.rows import (
    ConsultationRow,
    NominationRow,
    OrganizationRow,
    ProjectRow,
    TallyAcceptanceRow,
    TallyEntryRow,
    VotingCentreRow,
    VotingTableRow,
)


class RoundResultsService:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def vote_dates(self) -> list[date]:
        with self._sessions.begin() as s:
            return list(s.scalars(select(ConsultationRow.vote_date).where(
                ConsultationRow.deleted_at.is_(None)).distinct().order_by(
                ConsultationRow.vote_date.desc())))

    def results(self, vote_date: date) -> RoundResults:
        with self._sessions.begin() as s:
            tables = s.execute(
                select(VotingTableRow.id, VotingTableRow.number, VotingCentreRow.name,
                       ConsultationRow.id, OrganizationRow.id, OrganizationRow.name,
                       OrganizationRow.state,
                       OrganizationRow.municipality, OrganizationRow.parish)
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
            counted = {
                table_id: entry for table_id, entry in s.execute(
                    select(TallyAcceptanceRow.table_id, TallyEntryRow)
                    .join(TallyEntryRow, TallyEntryRow.id == TallyAcceptanceRow.entry_id)
                    .where(TallyAcceptanceRow.table_id.in_([t[0] for t in tables])))
            }
            reports = []
            for (table_id, number, centre, consultation, commune_id, commune, state, town,
                 parish) in tables:
                entry = counted.get(table_id)
                figures = None
                if entry is not None:
                    figures = Counted(entry.ballots_in_box, entry.null_votes, entry.blank_votes,
                                      {titles.get((consultation, k), f"N.º {k}"): int(v)
                                       for k, v in entry.votes.items()})
                reports.append(TableReport(state or "", town or "", parish or "", commune,
                                           commune_id, centre, number, figures))
        return summarize(vote_date.isoformat(), reports)
