"""The sync's data handed to the window and the command line: frozen, plain, no SQL."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class ExportPreview:
    peer: str | None
    full: bool
    changes: int
    origins: dict[str, int]  # origin -> how many of its changes go


@dataclass(frozen=True)
class ExportResult:
    path: Path
    bundle_id: str
    changes: int
    size: int
    peer: str | None
    full: bool
    safe_to_remove: bool  # written, synced to the stick and read back: it may be unplugged


@dataclass(frozen=True)
class BundleInfo:
    """What a bundle says about itself, before importing it (for the acceptance dialog)."""

    path: Path
    bundle_id: str
    sender_id: str
    sender_name: str
    sender_fingerprint: str
    sender_known: bool
    sender_revoked: bool
    changes: int
    created_at: str
    already_imported: bool
    from_this_device: bool = False  # this laptop's own bundle, left on the stick


@dataclass(frozen=True)
class FoundBundle:
    """A file found on a stick: what it says about itself, or why it cannot be read."""

    path: Path
    info: BundleInfo | None
    problem: str = ""  # the sentence a secretary reads when the file is damaged


@dataclass(frozen=True)
class KnownDevice:
    id: str
    name: str
    fingerprint: str
    trust: str
    is_this_device: bool
    holds: dict[str, int]  # origin -> highest seq it is known to hold
    last_bundle_at: datetime | None


@dataclass(frozen=True)
class BundleEntry:
    bundle_id: str
    direction: str
    peer: str | None
    file_name: str
    at: datetime
    summary: dict[str, object]


@dataclass(frozen=True)
class PendingEntry:
    entity: str
    entity_id: str
    waits_for_entity: str
    waits_for_id: str


@dataclass(frozen=True)
class SyncStatus:
    device_id: str
    device_name: str
    fingerprint: str
    changes_held: int
    devices: list[KnownDevice]
    bundles: list[BundleEntry]
    pending: list[PendingEntry]
    open_conflicts: int
    files_pending: int = 0  # attachments whose file has not arrived (the next bundle brings it)
    clock_ahead: list[str] = field(default_factory=list)  # laptops whose date is ahead


@dataclass(frozen=True)
class ConflictChoice:
    device_id: str
    device_name: str  # the name its secretary chose, with its fingerprint's short code
    hlc: str
    value: Any
    provisional: bool


@dataclass(frozen=True)
class Conflict:
    id: str
    entity: str
    entity_id: str
    field: str
    choices: list[ConflictChoice]
    detected_at: datetime
    # The record as a person knows it ("María Pérez, V-12345678"), not by its id.
    record: str = ""


@dataclass(frozen=True)
class ImportSummary:
    """What an import did (or that the bundle had been imported already)."""

    bundle_id: str
    file_name: str
    sender_id: str
    sender_name: str
    sender_fingerprint: str
    already_imported: bool = False
    changes_received: int = 0
    changes_new: int = 0
    already_held: int = 0
    records_new: int = 0
    records_updated: int = 0
    facts_new: int = 0
    conflicts: int = 0
    pending: int = 0
    origins: dict[str, int] = field(default_factory=dict)
    # Tables with new changes or rows written (a record that waited may be written now).
    entities: list[str] = field(default_factory=list)
    files_new: int = 0  # attachment files received
    # (Files still pending are not counted here: over every attachment held, that would cost
    # a hub the country's receipt photos at each upload. `SyncService.files_pending` counts
    # them where they are shown.)
    # Changes a revoked laptop made after its revocation, relayed by another: not taken.
    refused_revoked: int = 0
    # Revoked laptop (by name) -> its changes beyond its revocation that this laptop held
    # (taken from a relay before the revocation came) and has now withdrawn.
    withdrawn_revoked: dict[str, int] = field(default_factory=dict)
    # Laptops whose changes are dated more than a day ahead of this one's clock: their date is
    # wrong; this laptop's clock did not follow, and their edits do not win default choices.
    clock_ahead: list[str] = field(default_factory=list)
