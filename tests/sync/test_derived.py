"""Derived data stays local: the folded search name is never in a change, never merged."""

from __future__ import annotations

import json
from pathlib import Path

from alembic import command
from sqlalchemy import select, text

from app.container import open_services
from app.domain.census import NewResident
from app.domain.enums import OrgKind
from app.persistence.engine import make_engine, sqlite_url
from app.persistence.migrate import alembic_config
from app.persistence.rows import ChangeRow
from app.sync.merge import Version, merge_heads

from tests.sync.conftest import Laptop
from tests.sync.helpers import add_council, send


def test_the_search_name_does_not_travel_and_is_derived_where_it_lands(
    laptop: Laptop, stick: Path
) -> None:
    a, b = laptop("a"), laptop("b")
    council = add_council(a)
    resident = a.residents.add(NewResident(council, "Ñángara", "Güerere", "V-12345678")).id
    a.residents.update(resident, first_names="José Ñángara")
    with a.sessions.begin() as s:
        for fields in s.scalars(select(ChangeRow.fields).where(ChangeRow.entity == "resident")):
            assert "search_text" not in json.loads(fields)
    send(a, b, stick, full=True)
    assert [r.id for r in b.residents.search("jose nang")] == [resident]
    assert [r.id for r in b.residents.search("12345678")] == [resident]
    assert b.info.integrity_problems() == []


def test_an_older_changes_folded_name_makes_no_conflict() -> None:
    """Two program versions that fold differently wrote the same person: no conflict."""
    base = {"id": "r", "first_names": "Ana", "deleted_at": None}
    a = Version("h1", "dev-a", "0000000000001-00000", "insert", (),
                {**base, "search_text": "ana"})
    b = Version("h2", "dev-b", "0000000000002-00000", "insert", (),
                {**base, "search_text": "ANA"})
    merged = merge_heads("resident", "r", {"h1": a, "h2": b})
    assert merged.conflicts == ()
    assert "search_text" not in merged.fields


def test_upgrade_from_0002_refolds_names_and_rebuilds_the_index(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    services = open_services(path)
    council = services.organizations.create(OrgKind.COUNCIL, "Consejo")
    resident = services.residents.add(NewResident(council.id, "Ñángara", "Güerere")).id
    services.close()
    engine = make_engine(sqlite_url(path))
    command.downgrade(alembic_config(engine), "0006_projects")
    with engine.begin() as conn:  # as an older program folded it
        conn.execute(text("UPDATE resident SET search_text = 'Ñángara Güerere' WHERE id = :i"),
                     {"i": resident})
    engine.dispose()
    upgraded = open_services(path)
    try:
        assert upgraded.upgrade is not None
        assert upgraded.upgrade.from_revision == "0006_projects"
        assert [r.id for r in upgraded.residents.search("nangara guerere")] == [resident]
        assert upgraded.info.integrity_problems() == []
    finally:
        upgraded.close()
