"""A page of the census list costs the same however large the census, with any of the Censo
page's filters: the page's statement walks ix_resident_name_order (no sort of every row the
filter keeps), and the work SQLite does for a page is counted, not timed."""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import event

from app.census.age_groups import AgeGroup
from app.census.model import ResidentQuery
from app.container import Services
from app.domain.census import NewResident, Resident
from app.domain.enums import Sex

from tests.clock import TravelClock
from tests.conftest import Place

PAGE = 50


def _fill(services: Services, place: Place, count: int, seed: int) -> None:
    rng = random.Random(seed)
    names = ["Ana", "José", "María", "Luis", "Carmen", "Pedro", "Rosa", "Jesús"]
    surnames = ["Pérez", "Rojas", "González", "Mora", "Díaz", "Blanco", "Suárez", "Ávila"]
    services.residents.add_many(
        NewResident(place.council_id, f"{rng.choice(names)} {rng.choice(names)}",
                    f"{rng.choice(surnames)} {rng.choice(surnames)}",
                    f"V-{seed * 1_000_000 + i}",
                    date(1940, 1, 1) + timedelta(days=(i * 97) % 30_000),
                    Sex.FEMALE if i % 2 else Sex.MALE, sector_id=place.sector_id)
        for i in range(count))


@contextmanager
def _statements(services: Services) -> Iterator[list[tuple[str, Any]]]:
    """The SELECTs in name order that the service sends while the block runs."""
    seen: list[tuple[str, Any]] = []

    def keep(_c: object, _cur: object, statement: str, params: Any, *_rest: object) -> None:
        if statement.startswith("SELECT") and "ORDER BY resident.last_names" in statement:
            seen.append((statement, params))

    event.listen(services.engine, "before_cursor_execute", keep)
    try:
        yield seen
    finally:
        event.remove(services.engine, "before_cursor_execute", keep)


def _page_sql(services: Services, q: ResidentQuery, after: Resident | None
              ) -> tuple[str, Any]:
    with _statements(services) as seen:
        services.residents.page_after(q, after, PAGE)
    assert len(seen) == 1, seen
    return seen[0]


def _steps(services: Services, sql: str, params: Any) -> int:
    """SQLite virtual-machine steps (in hundreds) to run `sql`: work, not time."""
    assert services.db_path is not None
    con = sqlite3.connect(services.db_path)
    count = [0]

    def step() -> int:
        count[0] += 1
        return 0

    try:
        con.set_progress_handler(step, 100)
        rows = con.execute(sql, params).fetchall()
    finally:
        con.close()
    assert len(rows) == PAGE
    return count[0]


def _plan(services: Services, sql: str, params: Any) -> str:
    assert services.db_path is not None
    con = sqlite3.connect(services.db_path)
    try:
        return "\n".join(r[3] for r in con.execute(f"EXPLAIN QUERY PLAN {sql}", params))
    finally:
        con.close()


def _queries(place: Place) -> list[ResidentQuery]:
    """Every filter of the Censo page, alone and together, and a short search (LIKE)."""
    return [
        ResidentQuery(),
        ResidentQuery(council_ids=(place.council_id,)),
        ResidentQuery(council_ids=(place.council_id,), sector_id=place.sector_id),
        ResidentQuery(age_group=AgeGroup.ADULTS),
        ResidentQuery(council_ids=(place.council_id,), age_group=AgeGroup.ELDERS),
        ResidentQuery(min_age=18, max_age=70),
        ResidentQuery(text="ro"),
        ResidentQuery(council_ids=(place.council_id,), left=True),
    ]


def test_every_filter_of_the_list_walks_the_name_order(services: Services, place: Place
                                                       ) -> None:
    _fill(services, place, 600, seed=1)
    for resident in services.residents.page_after(ResidentQuery(), None, PAGE + 10):
        services.residents.baja(resident.id, "Se mudó a Maracay")
    for q in _queries(place):
        first = services.residents.page_after(q, None, PAGE)
        assert len(first) == PAGE, q
        sql, params = _page_sql(services, q, first[-1])
        plan = _plan(services, sql, params)
        assert "TEMP B-TREE" not in plan, (q, plan)
        assert "ix_resident_name_order" in plan, (q, plan)


def test_a_page_of_a_council_costs_the_same_in_a_census_ten_times_larger(
        services: Services, place: Place) -> None:
    q = ResidentQuery(council_ids=(place.council_id,), sector_id=place.sector_id)
    _fill(services, place, 500, seed=2)
    small = [_steps(services, *_page_sql(services, q, None))]
    after = services.residents.page_after(q, None, 200)[-1]
    small.append(_steps(services, *_page_sql(services, q, after)))
    _fill(services, place, 4_500, seed=3)
    large = [_steps(services, *_page_sql(services, q, None))]
    after = services.residents.page_after(q, None, 2_000)[-1]
    large.append(_steps(services, *_page_sql(services, q, after)))
    # Sorting the whole council for each page made a page ten times the work here.
    for few, many in zip(small, large, strict=True):
        assert many < 1.5 * few + 5, (small, large)


def test_pages_follow_a_change_of_filter_and_of_day(services: Services, place: Place,
                                                    clock: TravelClock) -> None:
    """The statements kept between pages are those of the query and the day asked for."""
    clock.travel_to(datetime(2026, 6, 1, 12, tzinfo=UTC))
    born = date(2008, 3, 1)  # 18 on 1 March 2026: an adult today, a child a year ago
    services.residents.add(NewResident(place.council_id, "Ana", "Rojas", "V-30000001", born))
    services.residents.add(NewResident(place.other_council_id, "Luis", "Mora", "V-30000002",
                                       date(1980, 1, 1)))
    adults = ResidentQuery(min_age=18)
    other = ResidentQuery(council_ids=(place.other_council_id,))
    assert sorted(r.first_names for r in services.residents.page_after(adults, None, 10)) == [
        "Ana", "Luis"]
    assert [r.first_names for r in services.residents.page_after(other, None, 10)] == ["Luis"]
    assert len(services.residents.page_after(adults, None, 10)) == 2
    clock.travel_to(datetime(2025, 6, 1, 12, tzinfo=UTC))
    assert [r.first_names for r in services.residents.page_after(adults, None, 10)] == ["Luis"]


def _walk(services: Services, q: ResidentQuery, size: int) -> list[str]:
    ids: list[str] = []
    after = None
    for _ in range(services.residents.count() // size + 2):
        page = services.residents.page_after(q, after, size)
        ids += [r.id for r in page]
        if len(page) < size:
            return ids
        after = page[-1]
    raise AssertionError("the pages never end")


def test_a_search_that_keeps_most_of_the_census_is_walked_not_sorted(
        services: Services, place: Place) -> None:
    """Through the trigram index every page read and sorted every match: scrolling a search
    that keeps half of 200,000 took 45 s. A broad search walks the name order instead, and
    finds exactly what the index finds, in the same order; a narrow one still uses the index.
    """
    _fill(services, place, 600, seed=1)  # every cédula is V-1000…: "v-1" keeps everyone
    broad, narrow = ResidentQuery(text="V-1"), ResidentQuery(text="rojas pérez")
    for q in (broad, narrow):
        expected = [r.id for r in services.residents.page(q, 0, 10_000)]
        assert expected, q
        assert _walk(services, q, 7) == expected, q
    first = services.residents.page_after(broad, None, PAGE)
    plan = _plan(services, *_page_sql(services, broad, first[-1]))
    assert "TEMP B-TREE" not in plan and "resident_fts" not in plan, plan
    first = services.residents.page_after(narrow, None, 2)
    assert "resident_fts" in _plan(services, *_page_sql(services, narrow, first[-1]))


def test_a_page_does_not_wait_for_a_writer(services: Services, place: Place) -> None:
    """Another program (a sync import, the hub's download) holding the write lock: a page of
    the list reads the last committed census at once, instead of waiting for the lock page
    after page (up to the 30 s busy timeout, then «database is locked»)."""
    _fill(services, place, 120, seed=4)
    assert services.db_path is not None
    writer = sqlite3.connect(services.db_path, isolation_level=None, timeout=0)
    try:
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("UPDATE resident SET phone = '0412-0000000'")  # not committed
        first = services.residents.page_after(ResidentQuery(), None, PAGE)
        rest = services.residents.page_after(ResidentQuery(), first[-1], 200)
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert len(first) + len(rest) == 120
    assert {r.phone for r in first + rest} == {None}
