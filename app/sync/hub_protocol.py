"""The hub's wire protocol, shared by the laptop (client) and the hub (server).

Every request is signed by the laptop's own Ed25519 key over its method, path and query, date,
a one-time nonce and the SHA-256 of its body (in the spirit of RFC 9421, without its header
grammar). The hub recomputes the same text; a different body, path, date or a reused nonce
does not verify. No passwords travel. The hub's TLS certificate is pinned by its fingerprint.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass

from app.sync import hub_messages as _messages  # noqa: F401  (registers the hub's sentences)

KEY = "x-asamblea-key"  # the laptop's public key, hex: the hub finds its enrollment by it
DATE = "x-asamblea-date"  # ISO 8601 UTC
NONCE = "x-asamblea-nonce"
DIGEST = "x-asamblea-digest"  # sha-256 of the body, hex
SIGNATURE = "x-asamblea-signature"  # hex
REASON = "x-asamblea-reason"  # the hub's refusal, one sentence (also the body's "error")

SKEW_SECONDS = 300  # a signed request older or newer than this is refused
CHUNK_BYTES = 1024 * 1024  # the most one upload request may carry
MAX_BUNDLE_BYTES = 2 * 1024 * 1024 * 1024  # the most one uploaded bundle may weigh
NONCE_MAX = 64


def body_digest(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()


def signing_text(method: str, target: str, date: str, nonce: str, digest: str) -> bytes:
    """What the laptop signs: one line per part, so no part can run into the next."""
    return "\n".join(("asamblea-hub-v1", method.upper(), target, date, nonce, digest)).encode()


def certificate_fingerprint(der: bytes) -> str:
    """The code a secretary types to pin the hub: 20 characters of the certificate's SHA-256
    in base32, in groups of four (100 bits; a device fingerprint has 60)."""
    code = base64.b32encode(hashlib.sha256(der).digest()).decode("ascii")[:20]
    return "-".join(code[i : i + 4] for i in range(0, 20, 4))


def same_fingerprint(a: str, b: str) -> bool:
    def norm(v: str) -> str:
        return v.strip().upper().replace("-", "").replace(" ", "")

    return norm(a) == norm(b) != ""


@dataclass(frozen=True)
class SignedHeaders:
    key: str
    date: str
    nonce: str
    digest: str
    signature: str

    def as_dict(self) -> dict[str, str]:
        return {KEY: self.key, DATE: self.date, NONCE: self.nonce, DIGEST: self.digest,
                SIGNATURE: self.signature}
