"""Services say what they changed: the change log's notes, published when the work commits."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from app.container import Services, open_services
from app.domain.census import NewResident
from app.domain.changes import OpChanges, RecordChange, recording
from app.domain.enums import OrgKind
from app.persistence.rows import OrganizationRow

from tests.sync.helpers import send


@pytest.fixture
def council(services: Services) -> str:
    return services.organizations.create(OrgKind.COUNCIL, "Consejo Comunal El Valle").id


def test_a_service_call_describes_the_records_it_wrote(services: Services, council: str) -> None:
    with recording() as recorder:
        ana = services.residents.add(NewResident(council, "Ana", "Pérez"))
        services.residents.update(ana.id, phone="0414-0000000")
    assert recorder.changes.records == {RecordChange("resident", ana.id, "insert"),
                                        RecordChange("resident", ana.id, "update")}
    assert recorder.changes.entities == {"resident"}
    assert recorder.changes.ids("resident") == {ana.id}


def test_bulk_inserts_name_every_record(services: Services, council: str) -> None:
    with recording() as recorder:
        added = services.residents.add_many(
            NewResident(council, f"Persona {i}", "Gómez") for i in range(3))
    assert added == 3
    assert len(recorder.changes.ids("resident")) == 3


def test_a_rolled_back_unit_of_work_announces_nothing(services: Services, council: str) -> None:
    def fail_after_writing() -> None:
        with services.sessions.begin() as s:
            services.ctx.log.update(s, s.get_one(OrganizationRow, council), name="Otro nombre")
            raise RuntimeError("the unit of work fails after writing")

    with recording() as recorder:
        with pytest.raises(RuntimeError):
            fail_after_writing()
        assert not recorder.changes
        services.organizations.add_sector(council, "Sector 1")
    assert recorder.changes.entities == {"sector"}


def test_reads_and_other_threads_are_not_recorded(services: Services, council: str) -> None:
    def elsewhere() -> None:
        services.organizations.add_sector(council, "Sector de otro hilo")

    with recording() as recorder:
        services.organizations.get(council)
        worker = threading.Thread(target=elsewhere)
        worker.start()
        worker.join()
    assert recorder.changes == OpChanges()


def test_an_import_describes_what_it_brought(tmp_path: Path) -> None:
    a, b = open_services(tmp_path / "a.db"), open_services(tmp_path / "b.db")
    try:
        council = a.organizations.create(OrgKind.COUNCIL, "Consejo Comunal La Ceiba").id
        stick = tmp_path / "stick"
        stick.mkdir()
        with recording() as recorder:
            send(a, b, stick, full=True)
        assert council in recorder.changes.ids("organization")
        assert recorder.changes.touches({"conflict"})
    finally:
        a.close()
        b.close()
