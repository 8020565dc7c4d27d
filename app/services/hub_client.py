"""The laptop's side of the hub: where it is, its pinned certificate, the outbox, and one
sync (push what the hub has not acknowledged, then pull what this laptop lacks).

The bundles are the USB ones, built by `SyncService.export` and applied by `import_file`, so a
bundle that came by stick and then by hub is already held.
"""

from __future__ import annotations

import json
import shutil
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app.domain.clock import Clock
from app.domain.errors import DomainError
from app.persistence.rows import DeviceRow, PeerWatermarkRow, SettingRow
from app.services.hub import file_sha256
from app.services.sync import SyncService
from app.sync import hub_outbox as outbox
from app.sync.bundle_format import EXTENSION
from app.sync.bundle_writer import holdings
from app.sync.hub_model import HubStatus, HubSyncResult
from app.sync.hub_protocol import same_fingerprint
from app.sync.identity import DeviceIdentity

if TYPE_CHECKING:  # httpx is imported only when the hub is talked to, not at every start
    from app.sync.hub_transport import HubTransport

URL, CERTIFICATE, FINGERPRINT = "hub_url", "hub_certificate", "hub_fingerprint"
HUB_DEVICE, HUB_DEVICE_FP = "hub_device_id", "hub_device_fingerprint"
LAST_SYNC, LAST_ERROR = "hub_last_sync", "hub_last_error"


class HubClientService:
    def __init__(self, sessions: sessionmaker[Session], sync: SyncService,
                 device: DeviceIdentity, clock: Clock, outbox: Path) -> None:
        self._sessions = sessions
        self._sync = sync
        self._device = device
        self._clock = clock
        self._outbox = outbox

    # -- settings ------------------------------------------------------------------------------

    def _get(self, s: Session, key: str) -> str:
        row = s.get(SettingRow, key)
        return row.value if row is not None else ""

    def _put(self, key: str, value: str) -> None:
        with self._sessions.begin() as s:
            s.merge(SettingRow(key=key, value=value))

    def configure(self, url: str, trust: str) -> HubStatus:
        """Pin the hub: its certificate must have the fingerprint its administrator gave."""
        from app.sync.hub_transport import check_url, fetch_certificate

        url = check_url(url)
        pem = fetch_certificate(url, trust)
        with self._sessions.begin() as s:
            same_hub = self._get(s, URL) == url and self._get(s, CERTIFICATE) == pem
            for key, value in ((URL, url), (CERTIFICATE, pem), (FINGERPRINT, trust.strip())):
                s.merge(SettingRow(key=key, value=value))
            if not same_hub:
                for key in (HUB_DEVICE, HUB_DEVICE_FP, LAST_SYNC, LAST_ERROR):
                    s.merge(SettingRow(key=key, value=""))
        if not same_hub:
            shutil.rmtree(self._outbox, ignore_errors=True)
        return self.status()

    # -- status --------------------------------------------------------------------------------

    def status(self) -> HubStatus:
        bundles = outbox.bundles(self._outbox)
        delivered, delivered_tops = outbox.delivered(self._outbox)
        with self._sessions.begin() as s:
            url, fp = self._get(s, URL), self._get(s, FINGERPRINT)
            last = self._get(s, LAST_SYNC)
            error = self._get(s, LAST_ERROR)
            hub_id = self._get(s, HUB_DEVICE)
        waiting = 0
        if url:
            waiting = self._unsent(hub_id, delivered_tops)
        code, params = _read_error(error)
        return HubStatus(url, fp, datetime.fromisoformat(last) if last else None,
                         len(bundles), waiting, code, params, delivered)

    def _unsent(self, hub_id: str, delivered: dict[str, int] | None = None) -> int:
        """Changes held here above what the hub has acknowledged (and, with `delivered`,
        above what it received and is applying)."""
        with self._sessions.begin() as s:
            held = holdings(s)
            marks = {m.origin: m.seq for m in s.scalars(
                select(PeerWatermarkRow).where(PeerWatermarkRow.peer == hub_id))} if hub_id \
                else {}
        given = delivered or {}
        return sum(max(0, top - max(marks.get(origin, 0), given.get(origin, 0)))
                   for origin, top in held.items())

    # -- one sync ------------------------------------------------------------------------------

    def sync_now(self) -> HubSyncResult:
        """Push, then pull. Whatever fails is remembered for the status line and raised."""
        try:
            result = self._sync_once()
        except DomainError as exc:
            self._put(LAST_ERROR, _stored_error(exc))
            raise
        with self._sessions.begin() as s:
            s.merge(SettingRow(key=LAST_SYNC, value=result.at.isoformat()))
            s.merge(SettingRow(key=LAST_ERROR, value=""))
        return result

    def _sync_once(self) -> HubSyncResult:
        with self._sessions.begin() as s:
            url, pem = self._get(s, URL), self._get(s, CERTIFICATE)
            hub_id, hub_fp = self._get(s, HUB_DEVICE), self._get(s, HUB_DEVICE_FP)
        if not url or not pem:
            raise DomainError("hub.not_configured")
        from app.sync.hub_transport import HubTransport

        with HubTransport(url, pem, self._device) as hub:
            if not hub_fp:
                # The first contact: who the hub's device is, pinned like its certificate.
                # Later answers (apply, pull) carry it again and are checked against the pin
                # before anything from it is imported (the certificate already pins who
                # receives the uploads: the same hub's administrator).
                hello = hub.hello()
                hub_id, hub_fp = str(hello["hub_id"]), str(hello["hub_fingerprint"])
                with self._sessions.begin() as s:
                    s.merge(SettingRow(key=HUB_DEVICE, value=hub_id))
                    s.merge(SettingRow(key=HUB_DEVICE_FP, value=hub_fp))
            with self._sessions.begin() as s:
                held = holdings(s)
            sent_bundles, sent_changes, ready, delivered = self._push(hub, hub_id, hub_fp, held)
            received = conflicts = pending = 0
            # A bundle still being applied: no download this time (the hub may not know this
            # laptop until that apply ends); the sync that confirms the bundle brings it.
            if not delivered:
                if ready is None:
                    ready = hub.pull(held)
                    _same_hub(ready, url, hub_fp)
                received, conflicts, pending = self._pull(hub, hub_fp, ready)
        return HubSyncResult(sent_bundles, sent_changes, received, conflicts, pending,
                             self._clock.now(), delivered)

    def _push(self, hub: HubTransport, hub_id: str, hub_fp: str, held: dict[str, int]
              ) -> tuple[int, int, dict[str, Any] | None, int]:
        """Send the outbox; the last bundle's answer carries the download ready (None when
        nothing was sent, or the hub is older and did not prepare it). A bundle the hub is
        still applying stays, marked delivered, and the bundles after it wait (a commune's
        uploads are applied in order): the last number is 1 then, else 0. A bundle delivered
        at an earlier sync is asked about, not sent again.

        Two rounds at most: what the outbox held from before (a bundle confirmed now, or one
        cut last time), then what was written since, so a change does not wait a sync more."""
        sent = changes = 0
        ready: dict[str, Any] | None = None
        for _round in range(2):
            bundles = self._to_send(hub_id)
            if not bundles:
                break
            for i, bundle in enumerate(bundles):
                last = i == len(bundles) - 1
                try:
                    reply = hub.upload(bundle, file_sha256(bundle), held if last else None,
                                       delivered=outbox.is_delivered(bundle))
                    _same_hub(reply, hub.url, hub_fp)
                except DomainError as exc:
                    if exc.code != "hub.unreachable":
                        # Refused (at once, or after an earlier "being applied"): as before
                        # delivery, the next sync sends it again in full.
                        outbox.forget(bundle)
                    raise
                if reply.get("applying"):
                    if not outbox.is_delivered(bundle):
                        outbox.mark_delivered(bundle)
                    return sent + 1, changes, None, 1
                self._acknowledged(hub_id, {str(k): int(v)
                                            for k, v in reply["holdings"].items()})
                bundle.unlink()
                outbox.forget(bundle)
                sent += 1
                changes += int(reply.get("changes_new", 0))
                pull = reply.get("pull")
                ready = pull if last and isinstance(pull, dict) else None
        return sent, changes, ready, 0

    def _to_send(self, hub_id: str) -> list[Path]:
        """The outbox's bundles; if it is empty, one made of what the hub has not
        acknowledged (none if it has it all)."""
        self._outbox.mkdir(parents=True, exist_ok=True)
        if not outbox.bundles(self._outbox) and self._unsent(hub_id) > 0:
            with self._sessions.begin() as s:
                known = s.get(DeviceRow, hub_id) is not None
            # Until the hub's own log has arrived here, everything held goes (the hub keeps
            # what it already had once). Unsealed: it never rests on a stick, it stays in this
            # laptop's data folder (beside the database) and travels inside the pinned TLS link;
            # sealing is for what a lost stick could reveal, and the hub may not be among the
            # devices this laptop knows yet.
            self._sync.export(self._outbox, peer=hub_id if known else None, plain=True)
        return outbox.bundles(self._outbox)

    def _acknowledged(self, hub_id: str, held: dict[str, int]) -> None:
        """What the hub said it holds: the next bundle for it starts above that."""
        with self._sessions.begin() as s:
            marks = {m.origin: m for m in s.scalars(
                select(PeerWatermarkRow).where(PeerWatermarkRow.peer == hub_id))}
            for origin, seq in held.items():
                mark = marks.get(origin)
                if mark is None:
                    s.add(PeerWatermarkRow(peer=hub_id, origin=origin, seq=seq))
                elif seq > mark.seq:
                    mark.seq = seq

    def _pull(self, hub: HubTransport, hub_fp: str, ready: dict[str, Any]
              ) -> tuple[int, int, int]:
        if int(ready["changes"]) == 0:
            return 0, 0, 0
        sha, size = str(ready["sha256"]), int(ready["size"])
        incoming = self._outbox.parent / f"{self._outbox.name}-in"
        incoming.mkdir(parents=True, exist_ok=True)
        target = incoming / f"{sha}{EXTENSION}"
        try:
            hub.download(sha, size, target)
            if file_sha256(target) != sha:
                raise DomainError("hub.bad_download")
            # The hub's device is trusted by what it said over the pinned connection.
            summary = self._sync.import_file(target, trust_fingerprint=hub_fp)
        finally:
            target.unlink(missing_ok=True)
        return summary.changes_new, summary.conflicts, summary.pending


def _same_hub(answer: dict[str, Any], url: str, pinned: str) -> None:
    """An answer names the hub's device: another one behind the pinned certificate (the hub
    made again) is refused, as at the first contact. An older hub does not name it."""
    found = answer.get("hub_fingerprint")
    if isinstance(found, str) and not same_fingerprint(pinned, found):
        raise DomainError("hub.device_changed", url=url)


def _stored_error(exc: DomainError) -> str:
    """The refusal as its code and parameters (JSON), never as a sentence: the window may be
    read in another language than the one that was current when it failed."""
    params = {k: v if isinstance(v, (int, float, str, bool)) or v is None else str(v)
              for k, v in exc.params.items()}
    return json.dumps({"code": exc.code, "params": params}, ensure_ascii=False)


def _read_error(stored: str) -> tuple[str, dict[str, object]]:
    """(code, params) of a stored failure; a sentence stored by an older version is shown as
    it is (an unknown code is shown as itself)."""
    if not stored:
        return "", {}
    try:
        data = json.loads(stored)
    except ValueError:
        return stored, {}
    if not isinstance(data, dict) or not isinstance(data.get("code"), str):
        return stored, {}
    params = data.get("params")
    return data["code"], params if isinstance(params, dict) else {}
