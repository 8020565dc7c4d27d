"""Laptops for sync tests: each one a migrated database with its own identity and key pair."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

os.environ["ASAMBLEA_LANG"] = "es"

from app.container import Services, open_services
from app.persistence.engine import make_engine, sqlite_url
from app.persistence.migrate import upgrade

from tests.sync.hub_server import HubServer, start_hub


@pytest.fixture(scope="session")
def schema_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Migrated, but without a device: every copy makes its own identity when opened."""
    path = tmp_path_factory.mktemp("sync-template") / "schema.db"
    engine = make_engine(sqlite_url(path))
    upgrade(engine, None, None)
    engine.dispose()
    return path


Laptop = Callable[[str], Services]


@pytest.fixture
def laptop(tmp_path: Path, schema_template: Path) -> Iterator[Laptop]:
    opened: list[Services] = []

    def make(name: str) -> Services:
        path = tmp_path / f"{name}.db"
        shutil.copyfile(schema_template, path)
        services = open_services(path)
        opened.append(services)
        return services

    yield make
    for services in opened:
        services.close()


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    folder = tmp_path / "stick"
    folder.mkdir()
    return folder


@pytest.fixture(scope="module")
def hub(pg_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[HubServer]:
    """`asamblea hub serve` on loopback, one per test module (tests that drive a hub in
    process define their own `hub`)."""
    server = start_hub(pg_url, tmp_path_factory.mktemp("hub"))
    yield server
    server.stop()
