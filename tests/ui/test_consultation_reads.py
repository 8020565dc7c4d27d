"""Issue 17, point 5: the Consulta page builds each consultation's registers (every eligible
voter, sorted and placed at a table) once per load, not once for the overview and again for
the results."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

import app.services.consultation_loading as loading
from app.container import Services

from ui.context import UiContext
from ui.main_window import MainWindow
from ui.tasks import TaskRunner


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    tasks = TaskRunner()
    yield tasks
    tasks.wait_idle()
    tasks.shutdown()


def test_one_load_builds_the_registers_once(qtbot: Any, demo_services: Services,
                                            runner: TaskRunner,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    built: list[str] = []
    registers = loading.registers

    def counted(s: Any, consultation: Any) -> Any:
        built.append(consultation.id)
        return registers(s, consultation)

    monkeypatch.setattr(loading, "registers", counted)
    window = MainWindow(UiContext(demo_services, runner))
    qtbot.addWidget(window)
    window.show()
    page: Any = window.show_page("consulta")

    def settle() -> None:
        for _ in range(3):  # the list, then the consultation's read, then what they show
            runner.wait_idle()
            QApplication.processEvents()

    qtbot.waitUntil(lambda: page.status.text().startswith("Estado"), timeout=20_000)
    settle()
    assert len(built) == 1
    # The Resultados tab is built when first shown, with what the page read: no new read.
    page.tabs.setCurrentIndex(3)
    shown = page.tabs.currentWidget()
    assert shown is page.results and shown.results is not None
    assert shown.results.eligible == page.tables.overview.eligible > 0
    settle()
    assert len(built) == 1

    page.refresh()  # what a change elsewhere does: one more load, one more build
    qtbot.waitUntil(lambda: len(built) == 2, timeout=20_000)
    settle()
    assert len(built) == 2
