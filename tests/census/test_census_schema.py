"""The 0002_census revision: upgrading a database with residents indexes them, and the index
keeps up with every way residents are written."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from alembic import command
from sqlalchemy import text

from app.census.model import ResidentQuery
from app.container import Services, open_services
from app.domain.census import NewResident
from app.persistence.engine import make_engine, sqlite_url
from app.persistence.migrate import alembic_config

from tests.conftest import Place


def test_upgrade_from_0001_indexes_existing_residents(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    services = open_services(path)
    from app.domain.enums import OrgKind

    commune = services.organizations.create(OrgKind.COMMUNE, "Comuna")
    council = services.organizations.create(OrgKind.COUNCIL, "Consejo", commune.id)
    services.residents.add(NewResident(council.id, "Ñángara", "Güerere"))
    services.close()
    engine = make_engine(sqlite_url(path))
    command.downgrade(alembic_config(engine), "0001_schema")
    with engine.connect() as conn:
        tables = {r[0] for r in conn.execute(text("SELECT name FROM sqlite_master"))}
    assert "resident_fts" not in tables
    engine.dispose()
    upgraded = open_services(path)  # upgrades to head at start, as the program does
    try:
        assert upgraded.upgrade is not None
        assert upgraded.upgrade.from_revision == "0001_schema"
        assert [r.first_names for r in upgraded.residents.search("ñang")] == ["Ñángara"]
        assert [r.last_names for r in upgraded.residents.search("guerere")] == ["Güerere"]
        assert upgraded.info.integrity_problems() == []
    finally:
        upgraded.close()


def test_bulk_then_single_inserts_are_all_found(services: Services, place: Place) -> None:
    people = [NewResident(place.council_id, f"Persona{i}", "Bulto", birth_date=date(1990, 1, 1))
              for i in range(30)]
    assert services.residents.add_many(people, batch=7) == 30
    services.residents.add(NewResident(place.council_id, "Sola", "Individual"))
    assert services.residents.count(ResidentQuery(text="bulto")) == 30
    assert services.residents.count(ResidentQuery(text="persona2")) == 11  # 2, 20..29
    # The insert trigger runs again once the bulk transaction is over.
    assert [r.first_names for r in services.residents.search("individual")] == ["Sola"]
    with services.sessions.begin() as s:
        assert s.scalar(text("SELECT paused FROM resident_fts_state")) == 0
