"""The hub's engine: PostgreSQL and SQLite fed the same bundles reach the same state."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.container import Services, open_services
from app.demo.commune import build_demo
from app.domain.census import NewResident
from app.persistence.rows import OrganizationRow

from tests.sync.conftest import Laptop
from tests.sync.helpers import add_council, delete, edit, export, send


def _conflicts(services: Services) -> list[tuple[str, str, list[object]]]:
    return [(c.id, c.field, [ch.value for ch in c.choices]) for c in services.sync.conflicts()]


@pytest.mark.postgres
def test_postgres_and_sqlite_reach_the_same_state(
    pg_url: str, laptop: Laptop, stick: Path
) -> None:
    a, b = laptop("a"), laptop("b")
    build_demo(a, 400, 11)
    bundles = [export(a, stick).path]
    council = add_council(a, "Consejo Comunal El Hub")
    send(a, b, stick, full=True)
    edit(a, OrganizationRow, council, name="Nombre de A")
    edit(b, OrganizationRow, council, name="Nombre de B")
    resident = b.residents.add(NewResident(council, "Carmen", "Rojas", "V-20000001"))
    delete(a, OrganizationRow, council)
    # Only B's own log: it arrives before the council it refers to, and waits.
    bundles.append(export(b, stick, only={b.device.id}).path)
    bundles.append(export(a, stick).path)
    bundles.append(export(b, stick).path)

    sqlite_side = laptop("hub-sqlite")
    hub = open_services(pg_url)
    try:
        for target in (sqlite_side, hub):
            for bundle in bundles:
                fingerprint = target.sync.inspect(bundle).sender_fingerprint
                target.sync.import_file(bundle, trust_fingerprint=fingerprint)
        assert hub.info.digest() == sqlite_side.info.digest()
        assert _conflicts(hub) == _conflicts(sqlite_side) != []
        assert hub.residents.get(resident.id).first_names == "Carmen"
        assert hub.sync.status().pending == []
    finally:
        hub.close()
