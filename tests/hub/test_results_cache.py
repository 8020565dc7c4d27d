"""The results page is computed once per change of the data, not once per poll, and never
served older than an apply already acknowledged, whichever hub process answers (PostgreSQL)."""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Any

import pytest

from app.consultation.model import TallyFigures
from app.demo.commune import build_demo
from app.domain.census import NewResident
from app.hub.pages import results_cache
from app.hub.run import Hub
from app.services.hub_results import ResultsSnapshot

from tests.hub.uploads import bundle_of, caller_of, upload
from tests.sync.conftest import Laptop

pytestmark = pytest.mark.postgres
WAIT = 60.0



def reported(body: bytes) -> int:
    return sum(c["reported"] for c in json.loads(body)["levels"]["commune"])


def test_polls_compute_once_per_apply_and_never_show_an_acknowledged_sheet_late(
        hubs: tuple[Hub, Hub], laptop: Laptop, tmp_path: Path) -> None:
    first, second = hubs
    a = laptop("a")
    demo = build_demo(a, 120, 21)
    first.admission.enroll(a.device.fingerprint, "cache-a")
    caller = caller_of(a, "cache-a")
    first.hub.apply(caller, upload(first, caller, bundle_of(a, tmp_path / "b1")))
    page = results_cache(first.services)

    shots = [page.get(None, kind) for kind in ("json", "html", "csv", "json", "html")]
    # One reading of the round for five polls in three formats, each rendered once.
    assert page.computations == 1
    assert shots[0][1] is shots[3][1] and shots[1][1] is shots[4][1]
    assert reported(shots[0][1]) == 0

    # A census change is not read by the page: it is not read again for it.
    council = next(o for o in a.organizations.list_all() if o.kind.value == "council")
    a.residents.add(NewResident(council.id, "Yusmary", "Caché", "V-29000101"))
    census = first.hub.apply(caller, upload(first, caller, bundle_of(a, tmp_path / "census")))
    assert census.changes_new > 0
    page.get(None, "json")
    assert page.computations == 1

    figures = TallyFigures({1: 40, 2: 25}, 2, 1, 68, 68, 0, 0)
    for who in ("Ana", "Luis"):
        a.tallies.enter(demo.consultation_id, "1", figures, who, observation="caché")
    # The sheet goes through the other process: this one's copy must not be served after it.
    sheet = bundle_of(a, tmp_path / "b2")
    done = second.hub.apply(caller, upload(second, caller, sheet))
    assert done.changes_new > 0
    snapshot, body = page.get(None, "json")
    assert reported(body) == 1 and page.computations == 2
    assert page.get(None, "html")[0] is snapshot and page.computations == 2

    # An upload applied again, or a bundle of changes the hub holds, changes nothing: the
    # page is not read again.
    assert second.hub.apply(caller, upload(second, caller, sheet)).already
    assert second.hub.apply(caller, upload(second, caller, bundle_of(a, tmp_path / "b3"))
                            ).changes_new == 0
    page.get(None, "json")
    assert page.computations == 2


def test_polls_arriving_together_share_one_computation(
        hubs: tuple[Hub, Hub], laptop: Laptop, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    first, _second = hubs
    a = laptop("a")
    build_demo(a, 120, 22)
    first.admission.enroll(a.device.fingerprint, "cache-b")
    caller = caller_of(a, "cache-b")
    first.hub.apply(caller, upload(first, caller, bundle_of(a, tmp_path / "b1")))
    page = results_cache(first.services)
    reader: Any = page._reader
    real = reader.snapshot
    entered, release = threading.Event(), threading.Event()

    def slow(wanted: Any) -> ResultsSnapshot:
        entered.set()
        assert release.wait(WAIT)
        return real(wanted)

    monkeypatch.setattr(reader, "snapshot", slow)
    polls = [threading.Thread(target=page.get, args=(None, "json")) for _ in range(6)]
    polls[0].start()
    assert entered.wait(WAIT)
    for poll in polls[1:]:
        poll.start()
    release.set()
    for poll in polls:
        poll.join(WAIT)
    assert page.computations == 1


def test_a_browser_reloading_an_unchanged_page_is_told_not_modified(
        hubs: tuple[Hub, Hub], laptop: Laptop, tmp_path: Path) -> None:
    import asyncio

    import httpx
    from starlette.applications import Starlette

    from app.hub.pages import result_routes

    first, _second = hubs
    a = laptop("a")
    demo = build_demo(a, 120, 23)
    first.admission.enroll(a.device.fingerprint, "cache-c")
    caller = caller_of(a, "cache-c")
    first.hub.apply(caller, upload(first, caller, bundle_of(a, tmp_path / "b1")))
    page = results_cache(first.services)
    app = Starlette(routes=result_routes(page))

    def get(path: str, tag: str = "") -> httpx.Response:
        async def ask() -> httpx.Response:
            async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app),
                                         base_url="http://hub") as browser:
                return await browser.get(path, headers={"If-None-Match": tag} if tag else {})
        return asyncio.run(ask())

    shown = get("/resultados")
    tag = shown.headers["etag"]
    assert shown.status_code == 200 and "Mesas sin acta" in shown.text
    before = reported(get("/resultados.json").content)
    again = get("/resultados", tag)
    assert again.status_code == 304 and again.content == b""
    assert page.computations == 1
    figures = TallyFigures({1: 40, 2: 25}, 2, 1, 68, 68, 0, 0)
    for who in ("Ana", "Luis"):
        a.tallies.enter(demo.consultation_id, "1", figures, who, observation="etag")
    first.hub.apply(caller, upload(first, caller, bundle_of(a, tmp_path / "b2")))
    changed = get("/resultados.json", tag)
    assert changed.status_code == 200 and changed.headers["etag"] != tag
    assert reported(changed.content) == before + 1
