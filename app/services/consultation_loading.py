"""Reading a consultation's voters, centres, tables, runs and tallies inside a service's
session (the pure placement rules are app.consultation.eligibility)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.consultation.eligibility import assign, register_key
from app.consultation.model import (
    SerialRange,
    TableMember,
    TallyEntry,
    TallyFigures,
    Voter,
    VotingCentre,
    VotingTable,
)
from app.domain.dates import birth_date_for_age
from app.domain.enums import BallotStyle, TableRole
from app.domain.errors import DomainError
from app.persistence.rows import (
    BallotBatchRow,
    ConsultationRow,
    OrganizationRow,
    ResidentRow,
    TableMemberRow,
    TallyEntryRow,
    VoterAssignmentRow,
    VotingCentreRow,
    VotingTableRow,
)
from app.services.census_leaving import here_on
from app.services.territory import territory_councils


def to_range(row: BallotBatchRow) -> SerialRange:
    return SerialRange(row.id, row.table_id, BallotStyle(row.style), row.first_serial,
                       row.last_serial, row.is_reprint, row.reprint_of_id, row.printed_at,
                       row.printed_by, row.reason or "")


def to_entry(row: TallyEntryRow) -> TallyEntry:
    figures = TallyFigures(
        votes={int(k): int(v) for k, v in row.votes.items()},
        null_votes=row.null_votes, blank_votes=row.blank_votes,
        ballots_in_box=row.ballots_in_box, signatures=row.signatures, spoiled=row.spoiled,
        unused=row.unused, ballots_received=row.ballots_received,
    )
    return TallyEntry(row.id, row.table_id, figures, row.entered_by, row.entered_at,
                      row.observation)


def centres(s: Session, consultation_id: str) -> list[VotingCentre]:
    rows = s.scalars(select(VotingCentreRow).where(
        VotingCentreRow.consultation_id == consultation_id,
        VotingCentreRow.deleted_at.is_(None)).order_by(VotingCentreRow.created_at,
                                                       VotingCentreRow.id))
    return [VotingCentre(r.id, r.consultation_id, r.name, r.address) for r in rows]


def table_rows(s: Session, consultation_id: str) -> list[tuple[VotingTableRow, str]]:
    """The consultation's tables with their centre's name, in centre then number order."""
    return [(t, name) for t, name in s.execute(
        select(VotingTableRow, VotingCentreRow.name)
        .join(VotingCentreRow, VotingCentreRow.id == VotingTableRow.centre_id)
        .where(VotingCentreRow.consultation_id == consultation_id,
               VotingCentreRow.deleted_at.is_(None), VotingTableRow.deleted_at.is_(None))
        .order_by(VotingCentreRow.created_at, VotingCentreRow.id, VotingTableRow.number)
    ).all()]


def voting_age(s: Session, consultation: ConsultationRow) -> int:
    org = s.get(OrganizationRow, consultation.organization_id)
    return org.voting_age if org is not None else 15


def eligible_voters(s: Session, council_ids: Sequence[str], voting_age: int,
                    vote_date: date) -> list[Voter]:
    """Residents aged `voting_age` or more on the vote date, neither deleted nor merged into
    another record nor dados de baja by then, in register order."""
    if not council_ids:
        return []
    latest_birth = birth_date_for_age(voting_age, vote_date)
    rows = s.execute(
        select(ResidentRow.id, ResidentRow.national_id, ResidentRow.last_names,
               ResidentRow.first_names, ResidentRow.council_id, ResidentRow.sector_id,
               ResidentRow.birth_date)
        .where(
            ResidentRow.council_id.in_(council_ids),
            ResidentRow.deleted_at.is_(None),
            ResidentRow.merged_into_id.is_(None),
            ResidentRow.birth_date <= latest_birth,
            here_on(vote_date),
        )
    ).all()
    voters = [Voter(*row) for row in rows]
    voters.sort(key=register_key)
    return voters


def registers(s: Session, consultation: ConsultationRow
              ) -> tuple[list[Voter], dict[str, list[Voter]], int]:
    """Every eligible voter, each table's register, and how many voters no table takes."""
    org = s.get(OrganizationRow, consultation.organization_id)
    voters = eligible_voters(s, territory_councils(s, org),
                             voting_age(s, consultation), consultation.vote_date)
    tables = [(t.id, t.assignment) for t, _name in table_rows(s, consultation.id)]
    explicit = {resident: table for resident, table in s.execute(
        select(VoterAssignmentRow.resident_id, VoterAssignmentRow.table_id).where(
            VoterAssignmentRow.consultation_id == consultation.id,
            VoterAssignmentRow.deleted_at.is_(None)).order_by(VoterAssignmentRow.created_at))}
    by_table, unassigned = assign(voters, tables, explicit)
    return voters, by_table, unassigned


def tables(s: Session, consultation: ConsultationRow,
           by_table: dict[str, list[Voter]] | None = None, count_voters: bool = True
           ) -> list[VotingTable]:
    """The tables with members and printed runs. Counting each table's voters means building
    every register; callers that only need runs or labels pass count_voters=False and get
    voters=None."""
    rows = table_rows(s, consultation.id)
    ids = [t.id for t, _name in rows]
    if by_table is None and count_voters:
        _voters, by_table, _unassigned = registers(s, consultation)
    members: dict[str, list[TableMember]] = {i: [] for i in ids}
    for m in s.scalars(select(TableMemberRow).where(
            TableMemberRow.table_id.in_(ids), TableMemberRow.deleted_at.is_(None))
            .order_by(TableMemberRow.created_at, TableMemberRow.id)):
        members[m.table_id].append(TableMember(m.id, m.table_id, m.full_name, m.national_id,
                                               TableRole(m.role), m.resident_id))
    runs: dict[str, list[SerialRange]] = {i: [] for i in ids}
    for b in s.scalars(select(BallotBatchRow).where(BallotBatchRow.table_id.in_(ids))
                       .order_by(BallotBatchRow.printed_at, BallotBatchRow.id)):
        runs[b.table_id].append(to_range(b))
    return [
        VotingTable(t.id, t.centre_id, name, t.number, t.assignment,
                    len(by_table.get(t.id, [])) if by_table is not None else None,
                    tuple(members[t.id]), tuple(runs[t.id]))
        for t, name in rows
    ]


def find_table(s: Session, consultation_id: str, ref: str) -> VotingTableRow:
    """A table by its id, or by its number ("1", or "2-1" for centre 2's table 1)."""
    rows = table_rows(s, consultation_id)
    ref = ref.strip()
    for t, _name in rows:
        if t.id == ref:
            return t
    centre_ids: list[str] = []
    for t, _name in rows:
        if t.centre_id not in centre_ids:
            centre_ids.append(t.centre_id)
    matches = []
    for t, _name in rows:
        centre_number = centre_ids.index(t.centre_id) + 1
        if ref in (str(t.number), f"{centre_number}-{t.number}"):
            matches.append(t)
    if len(matches) == 1:
        return matches[0]
    if len(matches) > 1:
        raise DomainError("table.ambiguous", table=ref)
    raise DomainError("table.not_in_consultation", table=ref)


def entries(s: Session, table_id: str) -> list[TallyEntry]:
    rows = s.scalars(select(TallyEntryRow).where(TallyEntryRow.table_id == table_id)
                     .order_by(TallyEntryRow.entered_at, TallyEntryRow.id))
    return [to_entry(r) for r in rows]
