"""This laptop's identity: device id and Ed25519 key pair, made at first start."""

from __future__ import annotations

import base64
import hashlib
import socket
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.clock import Clock
from app.domain.enums import DeviceTrust
from app.domain.ids import new_id
from app.persistence import rows as schema
from app.persistence.rows import ThisDeviceRow
from app.safety.keyfile import StoredKey, key_path_for_url, read_key, write_key


@dataclass(frozen=True)
class DeviceIdentity:
    id: str
    name: str
    private_key: Ed25519PrivateKey
    public_key_hex: str

    @property
    def fingerprint(self) -> str:
        return fingerprint(bytes.fromhex(self.public_key_hex))

    def sign(self, data: bytes) -> str:
        return self.private_key.sign(data).hex()


def fingerprint(public_key: bytes) -> str:
    """A short code two secretaries can read to each other by phone: "K3QX-7MNA-P2RD"."""
    digest = hashlib.sha256(public_key).digest()
    code = base64.b32encode(digest).decode("ascii")[:12]
    return "-".join(code[i : i + 4] for i in range(0, 12, 4))


def verify_signature(public_key_hex: str, signature_hex: str, data: bytes) -> bool:
    try:
        key = Ed25519PublicKey.from_public_bytes(bytes.fromhex(public_key_hex))
        key.verify(bytes.fromhex(signature_hex), data)
    except Exception:
        return False
    return True


def _raw_public(key: Ed25519PrivateKey) -> bytes:
    # The *_raw methods, not public_bytes(Encoding.Raw, ...): the serialization package they
    # would import (SSH, PEM, ciphers) costs every command tens of milliseconds at start.
    return key.public_key().public_bytes_raw()


def key_file_of(s: Session) -> Path:
    """Where the private key of the database this session is bound to is kept."""
    url = s.get_bind().engine.url
    return key_path_for_url(url.render_as_string(hide_password=True), url.database)


def load_identity(s: Session, key_file: Path | None = None) -> DeviceIdentity | None:
    """This laptop's identity, or None: no identity yet, or the key file beside the database
    is missing or belongs to another device (the database was copied from elsewhere, or a
    backup restored). Without its own key a database never signs as the laptop it came from.
    """
    row = s.scalars(select(ThisDeviceRow)).first()
    if row is None:
        return None
    stored = read_key(key_file or key_file_of(s))
    if stored is None or stored.device_id != row.id:
        return None
    key = Ed25519PrivateKey.from_private_bytes(stored.seed)
    if _raw_public(key) != row.public_key:
        return None
    return DeviceIdentity(row.id, row.name, key, row.public_key.hex())


def previous_device(s: Session) -> tuple[str, str] | None:
    """(id, name) of the identity this database last ran as, if any."""
    row = s.scalars(select(ThisDeviceRow)).first()
    return None if row is None else (row.id, row.name)


def create_identity(
    s: Session, clock: Clock, name: str | None = None, key_file: Path | None = None,
) -> DeviceIdentity:
    """Make the key pair, its key file and the local row. The caller records the device
    through the log.

    On a database that already ran as another device this starts a new incarnation: the old
    identity's changes stay, as those of another laptop, and this one goes on with its own id,
    key and chain (so a restored or copied database never reuses the old chain's numbers)."""
    path = key_file or key_file_of(s)
    for old in s.scalars(select(ThisDeviceRow)):
        s.delete(old)
    s.flush()
    key = Ed25519PrivateKey.generate()
    seed = key.private_bytes_raw()
    device_id = new_id()
    label = name or socket.gethostname()[:100] or "laptop"
    _set_aside(path)
    write_key(path, StoredKey(device_id, seed))
    s.add(
        ThisDeviceRow(
            id=device_id,
            name=label,
            public_key=_raw_public(key),
            last_seq=0,
            last_hash="",
            last_hlc="",
            created_at=clock.now(),
        )
    )
    s.flush()
    return DeviceIdentity(device_id, label, key, _raw_public(key).hex())


def _set_aside(path: Path) -> None:
    """A key file of another device is renamed, never overwritten: it may be the only key of a
    database that was moved away and will come back."""
    stored = read_key(path)
    if stored is not None:
        path.replace(path.with_name(f"{path.name}.{stored.device_id[:8]}"))


def own_device_row(identity: DeviceIdentity, clock: Clock) -> schema.DeviceRow:
    # Named here, not at the top: only a first start writes it, and every command's start
    # imports this module (the rows package declares sync's rows when one is named).
    return schema.DeviceRow(
        id=identity.id,
        name=identity.name,
        public_key=identity.public_key_hex,
        fingerprint=identity.fingerprint,
        trust=DeviceTrust.TRUSTED.value,
        created_at=clock.now(),
        deleted_at=None,
    )
