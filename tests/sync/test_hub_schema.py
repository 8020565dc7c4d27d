"""The 0012_hub revision: a laptop's database from 0005_sync_local, with data, upgrades and
keeps it; the hub's tables arrive empty; the way back removes them."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import inspect

from app.container import open_services
from app.persistence.engine import make_engine, sqlite_url
from app.persistence.migrate import alembic_config

from tests.sync.helpers import add_council

HUB_TABLES = {"hub_enrollment", "hub_origin", "hub_nonce", "hub_upload"}


def test_upgrade_from_0005_keeps_data_and_adds_the_hub_tables(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    services = open_services(path)
    add_council(services, "Consejo Comunal Antes del Hub")
    before = services.info.digest()
    services.close()
    engine = make_engine(sqlite_url(path))
    command.downgrade(alembic_config(engine), "0005_sync_local")
    assert HUB_TABLES.isdisjoint(inspect(engine).get_table_names())
    engine.dispose()
    upgraded = open_services(path)
    try:
        assert upgraded.upgrade is not None
        assert upgraded.upgrade.from_revision == "0005_sync_local"
        assert upgraded.info.digest() == before
        assert set(inspect(upgraded.engine).get_table_names()) >= HUB_TABLES
        assert upgraded.hub.status().configured is False
    finally:
        upgraded.close()
