"""The results page by state (issue 16): the country's list of tables without a tally sheet is
~10,000 rows (1.4 MB of JSON) at every change; `?estado=` gives one state's areas and tables,
and the country's HTML page counts them per state with a link to each. The JSON and CSV
without it stay the country's, as before."""

from __future__ import annotations

import asyncio
import csv
import io
import json
from datetime import date
from typing import Any

import httpx
from starlette.applications import Starlette

from app.consultation.round import Counted, TableReport, summarize
from app.hub.pages import RENDERERS, result_routes
from app.hub.results_cache import ResultsCache
from app.services.hub_results import ResultsSnapshot

DAY = date(2026, 11, 29)
# Two states, with a name that needs escaping in a link and in the page.
PLACES = (("Miranda", "Sucre", "Petare", "Comuna El Guaire"),
          ("Zulia & Falcón", "Maracaibo", "Chiquinquirá", "Comuna <Lago>"),
          ("Zulia & Falcón", "Cabimas", "Ambrosio", "Comuna Costa"))


def _tables() -> list[TableReport]:
    out = []
    for n, (state, municipality, parish, commune) in enumerate(PLACES):
        for table in range(1, 4):
            counted = Counted(50, 1, 2, {"Agua": 30}) if table == 1 else None
            out.append(TableReport(state, municipality, parish, commune, f"c{n}",
                                   f"Escuela {n}", table, counted))
    return out


class _Reader:
    """The service's two questions, answered from a fixed round."""

    def __init__(self) -> None:
        self.snap = ResultsSnapshot(7, (DAY,), summarize(DAY.isoformat(), _tables()))

    def version(self) -> int:
        return self.snap.version

    def snapshot(self, wanted: date | None) -> ResultsSnapshot:
        return self.snap


def _client() -> tuple[Any, ResultsCache]:
    cache = ResultsCache(_Reader(), RENDERERS)  # type: ignore[arg-type]
    app = Starlette(routes=result_routes(cache))

    def get(path: str, **params: str) -> httpx.Response:
        async def ask() -> httpx.Response:
            async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app),
                                         base_url="http://hub") as browser:
                return await browser.get(path, params=params)
        return asyncio.run(ask())
    return get, cache


def test_one_state_has_its_own_areas_and_tables_without_a_sheet() -> None:
    get, cache = _client()
    country = get("/resultados.json").json()
    assert len(country["missing"]) == 6 and "state" not in country  # as before
    zulia = get("/resultados.json", estado="Zulia & Falcón").json()
    assert zulia["state"] == "Zulia & Falcón"
    assert {t["commune"] for t in zulia["missing"]} == {"Comuna <Lago>", "Comuna Costa"}
    assert len(zulia["missing"]) == 4
    assert [a["name"] for a in zulia["levels"]["state"]] == ["Zulia & Falcón"]
    assert {a["name"] for a in zulia["levels"]["municipality"]} == {
        "Zulia & Falcón / Cabimas", "Zulia & Falcón / Maracaibo"}
    assert sum(a["reported"] for a in zulia["levels"]["commune"]) == 2
    miranda_csv = list(csv.reader(io.StringIO(get("/resultados.csv", estado="Miranda").text)))
    assert {row[1].split(" / ")[0] for row in miranda_csv[1:]} == {"Miranda"}
    assert len(list(csv.reader(io.StringIO(get("/resultados.csv").text)))) == 1 + 2 + 3 + 3 + 3
    # Each state's page is rendered once per change of the data, like the country's.
    again = get("/resultados.json", estado="Zulia & Falcón")
    assert json.loads(again.content) == zulia and cache.computations == 1


def test_the_country_page_links_each_state_and_a_state_page_lists_its_tables() -> None:
    get, _cache = _client()
    html = get("/resultados").text
    assert "Mesas sin acta" in html
    assert "?fecha=2026-11-29&amp;estado=Zulia+%26+Falc%C3%B3n" in html
    assert "Escuela 1" not in html  # the tables themselves: on their state's page
    page = get("/resultados", estado="Zulia & Falcón").text
    assert "Estado Zulia &amp; Falcón" in page and "todo el país" in page
    assert "Comuna &lt;Lago&gt;" in page and "Escuela 1" in page and "Escuela 0" not in page
    assert "<script" not in page


def test_an_unknown_state_is_a_clear_not_found_and_is_not_kept() -> None:
    get, cache = _client()
    for kind in ("", ".json", ".csv"):
        answer = get(f"/resultados{kind}", estado="Atlántida")
        assert answer.status_code == 404
    assert "no tiene mesas en un estado" in get("/resultados", estado="Atlántida").text
    assert get("/resultados.json", estado="Atlántida").json() == {"error": "no_state"}
    for _ in range(3):
        get("/resultados.json", estado="Atlántida")
    entry = next(iter(cache._entries.values()))
    assert all(state != "Atlántida" for _kind, state in entry.rendered)
