"""Adding, editing and searching residents: validation a secretary relies on."""

from __future__ import annotations

from datetime import date

import pytest

from app.census.age_groups import AgeGroup
from app.census.model import ResidentQuery
from app.container import Services
from app.domain.census import NewResident
from app.domain.enums import Sex
from app.domain.errors import DomainError

from tests.conftest import Place


def _add(services: Services, place: Place, first: str, last: str, **kw: object):
    return services.residents.add(NewResident(place.council_id, first, last, **kw))  # type: ignore[arg-type]


def test_cedula_is_normalized_and_invalid_one_refused(services: Services, place: Place) -> None:
    r = _add(services, place, "José", "Pérez", national_id="v12.345.678")
    assert r.national_id == "V-12345678"
    with pytest.raises(DomainError) as exc:
        _add(services, place, "Ana", "Rojas", national_id="X-12")
    assert "no es válida" in str(exc.value)
    assert services.residents.count() == 1


def test_child_without_cedula_and_bad_dates(services: Services, place: Place) -> None:
    child = _add(services, place, "Luis", "Mora", birth_date=date(2020, 1, 1))
    assert child.national_id is None
    with pytest.raises(DomainError, match="futuro"):
        _add(services, place, "Ana", "Mora", birth_date=date(2999, 1, 1))
    with pytest.raises(DomainError, match="120"):
        _add(services, place, "Ana", "Mora", birth_date=date(1850, 1, 1))
    with pytest.raises(DomainError, match="vacío"):
        _add(services, place, "  ", "")


def test_sector_must_belong_to_the_council(services: Services, place: Place) -> None:
    with pytest.raises(DomainError, match="sector"):
        _add(services, place, "Ana", "Rojas", sector_id=place.other_sector_id)
    with pytest.raises(DomainError, match="consejo comunal"):
        services.residents.add(NewResident(place.commune_id, "Ana", "Rojas"))


def test_search_ignores_accents_and_case(services: Services, place: Place) -> None:
    jose = _add(services, place, "José Gregorio", "Pérez Núñez", national_id="V-12345678")
    _add(services, place, "María", "González")
    search = services.residents.search
    assert [r.id for r in search("jose")] == [jose.id]
    assert [r.id for r in search("NUÑEZ")] == [jose.id]
    assert [r.id for r in search("gre pe")] == [jose.id]  # two short words: LIKE path
    assert [r.id for r in search("12.345")] == []  # dots are not part of the digits
    assert [r.id for r in search("2345678")] == [jose.id]
    assert [r.id for r in search("v-1234")] == [jose.id]
    assert {r.last_names for r in search("ez")} == {"Pérez Núñez", "González"}
    assert search("jose maria") == []


def test_search_index_follows_edits(services: Services, place: Place) -> None:
    r = _add(services, place, "Carmen", "Rojas")
    services.residents.update(r.id, last_names="Blanco")
    assert services.residents.search("rojas") == []
    assert [x.id for x in services.residents.search("blanco")] == [r.id]
    services.residents.delete(r.id)
    assert services.residents.search("blanco") == []


def test_update_validates_and_recomputes(services: Services, place: Place) -> None:
    r = _add(services, place, "Carmen", "Rojas", sector_id=place.sector_id)
    updated = services.residents.update(r.id, national_id="e 81234567", sex=Sex.FEMALE,
                                        phone=" 0412-5551234 ")
    assert updated.national_id == "E-81234567"
    assert updated.phone == "0412-5551234"
    with pytest.raises(DomainError, match="campo"):
        services.residents.update(r.id, colour="blue")
    moved = services.residents.update(r.id, council_id=place.other_council_id)
    assert moved.sector_id is None  # the old sector was in the old council
    assert services.residents.search("81234567")[0].id == r.id


def test_filters_by_age_group_sector_and_council(services: Services, place: Place) -> None:
    today = services.ctx.today()
    for age, sector in ((5, None), (15, place.sector_id), (29, None), (30, place.sector_id),
                        (60, None), (75, None)):
        born = date(today.year - age, 1, 1) if (today.month, today.day) >= (1, 1) else None
        _add(services, place, f"P{age}", "Edad", birth_date=born, sector_id=sector)
    services.residents.add(NewResident(place.other_council_id, "Otro", "Consejo"))
    count = services.residents.count
    assert count(ResidentQuery(age_group=AgeGroup.CHILDREN)) == 1
    assert count(ResidentQuery(age_group=AgeGroup.YOUTH)) == 2
    assert count(ResidentQuery(age_group=AgeGroup.ADULTS)) == 1
    assert count(ResidentQuery(age_group=AgeGroup.ELDERS)) == 2
    assert count(ResidentQuery(sector_id=place.sector_id)) == 2
    assert count(ResidentQuery(council_ids=(place.council_id,))) == 6
    assert count() == 7
    names = [r.first_names for r in services.residents.page(
        ResidentQuery(age_group=AgeGroup.ELDERS), 0, 10)]
    assert sorted(names) == ["P60", "P75"]


def test_possible_duplicates_on_typing(services: Services, place: Place) -> None:
    first = _add(services, place, "José", "Pérez", national_id="V-12345678",
                 birth_date=date(1980, 5, 1))
    dup = services.residents.possible_duplicates(
        NewResident(place.council_id, "Jose", "Perez", birth_date=date(1980, 5, 1)))
    assert [r.id for r in dup] == [first.id]
    by_id = services.residents.possible_duplicates(
        NewResident(place.council_id, "Otro", "Nombre", national_id="12345678"))
    assert [r.id for r in by_id] == [first.id]
    assert services.residents.possible_duplicates(
        NewResident(place.council_id, "Jose", "Perez", birth_date=date(1981, 5, 1))) == []


def test_pages_walk_the_census_in_name_order(demo_services: Services) -> None:
    residents = demo_services.residents
    total = residents.count()
    pages = [r for offset in range(0, total, 150) for r in residents.page(ResidentQuery(),
                                                                        offset, 150)]
    keys = [(r.last_names, r.first_names, r.id) for r in pages]
    assert len(keys) == total == len(set(keys))
    assert keys == sorted(keys)
    found = residents.page(ResidentQuery(text="ez"), 0, 10_000)  # the LIKE path, in order
    assert [(r.last_names, r.first_names, r.id) for r in found] == sorted(
        (r.last_names, r.first_names, r.id) for r in found)
    assert len(found) == residents.count(ResidentQuery(text="ez"))


def _walk_after(services: Services, query: ResidentQuery, size: int) -> list[str]:
    """Page by key to the end (bounded: a page that never moves on must fail, not hang)."""
    ids: list[str] = []
    after = None
    for _ in range(services.residents.count() // size + 2):
        page = services.residents.page_after(query, after, size)
        ids += [r.id for r in page]
        if len(page) < size:
            return ids
        after = page[-1]
    raise AssertionError(f"the pages never end ({len(ids)} rows so far)")


def test_keyset_pages_walk_what_offset_pages_walk(demo_services: Services) -> None:
    """Scrolling by key shows every resident once, in name order, with or without filters,
    and page edges that fall among people of the same name lose nobody."""
    residents = demo_services.residents
    council = demo_services.organizations.list_all()[1].id
    queries = [ResidentQuery(), ResidentQuery(text="ez"), ResidentQuery(council_ids=(council,)),
               ResidentQuery(age_group=AgeGroup.ADULTS), ResidentQuery(text="maria")]
    for query in queries:
        every = [r.id for r in residents.page(query, 0, 100_000)]
        assert every, query
        for size in (1, 7, 150):
            assert _walk_after(demo_services, query, size) == every, (query, size)


def test_keyset_page_survives_ties_and_a_deleted_anchor(services: Services, place: Place
                                                         ) -> None:
    twins = [_add(services, place, "Ana", "Rojas", national_id=f"V-{10_000_000 + i}")
             for i in range(5)]
    _add(services, place, "Beatriz", "Rojas")
    query = ResidentQuery()
    assert len(_walk_after(services, query, 2)) == 6
    first = services.residents.page_after(query, None, 2)
    services.residents.delete(first[-1].id)  # the row the next page starts after
    rest = services.residents.page_after(query, first[-1], 10)
    twin_ids = sorted(t.id for t in twins)
    assert [r.id for r in first] == twin_ids[:2]
    assert [r.id for r in rest[:3]] == twin_ids[2:]
    assert [r.first_names for r in rest] == ["Ana"] * 3 + ["Beatriz"]
