"""What the hub refuses, with a sentence and nothing written: an unenrolled laptop, a revoked
one, a replayed request, a tampered bundle, and (on the laptop) a hub whose certificate
changed."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.container import Services
from app.domain.errors import DomainError
from app.hub.tls import CERT, KEY, make_certificate
from app.services.hub import file_sha256
from app.sync.hub_transport import HubTransport

from tests.sync.conftest import Laptop
from tests.sync.helpers import add_council, tampered_copy
from tests.sync.hub_server import HubServer

pytestmark = pytest.mark.postgres



def hub_state(hub: HubServer) -> str:
    return hub.commune_digest("comuna-r") + hub.commune_digest("comuna-s")


def refused(services: Services, code: str) -> DomainError:
    with pytest.raises(DomainError) as caught:
        services.hub.sync_now()
    assert caught.value.code == code, str(caught.value)
    return caught.value


def test_an_unenrolled_laptop_is_told_and_nothing_is_written(hub: HubServer,
                                                             laptop: Laptop) -> None:
    stranger = laptop("stranger")
    add_council(stranger, "Consejo Comunal Desconocido")
    stranger.hub.configure(hub.url, hub.fingerprint)
    before = hub_state(hub)
    error = refused(stranger, "hub.not_enrolled")
    assert stranger.device.fingerprint in str(error)
    assert hub_state(hub) == before
    assert "no conoce este equipo" in stranger.hub.status().last_error


def test_a_revoked_laptop_is_refused_from_then_on(hub: HubServer, laptop: Laptop,
                                                  tmp_path: Path) -> None:
    lost = laptop("lost")
    hub.enroll(lost.device.fingerprint, "comuna-r")
    lost.hub.configure(hub.url, hub.fingerprint)
    add_council(lost, "Consejo Comunal Perdido")
    lost.hub.sync_now()
    hub.revoke(lost.device.fingerprint)
    add_council(lost, "Consejo Comunal Robado")
    before = hub_state(hub)
    refused(lost, "hub.revoked")
    assert hub_state(hub) == before
    # What it wrote after its revocation is refused even when a mate relays it by stick.
    mate = laptop("mate")
    hub.enroll(mate.device.fingerprint, "comuna-r")
    mate.hub.configure(hub.url, hub.fingerprint)
    mate.hub.sync_now()
    stick = tmp_path / "stick"
    stick.mkdir()
    relayed = lost.sync.export(stick, full=True, plain=True).path  # a first contact: unsealed
    mate.sync.import_file(relayed, trust_fingerprint=lost.device.fingerprint)
    before = hub_state(hub)
    error = refused(mate, "hub.relays_revoked")
    assert lost.device.fingerprint in str(error)
    assert hub_state(hub) == before


def test_a_replayed_request_is_refused(hub: HubServer, laptop: Laptop) -> None:
    one = laptop("one")
    hub.enroll(one.device.fingerprint, "comuna-s")
    one.hub.configure(hub.url, hub.fingerprint)
    pem = (hub.folder / CERT).read_text()
    with HubTransport(hub.url, pem, one.device) as transport:
        headers = transport._headers("GET", "/v1/hello", file_sha256_empty())
        first = transport._client.get("/v1/hello", headers=headers)
        again = transport._client.get("/v1/hello", headers=headers)
    assert first.status_code == 200
    assert again.status_code == 401 and again.json()["error"] == "hub.replayed"


def file_sha256_empty() -> str:
    import hashlib

    return hashlib.sha256(b"").hexdigest()


def test_a_tampered_bundle_is_refused_and_nothing_applied(hub: HubServer, laptop: Laptop,
                                                          tmp_path: Path) -> None:
    cheat = laptop("cheat")
    hub.enroll(cheat.device.fingerprint, "comuna-s")
    cheat.hub.configure(hub.url, hub.fingerprint)
    add_council(cheat, "Consejo Comunal Original")
    bundle = cheat.sync.export(tmp_path).path
    tampered = tampered_copy(bundle, tmp_path / "tampered.asamblea")
    before = hub_state(hub)
    pem = (hub.folder / CERT).read_text()
    with HubTransport(hub.url, pem, cheat.device) as transport, \
            pytest.raises(DomainError) as caught:
        transport.upload(tampered, file_sha256(tampered))
    assert caught.value.code == "sync.member_mismatch", str(caught.value)
    assert hub_state(hub) == before


def test_a_changed_certificate_is_refused_by_the_laptop(hub: HubServer, laptop: Laptop,
                                                        tmp_path: Path) -> None:
    careful = laptop("careful")
    hub.enroll(careful.device.fingerprint, "comuna-s")
    careful.hub.configure(hub.url, hub.fingerprint)
    add_council(careful, "Consejo Comunal Prudente")
    saved = tmp_path / "saved"
    saved.mkdir()
    for name in (CERT, KEY):
        shutil.copy(hub.folder / name, saved / name)
        (hub.folder / name).unlink()
    hub.stop()
    make_certificate(hub.folder, "impostor")
    hub.start()
    try:
        error = refused(careful, "hub.certificate_changed")
        assert "cambió" in str(error)
        assert careful.hub.status().outbox_changes > 0  # nothing was sent
    finally:
        hub.stop()
        for name in (CERT, KEY):
            shutil.copy(saved / name, hub.folder / name)
        hub.start()
    careful.hub.sync_now()
    assert careful.hub.status().outbox_changes == 0
