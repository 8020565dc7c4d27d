"""Who may talk to the hub: enrollment by fingerprint for a commune, revocation, and the check
of every signed request (key enrolled, not revoked, signature, date, nonce never seen)."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from app.domain.clock import Clock
from app.domain.errors import DomainError
from app.persistence.rows import ChangeRow, HubEnrollmentRow, HubNonceRow
from app.sync.hub_protocol import NONCE_MAX, SKEW_SECONDS, SignedHeaders, signing_text
from app.sync.identity import fingerprint, verify_signature
from app.sync.importer import normalize_fingerprint

FINGERPRINT_CHARS = 12
COMMUNE_MAX = 64
SWEEP_SECONDS = 60.0


@dataclass(frozen=True)
class Enrollment:
    fingerprint: str  # as shown: "K3QX-7MNA-P2RD"
    commune: str
    device_id: str | None
    enrolled_at: datetime
    revoked_at: datetime | None


@dataclass(frozen=True)
class Caller:
    """The laptop behind an authenticated request."""

    public_key: str
    fingerprint: str
    commune: str
    device_id: str | None


def shown(code: str) -> str:
    return "-".join(code[i : i + 4] for i in range(0, len(code), 4))


def _to_enrollment(row: HubEnrollmentRow) -> Enrollment:
    return Enrollment(shown(row.fingerprint), row.commune, row.device_id, row.enrolled_at,
                      row.revoked_at)


class HubAdmission:
    def __init__(self, sessions: sessionmaker[Session], clock: Clock) -> None:
        self._sessions = sessions
        self._clock = clock
        self._sweep_lock = threading.Lock()
        self._swept = -float(SWEEP_SECONDS)

    # -- the administrator --------------------------------------------------------------------

    def enroll(self, device_fingerprint: str, commune: str) -> Enrollment:
        code = normalize_fingerprint(device_fingerprint)
        if len(code) != FINGERPRINT_CHARS or not code.isalnum():
            raise DomainError("hub.bad_fingerprint", fingerprint=device_fingerprint)
        commune = commune.strip()
        if not commune or len(commune) > COMMUNE_MAX:
            raise DomainError("hub.bad_commune", max=COMMUNE_MAX)
        with self._sessions.begin() as s:
            row = s.get(HubEnrollmentRow, code)
            if row is not None and row.revoked_at is not None:
                # Nothing un-revokes: the laptop enrolls again with a new key.
                raise DomainError("hub.enroll_revoked", fingerprint=shown(code))
            if row is not None and row.commune != commune:
                raise DomainError("hub.enrolled_elsewhere", fingerprint=shown(code),
                                  commune=row.commune)
            if row is None:
                row = HubEnrollmentRow(fingerprint=code, commune=commune, device_id=None,
                                       enrolled_at=self._clock.now(), revoked_at=None)
                s.add(row)
                s.flush()
            return _to_enrollment(row)

    def revoke(self, device_fingerprint: str) -> Enrollment:
        """Refuse the laptop from now on, and whatever it writes after what the hub holds of
        it now, whoever relays it. The hub does not write this in its own log: that log goes
        to every commune, and a revocation names a laptop only its own commune knows (see
        packaging/HUB.md)."""
        code = normalize_fingerprint(device_fingerprint)
        with self._sessions.begin() as s:
            row = s.get(HubEnrollmentRow, code)
            if row is None:
                raise DomainError("hub.not_enrolled", fingerprint=device_fingerprint)
            if row.revoked_at is None:
                row.revoked_at = self._clock.now()
                held = s.scalar(select(func.max(ChangeRow.seq)).where(
                    ChangeRow.origin == row.device_id)) if row.device_id else None
                row.revoked_seq = int(held or 0)
            return _to_enrollment(row)

    def revoked_limits(self, s: Session, origins: set[str]) -> dict[str, tuple[str, int]]:
        """For the revoked laptops among `origins`: origin -> (fingerprint, last seq kept)."""
        rows = s.scalars(select(HubEnrollmentRow).where(
            HubEnrollmentRow.device_id.in_(sorted(origins)),
            HubEnrollmentRow.revoked_at.is_not(None)))
        return {r.device_id: (shown(r.fingerprint), int(r.revoked_seq or 0))
                for r in rows if r.device_id is not None}

    def enrollments(self) -> list[Enrollment]:
        with self._sessions.begin() as s:
            rows = s.scalars(select(HubEnrollmentRow).order_by(HubEnrollmentRow.commune,
                                                                HubEnrollmentRow.fingerprint))
            return [_to_enrollment(r) for r in rows]

    # -- every request ------------------------------------------------------------------------

    def authenticate(self, method: str, target: str, headers: SignedHeaders,
                     body_digest: str | None) -> Caller:
        """The laptop behind a signed request, or a DomainError: `hub.not_enrolled` (401),
        `hub.revoked` (403), `hub.bad_request_signature`, `hub.stale_request`,
        `hub.replayed` (401). A refused request writes nothing; an accepted one its nonce.

        `body_digest` None: the body is streamed after this check (an upload chunk); the
        caller compares the signed digest with what arrived."""
        try:
            raw_key = bytes.fromhex(headers.key)
        except ValueError:
            raw_key = b""
        if len(raw_key) != 32:
            raise DomainError("hub.bad_request_signature")
        shown_fp = fingerprint(raw_key)
        code = normalize_fingerprint(shown_fp)
        now = self._clock.now()
        # One transaction per request: who the key is, then (signature, date and nonce
        # checked) its nonce remembered. A replayed nonce fails on its key and rolls back.
        try:
            with self._sessions.begin() as s:
                row = s.get(HubEnrollmentRow, code)
                if row is None:
                    raise DomainError("hub.not_enrolled", fingerprint=shown_fp)
                if row.revoked_at is not None:
                    raise DomainError("hub.revoked", fingerprint=shown_fp)
                caller = Caller(headers.key, shown_fp, row.commune, row.device_id)
                _check_signed(headers, method, target, body_digest, now)
                s.add(HubNonceRow(nonce=headers.nonce, seen_at=now))
                s.flush()
        except IntegrityError as exc:
            raise DomainError("hub.replayed") from exc
        self._forget_old_nonces(now)
        return caller

    def _forget_old_nonces(self, now: datetime) -> None:
        """Older than twice the window: a request that old is refused by its date anyway.
        Swept at most once a minute per process, not at every request."""
        tick = time.monotonic()
        with self._sweep_lock:
            if tick - self._swept < SWEEP_SECONDS:
                return
            self._swept = tick
        with self._sessions.begin() as s:
            s.execute(delete(HubNonceRow).where(
                HubNonceRow.seen_at < now - timedelta(seconds=2 * SKEW_SECONDS)))

    def bind_device(self, s: Session, caller: Caller, device_id: str) -> None:
        row = s.get_one(HubEnrollmentRow, normalize_fingerprint(caller.fingerprint))
        if row.device_id is None:
            row.device_id = device_id


def _check_signed(headers: SignedHeaders, method: str, target: str, body_digest: str | None,
                  now: datetime) -> None:
    """The signature over the request, its date within the window, a nonce of fair size."""
    if body_digest is not None and headers.digest != body_digest:
        raise DomainError("hub.bad_request_signature")
    text = signing_text(method, target, headers.date, headers.nonce, headers.digest)
    if not verify_signature(headers.key, headers.signature, text):
        raise DomainError("hub.bad_request_signature")
    try:
        sent = datetime.fromisoformat(headers.date)
    except ValueError as exc:
        raise DomainError("hub.stale_request") from exc
    if sent.tzinfo is None or abs((now - sent).total_seconds()) > SKEW_SECONDS:
        raise DomainError("hub.stale_request")
    if not headers.nonce or len(headers.nonce) > NONCE_MAX:
        raise DomainError("hub.bad_request_signature")
