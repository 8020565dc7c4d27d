"""What the safety services return: frozen, SQL-free."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path


@dataclass(frozen=True)
class NewIncarnation:
    """The database ran as another device and this start could not sign as it (no key file
    beside it, or another device's): it goes on as a new device. The old one's changes stay,
    as those of another laptop."""

    old_device_id: str
    old_device_name: str
    new_device_id: str
    new_fingerprint: str


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made_at: datetime
    reason: str
    size: int


@dataclass(frozen=True)
class BackupCheck:
    """What a backup holds and whether it is sound (integrity check and change-log chains)."""

    path: Path
    made_at: datetime | None
    size: int
    ok: bool
    problems: tuple[str, ...]
    counts: dict[str, int]
    revision: str | None
