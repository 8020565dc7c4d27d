"""Attachment bytes, kept once by their SHA-256, and what each peer is known to hold of them.

Local to this laptop: a change of `attachment` carries only the file's SHA-256 and its
metadata, and the bytes travel as `files/<sha256>` members of a bundle (app/sync/files.py).
The bytes live in the database, not in a folder beside it, so a backup, a restore and an
import stay one file and one transaction: an import that fails leaves no stray file behind.
"""

from datetime import datetime

from sqlalchemy import Boolean, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from app.persistence.base import Base


class AttachmentFileRow(Base):
    """One file's bytes. Two attachments of the same photo share one row."""

    __tablename__ = "attachment_file"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary)
    received_at: Mapped[datetime]


class PeerFileRow(Base):
    """What a peer holds of a file: sent to it or seen in its bundles (`wanted` False), or
    announced by it as missing (`wanted` True: the next bundle to it carries the file)."""

    __tablename__ = "peer_file"
    peer: Mapped[str] = mapped_column(String(36), primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    wanted: Mapped[bool] = mapped_column(Boolean, default=False)
