"""Issue 10, rule 3 in the window: a check-in on another day than the assembly's shows the
service's sentence (not a traceback) and writes nothing; a close after the assembly's night
asks for the hour."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox

from app.container import Services
from app.domain.enums import AssemblyKind, AssemblyStatus

from tests.assemblies.conftest import Town
from tests.clock import TravelClock
from ui.assembly.check_in import CheckInPanel
from ui.assembly.minutes_panel import MinutesPanel
from ui.context import UiContext
from ui.tasks import TaskRunner

CARACAS = ZoneInfo("America/Caracas")


def test_a_check_in_on_another_day_shows_the_sentence(qtbot, services: Services,  # type: ignore[no-untyped-def]
                                                      town: Town, clock: TravelClock) -> None:
    sv = services
    aid = sv.assemblies.create(town.council_a, AssemblyKind.ORDINARY,
                               datetime(2026, 12, 5, 16, 0), "Casa comunal", ["Informe"]).id
    clock.travel_to(datetime(2026, 12, 4, 16, 0, tzinfo=CARACAS))
    ui = UiContext(sv, TaskRunner())
    panel = CheckInPanel(ui)
    qtbot.addWidget(panel)
    panel.show()
    panel.load(aid, sv.organizations.councils_of(town.council_a), locked=False)
    qtbot.waitUntil(lambda: panel.banner.status is not None)
    panel.search.setText("20000003")
    qtbot.waitUntil(lambda: panel.matches_model.rowCount() == 1)

    def double_click() -> None:
        table = panel.matches
        rect = table.visualRect(panel.matches_model.index(0, 1))
        # As a mouse does it: press and release, then the second press (the double click).
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    double_click()
    qtbot.waitUntil(lambda: "Corregir convocatoria" in panel.message.text())
    assert "05/12/2026" in panel.message.text() and "04/12/2026" in panel.message.text()
    assert "Traceback" not in panel.message.text()
    ui.runner.wait_idle()
    assert sv.assemblies.quorum(aid).present == 0
    assert sv.assemblies.get(aid).status is AssemblyStatus.CONVENED

    clock.travel_to(datetime(2026, 12, 5, 16, 20, tzinfo=CARACAS))
    double_click()
    qtbot.waitUntil(lambda: "Llegada registrada" in panel.message.text())
    assert sv.assemblies.quorum(aid).present == 1


def test_closing_after_its_night_asks_the_hour(qtbot, services: Services, town: Town,  # type: ignore[no-untyped-def]
                                               clock: TravelClock,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    sv = services
    aid = sv.assemblies.create(town.council_a, AssemblyKind.ORDINARY,
                               datetime(2026, 12, 5, 16, 0), "Casa comunal", ["Informe"]).id
    clock.travel_to(datetime(2026, 12, 5, 16, 5, tzinfo=CARACAS))
    sv.assemblies.check_in_many(aid, town.adults_a[:10])
    clock.travel_to(datetime(2026, 12, 6, 11, 0, tzinfo=CARACAS))
    asked: list[str] = []

    def typed(_parent, _title, label, *_a, **_k):  # type: ignore[no-untyped-def]
        asked.append(label)
        return "19:45", True

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(typed))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda *_a, **_k: pytest.fail("no confirmation of 'now' when the hour is asked")))
    ui = UiContext(sv, TaskRunner())
    panel = MinutesPanel(ui)
    qtbot.addWidget(panel)
    panel.show()
    panel.load(aid)
    qtbot.waitUntil(lambda: panel.data is not None)
    panel.close_button.click()
    qtbot.waitUntil(lambda: sv.assemblies.get(aid).status is AssemblyStatus.CLOSED)
    assert asked and "HH:MM" in asked[0]
    assert sv.assemblies.get(aid).closed_at == datetime(2026, 12, 5, 19, 45, tzinfo=CARACAS)
