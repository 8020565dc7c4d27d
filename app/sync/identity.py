"""This laptop's identity: device id and Ed25519 key pair, made at first start."""

from __future__ import annotations

import base64
import hashlib
import socket
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.clock import Clock
from app.domain.enums import DeviceTrust
from app.domain.ids import new_id
from app.persistence.rows import DeviceRow, ThisDeviceRow


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
    return key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def load_identity(s: Session) -> DeviceIdentity | None:
    row = s.scalars(select(ThisDeviceRow)).first()
    if row is None:
        return None
    key = Ed25519PrivateKey.from_private_bytes(row.private_key)
    return DeviceIdentity(row.id, row.name, key, row.public_key.hex())


def create_identity(s: Session, clock: Clock, name: str | None = None) -> DeviceIdentity:
    """Make the key pair and the local row. The caller records the device through the log."""
    key = Ed25519PrivateKey.generate()
    seed = key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    device_id = new_id()
    label = name or socket.gethostname()[:100] or "laptop"
    s.add(
        ThisDeviceRow(
            id=device_id,
            name=label,
            private_key=seed,
            public_key=_raw_public(key),
            last_seq=0,
            last_hash="",
            last_hlc="",
            created_at=clock.now(),
        )
    )
    s.flush()
    return DeviceIdentity(device_id, label, key, _raw_public(key).hex())


def own_device_row(identity: DeviceIdentity, clock: Clock) -> DeviceRow:
    return DeviceRow(
        id=identity.id,
        name=identity.name,
        public_key=identity.public_key_hex,
        fingerprint=identity.fingerprint,
        trust=DeviceTrust.TRUSTED.value,
        created_at=clock.now(),
        deleted_at=None,
    )
