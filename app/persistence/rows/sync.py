"""The bookkeeping of sync: devices, shifts, heads, watermarks, bundles, held changes, conflicts.

Only `device` and `operator_shift` travel as records; the log itself (change_log.py) travels as
changes. Everything else here is local to this laptop and is rebuilt from the log when needed.
"""

from datetime import datetime

from sqlalchemy import JSON, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from app.persistence.base import Base, SyncKind


class DeviceRow(Base):
    """A laptop known to this one, with its public key and whether it is trusted."""

    __tablename__ = "device"
    __sync__ = SyncKind.EDITABLE
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    public_key: Mapped[str] = mapped_column(String(64))  # hex
    fingerprint: Mapped[str] = mapped_column(String(32))
    trust: Mapped[str] = mapped_column(String(16))  # DeviceTrust
    # A revocation names who revoked and the last change the revoker had accepted from this
    # laptop: its later changes are refused from any sender (a relay cannot bring them).
    revoked_by: Mapped[str | None] = mapped_column(String(36))
    revoked_seq: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime]
    deleted_at: Mapped[datetime | None]


class OperatorShiftRow(Base):
    """Who is in charge of a laptop from now on: the secretary's name, written whenever the
    person in charge changes. It travels as a change in the laptop's signed chain, so every
    later change of that laptop (a higher seq) until its next shift is that person's: the
    record history names her without a field in the signed change line (no accounts)."""

    __tablename__ = "operator_shift"
    __sync__ = SyncKind.FACT
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    device_id: Mapped[str] = mapped_column(String(36), index=True)
    name: Mapped[str] = mapped_column(String(200))
    started_at: Mapped[datetime]


class RecordHeadRow(Base):
    """The current head change(s) of an editable record; more than one means a conflict."""

    __tablename__ = "record_head"
    entity: Mapped[str] = mapped_column(String(40), primary_key=True)
    entity_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    change_hash: Mapped[str] = mapped_column(String(64), primary_key=True)


class DeviceHeadRow(Base):
    """The latest signed head held for each origin: (origin, seq, hash) and its signature."""

    __tablename__ = "device_head"
    origin: Mapped[str] = mapped_column(String(36), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer)
    hash: Mapped[str] = mapped_column(String(64))
    signature: Mapped[str] = mapped_column(String(128))  # hex


class PeerWatermarkRow(Base):
    """What a peer is known to hold of each origin's log (to send only the rest)."""

    __tablename__ = "peer_watermark"
    peer: Mapped[str] = mapped_column(String(36), primary_key=True)
    origin: Mapped[str] = mapped_column(String(36), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer)


class BundleRecordRow(Base):
    """A bundle written or read by this laptop, for the status screen and re-import checks."""

    __tablename__ = "bundle_record"
    bundle_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    direction: Mapped[str] = mapped_column(String(8), primary_key=True)  # export | import
    peer: Mapped[str | None] = mapped_column(String(36))
    file_name: Mapped[str] = mapped_column(String(255))
    at: Mapped[datetime]
    summary: Mapped[dict[str, object]] = mapped_column(JSON)


class PendingChangeRow(Base):
    """A held change that waits for a record it refers to."""

    __tablename__ = "pending_change"
    origin: Mapped[str] = mapped_column(String(36), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    # The record the change is a version of (its table and id), and what it waits for. An
    # import takes the rows of the records it brings by either id (0017_pending).
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(36), index=True)
    waits_for_entity: Mapped[str] = mapped_column(String(40))
    waits_for_id: Mapped[str] = mapped_column(String(36), index=True)


class ConflictRow(Base):
    """A field edited differently on two laptops; every value is kept until a person chooses."""

    __tablename__ = "conflict"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(36))
    field: Mapped[str] = mapped_column(String(60))
    # [{"change": hash, "device": id, "hlc": ..., "value": ...}, ...]
    candidates: Mapped[list[dict[str, object]]] = mapped_column(JSON)
    provisional: Mapped[str] = mapped_column(String(64))  # hash of the winning change
    detected_at: Mapped[datetime]

    __table_args__ = (Index("ix_conflict_record", "entity", "entity_id"),)
