"""A full disk during a write from the window: the sentence with the way out (free space,
Configuración › Respaldos), never "Ocurrió un error inesperado", and nothing saved (issue 13,
point 8). The fault is injected in the unit of work's flush, so every service write meets it."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from app.assembly.minutes_content import MinutesText
from app.container import Services
from app.domain.census import NewResident
from app.domain.enums import AssemblyKind

from tests.conftest import Place
from ui.context import UiContext
from ui.tasks import TaskRunner

FULL = OperationalError("INSERT", {}, sqlite3.OperationalError("database or disk is full"))


@pytest.fixture(autouse=True)
def _spanish(monkeypatch: pytest.MonkeyPatch) -> None:
    """Spanish unless a test says otherwise; `--lang` sets the process's language, and the
    fixture puts back whatever was there."""
    monkeypatch.setenv("ASAMBLEA_LANG", "es")


def _counts(db: Path) -> tuple[int, ...]:
    with sqlite3.connect(db) as raw:
        return tuple(raw.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                     for table in ("change", "resident", "attendance", "minutes"))


@pytest.mark.parametrize("what", ["add a resident", "check someone in", "save the acta"])
@pytest.mark.parametrize("fault", [FULL, OSError(28, "No space left on device")])
def test_a_full_disk_in_any_write_shows_the_way_out(  # type: ignore[no-untyped-def]
        qtbot, monkeypatch: pytest.MonkeyPatch, services: Services, db_path: Path,
        place: Place, what: str, fault: BaseException) -> None:
    assembly = services.assemblies.create(place.council_id, AssemblyKind.BASE,
                                          datetime(2026, 5, 1, 14, tzinfo=UTC), "Casa comunal",
                                          ["Punto uno"])
    ana = services.residents.add(NewResident(place.council_id, "Ana", "Disco", "V-12345678",
                                             date(1980, 1, 1), sector_id=place.sector_id))
    jobs: dict[str, Callable[[], Any]] = {
        "add a resident": lambda: services.residents.add(NewResident(
            place.council_id, "Luis", "Lleno", sector_id=place.sector_id)),
        "check someone in": lambda: services.assemblies.check_in(assembly.id, ana.id),
        "save the acta": lambda: services.minutes.save_text(
            assembly.id, MinutesText(opening="Se abrió la sesión")),
    }
    before = _counts(db_path)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)

    def refuse(self: Session, objects: Any = None) -> None:
        raise fault

    monkeypatch.setattr(Session, "flush", refuse)
    runner = TaskRunner()
    page = QWidget()
    qtbot.addWidget(page)
    button = QPushButton(page)
    UiContext(services, runner).write([button], jobs[what], parent=page)
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    runner.shutdown()
    monkeypatch.undo()

    assert "El disco está lleno" in shown[0], shown
    assert "no se guardó nada" in shown[0] and "Configuración › Respaldos" in shown[0]
    assert "inesperado" not in shown[0]
    assert button.isEnabled()  # the person can try again once there is room
    assert _counts(db_path) == before


def test_opening_a_read_only_database_says_what_to_do(  # type: ignore[no-untyped-def]
        qtbot, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        db_path: Path) -> None:
    import argparse

    import ui.launcher
    from ui.launcher import Startup

    def refuse(db: Path | None) -> Services:
        raise OperationalError("PRAGMA journal_mode=WAL", {},
                               sqlite3.OperationalError("attempt to write a readonly database"))

    class App:  # what Startup asks of the application: to end with a code
        code: int | None = None

        def exit(self, code: int) -> None:
            self.code = code

    monkeypatch.setattr(ui.launcher, "open_database", refuse)
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")  # the sentence goes to stderr
    app = App()
    start = Startup(app, argparse.Namespace(db=str(db_path), screenshot=None))  # type: ignore[arg-type]
    qtbot.addWidget(start.window)
    start.begin()
    qtbot.waitUntil(lambda: app.code is not None, timeout=10_000)
    start.runner.shutdown()
    err = capsys.readouterr().err
    assert app.code != 0
    assert "solo lectura" in err and str(db_path) in err and "permisos" in err, err
    assert "readonly" not in err


def test_the_sentence_needs_nothing_else_loaded() -> None:
    """The window's error text alone (no database opened in this process) is the sentence,
    not the code: the module that names the trouble registers its sentences."""
    import subprocess
    import sys

    shown = subprocess.run(
        [sys.executable, "-c",
         "import sqlite3\n"
         "from app.safety.write_trouble import write_trouble\n"
         "print(write_trouble(sqlite3.OperationalError('database or disk is full')))"],
        capture_output=True, text=True, check=True, env={"ASAMBLEA_LANG": "es", "PATH": ""},
        cwd=Path(__file__).resolve().parents[2])
    assert shown.stdout.startswith("El disco está lleno"), shown.stdout
