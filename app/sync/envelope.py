"""The sealed bundle: the inner bundle encrypted with age to the devices this laptop trusts.

A lost stick reveals nothing but the outer manifest, in clear: bundle id, sender (id, name,
fingerprint, public key), recipients (id, name, fingerprint), sizes and the inner bundle's
SHA-256, signed by the sender. The inner bundle (app/sync/bundle_*.py, unchanged) is itself
signed: signed, then encrypted. Recipients are the devices' existing Ed25519 keys in ssh form
(age's ssh-ed25519 recipients), so no new key is made or exchanged.

The file: MAGIC, then the manifest and its signature each behind a 4-byte length, then the age
ciphertext to the end of the file.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import pyrage
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)

from app.domain.canonical import canonical_json
from app.domain.errors import DomainError
from app.domain.messages import register_messages
from app.i18n import N_
from app.sync import messages as _messages  # noqa: F401  (registers the sync sentences)
from app.sync.identity import DeviceIdentity, fingerprint, verify_signature

MAGIC = b"ASAMBLEA-SOBRE-1\n"
FORMAT = 1
MAX_HEADER = 1024 * 1024
CHUNK = 1024 * 1024


@dataclass(frozen=True)
class Recipient:
    device_id: str
    name: str
    public_key_hex: str

    @property
    def fingerprint(self) -> str:
        return fingerprint(bytes.fromhex(self.public_key_hex))

    def age(self) -> pyrage.ssh.Recipient:
        key = Ed25519PublicKey.from_public_bytes(bytes.fromhex(self.public_key_hex))
        line = key.public_bytes(Encoding.OpenSSH, PublicFormat.OpenSSH).decode("ascii")
        return pyrage.ssh.Recipient.from_str(line)


@dataclass(frozen=True)
class Envelope:
    """The outer manifest, as read (and its signature checked)."""

    bundle_id: str
    sender_id: str
    sender_name: str
    sender_fingerprint: str
    recipients: tuple[Recipient, ...]
    inner_size: int
    inner_sha256: str


def is_sealed(path: Path) -> bool:
    try:
        with Path(path).open("rb") as fh:
            return fh.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


def _age_identity(identity: DeviceIdentity) -> pyrage.ssh.Identity:
    pem = identity.private_key.private_bytes(Encoding.PEM, PrivateFormat.OpenSSH, NoEncryption())
    return pyrage.ssh.Identity.from_buffer(pem)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def seal(inner: Path, out: Path, recipients: Sequence[Recipient], identity: DeviceIdentity,
         *, bundle_id: str = "") -> None:
    """Encrypt the bundle `inner` to `recipients` (this laptop is always one) into `out`."""
    everyone = {r.device_id: r for r in recipients}
    everyone.setdefault(identity.id, Recipient(identity.id, identity.name,
                                               identity.public_key_hex))
    ordered = sorted(everyone.values(), key=lambda r: r.device_id)
    manifest = canonical_json({
        "format": FORMAT,
        "bundle_id": bundle_id,
        "sender": {"id": identity.id, "name": identity.name,
                   "fingerprint": identity.fingerprint, "public_key": identity.public_key_hex},
        "recipients": [{"id": r.device_id, "name": r.name, "public_key": r.public_key_hex}
                       for r in ordered],
        "inner_size": inner.stat().st_size,
        "inner_sha256": _sha256(inner),
    }).encode("utf-8")
    signature = identity.sign(manifest).encode("ascii")
    with inner.open("rb") as src, out.open("wb") as dst:
        dst.write(MAGIC)
        for part in (manifest, signature):
            dst.write(len(part).to_bytes(4, "big"))
            dst.write(part)
        pyrage.encrypt_io(src, dst, [r.age() for r in ordered])


def read_envelope(path: Path, name: str | None = None) -> Envelope:
    """The outer manifest of a sealed bundle, its signature checked (no key needed)."""
    with Path(path).open("rb") as fh:
        return _read_header(fh, name or Path(path).name)


def _read_part(fh: IO[bytes], name: str) -> bytes:
    size = int.from_bytes(fh.read(4), "big")
    if size <= 0 or size > MAX_HEADER:
        raise DomainError("sync.truncated", name=name)
    data = fh.read(size)
    if len(data) != size:
        raise DomainError("sync.truncated", name=name)
    return data


def _read_header(fh: IO[bytes], name: str) -> Envelope:
    if fh.read(len(MAGIC)) != MAGIC:
        raise DomainError("sync.not_bundle", name=name)
    manifest_bytes = _read_part(fh, name)
    signature = _read_part(fh, name).decode("ascii", "replace")
    try:
        data: dict[str, Any] = json.loads(manifest_bytes)
        sender = data["sender"]
        recipients = tuple(Recipient(str(r["id"]), str(r["name"]), str(r["public_key"]))
                           for r in data["recipients"])
        envelope = Envelope(str(data.get("bundle_id", "")), str(sender["id"]),
                            str(sender["name"]), fingerprint(bytes.fromhex(sender["public_key"])),
                            recipients, int(data["inner_size"]), str(data["inner_sha256"]))
        sender_key = str(sender["public_key"])
    except (ValueError, KeyError, TypeError) as exc:
        raise DomainError("sync.bad_manifest", name=name, detail=str(exc)[:200]) from exc
    if not verify_signature(sender_key, signature, manifest_bytes):
        raise DomainError("sync.bad_signature", name=name)
    return envelope


def unseal(path: Path, identity: DeviceIdentity, staging: Path, *,
           name: str | None = None) -> Path:
    """Decrypt a sealed bundle into `staging` and return the inner bundle's path. A laptop
    that is not a recipient is told which device can make it a bundle."""
    shown = name or Path(path).name
    target = staging / "inner.asamblea"
    with Path(path).open("rb") as fh:
        envelope = _read_header(fh, shown)
        mine = [r for r in envelope.recipients if r.public_key_hex == identity.public_key_hex]
        if not mine:
            names = ", ".join(f"«{r.name}» ({r.fingerprint})" for r in envelope.recipients)
            raise DomainError("sync.not_recipient", name=shown, sender=envelope.sender_name,
                              sender_fingerprint=envelope.sender_fingerprint,
                              recipients=names, fingerprint=identity.fingerprint)
        try:
            with target.open("wb") as out:
                pyrage.decrypt_io(fh, out, [_age_identity(identity)])
        except (pyrage.DecryptError, ValueError, OSError) as exc:
            target.unlink(missing_ok=True)
            if isinstance(exc, OSError) and exc.errno is not None:
                raise  # the disk, not the bundle: said as such by the caller
            raise DomainError("sync.damaged", name=shown) from exc
    if target.stat().st_size != envelope.inner_size or _sha256(target) != envelope.inner_sha256:
        target.unlink(missing_ok=True)
        raise DomainError("sync.damaged", name=shown)
    return target


register_messages({
    "sync.not_recipient": N_(
        "El paquete «{name}» está cifrado para los equipos que «{sender}» ({sender_fingerprint}) "
        "conocía: {recipients}. Este equipo ({fingerprint}) aún no es uno de ellos, así que no "
        "puede leerlo. Lleve primero un paquete de este equipo a «{sender}» e impórtelo allí; "
        "el próximo paquete que haga «{sender}» (o cualquiera de esos equipos) se podrá leer "
        "aquí. La base de datos no se modificó."),
})
