"""A tally sheet's `sync now` is light: the bundle's last chunk also asks for its apply and the
download (the laptop's holdings in its signed query), so a laptop with nothing to receive
makes one request; a sync with nothing to send makes one too. Holdings too long for a query,
and a hub that only stores the chunk, cost one request more each. Resuming, idempotence and
the pin are kept (PostgreSQL)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from app.consultation.model import TallyFigures
from app.demo.commune import build_demo
from app.domain.errors import DomainError
from app.sync.hub_transport import HubTransport

from tests.sync.conftest import Laptop
from tests.sync.hub_server import HubServer

pytestmark = pytest.mark.postgres



@pytest.fixture
def requests(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Every signed request a laptop makes, as (method, path without the query)."""
    made: list[tuple[str, str]] = []
    real = HubTransport.request

    def counted(self: HubTransport, method: str, target: str, *args: Any,
                **kw: Any) -> Any:
        made.append((method, target.split("?")[0]))
        return real(self, method, target, *args, **kw)

    real_download = HubTransport.download

    def download(self: HubTransport, sha: str, size: int, target: Any) -> None:
        made.append(("GET", f"/v1/pulls/{sha}"))
        real_download(self, sha, size, target)

    monkeypatch.setattr(HubTransport, "request", counted)
    monkeypatch.setattr(HubTransport, "download", download)
    return made


@pytest.fixture
def targets(requests: list[tuple[str, str]], monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every signed request's target, query included (beside `requests`)."""
    made: list[str] = []
    inner = HubTransport.request

    def kept(self: HubTransport, method: str, target: str, *args: Any, **kw: Any) -> Any:
        made.append(target)
        return inner(self, method, target, *args, **kw)

    monkeypatch.setattr(HubTransport, "request", kept)
    return made


def _sheet(laptop: Laptop, commune: str, hub: HubServer, seed: int) -> tuple[Laptop, str]:
    """A laptop that has met the hub, and a tally sheet typed twice, not yet sent."""
    a = laptop("a")
    demo = build_demo(a, 120, seed)
    hub.enroll(a.device.fingerprint, commune)
    a.hub.configure(hub.url, hub.fingerprint)
    assert a.hub.sync_now().sent_changes > 0
    figures = TallyFigures({1: 40, 2: 25}, 2, 1, 68, 68, 0, 0)
    for who in ("Ana", "Luis"):
        a.tallies.enter(demo.consultation_id, "1", figures, who, observation="ligera")
    return a, demo.consultation_id


def _send_the_sheet(a: Laptop, requests: list[tuple[str, str]], targets: list[str]) -> None:
    """Sync the sheet, noting only the requests it makes."""
    requests.clear()
    targets.clear()
    assert a.hub.sync_now().sent_changes > 0


def test_a_tally_sheet_travels_in_one_request(hub: HubServer, laptop: Laptop,
                                              requests: list[tuple[str, str]],
                                              targets: list[str]) -> None:
    a = laptop("a")
    demo = build_demo(a, 120, 31)
    hub.enroll(a.device.fingerprint, "ligera-a")
    a.hub.configure(hub.url, hub.fingerprint)
    first = a.hub.sync_now()
    assert first.sent_changes > 0
    # The first contact pins the hub's device (hello); the download comes with the apply.
    assert [m for m, _p in requests[:1]] == ["GET"] and requests[0][1] == "/v1/hello"
    assert ("POST", "/v1/pull") not in requests

    requests.clear()
    targets.clear()
    figures = TallyFigures({1: 40, 2: 25}, 2, 1, 68, 68, 0, 0)
    for who in ("Ana", "Luis"):
        a.tallies.enter(demo.consultation_id, "1", figures, who, observation="ligera")
    sheet = a.hub.sync_now()
    assert sheet.sent_changes > 0 and sheet.received_changes == 0
    sha = requests[0][1].split("/")[-1]
    assert requests == [("PUT", f"/v1/uploads/{sha}")]
    assert "&apply=1&held=" in targets[0] and a.device.id in targets[0]
    assert a.hub.status().outbox_changes == 0

    requests.clear()
    assert a.hub.sync_now().sent_bundles == 0
    assert requests == [("POST", "/v1/pull")]


def test_holdings_too_long_for_a_query_are_sent_in_the_download_request(
        hub: HubServer, laptop: Laptop, requests: list[tuple[str, str]],
        targets: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    a, _ = _sheet(laptop, "ligera-larga", hub, 35)
    monkeypatch.setattr("app.sync.hub_protocol.HELD_QUERY_MAX", 10)
    _send_the_sheet(a, requests, targets)
    assert [m for m, _p in requests] == ["PUT", "POST"] and requests[1][1] == "/v1/pull"
    assert "&apply=1" in targets[0] and "held=" not in targets[0]
    assert a.hub.status().outbox_changes == 0


def test_a_hub_that_only_stores_the_last_chunk_is_asked_to_apply_it(
        hub: HubServer, laptop: Laptop, requests: list[tuple[str, str]],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """An older hub ignores `apply=1` and answers with the offset it holds: the laptop then
    asks for the apply (and the download) in a request of its own, as it used to."""
    a, _ = _sheet(laptop, "ligera-antigua", hub, 36)
    real = HubTransport.request

    def as_an_older_hub(self: HubTransport, method: str, target: str, *args: Any,
                        **kw: Any) -> Any:
        return real(self, method, target.split("&apply=")[0], *args, **kw)

    monkeypatch.setattr(HubTransport, "request", as_an_older_hub)
    requests.clear()
    assert a.hub.sync_now().sent_changes > 0
    sha = requests[0][1].split("/")[-1]
    assert requests == [("PUT", f"/v1/uploads/{sha}"), ("POST", f"/v1/uploads/{sha}/apply")]
    assert a.hub.status().outbox_changes == 0


def test_a_bundle_of_several_chunks_asks_for_its_apply_with_the_last(
        hub: HubServer, laptop: Laptop, requests: list[tuple[str, str]],
        targets: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    a, _ = _sheet(laptop, "ligera-trozos", hub, 37)
    monkeypatch.setattr("app.sync.hub_transport.CHUNK_BYTES", 512)
    _send_the_sheet(a, requests, targets)
    assert len(targets) > 2 and {m for m, _p in requests} == {"PUT"}
    assert ["&apply=1" in t for t in targets] == [False] * (len(targets) - 1) + [True]
    assert a.hub.status().outbox_changes == 0


@pytest.mark.parametrize("held", ["zz!.3", "abc.-1", "abc", "abc.1~abc.2", "a.1~~b.2"])
def test_a_malformed_held_query_is_refused_before_a_byte_is_written(
        hub: HubServer, laptop: Laptop, held: str) -> None:
    from app.sync.hub_transport import fetch_certificate

    a = laptop("a")
    hub.enroll(a.device.fingerprint, "ligera-mala")
    body, sha = b"not a bundle at all", "ab" * 32
    with HubTransport(hub.url, fetch_certificate(hub.url, hub.fingerprint), a.device) as t:
        with pytest.raises(DomainError) as refused:
            t.request("PUT", f"/v1/uploads/{sha}?offset=0&total={len(body)}&apply=1"
                      f"&held={held}", body)
        assert refused.value.code == "hub.bad_upload"
        assert t.request("GET", f"/v1/uploads/{sha}").json() == {"offset": 0, "applied": False}


def test_what_another_laptop_sent_comes_back_with_the_apply(
        hub: HubServer, laptop: Laptop, requests: list[tuple[str, str]]) -> None:
    a, b = laptop("a"), laptop("b")
    demo = build_demo(a, 120, 32)
    for one in (a, b):
        hub.enroll(one.device.fingerprint, "ligera-b")
        one.hub.configure(hub.url, hub.fingerprint)
    a.hub.sync_now()
    b.hub.sync_now()
    figures = TallyFigures({1: 40, 2: 25}, 2, 1, 68, 68, 0, 0)
    for who in ("Ana", "Luis"):
        b.tallies.enter(demo.consultation_id, "1", figures, who, observation="de b")
    b.hub.sync_now()
    for who in ("Ana", "Luis"):
        a.tallies.enter(demo.consultation_id, "2", figures, who, observation="de a")
    requests.clear()
    got = a.hub.sync_now()
    assert got.received_changes > 0
    assert [m for m, _p in requests] == ["PUT", "GET"]
    b.hub.sync_now()
    assert a.info.digest() == b.info.digest()


def test_a_hub_made_again_behind_the_pinned_certificate_is_refused(
        hub: HubServer, laptop: Laptop) -> None:
    a = laptop("a")
    build_demo(a, 120, 33)
    hub.enroll(a.device.fingerprint, "ligera-c")
    a.hub.configure(hub.url, hub.fingerprint)
    a.hub.sync_now()
    with a.sessions.begin() as s:
        from app.persistence.rows import SettingRow

        s.merge(SettingRow(key="hub_device_fingerprint", value="AAAA-BBBB-CCCC"))
    with pytest.raises(DomainError) as refused:
        a.hub.sync_now()
    assert refused.value.code == "hub.device_changed"


def test_the_migrations_are_read_once_not_at_every_import(
        laptop: Laptop, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Is the bundle's schema one this program knows? Reading the migration scripts to
    answer costs tens of milliseconds; a hub answers it for every tally sheet."""
    from app.sync import importer

    asked: list[int] = []
    real = importer.known_revisions

    def counted() -> set[str]:
        asked.append(1)
        return real()

    monkeypatch.setattr(importer, "known_revisions", counted)
    importer._revisions.cache_clear()
    a, b = laptop("a"), laptop("b")
    demo = build_demo(a, 120, 34)
    figures = TallyFigures({1: 40, 2: 25}, 2, 1, 68, 68, 0, 0)
    for i in range(2):
        if i:
            for who in ("Ana", "Luis"):
                a.tallies.enter(demo.consultation_id, "1", figures, who, observation="uno")
        folder = tmp_path / f"stick{i}"
        folder.mkdir()
        bundle = a.sync.export(folder, plain=True).path
        assert b.sync.import_file(bundle, trust_fingerprint=a.device.fingerprint).changes_new
    assert len(asked) == 1


def test_a_signed_request_is_checked_in_one_transaction(
        pg_url: str, laptop: Laptop, tmp_path: Path) -> None:
    import secrets
    from datetime import UTC, datetime

    from sqlalchemy import event

    from app.hub.run import open_hub
    from app.sync.hub_protocol import SignedHeaders, body_digest, signing_text

    hub = open_hub(pg_url, tmp_path / "hub")
    try:
        a = laptop("a")
        hub.admission.enroll(a.device.fingerprint, "una-transaccion")

        def signed() -> SignedHeaders:
            date, nonce, digest = datetime.now(UTC).isoformat(), secrets.token_hex(16), \
                body_digest(b"")
            return SignedHeaders(a.device.public_key_hex, date, nonce, digest, a.device.sign(
                signing_text("GET", "/v1/hello", date, nonce, digest)))

        begun: list[object] = []
        event.listen(hub.services.engine, "begin", begun.append)
        hub.admission.authenticate("GET", "/v1/hello", signed(), body_digest(b""))
        begun.clear()  # the first one also swept old nonces: at most once a minute
        for _ in range(3):
            caller = hub.admission.authenticate("GET", "/v1/hello", signed(), body_digest(b""))
        assert caller.commune == "una-transaccion" and len(begun) == 3
        again = signed()
        hub.admission.authenticate("GET", "/v1/hello", again, body_digest(b""))
        with pytest.raises(DomainError) as replayed:
            hub.admission.authenticate("GET", "/v1/hello", again, body_digest(b""))
        assert replayed.value.code == "hub.replayed"
    finally:
        hub.close()
