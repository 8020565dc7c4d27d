"""A full disk or a read-only database during a write: a sentence with the way out, the
database's exit code, and nothing saved (issue 13, point 8)."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.exc import OperationalError

from app.cli import main
from app.commands.exit_codes import DATABASE
from app.container import open_services
from app.domain.enums import OrgKind
from app.sync.changelog import ChangeLog


@pytest.fixture(autouse=True)
def _spanish(monkeypatch: pytest.MonkeyPatch) -> None:
    """Spanish unless a test says otherwise; `--lang` sets the process's language, and the
    fixture puts back whatever was there."""
    monkeypatch.setenv("ASAMBLEA_LANG", "es")


def _refusing(message: str) -> Any:
    def insert(self: ChangeLog, s: Any, row: Any) -> None:
        raise OperationalError("INSERT INTO change", {}, sqlite3.OperationalError(message))
    return insert


def _council_and_count(db: Path) -> tuple[str, int, int]:
    services = open_services(db)
    try:
        council = next(o for o in services.organizations.list_all() if o.kind is OrgKind.COUNCIL)
        residents = services.residents.count()
    finally:
        services.close()
    with sqlite3.connect(db) as raw:
        (changes,) = raw.execute("SELECT count(*) FROM change").fetchone()
    return council.id, residents, changes


def _add(capsys: pytest.CaptureFixture[str], db: Path, council: str, *lang: str
         ) -> tuple[int, str]:
    code = main([*lang, "--db", str(db), "residents", "add", "--council", council,
                 "--name", "Disco Lleno Pérez"])
    return code, capsys.readouterr().err


@pytest.mark.parametrize(("lang", "words"), [
    ((), ("El disco está lleno", "no se guardó nada", "Configuración › Respaldos")),
    (("--lang", "en"), ("The disk is full", "nothing of this last change was saved",
                        "Settings › Backups")),
])
def test_a_full_disk_while_adding_a_resident_is_a_sentence_and_saves_nothing(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, demo_db: Path,
        lang: tuple[str, ...], words: tuple[str, ...]) -> None:
    council, residents, changes = _council_and_count(demo_db)
    monkeypatch.setattr(ChangeLog, "insert", _refusing("database or disk is full"))
    code, err = _add(capsys, demo_db, council, *lang)
    assert code == DATABASE
    for word in words:
        assert word in err, err
    assert "inesperado" not in err and "unexpected" not in err.lower()
    monkeypatch.undo()
    assert _council_and_count(demo_db) == (council, residents, changes)


def test_an_enospc_from_the_system_is_the_same_sentence(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        demo_db: Path) -> None:
    council, residents, changes = _council_and_count(demo_db)

    def insert(self: ChangeLog, s: Any, row: Any) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(ChangeLog, "insert", insert)
    code, err = _add(capsys, demo_db, council)
    assert code == DATABASE
    assert "El disco está lleno" in err and "Configuración › Respaldos" in err, err
    monkeypatch.undo()
    assert _council_and_count(demo_db) == (council, residents, changes)


def test_a_read_only_database_is_a_sentence_naming_the_file(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        demo_db: Path) -> None:
    council, residents, changes = _council_and_count(demo_db)
    monkeypatch.setattr(ChangeLog, "insert", _refusing("attempt to write a readonly database"))
    code, err = _add(capsys, demo_db, council)
    assert code == DATABASE
    assert "solo lectura" in err and str(demo_db) in err and "permisos" in err, err
    assert "mueva la carpeta de datos" in err
    monkeypatch.undo()
    assert _council_and_count(demo_db) == (council, residents, changes)


def _chmod_works(folder: Path) -> bool:
    """Root writes through chmod: then the real test cannot be made here."""
    probe = folder / "probe"
    folder.chmod(0o500)
    try:
        probe.write_text("x")
    except PermissionError:
        return True
    else:
        probe.unlink()
        return False
    finally:
        folder.chmod(0o700)


def test_a_read_only_data_folder_for_real(capsys: pytest.CaptureFixture[str],
                                          demo_db: Path) -> None:
    if not _chmod_works(demo_db.parent):
        pytest.skip("running as root: chmod does not stop writing")
    council, residents, changes = _council_and_count(demo_db)
    for suffix in ("-wal", "-shm"):
        Path(f"{demo_db}{suffix}").unlink(missing_ok=True)
    demo_db.chmod(0o400)
    demo_db.parent.chmod(0o500)
    try:
        code, err = _add(capsys, demo_db, council)
        info = main(["--db", str(demo_db), "info"])
        info_err = capsys.readouterr().err
    finally:
        demo_db.parent.chmod(0o700)
        demo_db.chmod(0o600)
    assert code == DATABASE and "solo lectura" in err and "Traceback" not in err, err
    assert info in (0, DATABASE) and "Traceback" not in info_err
    if info == DATABASE:
        assert "solo lectura" in info_err, info_err
    assert os.access(demo_db, os.W_OK)
    assert _council_and_count(demo_db) == (council, residents, changes)
