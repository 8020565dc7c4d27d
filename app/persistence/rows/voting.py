"""A consultation's voting day: centres, tables and their members, registers, printed ballots
and tallies."""

from datetime import datetime

from sqlalchemy import JSON, Boolean, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.persistence.base import Base, SyncKind, uuid_pk


class VotingCentreRow(Base):
    __tablename__ = "voting_centre"
    __sync__ = SyncKind.EDITABLE
    id: Mapped[str] = uuid_pk()
    consultation_id: Mapped[str] = mapped_column(ForeignKey("consultation.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    address: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime]
    deleted_at: Mapped[datetime | None]


class VotingTableRow(Base):
    __tablename__ = "voting_table"
    __sync__ = SyncKind.EDITABLE
    id: Mapped[str] = uuid_pk()
    centre_id: Mapped[str] = mapped_column(ForeignKey("voting_centre.id"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    # How voters are assigned: {"by": "council"|"sector"|"split", "ids": [...], "part": [i, n]}
    assignment: Mapped[dict[str, object] | None] = mapped_column(JSON)
    created_at: Mapped[datetime]
    deleted_at: Mapped[datetime | None]


class TableMemberRow(Base):
    __tablename__ = "table_member"
    __sync__ = SyncKind.EDITABLE
    id: Mapped[str] = uuid_pk()
    table_id: Mapped[str] = mapped_column(ForeignKey("voting_table.id"), index=True)
    resident_id: Mapped[str | None] = mapped_column(ForeignKey("resident.id"))
    full_name: Mapped[str] = mapped_column(String(200))
    national_id: Mapped[str | None] = mapped_column(String(16))
    role: Mapped[str] = mapped_column(String(16))  # TableRole
    created_at: Mapped[datetime]
    deleted_at: Mapped[datetime | None]


class VoterAssignmentRow(Base):
    """A voter placed on a table's register (explicit placement, beside the table's rule)."""

    __tablename__ = "voter_assignment"
    __sync__ = SyncKind.EDITABLE
    id: Mapped[str] = uuid_pk()
    consultation_id: Mapped[str] = mapped_column(ForeignKey("consultation.id"), index=True)
    table_id: Mapped[str] = mapped_column(ForeignKey("voting_table.id"), index=True)
    resident_id: Mapped[str] = mapped_column(ForeignKey("resident.id"), index=True)
    created_at: Mapped[datetime]
    deleted_at: Mapped[datetime | None]


class RegisterPrintRow(Base):
    """A table's voter register printed or saved, with a fingerprint of who was on it: a later
    change of the table's voters (a re-split, a baja) shows the paper must be printed again.
    Insert-only."""

    __tablename__ = "register_print"
    __sync__ = SyncKind.FACT
    id: Mapped[str] = uuid_pk()
    table_id: Mapped[str] = mapped_column(ForeignKey("voting_table.id"), index=True)
    voters: Mapped[int] = mapped_column(Integer)
    voters_hash: Mapped[str] = mapped_column(String(64))
    printed_at: Mapped[datetime]


class BallotBatchRow(Base):
    """A printed run of ballots: serials first..last for one table. Insert-only."""

    __tablename__ = "ballot_batch"
    __sync__ = SyncKind.FACT
    id: Mapped[str] = uuid_pk()
    table_id: Mapped[str] = mapped_column(ForeignKey("voting_table.id"), index=True)
    style: Mapped[str] = mapped_column(String(8))  # BallotStyle
    first_serial: Mapped[int] = mapped_column(Integer)
    last_serial: Mapped[int] = mapped_column(Integer)
    reprint_of_id: Mapped[str | None] = mapped_column(ForeignKey("ballot_batch.id"))
    is_reprint: Mapped[bool] = mapped_column(Boolean, default=False)
    printed_at: Mapped[datetime]
    printed_by: Mapped[str | None] = mapped_column(String(200))
    # Why a reprint was made (the damaged ballot it replaces, now void); None for a run.
    reason: Mapped[str | None] = mapped_column(Text)


class TallyEntryRow(Base):
    """One typing of a table's signed tally sheet. Two agreeing entries make it accepted."""

    __tablename__ = "tally_entry"
    __sync__ = SyncKind.FACT
    id: Mapped[str] = uuid_pk()
    table_id: Mapped[str] = mapped_column(ForeignKey("voting_table.id"), index=True)
    votes: Mapped[dict[str, int]] = mapped_column(JSON)  # {"1": 120, "2": 85, ...}
    null_votes: Mapped[int] = mapped_column(Integer)
    blank_votes: Mapped[int] = mapped_column(Integer)
    ballots_in_box: Mapped[int] = mapped_column(Integer)
    signatures: Mapped[int] = mapped_column(Integer)
    ballots_received: Mapped[int | None] = mapped_column(Integer)
    spoiled: Mapped[int] = mapped_column(Integer, default=0)
    unused: Mapped[int] = mapped_column(Integer, default=0)
    observation: Mapped[str | None] = mapped_column(Text)
    entered_by: Mapped[str] = mapped_column(String(200))
    entered_at: Mapped[datetime]


class TallyAcceptanceRow(Base):
    """The decision that a table's figures stand (two matching entries, or an observation)."""

    __tablename__ = "tally_acceptance"
    __sync__ = SyncKind.FACT
    id: Mapped[str] = uuid_pk()
    table_id: Mapped[str] = mapped_column(ForeignKey("voting_table.id"), index=True)
    entry_id: Mapped[str] = mapped_column(ForeignKey("tally_entry.id"))
    observation: Mapped[str | None] = mapped_column(Text)
    accepted_by: Mapped[str | None] = mapped_column(String(200))
    accepted_at: Mapped[datetime]
