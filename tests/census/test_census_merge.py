"""Duplicates and merges: one person, one record; what was recorded follows the survivor."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import func, select

from app.container import Services
from app.domain.census import NewResident
from app.domain.enums import AssemblyKind
from app.domain.errors import DomainError
from app.persistence.rows import AttendanceRow, ChangeRow, ResidentRow
from app.services.census_merged import resolve_resident_id, survivor_map, survivor_of

from tests.clock import TravelClock
from tests.conftest import Place


def _two_copies(services: Services, place: Place):
    add = services.residents.add
    a = add(NewResident(place.council_id, "José", "Pérez", national_id="V-12345678",
                        birth_date=date(1980, 5, 1), phone="0412-1111111"))
    b = add(NewResident(place.council_id, "Jose Gregorio", "Perez", national_id="12345678",
                        address="Calle 3, casa 12"))
    return a, b


def test_duplicate_groups_by_cedula_and_by_name_and_birth(services: Services,
                                                           place: Place) -> None:
    a, b = _two_copies(services, place)
    add = services.residents.add
    c = add(NewResident(place.council_id, "Ana", "Rojas", birth_date=date(2015, 2, 3)))
    d = add(NewResident(place.other_council_id, "ANA", "Rójas", birth_date=date(2015, 2, 3)))
    add(NewResident(place.council_id, "Ana", "Rojas", birth_date=date(2016, 2, 3)))
    groups = services.residents.duplicate_groups()
    found = {(g.reason, frozenset(r.id for r in g.residents)) for g in groups}
    assert found == {("national_id", frozenset({a.id, b.id})),
                     ("name_birth", frozenset({c.id, d.id}))}


def test_merge_chooses_fields_and_leaves_a_pointing_tombstone(services: Services,
                                                              place: Place) -> None:
    a, b = _two_copies(services, place)
    services.organizations.add_spokesperson(
        services.organizations.add_committee(place.council_id, "Comité de Agua").id,
        b.id, date(2025, 1, 1), None)
    result = services.residents.merge(a.id, b.id, take_from_other=["first_names", "address"])
    kept = result.survivor
    assert (kept.id, kept.first_names, kept.phone, kept.address) == (
        a.id, "Jose Gregorio", "0412-1111111", "Calle 3, casa 12")
    assert result.repointed == {"spokesperson": 1}
    assert services.organizations.spokespeople()[0].resident_id == a.id
    assert services.residents.duplicate_groups() == []
    assert [r.id for r in services.residents.search("gregorio")] == [a.id]
    with services.sessions.begin() as s:
        tomb = s.get_one(ResidentRow, b.id)
        assert tomb.merged_into_id == a.id
        assert tomb.deleted_at is not None
        ops = s.execute(select(ChangeRow.op).where(ChangeRow.entity_id == b.id)
                        .order_by(ChangeRow.seq)).scalars().all()
        assert ops == ["insert", "update", "delete"]  # through the change log
    with pytest.raises(DomainError, match="fusionado"):
        services.residents.update(b.id, phone="1")
    with pytest.raises(DomainError, match="consigo mismo"):
        services.residents.merge(a.id, a.id)


def test_attendance_is_not_rewritten_but_counts_once(services: Services, place: Place,
                                                     clock: TravelClock) -> None:
    a, b = _two_copies(services, place)
    assembly = services.assemblies.create(place.council_id, AssemblyKind.ORDINARY,
                                          datetime(2026, 1, 10, 14, tzinfo=UTC), "Cancha")
    clock.travel_to(datetime(2026, 1, 10, 14, 5, tzinfo=UTC))  # the assembly's day
    services.assemblies.check_in(assembly.id, a.id)
    services.assemblies.check_in(assembly.id, b.id)
    services.residents.merge(a.id, b.id)
    with services.sessions.begin() as s:
        stored = set(s.scalars(select(AttendanceRow.resident_id)))
        assert stored == {a.id, b.id}  # facts keep the id they were recorded with
        assert resolve_resident_id(s, b.id) == a.id
        assert resolve_resident_id(s, a.id) == a.id
        assert survivor_map(s) == {b.id: a.id}
        people = s.scalar(select(func.count(func.distinct(
            survivor_of(AttendanceRow.resident_id)))))
        assert people == 1
    assert services.residents.resolve(b.id) == a.id


def test_merging_into_a_record_carries_earlier_merges(services: Services,
                                                      place: Place) -> None:
    a, b = _two_copies(services, place)
    c = services.residents.add(NewResident(place.council_id, "José", "Pérez",
                                           birth_date=date(1980, 5, 1)))
    services.residents.merge(b.id, c.id)
    services.residents.merge(a.id, b.id)
    with services.sessions.begin() as s:
        assert s.get_one(ResidentRow, c.id).merged_into_id == a.id
        assert survivor_map(s) == {b.id: a.id, c.id: a.id}
