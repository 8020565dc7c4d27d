"""Finding a spokesperson by what the secretary types, and a council or sector by its name."""

from __future__ import annotations

import pytest

from app.container import Services
from app.domain.census import NewResident
from app.domain.errors import DomainError

from tests.conftest import Place


def test_appoint_finds_the_one_resident_of_the_territory(services: Services,
                                                         place: Place) -> None:
    sv = services
    carmen = sv.residents.add(NewResident(place.council_id, "Carmen", "Rojas", "V-5000001"))
    sv.residents.add(NewResident(place.council_id, "Carmen", "Rivas", "V-5000002"))
    sv.residents.add(NewResident(place.other_council_id, "Luis", "Rojas", "V-5000003"))
    committee = sv.organizations.add_committee(place.council_id, "Comité de Agua")
    spokesperson = sv.organizations.appoint(committee.id, "rojas carmen", role="principal")
    assert spokesperson.resident_id == carmen.id
    assert spokesperson.term_start == sv.residents.today()
    for who, count in (("Carmen", 2), ("Luis Rojas", 0), ("  ", 0)):
        with pytest.raises(DomainError) as err:
            sv.organizations.appoint(committee.id, who)
        assert err.value.code == "census.spokesperson_lookup"
        assert err.value.params["count"] == count


def test_a_council_and_a_sector_are_found_by_id_or_by_name(services: Services,
                                                           place: Place) -> None:
    orgs = services.organizations
    brisas = orgs.resolve_council("consejo comunal BRISAS")
    assert brisas is not None and brisas.id == place.council_id
    other = orgs.resolve_council(place.other_council_id)
    assert other is not None and other.id == place.other_council_id
    assert orgs.resolve_council(place.commune_id) is None  # two councils: say which
    with pytest.raises(DomainError):
        orgs.resolve_council("Consejo que no existe")
    assert orgs.resolve_sector(place.council_id, "el tanque") == place.sector_id
    assert orgs.resolve_sector(place.council_id, place.sector_id) == place.sector_id
    assert orgs.resolve_sector(place.council_id, "La Ceiba") == "La Ceiba"  # not in Brisas
    assert orgs.resolve_sector(place.council_id, None) is None
