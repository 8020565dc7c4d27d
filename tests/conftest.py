"""Shared fixtures: a migrated template database copied per test, and a demo commune."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["ASAMBLEA_LANG"] = "es"

from app.container import Services, open_services
from app.demo.commune import DemoSummary, build_demo


def _copy_db(template: Path, target: Path) -> Path:
    shutil.copyfile(template, target)
    return target


@pytest.fixture(scope="session")
def empty_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "empty.db"
    open_services(path).close()
    return path


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, DemoSummary]:
    path = tmp_path_factory.mktemp("template") / "demo.db"
    services = open_services(path)
    summary = build_demo(services)
    services.close()
    return path, summary


@pytest.fixture
def db_path(tmp_path: Path, empty_template: Path) -> Path:
    return _copy_db(empty_template, tmp_path / "asamblea.db")


@pytest.fixture
def services(db_path: Path) -> Iterator[Services]:
    sv = open_services(db_path)
    yield sv
    sv.close()


@pytest.fixture
def demo_db(tmp_path: Path, demo_template: tuple[Path, DemoSummary]) -> Path:
    return _copy_db(demo_template[0], tmp_path / "demo.db")


@pytest.fixture
def demo(demo_template: tuple[Path, DemoSummary]) -> DemoSummary:
    return demo_template[1]


@pytest.fixture
def demo_services(demo_db: Path) -> Iterator[Services]:
    sv = open_services(demo_db)
    yield sv
    sv.close()
