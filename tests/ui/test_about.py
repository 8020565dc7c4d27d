"""'Acerca de': the version, the database's schema revision and this laptop's fingerprint."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from app import __version__
from app.cli import main
from app.container import Services
from app.persistence.migrate import HEAD_REVISION

from ui.context import UiContext
from ui.main_window import MainWindow
from ui.tasks import TaskRunner


@pytest.fixture
def window(qtbot, services: Services) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    assert not win.about.isEnabled()  # nothing to tell before the database is open
    win.attach(UiContext(services, runner))
    yield win
    runner.wait_idle()
    runner.shutdown()


def test_about_shows_version_schema_and_fingerprint(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                                    services: Services) -> None:
    qtbot.mouseClick(window.about, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: getattr(window, "about_dialog", None) is not None)
    dialog = window.about_dialog
    assert dialog.isVisible()
    assert dialog.version.text() == __version__
    assert dialog.schema.text() == HEAD_REVISION
    assert dialog.fingerprint.text() == services.device.fingerprint


def test_version_option_prints_the_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"asamblea {__version__}"
