"""The change log: every change of every record, by every device, chained by hash.

Apart from the rest of sync's bookkeeping (app/persistence/rows/sync.py) because every
command's start reads it (who is in charge is the last shift in this laptop's chain)."""

from datetime import datetime

from sqlalchemy import Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.persistence.base import Base


class ChangeRow(Base):
    """One change of one record by one device. The device's changes chain by hash."""

    __tablename__ = "change"
    origin: Mapped[str] = mapped_column(String(36), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    hash: Mapped[str] = mapped_column(String(64), unique=True)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hlc: Mapped[str] = mapped_column(String(32))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(36))
    op: Mapped[str] = mapped_column(String(8))  # insert | update | delete
    fields: Mapped[str] = mapped_column(Text)  # canonical JSON: the record after the change
    parents: Mapped[str] = mapped_column(Text, default="[]")  # canonical JSON list of hashes
    received_at: Mapped[datetime]

    __table_args__ = (Index("ix_change_entity", "entity", "entity_id"),)
