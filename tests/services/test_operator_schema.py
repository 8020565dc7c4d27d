"""The 0015_operator revision: a database at 0009_sync_files, with its records and changes,
gains `operator_shift`; its history still reads, and a shift can be written at once."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import inspect

from app.container import open_services
from app.domain.census import NewResident
from app.domain.enums import OrgKind
from app.persistence.engine import make_engine, sqlite_url
from app.persistence.migrate import alembic_config


def test_upgrade_from_0009_keeps_the_data_and_adds_shifts(db_path: Path) -> None:
    sv = open_services(db_path)
    org = sv.organizations.create(OrgKind.COUNCIL, "Consejo Comunal El Valle")
    person = sv.residents.add(NewResident(org.id, "Ana", "Pérez", "V-14555666")).id
    sv.residents.update(person, phone="0414-1234567")
    sv.close()
    engine = make_engine(sqlite_url(db_path))
    command.downgrade(alembic_config(engine), "0009_sync_files")
    assert "operator_shift" not in inspect(engine).get_table_names()
    engine.dispose()

    upgraded = open_services(db_path)
    try:
        assert upgraded.upgrade is not None
        assert upgraded.upgrade.from_revision == "0009_sync_files"
        assert upgraded.residents.count() == 1
        assert [e.secretary for e in upgraded.history.history(person).entries] == [None, None]
        assert upgraded.operators.take("Yelitza Acosta")
        upgraded.residents.update(person, phone="0414-7654321")
        assert [e.secretary for e in upgraded.history.history(person).entries] == \
            [None, None, "Yelitza Acosta"]
    finally:
        upgraded.close()
