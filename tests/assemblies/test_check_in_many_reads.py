"""Many check-ins read the people once (issue 17: the demo): one read for the merges and one
for the residents, whatever the length of the list; the refusals stay those of one by one."""

from __future__ import annotations

import pytest

from app.container import Services
from app.domain.errors import DomainError

from tests.assemblies.conftest import Town, convene
from tests.assemblies.test_door_constant_time import statements


def test_the_reads_do_not_grow_with_the_list(services: Services, town: Town) -> None:
    sv = services
    first, second = convene(sv, town.council_a), convene(sv, town.council_a, call=2)
    sv.assemblies.check_in(first, town.adults_a[0])
    sv.assemblies.check_in(second, town.adults_a[0])
    with statements(sv) as few:
        sv.assemblies.check_in_many(first, town.adults_a[1:3])
    with statements(sv) as many:
        sv.assemblies.check_in_many(second, town.adults_a[1:] + town.children_a)
    assert len(town.adults_a[1:] + town.children_a) >= 4 * len(town.adults_a[1:3])
    assert len(many) == len(few)
    status = sv.assemblies.quorum(second)
    assert (status.present, status.under_age) == (len(town.adults_a), len(town.children_a))


def test_an_unknown_or_deleted_person_is_refused_and_nothing_written(
        services: Services, town: Town) -> None:
    sv = services
    aid = convene(sv, town.council_a)
    sv.assemblies.check_in(aid, town.adults_a[0])
    sv.residents.delete(town.adults_a[2])
    for wrong in ("no-such-person", town.adults_a[2]):
        with pytest.raises(DomainError) as refused:
            sv.assemblies.check_in_many(aid, [town.adults_a[1], wrong])
        assert refused.value.code == "not_found" and refused.value.params["id"] == wrong
        assert sv.assemblies.quorum(aid).present == 1


def test_a_merged_record_checks_in_the_person_who_stands_for_it(
        services: Services, town: Town) -> None:
    sv = services
    aid = convene(sv, town.council_a)
    kept, merged = town.adults_a[0], town.adults_a[1]
    sv.residents.merge(kept, merged)
    sv.assemblies.check_in_many(aid, [merged, town.adults_a[2]])
    assert {a.resident_id for a in sv.assemblies.attendees(aid)} == {kept, town.adults_a[2]}
    with pytest.raises(DomainError) as twice:
        sv.assemblies.check_in_many(aid, [kept])
    assert twice.value.code == "attendance.already_present"
