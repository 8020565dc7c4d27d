"""The hub's own bookkeeping: which laptops it admits, for which commune, and what it holds.

Local to the hub (never synced; a laptop's database has these tables empty). The commune of an
origin decides which laptops receive its changes (see packaging/HUB.md, "Scope").
"""

from datetime import datetime

from sqlalchemy import BigInteger, String
from sqlalchemy.orm import Mapped, mapped_column

from app.persistence.base import Base


class HubEnrollmentRow(Base):
    """A laptop admitted by its fingerprint for one commune; revoked ones stay, refused."""

    __tablename__ = "hub_enrollment"
    fingerprint: Mapped[str] = mapped_column(String(32), primary_key=True)  # normalized
    commune: Mapped[str] = mapped_column(String(64), index=True)
    device_id: Mapped[str | None] = mapped_column(String(36), index=True)
    enrolled_at: Mapped[datetime]
    revoked_at: Mapped[datetime | None]
    # What the hub held of the laptop's log when it was revoked: changes beyond are refused,
    # whoever relays them.
    revoked_seq: Mapped[int | None] = mapped_column(BigInteger)


class HubOriginRow(Base):
    """The commune of each origin (a laptop's log) the hub holds."""

    __tablename__ = "hub_origin"
    origin: Mapped[str] = mapped_column(String(36), primary_key=True)
    commune: Mapped[str] = mapped_column(String(64), index=True)


class HubNonceRow(Base):
    """Nonces of signed requests seen recently: a replayed request finds its nonce here."""

    __tablename__ = "hub_nonce"
    nonce: Mapped[str] = mapped_column(String(64), primary_key=True)
    seen_at: Mapped[datetime] = mapped_column(index=True)


class HubUploadRow(Base):
    """An upload, keyed by the bundle file's SHA-256: received bytes, then applied once."""

    __tablename__ = "hub_upload"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    device_id: Mapped[str] = mapped_column(String(36))
    size: Mapped[int] = mapped_column(BigInteger)
    bundle_id: Mapped[str | None] = mapped_column(String(36))
    applied_at: Mapped[datetime | None]
