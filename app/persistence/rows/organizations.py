"""Organizations (commune, circuit, council), sectors, committees and spokespeople."""

from datetime import date, datetime

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.persistence.base import Base, SyncKind, uuid_pk


class OrganizationRow(Base):
    __tablename__ = "organization"
    __sync__ = SyncKind.EDITABLE
    id: Mapped[str] = uuid_pk()
    kind: Mapped[str] = mapped_column(String(16))  # OrgKind
    name: Mapped[str] = mapped_column(String(200))
    parent_id: Mapped[str | None] = mapped_column(ForeignKey("organization.id"), index=True)
    registry_code: Mapped[str | None] = mapped_column(String(40))  # official registry number
    state: Mapped[str | None] = mapped_column(String(80))
    municipality: Mapped[str | None] = mapped_column(String(80))
    parish: Mapped[str | None] = mapped_column(String(80))
    address: Mapped[str | None] = mapped_column(Text)
    # Legal defaults that are settings, never constants (the law is reformed from time to time).
    quorum_first_call_pct: Mapped[int] = mapped_column(Integer, default=30)
    quorum_second_call_pct: Mapped[int] = mapped_column(Integer, default=20)
    voting_age: Mapped[int] = mapped_column(Integer, default=15)
    # The second call meets the same day, this many minutes after the first (the convocation
    # prints its hour): 30 unless the organization decided otherwise.
    second_call_after_min: Mapped[int] = mapped_column(Integer, default=30, server_default="30")
    created_at: Mapped[datetime]
    deleted_at: Mapped[datetime | None]


class SectorRow(Base):
    __tablename__ = "sector"
    __sync__ = SyncKind.EDITABLE
    id: Mapped[str] = uuid_pk()
    organization_id: Mapped[str] = mapped_column(ForeignKey("organization.id"), index=True)
    name: Mapped[str] = mapped_column(String(120))
    description: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime]
    deleted_at: Mapped[datetime | None]


class CommitteeRow(Base):
    __tablename__ = "committee"
    __sync__ = SyncKind.EDITABLE
    id: Mapped[str] = uuid_pk()
    organization_id: Mapped[str] = mapped_column(ForeignKey("organization.id"), index=True)
    name: Mapped[str] = mapped_column(String(160))
    area: Mapped[str | None] = mapped_column(String(40))  # water, health, oversight, finance...
    created_at: Mapped[datetime]
    deleted_at: Mapped[datetime | None]


class SpokespersonRow(Base):
    __tablename__ = "spokesperson"
    __sync__ = SyncKind.EDITABLE
    id: Mapped[str] = uuid_pk()
    committee_id: Mapped[str] = mapped_column(ForeignKey("committee.id"), index=True)
    resident_id: Mapped[str] = mapped_column(ForeignKey("resident.id"), index=True)
    role: Mapped[str | None] = mapped_column(String(80))  # principal, suplente...
    term_start: Mapped[date]
    term_end: Mapped[date | None]
    elected_in_assembly_id: Mapped[str | None] = mapped_column(ForeignKey("assembly.id"))
    created_at: Mapped[datetime]
    deleted_at: Mapped[datetime | None]
