"""A really full disk under the database: what SQLite says, and what the person reads.

Under the census's full-text index SQLite reports a full disk as a bare "constraint failed";
the engine gives it SQLite's usual words when the disk beside the database is nearly full, so
the command line and the window say "El disco está lleno" (issue 13, point 8)."""

from __future__ import annotations

import contextlib
import gc
import shutil
import sqlite3
import subprocess
from collections import namedtuple
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError, OperationalError

import app.safety.write_trouble
from app.cli import main
from app.commands.exit_codes import DATABASE
from app.container import open_services
from app.domain.enums import OrgKind
from app.persistence.engine import make_engine, sqlite_url

Usage = namedtuple("Usage", "total used free")


def _vague_failure(db: Path) -> None:
    engine = make_engine(sqlite_url(db))
    try:
        with engine.begin() as connection:
            connection.execute(text("CREATE TEMP TABLE t (x)"))
            connection.execute(text(
                "CREATE TEMP TRIGGER vague BEFORE INSERT ON t "
                "BEGIN SELECT RAISE(ABORT, 'constraint failed'); END"))
            connection.execute(text("INSERT INTO t VALUES (1)"))
    finally:
        engine.dispose()


def test_a_vague_failure_on_a_full_disk_is_named_full(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(app.safety.write_trouble.shutil, "disk_usage",
                        lambda _path: Usage(10 << 20, (10 << 20) - 4096, 4096))
    with pytest.raises(OperationalError, match="database or disk is full"):
        _vague_failure(tmp_path / "a.db")


def test_the_same_failure_with_room_stays_what_it_was(tmp_path: Path) -> None:
    # The twin: with room on the disk a constraint is a constraint.
    if shutil.disk_usage(tmp_path).free < app.safety.write_trouble.NEARLY_FULL:
        pytest.skip("this disk is itself nearly full")
    with pytest.raises(IntegrityError, match="constraint failed"):
        _vague_failure(tmp_path / "a.db")


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 6 MB file system of its own (tmpfs); skipped where mounting is not allowed."""
    folder = tmp_path / "small"
    folder.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=6m", "tmpfs", str(folder)],
                             capture_output=True, check=False)
    if mounted.returncode != 0:
        pytest.skip("cannot mount a small file system here (not root, or no permission)")
    try:
        yield folder
    finally:
        gc.collect()  # a connection the test dropped still holds a file open
        done = subprocess.run(["umount", str(folder)], capture_output=True, check=False)
        if done.returncode != 0:  # busy: detach it now, gone when the last file closes
            subprocess.run(["umount", "-l", str(folder)], check=True)


def test_adding_a_resident_on_a_really_full_disk(capsys: pytest.CaptureFixture[str],
                                                 monkeypatch: pytest.MonkeyPatch,
                                                 demo_db: Path, small_disk: Path) -> None:
    monkeypatch.setenv("ASAMBLEA_LANG", "es")
    db = small_disk / "asamblea.db"
    with sqlite3.connect(demo_db) as source, sqlite3.connect(db) as copy:
        source.backup(copy)
    key = demo_db.with_suffix(".key")
    if key.exists():
        shutil.copy2(key, db.with_suffix(".key"))
    services = open_services(db)
    council = next(o.id for o in services.organizations.list_all() if o.kind is OrgKind.COUNCIL)
    residents = services.residents.count()
    services.close()
    # Every byte taken: SQLite fails where it first needs room, and some of those places (the
    # census's full-text index) say only "constraint failed". With 128 KB left the add works.
    with (small_disk / "relleno").open("wb") as filler, contextlib.suppress(OSError):
        filler.write(b"\0" * shutil.disk_usage(small_disk).free)

    code = main(["--db", str(db), "residents", "add", "--council", council,
                 "--name", "Lleno De Verdad"])
    err = capsys.readouterr().err
    assert code == DATABASE, err
    assert "El disco está lleno" in err and "Configuración › Respaldos" in err, err

    (small_disk / "relleno").unlink()
    services = open_services(db)
    assert services.residents.count() == residents
    services.close()


def test_a_start_up_backup_without_room_leaves_nothing_in_copias(
        demo_db: Path, small_disk: Path) -> None:
    """SQLite fails mid-copy and leaves the half copy's rollback journal (a piece of the
    census) beside it: both go at once, and the start says why there is no backup."""
    db = small_disk / "asamblea.db"
    with sqlite3.connect(demo_db) as source, sqlite3.connect(db) as copy:
        source.backup(copy)
    key = demo_db.with_suffix(".key")
    if key.exists():
        shutil.copy2(key, db.with_suffix(".key"))
    # Room to open the database, not to copy it.
    with (small_disk / "relleno").open("wb") as filler, contextlib.suppress(OSError):
        filler.write(b"\0" * (shutil.disk_usage(small_disk).free - 600_000))
    services = open_services(db, daily_backup=True)
    try:
        assert services.startup_warning is not None
        assert "No queda espacio" in services.startup_warning
        assert sorted(p.name for p in (small_disk / "copias").iterdir()) == []
        assert services.backups.list() == []
    finally:
        services.close()
