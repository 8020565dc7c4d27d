"""The popular consultation and its candidates (voting day's rows are in voting.py)."""

from datetime import date, datetime

from sqlalchemy import JSON, BigInteger, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from app.persistence.base import Base, SyncKind, uuid_pk


class ConsultationRow(Base):
    __tablename__ = "consultation"
    __sync__ = SyncKind.EDITABLE
    id: Mapped[str] = uuid_pk()
    organization_id: Mapped[str] = mapped_column(ForeignKey("organization.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    vote_date: Mapped[date]
    max_candidates: Mapped[int] = mapped_column(Integer, default=7)
    funding_rule: Mapped[str] = mapped_column(String(16))  # FundingRule
    funded_count: Mapped[int] = mapped_column(Integer, default=1)
    budget_cents: Mapped[int | None] = mapped_column(BigInteger)
    currency: Mapped[str] = mapped_column(String(3))
    tie_rule: Mapped[str] = mapped_column(String(16))  # TieRule
    # A recorded resolution of a tie: {"kind": ..., "order": [nomination ids], "note": ...}
    tie_resolution: Mapped[dict[str, object] | None] = mapped_column(JSON)
    status: Mapped[str] = mapped_column(String(16))  # ConsultationStatus
    created_at: Mapped[datetime]
    deleted_at: Mapped[datetime | None]


class NominationRow(Base):
    """A project put forward as candidate number `number` in a consultation."""

    __tablename__ = "nomination"
    __sync__ = SyncKind.EDITABLE
    id: Mapped[str] = uuid_pk()
    consultation_id: Mapped[str] = mapped_column(ForeignKey("consultation.id"), index=True)
    project_id: Mapped[str] = mapped_column(ForeignKey("project.id"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime]
    deleted_at: Mapped[datetime | None]
