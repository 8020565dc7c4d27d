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


@dataclass(frozen=True)
class FieldChange:
    field: str
    old: object  # None for a new record; for a merge, the value before on this laptop's side
    new: object
    # For a merge or a resolution: every value the versions brought (they differed).
    candidates: tuple[object, ...] = ()
    # The same values as a person reads them (a name for an id, dd/mm/aaaa, 1.200,50 USD,
    # Sí/No); None where there is no value. The raw ones above stay for scripts.
    old_shown: str | None = None
    new_shown: str | None = None
    candidates_shown: tuple[str | None, ...] = ()


@dataclass(frozen=True)
class HistoryEntry:
    """One change of a record, as a person reads it."""

    at: datetime
    kind: str  # created | edited | deleted | merged | resolved
    device_id: str
    device_name: str
    device_fingerprint: str
    fields: tuple[FieldChange, ...]
    change_hash: str
    # Who was in charge of that laptop when it made the change (its latest shift before the
    # change in the laptop's chain); None for a change made before anyone took charge.
    secretary: str | None = None
    seq: int = 0  # the change's place in its laptop's chain


@dataclass(frozen=True)
class RecordHistory:
    entity: str
    record_id: str
    label: str
    entries: tuple[HistoryEntry, ...]
