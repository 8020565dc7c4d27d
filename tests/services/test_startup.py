"""First start, upgrades, backups, a newer database, a damaged one."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import text

from app.container import Services, open_services
from app.domain.census import NewResident
from app.domain.enums import OrgKind
from app.domain.errors import DomainError
from app.persistence.engine import make_engine
from app.persistence.migrate import alembic_config, current_revision, head_revision
from app.sync.digest import state_digest


def file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_first_start_creates_folder_device_and_key(tmp_path: Path) -> None:
    db = tmp_path / "nueva" / "carpeta" / "asamblea.db"
    sv = open_services(db)
    try:
        assert db.exists()
        assert len(sv.device.public_key_hex) == 64
        assert len(sv.device.fingerprint) == 14
        info = sv.info.info()
        assert info.schema_revision == head_revision()
        assert info.changes == 1  # the device records itself through the log
    finally:
        sv.close()
    again = open_services(db)
    try:
        assert again.device.id == sv.device.id  # the identity is made once
    finally:
        again.close()


def test_a_database_from_a_newer_program_is_refused_untouched(tmp_path: Path,
                                                               empty_template: Path) -> None:
    db = tmp_path / "futura.db"
    shutil.copyfile(empty_template, db)
    con = sqlite3.connect(db)
    con.execute("UPDATE alembic_version SET version_num = '9999_future'")
    con.commit()
    con.close()
    before = file_hash(db)
    with pytest.raises(DomainError) as info:
        open_services(db)
    assert info.value.code == "db.newer_version"
    assert "Actualice el programa" in str(info.value)
    assert file_hash(db) == before
    assert not (tmp_path / "copias").exists()


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "notas.db"
    db.write_text("lista de asistencia")
    with pytest.raises(DomainError) as info:
        open_services(db)
    assert info.value.code == "db.not_database"
    assert db.read_text() == "lista de asistencia"


def test_upgrade_backs_up_an_existing_database_first(tmp_path: Path, empty_template: Path
                                                     ) -> None:
    db = tmp_path / "vieja.db"
    shutil.copyfile(empty_template, db)
    engine = make_engine(f"sqlite:///{db}")
    command.downgrade(alembic_config(engine), "base")
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE notas (texto TEXT)")  # some content, as an old file would have
    con.commit()
    con.close()
    engine.dispose()
    sv = open_services(db)
    try:
        assert sv.upgrade is not None
        assert sv.upgrade.backup is not None
        assert sv.upgrade.backup.exists()
        assert sv.upgrade.backup.parent == tmp_path / "copias"
        assert current_revision(sv.engine) == head_revision()
    finally:
        sv.close()


def _fill(sv: Services) -> None:
    council = sv.organizations.create(OrgKind.COUNCIL, "Consejo Comunal El Valle")
    sv.residents.add(NewResident(council.id, "María José", "Pérez Núñez", "V-14555666"))


def test_upgrade_downgrade_upgrade_with_data(services: Services) -> None:
    _fill(services)
    config = alembic_config(services.engine)
    command.downgrade(config, "base")
    with services.engine.connect() as conn:
        tables = conn.execute(text("SELECT name FROM sqlite_master WHERE type='table'")).all()
    assert {t[0] for t in tables} <= {"alembic_version"}
    command.upgrade(config, "head")
    assert current_revision(services.engine) == head_revision()


def test_upgrade_keeps_data_and_digest(demo_db: Path) -> None:
    """Re-running the upgrade at start on a database with data changes nothing."""
    sv = open_services(demo_db)
    with sv.sessions.begin() as s:
        before = state_digest(s)
    sv.close()
    again = open_services(demo_db)
    with again.sessions.begin() as s:
        assert state_digest(s) == before
    assert again.upgrade is not None
    assert again.upgrade.backup is None
    again.close()


def test_damage_is_reported_by_the_integrity_check(demo_db: Path) -> None:
    sv = open_services(demo_db)
    sv.close()
    # Corrupt a page in the middle of the file, as a failing disk or a pulled stick would.
    data = bytearray(demo_db.read_bytes())
    middle = len(data) // 2 // 4096 * 4096
    data[middle + 100: middle + 600] = b"\xff" * 500
    demo_db.write_bytes(bytes(data))
    damaged = open_services(demo_db)
    try:
        problems = damaged.info.integrity_problems()
        assert problems
        assert damaged.info.quick_check() != []
    finally:
        damaged.close()


def test_the_fast_path_head_is_the_real_head() -> None:
    """Start-up skips Alembic when the database is at HEAD_REVISION: it must be the head."""
    from app.persistence.migrate import HEAD_REVISION

    assert head_revision() == HEAD_REVISION


def test_alembic_config_survives_a_percent_in_the_url() -> None:
    from app.persistence.migrate import alembic_config

    engine = make_engine("postgresql+psycopg://u:p@/asamblea?host=%2Fvar%2Frun%2Fpostgresql")
    config = alembic_config(engine)
    assert "%2Fvar" in (config.get_main_option("sqlalchemy.url") or "")
