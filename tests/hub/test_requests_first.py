"""Requests go first: a hub process counts the signed requests it is answering, and an apply
waits for a pause in them (app/services/hub_applier.py). The count includes every signed
request while it is answered, and excludes an upload's own request while it waits for its
apply, else every apply would wait out its bound for the request that started it."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from starlette.exceptions import StarletteDeprecationWarning

from app.container import Services
from app.domain.census import NewResident
from app.hub.asgi import app_of
from app.hub.run import Hub, open_hub
from app.hub.tls import CERT, make_certificate
from app.services.hub import file_sha256
from app.services.hub_applier import CROWD
from app.sync.hub_transport import HubTransport

from tests.hub.uploads import bundle_of, caller_of, enrolled

with warnings.catch_warnings():  # Starlette 1.x would rather it ran on `httpx2`: httpx serves
    warnings.simplefilter("ignore", StarletteDeprecationWarning)
    from starlette.testclient import TestClient

pytestmark = pytest.mark.postgres


@pytest.fixture
def hub(pg_url: str, tmp_path: Path) -> Iterator[Hub]:
    one = open_hub(pg_url, tmp_path / "hub", answer_within=600)
    make_certificate(one.folder, "en-proceso")
    yield one
    one.close()


class InProcess(HubTransport):
    """The laptop's own client, its requests answered by the hub's app in this process."""

    def __init__(self, hub: Hub, laptop: Services) -> None:
        super().__init__("https://testserver", (hub.folder / CERT).read_text(), laptop.device)
        self._client.close()
        self._client = TestClient(app_of(hub), base_url="https://testserver")


def test_an_upload_is_counted_while_answered_but_not_while_it_waits_for_its_apply(
        hub: Hub, laptop: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    a = laptop("a")
    enrolled(hub, a, "primero", 40, 51)
    bundle = bundle_of(a, tmp_path / "out")
    seen_answering: list[int] = []
    seen_applying: list[int] = []
    authenticate = hub.admission.authenticate
    wait_quiet = hub.hub.requests.wait_quiet

    def counted(*args: Any) -> Any:
        seen_answering.append(hub.hub.requests.busy())
        return authenticate(*args)

    def quiet(*args: Any, **kw: Any) -> float:
        seen_applying.append(hub.hub.requests.busy())
        return wait_quiet(*args, **kw)

    monkeypatch.setattr(hub.admission, "authenticate", counted)
    monkeypatch.setattr(hub.hub.requests, "wait_quiet", quiet)
    with InProcess(hub, a) as transport:
        answer = transport.upload(bundle, file_sha256(bundle), {a.device.id: 1})
    assert answer["changes_new"] > 0 and "pull" in answer
    assert seen_answering == [1]  # one request (the bundle, asking for its apply), counted
    assert seen_applying == [0]  # its apply did not wait for it
    assert hub.hub.requests.busy() == 0


def test_a_laptop_is_told_at_once_while_a_crowd_is_being_answered(
        hub: Hub, laptop: Any, tmp_path: Path) -> None:
    """Its apply will let them go first: the laptop is not kept waiting out its budget (600 s
    here) for it, it is told "being applied", and the apply follows once they are answered.
    One other request is no crowd: its apply is waited for and answered."""
    a = laptop("a")
    enrolled(hub, a, "segundo", 120, 53)
    bundle = bundle_of(a, tmp_path / "out")
    sha = file_sha256(bundle)
    others = [hub.hub.requests.begin() for _ in range(CROWD)]  # still being answered
    try:
        with InProcess(hub, a) as transport:
            answer = transport.upload(bundle, sha, {a.device.id: 1})
    finally:
        for one in others:
            one.end()
    assert answer.get("applying") is True and "holdings" not in answer
    applied = hub.hub.start_apply(caller_of(a, "segundo"), sha).result(timeout=120)
    assert applied.changes_new > 0 or applied.already
    assert hub.hub.upload_state(caller_of(a, "segundo"), sha).applied


def test_one_other_request_is_no_crowd(hub: Hub, laptop: Any, tmp_path: Path) -> None:
    a = laptop("a")
    enrolled(hub, a, "tercero", 120, 54)
    bundle = bundle_of(a, tmp_path / "out")
    another = hub.hub.requests.begin()
    try:
        with InProcess(hub, a) as transport:
            answer = transport.upload(bundle, file_sha256(bundle), {a.device.id: 1})
    finally:
        another.end()
    assert answer["changes_new"] > 0 and "pull" in answer


def test_a_small_bundle_costs_two_trips_to_the_thread_pool(
        hub: Hub, laptop: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each trip waits its turn again behind every other request of a burst: the signature's
    check and the upload's writer go in one, the chunk's fsync in another, and nothing else
    (the download ready with the apply is a third, when the laptop sends its holdings)."""
    import app.hub.server as server

    a = laptop("a")
    enrolled(hub, a, "viajes", 120, 55)
    trips: list[str] = []
    real = server.run_in_threadpool

    async def counted(func: Any, *args: Any, **kw: Any) -> Any:
        trips.append(getattr(func, "__name__", repr(func)))
        return await real(func, *args, **kw)

    monkeypatch.setattr(server, "run_in_threadpool", counted)
    for n, (held, expected) in enumerate(((None, 2), ({a.device.id: 1}, 3))):
        if n:  # one more change, so that the next bundle is another one
            council = a.organizations.list_all()[0].id
            a.residents.add_many([NewResident(council, "Otra", "Persona", "V-31000001",
                                              address="Calle 1")])
        bundle = bundle_of(a, tmp_path / f"out{n}")
        trips.clear()
        with InProcess(hub, a) as transport:
            answer = transport.upload(bundle, file_sha256(bundle), held)
        assert "holdings" in answer and len(trips) == expected, trips
