"""The census on PostgreSQL (the hub): the same models, LIKE search instead of the trigram
index. Runs on the throwaway cluster of the `pg_url` fixture (tests/conftest.py)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from app.container import open_services
from app.domain.census import NewResident
from app.domain.enums import OrgKind


def _wipe(url: str) -> None:
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


@pytest.mark.postgres
def test_census_on_postgresql(tmp_path: Path, pg_url: str) -> None:
    _wipe(pg_url)
    services = open_services(pg_url)
    try:
        commune = services.organizations.create(OrgKind.COMMUNE, "Comuna")
        council = services.organizations.create(OrgKind.COUNCIL, "Consejo", commune.id)
        jose = services.residents.add(NewResident(council.id, "José", "Pérez",
                                                  national_id="V-12345678",
                                                  birth_date=date(1980, 5, 1)))
        services.residents.add_many([NewResident(council.id, f"Ana{i}", "Núñez")
                                     for i in range(12)])
        assert [r.id for r in services.residents.search("JOSE")] == [jose.id]
        assert len(services.residents.search("nunez ana1")) == 3  # Ana1, Ana10, Ana11
        copy = services.residents.add(NewResident(council.id, "Jose", "Perez",
                                                  birth_date=date(1980, 5, 1)))
        assert [g.reason for g in services.residents.duplicate_groups()] == ["name_birth"]
        services.residents.merge(jose.id, copy.id)
        assert services.residents.resolve(copy.id) == jose.id
        exported = tmp_path / "censo.csv"
        assert services.census_files.export_file(exported) == 13
        again = services.census_files.import_file(exported)
        assert (again.added, again.already_present) == (0, 13)
        assert services.residents.census_sheet(council.id).totals.total == 13
        census = services.papers.census(council.id)  # read twice in one snapshot
        assert census.pages == 1 and census.data.startswith(b"%PDF")
    finally:
        services.close()
