"""Put a laptop's bundle on an in-process hub the way `PUT /v1/uploads/...` does, chunk by
chunk, so a test can then apply it from several threads at once."""

from __future__ import annotations

from pathlib import Path

from app.container import Services
from app.demo.commune import build_demo
from app.domain.errors import DomainError
from app.hub.run import Hub
from app.services.hub import file_sha256
from app.services.hub_admission import Caller
from app.sync.hub_protocol import CHUNK_BYTES, body_digest


def caller_of(laptop: Services, commune: str) -> Caller:
    return Caller(laptop.device.public_key_hex, laptop.device.fingerprint, commune, None)


def enrolled(hub: Hub, laptop: Services, commune: str, residents: int, seed: int) -> Caller:
    build_demo(laptop, residents, seed)
    hub.admission.enroll(laptop.device.fingerprint, commune)
    return caller_of(laptop, commune)


def bundle_of(laptop: Services, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return laptop.sync.export(folder, plain=True).path


def upload(hub: Hub, caller: Caller, bundle: Path, upto: int | None = None) -> str:
    """Send the bundle's bytes (only the first `upto` if given); returns its SHA-256."""
    sha, data = file_sha256(bundle), bundle.read_bytes()
    end = len(data) if upto is None else upto
    try:
        offset = hub.hub.upload_state(caller, sha).offset
    except DomainError:
        # Its last apply was refused (the hub answers that refusal while it stands): a new
        # attempt sends from the start, as a laptop's does.
        offset = 0
    while offset < end:
        chunk = data[offset : min(end, offset + CHUNK_BYTES)]
        job = hub.hub.begin_append(caller, sha, offset, len(data))
        job.write(chunk)
        offset = job.close(body_digest(chunk))
    return sha
