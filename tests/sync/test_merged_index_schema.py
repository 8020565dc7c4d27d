"""The 0016_ingest revision: an index of the residents merged into another, so that settling
merges after an import (app/sync/merged_people.py) reads those few, not the whole census (on
a hub, the whole country's at every upload)."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import inspect, text

from app.container import open_services
from app.domain.census import NewResident
from app.domain.enums import OrgKind
from app.persistence.engine import make_engine, sqlite_url
from app.persistence.migrate import alembic_config

# What settle_merges asks first (merged_people._revive_cycles).
MERGED_QUERY = ("SELECT resident.id, resident.merged_into_id FROM resident "
                "WHERE resident.merged_into_id IS NOT NULL")


def test_upgrade_from_0015_keeps_the_census_and_reads_merged_ones_by_the_index(
    db_path: Path,
) -> None:
    sv = open_services(db_path)
    org = sv.organizations.create(OrgKind.COUNCIL, "Consejo Comunal El Índice")
    kept = sv.residents.add(NewResident(org.id, "Ana", "Pérez", "V-14555666")).id
    twin = sv.residents.add(NewResident(org.id, "Ana María", "Pérez", "V-14555667")).id
    sv.residents.merge(kept, twin)
    sv.close()
    engine = make_engine(sqlite_url(db_path))
    command.downgrade(alembic_config(engine), "0015_operator")
    names = {i["name"] for i in inspect(engine).get_indexes("resident")}
    assert "ix_resident_merged_into" not in names
    with engine.connect() as conn:
        before = " ".join(r[-1] for r in conn.execute(text(f"EXPLAIN QUERY PLAN {MERGED_QUERY}")))
    engine.dispose()
    assert "ix_resident_merged_into" not in before  # the whole table, scanned

    upgraded = open_services(db_path)
    try:
        assert upgraded.upgrade is not None
        assert upgraded.upgrade.from_revision == "0015_operator"
        assert upgraded.residents.count() == 1
        with upgraded.engine.connect() as conn:
            links = conn.execute(text(MERGED_QUERY)).all()
            plan = " ".join(r[-1] for r in conn.execute(text(f"EXPLAIN QUERY PLAN {MERGED_QUERY}")))
        assert links == [(twin, kept)]
        assert "ix_resident_merged_into" in plan
    finally:
        upgraded.close()
