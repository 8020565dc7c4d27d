"""Issue 13 point 1: the private key lives in a file beside the database, never inside it."""

from __future__ import annotations

import shutil
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from alembic import command

from app.container import open_services
from app.domain.errors import DomainError
from app.persistence.engine import make_engine
from app.persistence.migrate import alembic_config
from app.safety.keyfile import read_key
from app.sync.identity import verify_signature


def seed_of(db: Path) -> bytes:
    stored = read_key(db.with_suffix(".key"))
    assert stored is not None
    return stored.seed


def files_holding(seed: bytes, folder: Path) -> list[str]:
    """Every file under `folder` (databases, WAL files, backups) whose bytes hold the key,
    the key file itself excepted."""
    return sorted(str(p) for p in folder.rglob("*")
                  if p.is_file() and p.suffix != ".key" and seed in p.read_bytes())


def test_a_new_database_keeps_its_key_in_a_private_file(tmp_path: Path) -> None:
    db = tmp_path / "asamblea.db"
    sv = open_services(db)
    try:
        signature = sv.device.sign(b"hola")
        assert verify_signature(sv.device.public_key_hex, signature, b"hola")
    finally:
        sv.close()
    key = tmp_path / "asamblea.key"
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    seed = seed_of(db)
    assert files_holding(seed, tmp_path) == []
    again = open_services(db)
    try:
        assert again.device.id == sv.device.id and again.incarnation is None
    finally:
        again.close()


def test_a_database_copied_without_its_key_runs_as_a_new_device(tmp_path: Path) -> None:
    first = tmp_path / "a" / "asamblea.db"
    sv = open_services(first)
    old_id, old_key = sv.device.id, sv.device.public_key_hex
    sv.close()
    copy = tmp_path / "b" / "asamblea.db"
    copy.parent.mkdir()
    shutil.copyfile(first, copy)
    other = open_services(copy)
    try:
        assert other.device.id != old_id
        assert other.device.public_key_hex != old_key
        assert other.incarnation is not None and other.incarnation.old_device_id == old_id
        ids = {d.id for d in other.sync.status().devices}
        assert {old_id, other.device.id} <= ids  # the old identity stays, as another laptop
    finally:
        other.close()
    assert read_key(copy.with_suffix(".key")).device_id != old_id  # type: ignore[union-attr]


def test_the_command_line_says_a_copied_database_is_a_new_device(tmp_path: Path) -> None:
    first = tmp_path / "a.db"
    open_services(first).close()
    copy = tmp_path / "copia.db"
    shutil.copyfile(first, copy)
    done = subprocess.run([sys.executable, "-m", "app.cli", "--db", str(copy), "info"],
                          capture_output=True, text=True, check=True)
    assert "Sigue como un equipo nuevo" in done.stderr


def test_the_migration_moves_the_key_out_and_wipes_it_from_database_and_backups(
    tmp_path: Path,
) -> None:
    db = tmp_path / "vieja.db"
    sv = open_services(db)
    device_id = sv.device.id
    sv.close()
    seed = seed_of(db)
    engine = make_engine(f"sqlite:///{db}")
    command.downgrade(alembic_config(engine), "0005_sync_local")
    engine.dispose()
    # As the older program kept it: the seed inside the database, no key file.
    con = sqlite3.connect(db)
    con.execute("UPDATE this_device SET private_key = ?", (seed,))
    con.commit()
    con.close()
    db.with_suffix(".key").unlink()
    (tmp_path / "copias").mkdir()
    shutil.copyfile(db, tmp_path / "copias" / "vieja-20250101-000000-manual.db")
    assert files_holding(seed, tmp_path)  # the twin: the search finds a key where it is
    sv = open_services(db)
    try:
        assert sv.device.id == device_id and sv.incarnation is None
    finally:
        sv.close()
    assert seed_of(db) == seed
    assert files_holding(seed, tmp_path) == []


def test_a_newer_database_is_refused_before_any_pragma_changes_it(tmp_path: Path) -> None:
    """Its journal mode stays as it was (before, WAL was switched on first)."""
    db = tmp_path / "futura.db"
    open_services(db).close()
    con = sqlite3.connect(db)
    con.execute("PRAGMA journal_mode=DELETE")
    con.execute("UPDATE alembic_version SET version_num = '9999_future'")
    con.commit()
    con.close()
    before = db.read_bytes()
    with pytest.raises(DomainError) as info:
        open_services(db)
    assert info.value.code == "db.newer_version"
    assert db.read_bytes() == before
    assert not Path(f"{db}-wal").exists()


def test_a_foreign_sqlite_file_and_a_folder_are_refused(tmp_path: Path) -> None:
    other = tmp_path / "otro.sqlite"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE notas (texto TEXT)")
    con.commit()
    con.close()
    before = other.read_bytes()
    for path, code in ((other, "db.foreign"), (tmp_path, "db.is_folder")):
        with pytest.raises(DomainError) as info:
            open_services(path)
        assert info.value.code == code
    assert other.read_bytes() == before
