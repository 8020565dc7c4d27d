"""Assemblies: agenda, speakers, agreements and their votes, minutes, attendance."""

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.persistence.base import Base, SyncKind, uuid_pk


class AssemblyRow(Base):
    __tablename__ = "assembly"
    __sync__ = SyncKind.EDITABLE
    id: Mapped[str] = uuid_pk()
    organization_id: Mapped[str] = mapped_column(ForeignKey("organization.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # AssemblyKind
    call: Mapped[int] = mapped_column(Integer, default=1)  # first or second call
    title: Mapped[str | None] = mapped_column(String(200))
    scheduled_at: Mapped[datetime] = mapped_column(index=True)
    place: Mapped[str] = mapped_column(String(200))
    called_by: Mapped[str | None] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(16))  # AssemblyStatus
    opened_at: Mapped[datetime | None]
    closed_at: Mapped[datetime | None]
    notes: Mapped[str | None] = mapped_column(Text)
    cancel_reason: Mapped[str | None] = mapped_column(String(300))  # when CANCELLED
    # The quorum base frozen when the assembly opened: residents of voting age of the
    # territory that day, and how many residents the census held then (the acta, the quorum
    # banner and `minutes verify` use these, so a later census import changes nothing).
    quorum_base: Mapped[int | None] = mapped_column(Integer)
    census_count: Mapped[int | None] = mapped_column(Integer)
    # A rendición de cuentas names the project it accounts for: its acta carries the
    # project's statement, frozen when the acta is sealed.
    project_id: Mapped[str | None] = mapped_column(String(36), index=True)
    created_at: Mapped[datetime]
    deleted_at: Mapped[datetime | None]


class AgendaItemRow(Base):
    __tablename__ = "agenda_item"
    __sync__ = SyncKind.EDITABLE
    id: Mapped[str] = uuid_pk()
    assembly_id: Mapped[str] = mapped_column(ForeignKey("assembly.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(300))
    notes: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime]
    deleted_at: Mapped[datetime | None]


class InterventionRow(Base):
    __tablename__ = "intervention"
    __sync__ = SyncKind.EDITABLE
    id: Mapped[str] = uuid_pk()
    agenda_item_id: Mapped[str] = mapped_column(ForeignKey("agenda_item.id"), index=True)
    resident_id: Mapped[str | None] = mapped_column(ForeignKey("resident.id"))
    speaker_name: Mapped[str] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(Integer)
    summary: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime]
    deleted_at: Mapped[datetime | None]


class AgreementRow(Base):
    __tablename__ = "agreement"
    __sync__ = SyncKind.EDITABLE
    id: Mapped[str] = uuid_pk()
    agenda_item_id: Mapped[str] = mapped_column(ForeignKey("agenda_item.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=1)
    text: Mapped[str] = mapped_column(Text)
    by_acclamation: Mapped[bool] = mapped_column(Boolean, default=False)
    votes_for: Mapped[int] = mapped_column(Integer, default=0)
    votes_against: Mapped[int] = mapped_column(Integer, default=0)
    abstentions: Mapped[int] = mapped_column(Integer, default=0)
    # The acta states the quorum at the moment of each vote, so it is recorded, not recomputed.
    present_at_vote: Mapped[int] = mapped_column(Integer, default=0)
    quorum_required_at_vote: Mapped[int] = mapped_column(Integer, default=0)
    quorum_met_at_vote: Mapped[bool] = mapped_column(Boolean, default=False)
    voted_at: Mapped[datetime | None]
    created_at: Mapped[datetime]
    deleted_at: Mapped[datetime | None]


class MinutesRow(Base):
    __tablename__ = "minutes"
    __sync__ = SyncKind.EDITABLE
    id: Mapped[str] = uuid_pk()
    assembly_id: Mapped[str] = mapped_column(ForeignKey("assembly.id"), index=True)
    status: Mapped[str] = mapped_column(String(16))  # MinutesStatus
    body: Mapped[str] = mapped_column(Text, default="")  # the secretary's free text (JSON)
    content_hash: Mapped[str | None] = mapped_column(String(64))
    approved_at: Mapped[datetime | None]
    approved_by: Mapped[str | None] = mapped_column(String(200))
    corrects_id: Mapped[str | None] = mapped_column(ForeignKey("minutes.id"))  # an addendum
    created_at: Mapped[datetime]
    deleted_at: Mapped[datetime | None]


class AttendanceRow(Base):
    """A check-in or a withdrawal at a moment: insert-only; presence is the latest action."""

    __tablename__ = "attendance"
    __sync__ = SyncKind.FACT
    id: Mapped[str] = uuid_pk()
    assembly_id: Mapped[str] = mapped_column(ForeignKey("assembly.id"), index=True)
    resident_id: Mapped[str] = mapped_column(ForeignKey("resident.id"), index=True)
    action: Mapped[str] = mapped_column(String(12))  # AttendanceAction
    at: Mapped[datetime]
    recorded_by: Mapped[str | None] = mapped_column(String(200))
