"""Check-in in constant time: the door keeps who is present between arrivals instead of
reading every attendance fact again, and drops what it kept when anyone else writes."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import event

from app.container import Services, open_services
from app.domain.census import NewResident
from app.domain.errors import DomainError

from tests.assemblies.conftest import Town, birth, convene


@contextmanager
def statements(sv: Services) -> Iterator[list[str]]:
    """Every SQL statement run on the services' engine inside the block."""
    seen: list[str] = []

    def note(_conn, _cursor, statement, _params, _context, _many) -> None:  # type: ignore[no-untyped-def]
        seen.append(statement)

    event.listen(sv.engine, "before_cursor_execute", note)
    try:
        yield seen
    finally:
        event.remove(sv.engine, "before_cursor_execute", note)


def reads_every_fact(seen: list[str]) -> bool:
    return any("FROM attendance" in s and s.lstrip().upper().startswith("SELECT")
               for s in seen)


def test_an_arrival_does_not_read_the_facts_again(services: Services, town: Town) -> None:
    sv = services
    aid = convene(sv, town.council_a)
    base = sv.assemblies.quorum_base(aid)
    sv.assemblies.check_in(aid, town.adults_a[0], quorum_base=base)
    for rid in town.adults_a[1:8] + town.children_a[:2]:
        with statements(sv) as seen:
            status = sv.assemblies.check_in(aid, rid, quorum_base=base)
            row = sv.assemblies.attendee(aid, rid)
        assert not reads_every_fact(seen), seen
        assert row is not None and row.resident_id == rid
    assert (status.present, status.under_age) == (8, 2)
    with statements(sv) as seen:
        status = sv.assemblies.withdraw(aid, town.adults_a[3], base)
    assert not reads_every_fact(seen)
    assert status == sv.assemblies.quorum(aid)  # what a fresh count says
    assert sv.assemblies.attendee(aid, town.adults_a[3]) is None
    assert [a.resident_id for a in sv.assemblies.attendees(aid)
            if a.resident_id == town.adults_a[4]] == [town.adults_a[4]]


def test_another_writer_is_seen_by_the_door(services: Services, town: Town, db_path: Path
                                           ) -> None:
    """A second window (or a sync import) checks people in and out: the door's kept presence
    must not hide it, or the same person would be let in twice."""
    sv = services
    aid = convene(sv, town.council_a)
    base = sv.assemblies.quorum_base(aid)
    sv.assemblies.check_in(aid, town.adults_a[0], quorum_base=base)
    other = open_services(db_path)
    try:
        other.assemblies.check_in(aid, town.adults_a[1], quorum_base=base)
        other.assemblies.withdraw(aid, town.adults_a[0], base)
    finally:
        other.close()
    assert sv.assemblies.check_in(aid, town.adults_a[0], quorum_base=base).present == 2
    with pytest.raises(DomainError) as refused:
        sv.assemblies.check_in(aid, town.adults_a[1], quorum_base=base)
    assert refused.value.code == "attendance.already_present"
    sv.residents.add(NewResident(town.council_a, "Nueva", "Llegada", "V-29999999", birth(40)))
    assert sv.assemblies.check_in(aid, town.adults_a[2], quorum_base=base) == \
        sv.assemblies.quorum(aid)


def test_many_check_ins_in_one_unit_of_work(services: Services, town: Town) -> None:
    """The demo's path: the same refusals as one by one, and all or nothing."""
    sv = services
    aid = convene(sv, town.council_a)
    sv.assemblies.check_in(aid, town.adults_a[0])
    for refused, code in (([town.adults_a[1], town.adults_a[0]], "attendance.already_present"),
                          ([town.adults_a[1], town.adults_a[1]], "attendance.already_present"),
                          ([town.adults_a[1], town.adults_b[0]], "attendance.outside_territory")):
        with pytest.raises(DomainError) as error:
            sv.assemblies.check_in_many(aid, refused)
        assert error.value.code == code
        assert sv.assemblies.quorum(aid).present == 1  # nothing written
    status = sv.assemblies.check_in_many(aid, town.adults_a[1:6] + town.children_a[:1])
    assert status == sv.assemblies.quorum(aid)
    assert (status.present, status.under_age) == (6, 1)
