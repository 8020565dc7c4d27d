"""A council's committees and the spokespeople elected to them, in one unit of work
(`OrganizationService.add_committees`, the demo's path): the records and checks of one at a
time, every check before anything is written."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import event

from app.container import Services
from app.domain.census import NewResident
from app.domain.errors import DomainError
from app.domain.organizations import NewCommittee, NewSeat

from tests.conftest import Place

START, END = date(2025, 3, 15), date(2027, 3, 14)


def _people(sv: Services, place: Place, n: int) -> list[str]:
    return [sv.residents.add(NewResident(place.council_id, f"Vocera {i}", "Rivas Mendoza",
                                         f"V-{21_000_000 + i}", date(1980, 1, 1 + i))).id
            for i in range(n)]


def test_committees_and_seats_in_one_unit_of_work(services: Services, place: Place) -> None:
    sv = services
    ana, bea, carla = _people(sv, place, 3)
    units: list[object] = []

    def begun(connection: object) -> None:
        units.append(connection)

    event.listen(sv.engine, "begin", begun)
    try:
        made = sv.organizations.add_committees(place.council_id, [
            NewCommittee("  Comité   de Agua ", "water",
                         (NewSeat(ana, START, END, "principal"),
                          NewSeat(bea, START, END, "suplente"))),
            NewCommittee("Comité de Salud", None, (NewSeat(carla, START, None),)),
            NewCommittee("Comité de Deportes"),
        ])
    finally:
        event.remove(sv.engine, "begin", begun)
    assert len(units) == 1
    assert [c.name for c, _seats in made] == ["Comité de Agua", "Comité de Salud",
                                              "Comité de Deportes"]
    assert [c.name for c in sv.organizations.committees(place.council_id)] == [
        "Comité de Agua", "Comité de Deportes", "Comité de Salud"]
    water = made[0][0].id
    assert sorted((s.resident_id, s.role) for s in sv.organizations.spokespeople(water)) == \
        sorted([(ana, "principal"), (bea, "suplente")])
    assert made[0][1] == sorted(sv.organizations.spokespeople(water), key=lambda s: s.role or "")
    assert [s.resident_name for s in made[1][1]] == ["Vocera 2 Rivas Mendoza"]


@pytest.mark.parametrize(("wrong", "code"), [
    ("name", "name.empty"), ("term", "spokesperson.term_order"),
    ("resident", "not_found"), ("deleted", "not_found"), ("council", "not_found"),
])
def test_a_refusal_writes_nothing(services: Services, place: Place, wrong: str,
                                  code: str) -> None:
    sv = services
    ana, gone = _people(sv, place, 2)
    sv.residents.delete(gone)
    good = NewCommittee("Comité de Agua", "water", (NewSeat(ana, START, END, "principal"),))
    bad = {
        "name": NewCommittee("   ", None),
        "term": NewCommittee("Comité de Salud", None, (NewSeat(ana, END, START),)),
        "resident": NewCommittee("Comité de Salud", None, (NewSeat("nadie", START, END),)),
        "deleted": NewCommittee("Comité de Salud", None, (NewSeat(gone, START, END),)),
        "council": good,
    }[wrong]
    council = "no-such-council" if wrong == "council" else place.council_id
    changes = sv.info.info(with_digest=False).changes
    with pytest.raises(DomainError) as refused:
        sv.organizations.add_committees(council, [good, bad])
    assert refused.value.code == code
    assert sv.organizations.committees(place.council_id) == []
    assert sv.info.info(with_digest=False).changes == changes
