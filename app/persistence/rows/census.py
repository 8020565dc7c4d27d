"""The census: residents, and files attached to any record (scans of signed papers)."""

from datetime import date, datetime

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.persistence.base import Base, SyncKind, partial_index, uuid_pk


class ResidentRow(Base):
    __tablename__ = "resident"
    __sync__ = SyncKind.EDITABLE
    # Only the merged ones: imports settle merges from them (0016_ingest).
    __table_args__ = (partial_index("ix_resident_merged_into", "merged_into_id",
                                    where="merged_into_id IS NOT NULL"),)
    id: Mapped[str] = uuid_pk()
    council_id: Mapped[str] = mapped_column(ForeignKey("organization.id"), index=True)
    sector_id: Mapped[str | None] = mapped_column(ForeignKey("sector.id"), index=True)
    first_names: Mapped[str] = mapped_column(String(120))
    last_names: Mapped[str] = mapped_column(String(120))
    # Not unique: two laptops may register the same person; duplicates are flagged, not refused.
    national_id: Mapped[str | None] = mapped_column(String(16), index=True)
    birth_date: Mapped[date | None] = mapped_column(index=True)
    sex: Mapped[str | None] = mapped_column(String(1))
    address: Mapped[str | None] = mapped_column(Text)
    phone: Mapped[str | None] = mapped_column(String(40))
    household: Mapped[str | None] = mapped_column(String(60))  # family / dwelling code
    notes: Mapped[str | None] = mapped_column(Text)
    # "Dado de baja" (moved away, died): out of the quorum base, the census counts and the
    # voter registers from this day on; kept for history and reversible (0008_corrections).
    left_on: Mapped[date | None]
    left_reason: Mapped[str | None] = mapped_column(String(200))
    # Folded (no accents, lower case) names and cédula digits: search in SQL, never in Python.
    search_text: Mapped[str] = mapped_column(String(300), index=True, default="")
    merged_into_id: Mapped[str | None] = mapped_column(ForeignKey("resident.id"))
    created_at: Mapped[datetime]
    deleted_at: Mapped[datetime | None] = mapped_column(index=True)


class AttachmentRow(Base):
    """A file kept with a record: a photographed signed acta, a receipt. Insert-only.

    The bytes are in `attachment_file` under `sha256` (stored once, sent once as a bundle
    member); a laptop that has the record but not yet the file shows it as pending."""

    __tablename__ = "attachment"
    __sync__ = SyncKind.FACT
    id: Mapped[str] = uuid_pk()
    owner_entity: Mapped[str] = mapped_column(String(40))
    owner_id: Mapped[str] = mapped_column(String(36), index=True)
    filename: Mapped[str] = mapped_column(String(200))
    media_type: Mapped[str] = mapped_column(String(80))
    size: Mapped[int] = mapped_column(Integer)
    # Indexed: an import asks about the files it brings, not every attachment (0017_pending).
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    description: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime]
