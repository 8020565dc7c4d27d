"""Sync by bundle files: export, import, trust, conflicts and status, one unit of work each."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session, sessionmaker

from app.domain.canonical import canonical_json
from app.domain.clock import Clock
from app.domain.enums import DeviceTrust
from app.domain.errors import DomainError
from app.domain.ids import IdGenerator
from app.i18n import _
from app.persistence.base import synced_tables
from app.persistence.codec import decode_fields
from app.persistence.rows import (
    BundleRecordRow,
    ChangeRow,
    ConflictRow,
    DeviceRow,
    PeerWatermarkRow,
    PendingChangeRow,
    ResidentRow,
    ThisDeviceRow,
)
from app.safety.leftovers import clean_partials
from app.services.sync_staging import (
    Staged,
    staging_dir,
    trusted_recipients,
    verify_file,
    verify_placed,
)
from app.sync import files as attachment_files
from app.sync.bundle_format import EXTENSION, MAX_FILES, bundle_file_name
from app.sync.bundle_writer import holdings, plan_bundle, sign_own_head, write_bundle
from app.sync.changelog import ChangeLog
from app.sync.clock_watch import clocks_ahead
from app.sync.envelope import seal
from app.sync.identity import DeviceIdentity
from app.sync.importer import (
    already_imported,
    apply_bundle,
    check_sender,
    known_schema,
    note_bundle,
    verify_against_db,
)
from app.sync.merged_people import settle_merges
from app.sync.model import (
    BundleEntry,
    BundleInfo,
    Conflict,
    ConflictChoice,
    ExportPreview,
    ExportResult,
    FoundBundle,
    ImportSummary,
    KnownDevice,
    PendingEntry,
    SyncStatus,
)
from app.sync.names import NAME_MAX, device_labels, record_label
from app.sync.staging import disk_trouble
from app.sync.together import group_led_by
from app.sync.usb import find_bundles, place_file


class SyncService:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        device: DeviceIdentity,
        log: ChangeLog,
        clock: Clock,
        ids: IdGenerator,
        before_import: Callable[[], object] | None = None,
        staging: Path | None = None,
    ) -> None:
        self._before_import = before_import  # the backup made before every import
        # Where bundles are built and opened: inside the data folder, never the system's temp
        # folder (a killed import must not leave a census in clear where others can read it).
        self._staging = staging
        self._sessions = sessions
        self._device = device
        self._log = log
        self._clock = clock
        self._ids = ids

    def _db_folder(self) -> Path:
        """Where the database (and SQLite's own temporary files) live, to name when full."""
        database = getattr(getattr(self._sessions.kw.get("bind"), "url", None), "database", None)
        return Path(database).parent if database else Path(tempfile.gettempdir())

    @property
    def fingerprint(self) -> str:
        return self._device.fingerprint

    # -- export ------------------------------------------------------------------------------

    def _peer_id(self, s: Session, peer: str | None) -> str | None:
        if peer is None:
            return None
        if s.get(DeviceRow, peer) is not None:
            return peer
        wanted = peer.strip().upper().replace("-", "")
        for row in s.scalars(select(DeviceRow)):
            if row.fingerprint.replace("-", "") == wanted:
                return row.id
        raise DomainError("sync.unknown_device", device=peer)

    def preview_export(self, peer: str | None = None, full: bool = False,
                       only_origins: frozenset[str] | None = None) -> ExportPreview:
        with self._sessions.begin() as s:
            peer_id = self._peer_id(s, peer)
            plan = plan_bundle(s, peer_id, full or peer_id is None, only_origins)
            return ExportPreview(peer_id, full or peer_id is None, plan.changes,
                                 {o: r.count for o, r in plan.origins.items()})

    def export(
        self,
        folder: Path,
        peer: str | None = None,
        full: bool = False,
        only_origins: frozenset[str] | None = None,
        plain: bool = False,
    ) -> ExportResult:
        """Build and check the bundle locally, then place it on `folder` (a stick) safely.

        `only_origins` makes a partial bundle (what a hub relays for one laptop; tests):
        whatever refers to the origins left out waits as pending where it arrives.

        The bundle is sealed (app/sync/envelope.py) to every device this laptop trusts. A laptop
        that knows no other device yet, or `plain`, writes it unsealed: a first contact, which
        the other laptop imports before it can be sent anything sealed.
        """
        folder = Path(folder)
        if not folder.is_dir():
            raise DomainError("sync.not_folder", folder=str(folder))
        staging = staging_dir(self._staging, "export")
        try:
            created = self._clock.now()
            bundle_id = self._ids.new()
            local = staging / "bundle.asamblea"
            with self._sessions.begin() as s, disk_trouble(staging, staging.parent):
                peer_id = self._peer_id(s, peer)
                full = full or peer_id is None
                sign_own_head(s, self._device)
                plan = plan_bundle(s, peer_id, full, only_origins)
                revision = s.execute(text("SELECT version_num FROM alembic_version")).scalar()
                carried = attachment_files.plan_files(s, peer_id, plan.origins)
                wants = attachment_files.wants(s, peer_id, only_origins is not None)
                write_bundle(s, self._device, plan, local, bundle_id=bundle_id,
                             created_at=created, recipient=peer_id, full=full,
                             schema_revision=str(revision or ""), files=carried,
                             wants=wants[:MAX_FILES])
                recipients = trusted_recipients(s)
            with disk_trouble(staging, staging.parent):
                verify_file(local)
            name = bundle_file_name(self._device.name, created, bundle_id)
            if not plain and len(recipients) > 1:
                sealed = staging / "sealed.asamblea"
                with disk_trouble(staging, staging.parent):
                    seal(local, sealed, recipients, self._device, bundle_id=bundle_id)
                local = sealed
            clean_partials(folder)
            final = place_file(local, folder, name,
                               lambda placed: verify_placed(placed, self._device, self._staging))
            size = final.stat().st_size
            with self._sessions.begin() as s:
                note_bundle(s, bundle_id, "export", peer_id, final.name, created,
                            {"changes": plan.changes, "full": full, "size": size,
                             "files": len(carried)})
                if peer_id is not None:  # sent once: the next bundle to it leaves them out
                    attachment_files.note_peer(s, peer_id, carried, ())
            return ExportResult(final, bundle_id, plan.changes, size, peer_id, full, True)
        finally:
            shutil.rmtree(staging, ignore_errors=True)

    # -- import ------------------------------------------------------------------------------

    def find_bundles(self, folder: Path) -> list[Path]:
        return find_bundles(Path(folder), EXTENSION)

    def scan(self, folder: Path) -> list[FoundBundle]:
        """Every bundle in `folder`, each with what it says, or why it cannot be read: a
        damaged file is listed with its reason, never hidden."""
        found = []
        for path in self.find_bundles(folder):
            try:
                found.append(FoundBundle(path, self.inspect(path)))
            except DomainError as exc:
                found.append(FoundBundle(path, None, str(exc)))
        return found

    def inspect(self, path: Path) -> BundleInfo:
        """Open and check a bundle's structure and signature; say who sent it."""
        with Staged(path, self._device, self._staging) as reader:
            manifest = reader.open()
            with self._sessions.begin() as s:
                row = s.get(DeviceRow, manifest.sender.id)
                done = already_imported(s, manifest.bundle_id)
            return BundleInfo(
                path=Path(path),
                bundle_id=manifest.bundle_id,
                sender_id=manifest.sender.id,
                sender_name=manifest.sender.name,
                sender_fingerprint=manifest.sender.fingerprint,
                sender_known=row is not None,
                sender_revoked=row is not None and row.trust == DeviceTrust.REVOKED.value,
                changes=manifest.changes,
                created_at=manifest.created_at,
                already_imported=done,
                from_this_device=manifest.sender.id == self._device.id,
            )

    def import_file(
        self,
        path: Path,
        trust_fingerprint: str | None = None,
        before_commit: Callable[[], None] | None = None,
    ) -> ImportSummary:
        """Check everything, then apply everything in one transaction, or nothing."""
        with Staged(path, self._device, self._staging) as reader:
            manifest = reader.open()
            if not known_schema(manifest.schema_revision):
                raise DomainError("sync.newer_schema", name=reader.name,
                                  revision=manifest.schema_revision)
            now = self._clock.now()
            if self._before_import is not None:
                with self._sessions.begin() as s:
                    fresh = not already_imported(s, manifest.bundle_id)
                if fresh:
                    self._before_import()
            with disk_trouble(self._db_folder()), self._sessions.begin() as s:
                if already_imported(s, manifest.bundle_id):
                    sender = manifest.sender
                    return ImportSummary(manifest.bundle_id, reader.name, sender.id,
                                         sender.name, sender.fingerprint, already_imported=True)
                check_sender(s, manifest, reader.name, trust_fingerprint)
                verified = verify_against_db(s, reader, manifest, now)
                summary = apply_bundle(s, reader, manifest, verified, now, reader.name)
                if ResidentRow.__tablename__ in summary.entities:
                    settle_merges(s, self._log)
                note_bundle(s, manifest.bundle_id, "import", manifest.sender.id,
                            reader.name, now, _summary_json(summary))
                if before_commit is not None:
                    before_commit()
            return summary

    # -- trust -------------------------------------------------------------------------------

    def revoke(self, device: str) -> KnownDevice:
        """Stop trusting a laptop (lost, stolen, or given away). The decision travels."""
        with self._sessions.begin() as s:
            device_id = self._peer_id(s, device) or device
            if device_id == self._device.id:
                raise DomainError("sync.revoke_self")
            row = s.get(DeviceRow, device_id)
            if row is None:
                raise DomainError("sync.unknown_device", device=device)
            if row.trust == DeviceTrust.REVOKED.value:
                return self._known(s, row, {})
            # The fact names who revoked and the last change accepted from that laptop: its
            # later changes are refused wherever they arrive, whoever relays them.
            self._log.update(s, row, trust=DeviceTrust.REVOKED.value,
                             revoked_by=self._device.id,
                             revoked_seq=holdings(s).get(device_id, 0))
            return self._known(s, row, {})

    # -- conflicts ---------------------------------------------------------------------------

    def conflicts(self) -> list[Conflict]:
        with self._sessions.begin() as s:
            names = device_labels(s)
            rows = s.scalars(select(ConflictRow).order_by(
                ConflictRow.entity, ConflictRow.entity_id, ConflictRow.field))
            return [_to_conflict(r, names, record_label(s, r.entity, r.entity_id))
                    for r in rows]

    # -- this laptop's name ------------------------------------------------------------------

    def rename(self, name: str) -> KnownDevice:
        """The name this laptop's secretary chooses ("Secretaría Comuna"): every bundle,
        message and conflict shows it, with the fingerprint's short code. It travels."""
        clean = " ".join(str(name).split())
        if not clean or len(clean) > NAME_MAX:
            raise DomainError("sync.bad_name", max=NAME_MAX)
        with self._sessions.begin() as s:
            me = s.get_one(ThisDeviceRow, self._device.id)
            me.name = clean
            row = s.get_one(DeviceRow, self._device.id)
            self._log.update(s, row, name=clean)
            self._device = replace(self._device, name=clean)
            return self._known(s, row, {})

    def resolve(self, conflict_id: str, value: Any) -> Conflict:
        """Keep `value` (one of the conflict's values); the choice travels like any edit."""
        with self._sessions.begin() as s:
            row = s.get(ConflictRow, conflict_id)
            if row is None:
                raise DomainError("sync.conflict_not_found", id=conflict_id)
            conflict = _to_conflict(row, device_labels(s), "")
            chosen = _match_choice(conflict, value)
            cls = synced_tables()[row.entity]
            record = s.get(cls, row.entity_id)
            if record is None:
                raise DomainError("not_found", entity=row.entity, id=row.entity_id)
            # A group of fields that change together is chosen whole (app/sync/together.py).
            chosen_fields = chosen.value if group_led_by(row.entity, row.field) is not None \
                else {row.field: chosen.value}
            self._log.resolve(s, record, **decode_fields(cls, chosen_fields))
            return conflict

    # -- status ------------------------------------------------------------------------------

    def files_pending(self) -> int:
        """Attachments here whose file has not arrived: counted where a person sees it, never
        inside an import (over every attachment held: a hub's would be the country's)."""
        with self._sessions.begin() as s:
            return attachment_files.count_missing(s)

    def status(self, bundles: int = 50) -> SyncStatus:
        with self._sessions.begin() as s:
            marks: dict[str, dict[str, int]] = {}
            for m in s.scalars(select(PeerWatermarkRow)):
                marks.setdefault(m.peer, {})[m.origin] = m.seq
            marks[self._device.id] = holdings(s)
            devices = [self._known(s, d, marks.get(d.id, {}))
                       for d in s.scalars(select(DeviceRow).order_by(DeviceRow.name))]
            entries = [
                BundleEntry(b.bundle_id, b.direction, b.peer, b.file_name, b.at,
                            dict(b.summary))
                for b in s.scalars(
                    select(BundleRecordRow).order_by(BundleRecordRow.at.desc()).limit(bundles))
            ]
            p = PendingChangeRow  # each waiting change names its record (0017_pending)
            pending = [PendingEntry(e, i, we, wi) for e, i, we, wi in s.execute(
                select(p.entity, p.entity_id, p.waits_for_entity, p.waits_for_id).distinct())]
            return SyncStatus(
                device_id=self._device.id,
                device_name=self._device.name,
                fingerprint=self._device.fingerprint,
                changes_held=int(s.scalar(select(func.count()).select_from(ChangeRow)) or 0),
                devices=devices,
                bundles=entries,
                pending=sorted(pending, key=lambda p: (p.entity, p.entity_id)),
                open_conflicts=int(
                    s.scalar(select(func.count()).select_from(ConflictRow)) or 0),
                files_pending=attachment_files.count_missing(s),
                clock_ahead=clocks_ahead(s, self._device.id),
            )

    def _known(self, s: Session, row: DeviceRow, holds: dict[str, int]) -> KnownDevice:
        last = s.scalar(select(func.max(BundleRecordRow.at)).where(BundleRecordRow.peer == row.id))
        return KnownDevice(row.id, row.name, row.fingerprint, row.trust,
                           row.id == self._device.id, holds, last)


def _summary_json(summary: ImportSummary) -> dict[str, object]:
    return {
        "changes_new": summary.changes_new,
        "already_held": summary.already_held,
        "records_new": summary.records_new,
        "records_updated": summary.records_updated,
        "facts_new": summary.facts_new,
        "conflicts": summary.conflicts,
        "pending": summary.pending,
        "files_new": summary.files_new,
    }


def _to_conflict(row: ConflictRow, names: dict[str, str], record: str) -> Conflict:
    choices = []
    for c in row.candidates:
        device = str(c.get("device", ""))
        choices.append(ConflictChoice(device, names.get(device, device[:8]), str(c.get("hlc")),
                                      c.get("value"), c.get("change") == row.provisional))
    return Conflict(row.id, row.entity, row.entity_id, row.field, choices, row.detected_at,
                    record)


def _match_choice(conflict: Conflict, value: Any) -> ConflictChoice:
    for choice in conflict.choices:
        if canonical_json(choice.value) == canonical_json(value):
            return choice
    if isinstance(value, str):
        for choice in conflict.choices:
            shown = "" if choice.value is None else str(choice.value)
            if shown == value:
                return choice
    shown_all = ", ".join(_("«vacío»") if c.value is None else f"«{c.value}»"
                          for c in conflict.choices)
    raise DomainError("sync.value_not_candidate", value=value, choices=shown_all)
