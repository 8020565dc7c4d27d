"""This laptop's own rows: its identity and its settings. Local: neither travels.

Apart from the sync rows because every command's start reads both (which device this is,
who was last in charge), and declaring a row class is not free (issue 17, point 6)."""

from datetime import datetime

from sqlalchemy import Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.persistence.base import Base


class ThisDeviceRow(Base):
    """This laptop's identity. One row. The private key is not here: it lives in a file of
    its own beside the database (app/safety/keyfile.py), so no copy of the database has it."""

    __tablename__ = "this_device"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    public_key: Mapped[bytes] = mapped_column(LargeBinary)
    last_seq: Mapped[int] = mapped_column(Integer, default=0)
    last_hash: Mapped[str] = mapped_column(String(64), default="")
    last_hlc: Mapped[str] = mapped_column(String(32), default="")
    created_at: Mapped[datetime]


class SettingRow(Base):
    """A setting of this laptop (language, page size, the organization it works for)."""

    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
