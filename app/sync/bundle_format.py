"""The `.asamblea` bundle: member names, limits, the manifest's shape, and the signed texts.

A bundle is a zip holding `changes.jsonl` (one canonical change per line, by origin and seq),
`heads.json` (each included origin's latest head, signed by that origin), `manifest.json`
(what the bundle holds, with the SHA-256 and size of every other member) and `manifest.sig`
(the sender's Ed25519 signature of the manifest's exact bytes), and from format 2 one
`files/<sha256>` member per attachment file it carries (stored, not deflated: photos and PDFs
are compressed already), each listed in the manifest's members like the rest. The manifest's
`wants` lists the files the sender lacks, so its peer's next bundle brings them.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from app.domain.canonical import canonical_json
from app.domain.errors import DomainError
from app.i18n import _
from app.sync import messages as _messages  # noqa: F401  (registers the sync sentences)

# 2: attachment files as members and `wants`; a program that reads only 1 says "actualice".
FORMAT_VERSION = 2
EXTENSION = ".asamblea"
CHANGES = "changes.jsonl"
HEADS = "heads.json"
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
SIGNED_MEMBERS = (CHANGES, HEADS)
ALLOWED_MEMBERS = frozenset({CHANGES, HEADS, MANIFEST, SIGNATURE})
FILES_PREFIX = "files/"
_FILE_MEMBER = re.compile(r"files/[0-9a-f]{64}")

# Limits checked before anything is decompressed: a hostile zip cannot fill the disk or RAM.
# A bundle carries at most MAX_FILES attachment files (a census's photos of signed actas and
# receipts over years fit; the zip's central directory stays a few MB); one file is at most
# MAX_FILE_BYTES (the attachment limit, app/services/attachments.py, with room).
MAX_FILES = 20_000
MAX_MEMBERS = len(ALLOWED_MEMBERS) + MAX_FILES
MAX_FILE_BYTES = 32 * 1024 * 1024
MAX_MANIFEST_BYTES = 4 * 1024 * 1024
MAX_TOTAL_BYTES = 8 * 1024 * 1024 * 1024
# Change logs compress 5-20 times; far more than that is a zip bomb, not data.
MAX_RATIO = 200
RATIO_FLOOR_BYTES = 1024 * 1024

_SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")


@dataclass(frozen=True)
class OriginRange:
    """The changes of one origin in a bundle: seqs `first`..`last`, contiguous."""

    first: int
    last: int

    @property
    def count(self) -> int:
        return self.last - self.first + 1


@dataclass(frozen=True)
class MemberInfo:
    sha256: str
    size: int


@dataclass(frozen=True)
class Sender:
    id: str
    name: str
    public_key: str
    fingerprint: str


@dataclass(frozen=True)
class Manifest:
    format: int
    bundle_id: str
    created_at: str
    sender: Sender
    recipient: str | None
    full: bool
    schema_revision: str
    origins: dict[str, OriginRange]
    holdings: dict[str, int]  # what the sender held of each origin when it wrote the bundle
    changes: int
    members: dict[str, MemberInfo]
    wants: tuple[str, ...] = ()

    @property
    def files(self) -> dict[str, MemberInfo]:
        """SHA-256 -> member info of every attachment file the bundle carries."""
        return {n[len(FILES_PREFIX):]: m for n, m in self.members.items() if is_file_member(n)}

    def to_json(self) -> dict[str, Any]:
        return {
            "format": self.format,
            "bundle_id": self.bundle_id,
            "created_at": self.created_at,
            "sender": {
                "id": self.sender.id,
                "name": self.sender.name,
                "public_key": self.sender.public_key,
                "fingerprint": self.sender.fingerprint,
            },
            "recipient": self.recipient,
            "full": self.full,
            "schema_revision": self.schema_revision,
            "origins": {o: {"first": r.first, "last": r.last} for o, r in self.origins.items()},
            "holdings": self.holdings,
            "changes": self.changes,
            "members": {n: {"sha256": m.sha256, "size": m.size} for n, m in self.members.items()},
            "wants": list(self.wants),
        }

    def to_bytes(self) -> bytes:
        return canonical_json(self.to_json()).encode("utf-8")


def file_member(sha256: str) -> str:
    return FILES_PREFIX + sha256


def is_file_member(name: str) -> bool:
    return _FILE_MEMBER.fullmatch(name) is not None


def head_text(origin: str, seq: int, hash_: str) -> bytes:
    """What an origin signs to vouch for its whole log up to `seq` (the chain does the rest)."""
    return canonical_json({"origin": origin, "seq": seq, "hash": hash_}).encode("utf-8")


def bundle_file_name(sender_name: str, created: datetime, bundle_id: str) -> str:
    """FAT32-safe: ASCII letters, digits, dot, dash, underscore; no colon; short."""
    plain = unicodedata.normalize("NFKD", sender_name).encode("ascii", "ignore").decode("ascii")
    label = _SAFE_NAME.sub("-", plain)
    label = label.strip("-._")[:24] or "equipo"
    stamp = created.strftime("%Y%m%d-%H%M%S")
    return f"{label}-{stamp}-{bundle_id[-8:]}{EXTENSION}"


# -- parsing the manifest (every field checked: it comes from outside) -----------------------


def _bad(name: str, detail: str) -> DomainError:
    return DomainError("sync.bad_manifest", name=name, detail=detail)


def _str(data: dict[str, Any], key: str, name: str, max_len: int = 200) -> str:
    value = data.get(key)
    if not isinstance(value, str) or len(value) > max_len:
        raise _bad(name, _("«{key}» debe ser un texto").format(key=key))
    return value


def _int(value: Any, what: str, name: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise _bad(name, _("«{what}» debe ser un número entero").format(what=what))
    return value


def parse_manifest(raw: bytes, name: str) -> Manifest:
    import json

    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise _bad(name, _("no es JSON")) from exc
    if not isinstance(data, dict):
        raise _bad(name, _("no es un objeto"))
    fmt = data.get("format")
    if not isinstance(fmt, int) or isinstance(fmt, bool):
        raise _bad(name, _("falta «format»"))
    if fmt > FORMAT_VERSION:
        raise DomainError("sync.newer_format", name=name, format=fmt)
    if fmt < 1:
        raise _bad(name, _("«format» inválido"))
    sender_raw = data.get("sender")
    if not isinstance(sender_raw, dict):
        raise _bad(name, _("falta «sender»"))
    sender = Sender(
        id=_str(sender_raw, "id", name, 36),
        name=_str(sender_raw, "name", name, 120),
        public_key=_str(sender_raw, "public_key", name, 64),
        fingerprint=_str(sender_raw, "fingerprint", name, 32),
    )
    recipient = data.get("recipient")
    if recipient is not None and not isinstance(recipient, str):
        raise _bad(name, _("«recipient» inválido"))
    origins_raw = data.get("origins")
    holdings_raw = data.get("holdings")
    members_raw = data.get("members")
    if not isinstance(origins_raw, dict) or not isinstance(holdings_raw, dict):
        raise _bad(name, _("faltan «origins» u «holdings»"))
    if not isinstance(members_raw, dict):
        raise _bad(name, _("falta «members»"))
    origins: dict[str, OriginRange] = {}
    for origin, rng in origins_raw.items():
        if not isinstance(rng, dict) or len(origin) > 36:
            raise _bad(name, _("«origins» inválido"))
        first = _int(rng.get("first"), "first", name)
        last = _int(rng.get("last"), "last", name)
        if first < 1 or last < first:
            raise _bad(name, _("rango de cambios inválido"))
        origins[origin] = OriginRange(first, last)
    holdings = {o: _int(v, "holdings", name) for o, v in holdings_raw.items()}
    members: dict[str, MemberInfo] = {}
    for member, info in members_raw.items():
        if not isinstance(info, dict):
            raise _bad(name, _("«members» inválido"))
        digest = _str(info, "sha256", name, 64)
        members[member] = MemberInfo(digest, _int(info.get("size"), "size", name))
    for member, info in members.items():
        if is_file_member(member) and (info.sha256 != member[len(FILES_PREFIX):]
                                       or info.size > MAX_FILE_BYTES):
            raise _bad(name, _("el archivo «{member}» no cuadra").format(member=member))
    wants_raw = data.get("wants", [])
    if (not isinstance(wants_raw, list) or len(wants_raw) > MAX_FILES
            or not all(isinstance(w, str) and is_file_member(FILES_PREFIX + w)
                       for w in wants_raw)):
        raise _bad(name, _("«wants» inválido"))
    for needed in SIGNED_MEMBERS:
        if needed not in members:
            raise _bad(name, _("no describe «{needed}»").format(needed=needed))
    changes = _int(data.get("changes"), "changes", name)
    if changes != sum(r.count for r in origins.values()):
        raise _bad(name, _("el número de cambios no cuadra"))
    return Manifest(
        format=fmt,
        bundle_id=_str(data, "bundle_id", name, 36),
        created_at=_str(data, "created_at", name, 40),
        sender=sender,
        recipient=recipient,
        full=bool(data.get("full")),
        schema_revision=_str(data, "schema_revision", name, 64),
        origins=origins,
        holdings=holdings,
        changes=changes,
        members=members,
        wants=tuple(wants_raw),
    )
