"""The window shows times in the organization's time zone, like the papers, whatever zone the
laptop is set to: here the laptop is in Tokyo and the council in Caracas."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from app.container import Services
from app.domain.enums import AssemblyKind

from ui.context import UiContext
from ui.main_window import MainWindow
from ui.tasks import TaskRunner


@pytest.fixture
def in_tokyo(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_lists_show_the_organizations_hour_not_the_laptops(qtbot, in_tokyo: None,  # type: ignore[no-untyped-def]
                                                           demo_services: Services,
                                                           demo) -> None:
    sv = demo_services
    # 17:30 UTC is 13:30 in Caracas and 02:30 of the next day in Tokyo.
    held = sv.assemblies.create(demo.council_ids[0], AssemblyKind.ORDINARY,
                                datetime(2027, 1, 16, 17, 30, tzinfo=UTC), "Cancha techada")
    assert datetime(2027, 1, 16, 17, 30, tzinfo=UTC).astimezone().hour == 2  # Tokyo indeed
    runner = TaskRunner()
    window = MainWindow(UiContext(sv, runner))
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    page = window.show_page("asambleas")
    assert page is not None
    model = page.model  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: any(model.row_at(r).id == held.id
                                for r in range(model.rowCount())), timeout=10_000)
    row = next(r for r in range(model.rowCount()) if model.row_at(r).id == held.id)
    assert model.index(row, 0).data() == "16/01/2027 13:30"

    page.open_assembly(held.id)  # type: ignore[attr-defined]
    day = page.day  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: "16/01/2027 13:30" in day.heading.text(), timeout=10_000)

    home = window.show_page("inicio")
    assert home is not None
    qtbot.waitUntil(lambda: "16/01/2027 13:30" in home.pending.text(),  # type: ignore[attr-defined]
                    timeout=10_000)
    runner.wait_idle()
    runner.shutdown()
