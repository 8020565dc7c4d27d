"""Shared fixtures: a migrated template database copied per test, and a demo commune."""

from __future__ import annotations

import atexit
import glob
import os
import shutil
import socket
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["ASAMBLEA_LANG"] = "es"
# New databases are copied from a template in the cache folder (app/persistence/
# schema_template.py): the tests' own folder, never the user's.
if "ASAMBLEA_CACHE" not in os.environ:
    os.environ["ASAMBLEA_CACHE"] = tempfile.mkdtemp(prefix="asamblea-cache-")
    atexit.register(shutil.rmtree, os.environ["ASAMBLEA_CACHE"], True)

from app.census.model import Territory
from app.container import Services, open_services
from app.demo.commune import DemoSummary, build_demo
from app.domain.enums import AssemblyKind, OrgKind

from tests.clock import TravelClock


def pytest_configure(config: pytest.Config) -> None:
    """Compile app/'s message catalogs (.mo files are built, never committed) so the tests read
    the .po files as they stand; once, before any xdist worker starts."""
    if hasattr(config, "workerinput"):
        return
    root = Path(__file__).resolve().parents[1]
    subprocess.run([sys.executable, str(root / "scripts" / "messages.py"), "compile"],
                   check=True)


def _copy_db(template: Path, target: Path) -> Path:
    """The database and its key file: the copy goes on as the same device (a database copied
    alone becomes a new one, see tests/services/test_key_apart.py)."""
    shutil.copyfile(template, target)
    key = template.with_suffix(".key")
    if key.exists():
        shutil.copyfile(key, target.with_suffix(".key"))
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
def clock() -> TravelClock:
    return TravelClock()


@pytest.fixture
def services(db_path: Path, clock: TravelClock) -> Iterator[Services]:
    sv = open_services(db_path, clock=clock)
    yield sv
    sv.close()


@pytest.fixture
def demo_db(tmp_path: Path, demo_template: tuple[Path, DemoSummary]) -> Path:
    return _copy_db(demo_template[0], tmp_path / "demo.db")


@pytest.fixture
def demo(demo_template: tuple[Path, DemoSummary]) -> DemoSummary:
    return demo_template[1]


@pytest.fixture
def demo_services(demo_db: Path, clock: TravelClock) -> Iterator[Services]:
    sv = open_services(demo_db, clock=clock)
    yield sv
    sv.close()


@pytest.fixture
def held(demo_services: Services) -> str:
    """The demo's first base assembly: held, problems ranked, acta approved."""
    base = [a for a in demo_services.assemblies.list_all() if a.kind is AssemblyKind.BASE]
    return base[-1].id


# -- A commune with two councils, each with a sector: the place most service tests start from

@dataclass(frozen=True)
class Place:
    commune_id: str  # "Comuna El Guaire", in Miranda, Sucre, Petare
    council_id: str  # "Consejo Comunal Brisas"
    other_council_id: str  # "Consejo Comunal Cañaveral"
    sector_id: str  # "El Tanque", in council_id
    other_sector_id: str  # "La Ceiba", in other_council_id


@pytest.fixture
def place(services: Services) -> Place:
    orgs = services.organizations
    territory = Territory("Miranda", "Sucre", "Petare")
    commune = orgs.create(OrgKind.COMMUNE, "Comuna El Guaire", territory=territory)
    council = orgs.create(OrgKind.COUNCIL, "Consejo Comunal Brisas", commune.id, territory)
    other = orgs.create(OrgKind.COUNCIL, "Consejo Comunal Cañaveral", commune.id, territory)
    sector = orgs.add_sector(council.id, "El Tanque")
    other_sector = orgs.add_sector(other.id, "La Ceiba")
    return Place(commune.id, council.id, other.id, sector.id, other_sector.id)


# -- PostgreSQL (the hub): a throwaway cluster on loopback, for the parity tests ------------

def _pg_bin() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return Path(found[-1]).parent if found else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _as_postgres(cmd: list[str]) -> list[str]:
    # initdb refuses to run as root; the packaged `postgres` user runs the throwaway cluster.
    return ["runuser", "-u", "postgres", "--", *cmd] if os.geteuid() == 0 else cmd


@pytest.fixture(scope="module")
def pg_url() -> Iterator[str]:
    """An empty PostgreSQL database on 127.0.0.1, started for the test module and removed."""
    bindir = _pg_bin()
    if bindir is None:
        pytest.skip("PostgreSQL no está instalado (no hay /usr/lib/postgresql/*/bin/initdb)")
    root = Path(tempfile.mkdtemp(prefix="asamblea-pg-"))
    data = root / "data"
    if os.geteuid() == 0:
        shutil.chown(root, "postgres", "postgres")
    port = _free_port()
    subprocess.run(_as_postgres([str(bindir / "initdb"), "-D", str(data), "-U", "postgres",
                                 "--auth=trust", "-E", "UTF8"]),
                   check=True, capture_output=True)
    options = f"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off"
    subprocess.run(_as_postgres([str(bindir / "pg_ctl"), "-D", str(data), "-o", options,
                                 "-l", str(root / "log"), "-w", "start"]),
                   check=True, capture_output=True)
    try:
        subprocess.run(_as_postgres([str(bindir / "createdb"), "-h", "127.0.0.1", "-p",
                                     str(port), "-U", "postgres", "asamblea"]),
                       check=True, capture_output=True)
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/asamblea"
    finally:
        subprocess.run(_as_postgres([str(bindir / "pg_ctl"), "-D", str(data), "-m", "fast",
                                     "-w", "stop"]), capture_output=True)
        shutil.rmtree(root, ignore_errors=True)


