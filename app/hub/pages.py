"""The coordinators' page: a consultation round's participation and results by state,
municipality, parish and commune, and the tables still without a tally sheet. Read-only,
server-rendered HTML that reloads itself (no JavaScript), the same as JSON and CSV.

It shows figures only, never a person: no credentials are asked for it. `?estado=NAME` gives
one state's page (its areas, and its tables without a sheet, which the country's HTML page
only counts per state, with a link to each); the JSON and CSV without it stay the country's.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Awaitable, Callable
from datetime import date
from html import escape
from typing import Any
from urllib.parse import urlencode

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from app.consultation.round import LEVELS, Area, RoundResults
from app.container import Services
from app.hub.results_cache import Renderer, ResultsCache
from app.services.hub_results import ResultsSnapshot, RoundResultsService

REFRESH_SECONDS = 5
TITLES = {"state": "Por estado", "municipality": "Por municipio", "parish": "Por parroquia",
          "commune": "Por comuna"}
STYLE = """
body{font-family:"DejaVu Sans",sans-serif;margin:1.5rem;color:#1d2b3a;background:#f6f7f9}
h1{color:#1e3a5f;margin:0 0 .3rem} h2{color:#1e3a5f;margin:1.4rem 0 .4rem;font-size:1.15rem}
p.muted{color:#5b6b7b;margin:.2rem 0}
table{border-collapse:collapse;background:#fff;width:100%;font-size:.9rem}
th,td{border:1px solid #d5dbe3;padding:.3rem .5rem;text-align:left}
th{background:#1e3a5f;color:#fff} td.n{text-align:right;font-variant-numeric:tabular-nums}
.bar{background:#e3e8ef;height:.6rem;width:8rem;display:inline-block;vertical-align:middle}
.bar span{background:#2e7d4f;height:.6rem;display:block}
.cards{display:flex;gap:1rem;margin:.8rem 0}
.card{background:#fff;border:1px solid #d5dbe3;padding:.6rem 1rem;min-width:10rem}
.card b{font-size:1.6rem;color:#1e3a5f;display:block}
"""


def _n(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def _pct(value: float) -> str:
    return f"{value:.1f}".replace(".", ",") + "\u00a0%"


def _day(iso: str) -> str:
    return date.fromisoformat(iso).strftime("%d/%m/%Y")


def _area_row(area: Area, query: str = "") -> str:
    """One territory's row; a state's name links to its own page when `query` (the date's)."""
    leaders = ", ".join(f"{escape(t)} ({_n(v)})" for t, v in area.leaders())
    name = escape(area.name)
    if query and area.level == "state":
        name = (f"<a href='?{escape(query + urlencode({'estado': area.name}), quote=True)}'>"
                f"{name}</a>")
    cells = [
        f"<td>{name}</td>",
        f"<td class=n>{_n(area.tables)}</td>",
        f"<td class=n>{_n(area.reported)}</td>",
        f"<td><span class=bar><span style='width:{area.reported_pct}%'></span></span> "
        f"{_pct(area.reported_pct)}</td>",
        f"<td class=n>{_n(area.ballots_in_box)}</td>",
        f"<td class=n>{_n(area.null_votes)}</td>",
        f"<td class=n>{_n(area.blank_votes)}</td>",
    ]
    if area.level == "commune":
        cells.append(f"<td>{leaders or '—'}</td>")
    return "<tr>" + "".join(cells) + "</tr>"


def in_state(results: RoundResults, state: str) -> RoundResults | None:
    """The round within one state (its areas at every level, its tables without a sheet), or
    None when no state of the round has that name. Pure: the one snapshot, filtered."""
    if state not in {a.name for a in results.areas.get("state", [])}:
        return None
    below = state + " / "
    return RoundResults(
        results.vote_date,
        {level: [a for a in areas if a.name == state or a.name.startswith(below)]
         for level, areas in results.areas.items()},
        [t for t in results.missing if t.state == state])


def _missing_by_state(results: RoundResults, query: str) -> str:
    """Each state's count of tables without a sheet, each a link to its own page: the
    country's list is ~10,000 rows at every change."""
    counts: dict[str, int] = {}
    for t in results.missing:
        counts[t.state] = counts.get(t.state, 0) + 1
    rows = "".join(
        f"<tr><td><a href='?{escape(query + urlencode({'estado': name}), quote=True)}'>"
        f"{escape(name)}</a></td><td class=n>{_n(n)}</td></tr>"
        for name, n in sorted(counts.items()))
    return ("<h2>Mesas sin acta</h2><p class=muted>Elija un estado para ver sus mesas.</p>"
            "<table><tr><th>Estado</th><th>Mesas sin acta</th></tr>"
            f"{rows or '<tr><td colspan=2>Ninguna</td></tr>'}</table>")


def render_html(results: RoundResults, dates: list[date], state: str | None = None) -> str:
    """The page of the round, or of one state of it (`state`, already `in_state`). The
    tables without a sheet are listed for one state; the country's page links to each."""
    total = results.total
    query = f"fecha={results.vote_date}&"
    country = escape("?" + query[:-1], quote=True)
    parts = [
        "<!doctype html><html lang=es><head><meta charset=utf-8>",
        f"<meta http-equiv=refresh content={REFRESH_SECONDS}>",
        f"<title>Consulta del {_day(results.vote_date)}</title><style>{STYLE}</style>",
        "</head><body>",
        f"<h1>Consulta popular del {_day(results.vote_date)}</h1>",
        f"<p class=muted>Estado {escape(state)} · <a href='{country}'>todo el país</a></p>"
        if state is not None else "",
        f"<p class=muted>Se actualiza cada {REFRESH_SECONDS} s con las actas que llegan. "
        "Otras fechas: " + " · ".join(
            f"<a href='?fecha={d.isoformat()}'>{_day(d.isoformat())}</a>" for d in dates)
        + "</p>",
        "<div class=cards>",
        f"<div class=card><b>{_n(total.reported)} / {_n(total.tables)}</b>mesas con acta</div>",
        f"<div class=card><b>{_pct(total.reported_pct)}</b>escrutado</div>",
        f"<div class=card><b>{_n(total.ballots_in_box)}</b>papeletas en las urnas</div>",
        f"<div class=card><b>{_n(len(results.missing))}</b>mesas sin acta</div>",
        "</div>",
    ]
    for level in LEVELS:
        head = ("<tr><th>Territorio</th><th>Mesas</th><th>Con acta</th><th>Escrutado</th>"
                "<th>Papeletas</th><th>Nulos</th><th>Blancos</th>"
                + ("<th>Proyectos más votados</th>" if level == "commune" else "") + "</tr>")
        rows = "".join(_area_row(a, query if state is None else "")
                       for a in results.areas.get(level, []))
        parts.append(f"<h2>{TITLES[level]}</h2><table>{head}{rows}</table>")
    if state is None and len({t.state for t in results.missing}) > 1:
        parts.append(_missing_by_state(results, query))
    else:
        missing = "".join(
            f"<tr><td>{escape(' / '.join((t.state, t.municipality, t.parish, t.commune)))}"
            f"</td><td>{escape(t.centre)}</td><td class=n>{t.number}</td></tr>"
            for t in results.missing)
        parts.append("<h2>Mesas sin acta</h2><table><tr><th>Comuna</th><th>Centro</th>"
                     f"<th>Mesa</th></tr>{missing or '<tr><td colspan=3>Ninguna</td></tr>'}"
                     "</table>")
    parts.append("</body></html>")
    return "".join(parts)


def to_json(results: RoundResults) -> dict[str, Any]:
    return {
        "vote_date": results.vote_date,
        "levels": {
            level: [{"name": a.name, "tables": a.tables, "reported": a.reported,
                     "pending": a.pending, "ballots_in_box": a.ballots_in_box,
                     "null_votes": a.null_votes, "blank_votes": a.blank_votes,
                     "votes": dict(a.votes)} for a in areas]
            for level, areas in results.areas.items()
        },
        "missing": [{"state": t.state, "municipality": t.municipality, "parish": t.parish,
                     "commune": t.commune, "centre": t.centre, "table": t.number}
                    for t in results.missing],
    }


def to_csv(results: RoundResults) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["nivel", "territorio", "mesas", "con_acta", "sin_acta", "papeletas",
                     "nulos", "blancos"])
    for level, areas in results.areas.items():
        for a in areas:
            writer.writerow([level, a.name, a.tables, a.reported, a.pending, a.ballots_in_box,
                             a.null_votes, a.blank_votes])
    return out.getvalue()


def _rendered(
    snapshot: ResultsSnapshot, state: str | None,
    render: Callable[[RoundResults, str | None], bytes],
) -> bytes | None:
    """The snapshot (of one state when `state`) rendered; None when the round has no such
    state."""
    if snapshot.results is None:
        return b""
    results = snapshot.results if state is None else in_state(snapshot.results, state)
    return None if results is None else render(results, state)


def _json(results: RoundResults, state: str | None) -> bytes:
    body = to_json(results)
    if state is not None:
        body["state"] = state
    return json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


RENDERERS: dict[str, Renderer] = {
    "html": lambda snap, state: _rendered(
        snap, state, lambda r, s: render_html(r, list(snap.dates), s).encode("utf-8")),
    "json": lambda snap, state: _rendered(snap, state, _json),
    "csv": lambda snap, state: _rendered(snap, state,
                                         lambda r, _s: to_csv(r).encode("utf-8")),
}
MEDIA = {"html": "text/html; charset=utf-8", "json": "application/json",
         "csv": "text/csv; charset=utf-8"}
NOT_FOUND = {
    "html": "<!doctype html><meta charset=utf-8><p>No hay consultas con esa fecha.</p>",
    "json": json.dumps({"error": "no_round"}), "csv": "",
}
NO_STATE = {
    "html": "<!doctype html><meta charset=utf-8><p>Esa consulta no tiene mesas en un estado "
            "con ese nombre. Elija uno en la página de todo el país.</p>",
    "json": json.dumps({"error": "no_state"}), "csv": "",
}


def results_cache(services: Services) -> ResultsCache:
    return ResultsCache(RoundResultsService(services.sessions), RENDERERS)


def result_routes(cache: ResultsCache) -> list[Route]:
    def endpoint(kind: str) -> Callable[[Request], Awaitable[Response]]:
        async def answer(request: Request) -> Response:
            asked = request.query_params.get("fecha")
            try:
                wanted = date.fromisoformat(asked) if asked else None
            except ValueError:
                return Response(NOT_FOUND[kind], status_code=404, media_type=MEDIA[kind])
            # One state's page (its areas and its tables without a sheet): the country's
            # list of those tables is ~1.4 MB of JSON at every change.
            state = request.query_params.get("estado") or None
            snapshot, body = await run_in_threadpool(cache.get, wanted, kind, state)
            if snapshot.results is None:
                return Response(NOT_FOUND[kind], status_code=404, media_type=MEDIA[kind])
            if body is None:
                return Response(NO_STATE[kind], status_code=404, media_type=MEDIA[kind])
            # The data's version names the answer: a browser reloading the page (every
            # REFRESH_SECONDS) is told "not modified" until a sheet changes it, and gets
            # no 1.5 MB to parse again.
            tag = {"ETag": f'"v{snapshot.version}"', "Cache-Control": "no-cache"}
            if tag["ETag"] in request.headers.get("if-none-match", ""):
                return Response(status_code=304, headers=tag)
            return Response(body, media_type=MEDIA[kind], headers=tag)
        return answer

    return [Route("/resultados", endpoint("html")), Route("/resultados.json", endpoint("json")),
            Route("/resultados.csv", endpoint("csv"))]
