"""The hub's wire protocol, shared by the laptop (client) and the hub (server).

Every request is signed by the laptop's own Ed25519 key over its method, path and query, date,
a one-time nonce and the SHA-256 of its body (in the spirit of RFC 9421, without its header
grammar). The hub recomputes the same text; a different body, path, date or a reused nonce
does not verify. No passwords travel. The hub's TLS certificate is pinned by its fingerprint.
"""

from __future__ import annotations

import base64
import hashlib
import re
from dataclasses import dataclass

from app.domain.errors import DomainError
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
# A laptop's holdings in an upload's query (`held=ORIGIN.SEQ~ORIGIN.SEQ`), where the request's
# signature covers them: longer than this, they go in a separate request's body instead.
HELD_QUERY_MAX = 2000
_HELD_PAIR = re.compile(r"([0-9A-Za-z-]{1,64})\.([0-9]{1,18})")


def body_digest(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()


def signing_text(method: str, target: str, date: str, nonce: str, digest: str) -> bytes:
    """What the laptop signs: one line per part, so no part can run into the next."""
    return "\n".join(("asamblea-hub-v1", method.upper(), target, date, nonce, digest)).encode()


def held_query(held: dict[str, int]) -> str | None:
    """`held` as an upload's query value (unreserved characters only, so the signed text is the
    one sent), or None when it would be too long or an origin cannot be written so."""
    text = "~".join(f"{origin}.{seq}" for origin, seq in sorted(held.items()))
    if len(text) > HELD_QUERY_MAX or any(
            _HELD_PAIR.fullmatch(pair) is None for pair in text.split("~") if pair):
        return None
    return text


def parse_held_query(text: str) -> dict[str, int]:
    """The holdings `held_query` wrote; anything else is refused as a bad upload."""
    held: dict[str, int] = {}
    for pair in text.split("~") if text else ():
        found = _HELD_PAIR.fullmatch(pair)
        if found is None or found.group(1) in held:
            raise DomainError("hub.bad_upload", detail="held")
        held[found.group(1)] = int(found.group(2))
    return held


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
