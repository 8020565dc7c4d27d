"""The hub's engine: PostgreSQL and SQLite fed the same bundles reach the same state."""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.container import Services, open_services
from app.demo.commune import build_demo
from app.domain.census import NewResident
from app.persistence.rows import OrganizationRow

from tests.sync.conftest import Laptop
from tests.sync.helpers import add_council, delete, edit, export, send


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
