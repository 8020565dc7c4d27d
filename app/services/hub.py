"""The hub's side of sync: resumable uploads applied once, downloads scoped to a commune.

Bundles are the very files a USB stick carries: the hub applies an upload with
`SyncService.import_file` and builds a download with `SyncService.export`, so whatever those
learn (attachments, encryption) the hub does too. Scope: the commune of a change is the
commune of its origin (the laptop that wrote it); see packaging/HUB.md.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import shutil
import tempfile
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import delete, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from app.domain.clock import Clock
from app.domain.errors import DomainError
from app.persistence.rows import (
    DeviceRow,
    HubEnrollmentRow,
    HubOriginRow,
    HubUploadRow,
    PeerWatermarkRow,
)
from app.services.hub_admission import Caller, HubAdmission
from app.services.hub_applier import Applier, Requests, remember_refusal, stored_refusal
from app.services.hub_gate import DEFAULT_WORKERS, CommuneGate
from app.services.hub_results import bump_data_version, changes_results
from app.services.sync import SyncService
from app.sync.bundle_reader import BundleReader
from app.sync.bundle_writer import holdings
from app.sync.hub_protocol import CHUNK_BYTES, MAX_BUNDLE_BYTES
from app.sync.importer import normalize_fingerprint
from app.sync.model import ImportSummary

PART = ".part"
REFUSED = ".refused"  # beside a part: the refusal of its apply, kept for the laptop's next ask
RETRIES = 3  # runs of one import that met another commune's on a shared row


@dataclass(frozen=True)
class UploadState:
    sha256: str
    offset: int
    applied: bool


@dataclass(frozen=True)
class Applied:
    sha256: str
    bundle_id: str
    changes_new: int
    already: bool
    holdings: dict[str, int]


@dataclass(frozen=True)
class PullReady:
    changes: int
    path: Path | None
    sha256: str
    size: int


class Appending:
    """One request's bytes going onto the end of an upload. A connection cut midway keeps
    what arrived (the bundle's SHA-256 is checked as a whole before it is applied); a chunk
    that arrived whole but not as signed is taken back. The open file holds the upload's
    writer lock until it is closed."""

    def __init__(self, fh: BinaryIO, start: int, total: int) -> None:
        self._fh, self._start, self._total = fh, start, total
        self._digest = hashlib.sha256()
        self.size = start

    def write(self, data: bytes) -> None:
        if self.size + len(data) > self._total or self.size - self._start + len(data) > CHUNK_BYTES:
            raise DomainError("hub.too_large", limit=CHUNK_BYTES // (1024 * 1024))
        self._fh.write(data)
        self._digest.update(data)
        self.size += len(data)

    def close(self, signed_digest: str | None) -> int:
        """Keep the bytes (signed_digest None: the connection was cut) or check them."""
        try:
            self._fh.flush()
            os.fsync(self._fh.fileno())
            if signed_digest is not None and self._digest.hexdigest() != signed_digest:
                self._fh.truncate(self._start)
                self.size = self._start
                raise DomainError("hub.bad_request_signature")
            return self.size
        finally:
            self._fh.close()  # lets the next writer of this upload in


def _lock_writer(fh: BinaryIO) -> bool:
    """The upload's one writer, whichever process of the hub answers: an exclusive lock on
    its open file (released when the file is closed, or the process dies)."""
    try:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(1024 * 1024):
            digest.update(chunk)
    return digest.hexdigest()


def _met_another(exc: DBAPIError) -> bool:
    """A unique key another transaction took first, a deadlock or a serialization failure."""
    return getattr(exc.orig, "sqlstate", None) in {"23505", "40P01", "40001"}


def _check_sha(sha: str) -> str:
    if len(sha) != 64 or any(c not in "0123456789abcdef" for c in sha):
        raise DomainError("hub.bad_upload", detail="sha256")
    return sha


def device_code(caller: Caller) -> str:
    """The caller's fingerprint without dashes: the name of its uploads on disk."""
    return normalize_fingerprint(caller.fingerprint)


class HubService:
    def __init__(self, sessions: sessionmaker[Session], sync: SyncService,
                 admission: HubAdmission, clock: Clock, hub_device_id: str,
                 spool: Path, workers: int = DEFAULT_WORKERS) -> None:
        self._sessions = sessions
        self._admission = admission
        self._sync = sync
        self._clock = clock
        self._hub_id = hub_device_id
        self._uploads = spool / "uploads"
        self._pulls = spool / "pulls"
        self._applying = spool / "applying"
        for folder in (self._uploads, self._pulls, self._applying):
            folder.mkdir(parents=True, exist_ok=True)
        self.gate = CommuneGate(workers, sessions.kw.get("bind"))
        self.applier = Applier()
        self.requests = Requests()  # the server counts its signed requests here

    def close(self) -> None:
        self.applier.close()
        self.gate.close()

    # -- upload: ask, append, apply ----------------------------------------------------------
    # An upload in progress belongs to the device sending it: its bytes are kept under
    # (device, bundle hash), so another enrolled laptop that knows the hash can neither add
    # to it nor cut it short; it only ever writes (and is answered about) its own.

    def _part(self, caller: Caller, sha: str) -> Path:
        return self._uploads / f"{sha}.{device_code(caller)}{PART}"

    def _refused(self, caller: Caller, sha: str) -> Path:
        return self._uploads / f"{sha}.{device_code(caller)}{REFUSED}"

    def _applied_size(self, sha: str) -> int | None:
        with self._sessions.begin() as s:
            row = s.get(HubUploadRow, sha)
            return row.size if row is not None and row.applied_at is not None else None

    def upload_state(self, caller: Caller, sha: str) -> UploadState:
        """What the hub holds of the caller's upload. Its apply refused after the laptop was
        answered ("being applied"): that refusal, raised as it was."""
        sha = _check_sha(sha)
        size = self._applied_size(sha)
        if size is not None:
            return UploadState(sha, size, True)
        refused = stored_refusal(self._refused(caller, sha))
        if refused is not None:
            raise refused
        part = self._part(caller, sha)
        return UploadState(sha, part.stat().st_size if part.exists() else 0, False)

    def begin_append(self, caller: Caller, sha: str, offset: int, total: int) -> Appending:
        """Start adding bytes at `offset` of the caller's upload. An offset other than what
        the hub holds of it is refused with the held offset (the client resends from there),
        so no byte is written twice; one writer per upload at a time."""
        sha = _check_sha(sha)
        if not 0 < total <= MAX_BUNDLE_BYTES:
            raise DomainError("hub.too_large", limit=MAX_BUNDLE_BYTES // (1024 * 1024))
        size = self._applied_size(sha)
        if size is not None:
            raise DomainError("hub.offset", offset=size)
        fh = self._part(caller, sha).open("ab")
        try:
            locked = _lock_writer(fh)
            held = os.fstat(fh.fileno()).st_size  # not growing once the lock is held
            if not locked or offset != held:
                raise DomainError("hub.offset", offset=held)
            # Sending again after a refusal is a new attempt: the old refusal is spent.
            self._refused(caller, sha).unlink(missing_ok=True)
        except BaseException:
            fh.close()
            raise
        return Appending(fh, held, total)

    def backlogged(self) -> bool:
        """As many applies under way as the gate lets run at once: a new one would wait for
        them before it starts, so waiting for it cannot end within a laptop's budget."""
        return self.applier.under_way() >= self.gate.workers

    def already_applied(self, caller: Caller, sha: str) -> Applied | None:
        """The answer to an upload applied before (a laptop confirming a bundle it was told
        was being applied): found without waiting for the commune's turn."""
        with self._sessions.begin() as s:
            row = s.get(HubUploadRow, _check_sha(sha))
            if row is None or row.applied_at is None:
                return None
            return Applied(sha, row.bundle_id or "", 0, True,
                           self._held_for(s, caller.commune, set()))

    def start_apply(self, caller: Caller, sha: str) -> Future[Applied]:
        """`apply` on the hub's applier: the one under way for this upload if there is one
        (a laptop asking again joins it), else a new one."""
        sha = _check_sha(sha)
        return self.applier.start((device_code(caller), sha), lambda: self.apply(caller, sha))

    def apply(self, caller: Caller, sha: str) -> Applied:
        """Check the received file is the bundle announced and the caller's own, then import
        it (all or nothing). Applying the same bundle again changes nothing. Uploads of one
        commune are applied in the order they asked, other communes' meanwhile (`gate`)."""
        sha = _check_sha(sha)
        # The laptops' requests go first (app/services/hub_applier.py): waited for in the
        # commune's turn, so the commune's order holds, before a worker is taken.
        with self.gate.turn(caller.commune, first=self.requests.wait_quiet):
            already = self.already_applied(caller, sha)
            if already is not None:
                return already
            refused = stored_refusal(self._refused(caller, sha))
            if refused is not None:
                raise refused
            part = self._part(caller, sha)
            try:
                return self._apply_part(caller, sha, part)
            except DomainError as exc:
                # Kept before the bytes go: the laptop may have been answered "being
                # applied" already, and learns of this at its next ask.
                remember_refusal(self._refused(caller, sha), exc)
                part.unlink(missing_ok=True)
                raise

    def _apply_part(self, caller: Caller, sha: str, part: Path) -> Applied:
        if not part.exists():
            raise DomainError("hub.bad_upload", detail="missing")
        if file_sha256(part) != sha:
            raise DomainError("hub.bad_upload", detail="sha256")
        staging = Path(tempfile.mkdtemp(prefix="apply-", dir=self._applying))
        try:
            bundle = staging / f"{sha[:16]}.asamblea"
            shutil.copyfile(part, bundle)
            return self._apply_file(caller, sha, bundle, part)
        finally:
            shutil.rmtree(staging, ignore_errors=True)

    def _apply_file(self, caller: Caller, sha: str, bundle: Path, part: Path) -> Applied:
        with BundleReader(bundle) as reader:
            manifest = reader.open()
        if manifest.sender.public_key != caller.public_key:
            raise DomainError("hub.not_own_bundle")
        with self._sessions.begin() as s:
            limits = self._admission.revoked_limits(s, set(manifest.origins))
        for origin, (shown_fp, kept) in limits.items():
            if manifest.origins[origin].last > kept:
                raise DomainError("hub.relays_revoked", fingerprint=shown_fp)
        self._assign_scope(caller, manifest.sender.id, set(manifest.origins))
        summary = self._import(caller, bundle)
        with self._sessions.begin() as s:
            # After the import's commit, before the laptop is answered: a poll of the results
            # page that begins after the answer sees this version, and so the sheet.
            if changes_results(summary):
                bump_data_version(s)
            s.merge(HubUploadRow(sha256=sha, device_id=manifest.sender.id,
                                 size=part.stat().st_size, bundle_id=manifest.bundle_id,
                                 applied_at=self._clock.now()))
            held = self._held_for(s, caller.commune, set(manifest.origins))
        part.unlink(missing_ok=True)
        return Applied(sha, manifest.bundle_id, summary.changes_new, summary.already_imported,
                       held)

    def _held_for(self, s: Session, commune: str, carried: set[str]) -> dict[str, int]:
        """What the hub holds of the origins a laptop of `commune` deals with (its commune's,
        the hub's, and those its bundle carried): the acknowledgement it keeps as watermarks.
        Not the whole country's: that would be an aggregate over every change at every
        upload, and names other communes' laptops."""
        origins = carried | set(s.scalars(select(HubOriginRow.origin).where(
            HubOriginRow.commune == commune))) | {self._hub_id}
        return holdings(s, frozenset(origins))

    def _import(self, caller: Caller, bundle: Path) -> ImportSummary:
        """Imports of different communes run at once and may meet on the few rows they share
        (a file both carry, stored once by its hash; the hub's own records): then one of them
        fails on a key or a lock the other took. The import is one transaction that changed
        nothing, so it is run again, and then finds the other's rows held."""
        for _ in range(RETRIES - 1):
            try:
                return self._sync.import_file(bundle, trust_fingerprint=caller.fingerprint)
            except DBAPIError as exc:
                if not _met_another(exc):
                    raise
        return self._sync.import_file(bundle, trust_fingerprint=caller.fingerprint)

    def _assign_scope(self, caller: Caller, sender: str, origins: set[str]) -> None:
        """The rule (packaging/HUB.md): an origin belongs to the commune it is enrolled for;
        an origin that is not enrolled (a laptop that only used sticks) to the commune of the
        enrolled laptop that first brought it. The hub's own log is everyone's."""
        with self._sessions.begin() as s:
            enrolled = s.get_one(HubEnrollmentRow, normalize_fingerprint(caller.fingerprint))
            if enrolled.device_id is None:
                enrolled.device_id = sender
            own = s.get(HubOriginRow, sender)
            if own is None:
                s.add(HubOriginRow(origin=sender, commune=caller.commune))
            else:
                own.commune = caller.commune
            others = origins - {sender, self._hub_id}
            known = set(s.scalars(select(HubOriginRow.origin).where(
                HubOriginRow.origin.in_(sorted(others)))))
            for origin in sorted(others - known):
                s.add(HubOriginRow(origin=origin, commune=caller.commune))

    # -- download ----------------------------------------------------------------------------

    def scope(self, commune: str) -> frozenset[str]:
        """The origins a laptop of `commune` receives: its commune's (their laptops' device
        records are its trust list), and the hub's own log (the hub's device record only)."""
        with self._sessions.begin() as s:
            origins = set(s.scalars(select(HubOriginRow.origin).where(
                HubOriginRow.commune == commune)))
        return frozenset(origins | {self._hub_id})

    def pull(self, caller: Caller, held: dict[str, int]) -> PullReady:
        """A bundle, signed by the hub, of what the laptop lacks of its scope; `held` is what
        the laptop says it holds of each origin (its watermarks)."""
        with self._sessions.begin() as s:
            device = s.scalar(select(DeviceRow.id).where(DeviceRow.public_key == caller.public_key))
            if device is None:
                raise DomainError("hub.push_first")
            s.execute(delete(PeerWatermarkRow).where(PeerWatermarkRow.peer == device))
            s.add_all(PeerWatermarkRow(peer=device, origin=o, seq=int(q))
                      for o, q in held.items() if int(q) > 0)
        scope = self.scope(caller.commune)
        if self._sync.preview_export(device, only_origins=scope).changes == 0:
            return PullReady(0, None, "", 0)
        folder = self._pulls / device
        if folder.exists():
            shutil.rmtree(folder)  # the previous download is superseded
        folder.mkdir(parents=True)
        # Unsealed: it goes out through the pinned TLS link only, and sealing to every device the
        # hub trusts would name the whole country's laptops in each header.
        result = self._sync.export(folder, peer=device, only_origins=scope, plain=True)
        sha = file_sha256(result.path)
        final = result.path.with_name(sha + ".asamblea")
        result.path.rename(final)
        return PullReady(result.changes, final, sha, result.size)

    def pulled_file(self, caller: Caller, sha: str) -> Path:
        sha = _check_sha(sha)
        with self._sessions.begin() as s:
            device = s.scalar(select(DeviceRow.id).where(DeviceRow.public_key == caller.public_key))
        path = self._pulls / str(device) / (sha + ".asamblea")
        if device is None or not path.exists():
            raise DomainError("hub.pull_gone")
        return path
