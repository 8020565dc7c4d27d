"""A convened assembly is corrected (day, hour, place, title, caller, call) or suspended with
its reason before it begins, in the service, on the command line and in the window; once the
first check-in opens it, both are refused."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox

from app.cli import main
from app.container import Services
from app.domain.enums import AssemblyKind, AssemblyStatus
from app.domain.errors import DomainError

from tests.assemblies.conftest import Town
from tests.clock import TravelClock
from ui.context import UiContext
from ui.pages.assemblies import AssembliesPage
from ui.tasks import TaskRunner

CARACAS = ZoneInfo("America/Caracas")


def _convene(sv: Services, org: str, place: str = "Casa comunal") -> str:
    return sv.assemblies.create(org, AssemblyKind.ORDINARY, datetime(2027, 3, 6, 9, 0),
                                place, ["Apertura"]).id


def test_edit_and_cancel_before_it_begins(services: Services, town: Town) -> None:
    sv = services
    aid = _convene(sv, town.council_a)
    edited = sv.assemblies.edit(aid, scheduled_at=datetime(2027, 3, 13, 16, 30),
                                place="  Cancha   techada ", called_by="Vocería de Brisas",
                                call=2)
    assert edited.scheduled_at.astimezone(CARACAS) == datetime(2027, 3, 13, 16, 30,
                                                               tzinfo=CARACAS)
    assert (edited.place, edited.called_by, edited.call) == ("Cancha techada",
                                                             "Vocería de Brisas", 2)
    assert sv.assemblies.edit(aid, title="").title is None  # an empty title clears it
    with pytest.raises(DomainError) as refused:
        sv.assemblies.edit(aid, place="   ")
    assert refused.value.code == "assembly.place_empty"
    with pytest.raises(DomainError) as refused:
        sv.assemblies.cancel(aid, " ")
    assert refused.value.code == "assembly.cancel_reason_empty"

    cancelled = sv.assemblies.cancel(aid, "Lluvia")
    assert (cancelled.status, cancelled.cancel_reason) == (AssemblyStatus.CANCELLED, "Lluvia")
    for attempt in (lambda: sv.assemblies.cancel(aid, "Otra vez"),
                    lambda: sv.assemblies.edit(aid, place="Escuela")):
        with pytest.raises(DomainError) as refused:
            attempt()
        assert refused.value.code == "assembly.not_convened"
    assert "suspendida" in str(refused.value)


def test_refused_once_opened(services: Services, town: Town, clock: TravelClock) -> None:
    sv = services
    aid = _convene(sv, town.council_a)
    clock.travel_to(datetime(2027, 3, 6, 9, 5, tzinfo=CARACAS))  # opens on its day
    sv.assemblies.check_in(aid, town.adults_a[0])
    for attempt in (lambda: sv.assemblies.cancel(aid, "Lluvia"),
                    lambda: sv.assemblies.edit(aid, place="Escuela")):
        with pytest.raises(DomainError) as refused:
            attempt()
        assert refused.value.code == "assembly.not_convened"
    assert sv.assemblies.get(aid).place == "Casa comunal"


def test_command_line(db_path: Path, services: Services, town: Town,
                      capsys: pytest.CaptureFixture[str]) -> None:
    aid = _convene(services, town.council_a)
    services.close()
    db = str(db_path)
    assert main(["assemblies", "edit", "--db", db, "--assembly", aid, "--time", "17:15",
                 "--place", "Escuela"]) == 0
    out = capsys.readouterr().out
    assert "06/03/2027 17:15 · Escuela" in out
    assert main(["assemblies", "edit", "--db", db, "--assembly", aid, "--time", "9h"]) == 2
    assert main(["assemblies", "edit", "--db", db, "--assembly", aid]) == 2
    capsys.readouterr()
    assert main(["assemblies", "cancel", "--db", db, "--assembly", aid, "--reason",
                 "Sin local", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert (shown["status"], shown["cancel_reason"]) == ("cancelled", "Sin local")
    assert main(["assemblies", "cancel", "--db", db, "--assembly", aid, "--reason", "x"]) == 1
    assert "suspendida" in capsys.readouterr().err


@pytest.fixture
def ui(qtbot: object, services: Services, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    def refused(_parent: object, exc: BaseException) -> None:
        raise AssertionError(f"refused: {exc}")

    monkeypatch.setattr("ui.context.show_error", refused)
    monkeypatch.setattr("ui.submit.show_error", refused)
    context = UiContext(services, TaskRunner())
    yield context
    context.runner.wait_idle()
    context.runner.shutdown()


def _double_click_ok(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def test_window_corrects_then_suspends(qtbot, ui: UiContext, town: Town) -> None:  # type: ignore[no-untyped-def]
    sv = ui.services
    aid = _convene(sv, town.council_a)
    page = AssembliesPage(ui)
    qtbot.addWidget(page, before_close_func=lambda _w: ui.runner.wait_idle())
    page.resize(1024, 600)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    ui.runner.wait_idle()
    assert page.edit_button.isEnabled() and page.cancel_button.isEnabled()

    page.ask_edit()
    qtbot.waitUntil(lambda: page.edit_dialog is not None and page.edit_dialog.isVisible())
    dialog = page.edit_dialog
    assert dialog is not None
    assert dialog.place.text() == "Casa comunal"
    dialog.place.setText("Cancha techada")
    _double_click_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    ui.runner.wait_idle()
    shown = sv.assemblies.get(aid)
    assert shown.place == "Cancha techada"
    # The hour was not touched: it stays 09:00 in Caracas, whatever this laptop's zone.
    assert shown.scheduled_at.astimezone(CARACAS).hour == 9

    page.ask_edit()
    qtbot.waitUntil(lambda: page.edit_dialog is not dialog and page.edit_dialog is not None
                    and page.edit_dialog.isVisible())
    moved = page.edit_dialog
    assert moved is not None
    moved.date.setDate(QDate(2027, 3, 20))
    _double_click_ok(qtbot, moved)
    qtbot.waitUntil(lambda: not moved.isVisible())
    ui.runner.wait_idle()
    assert sv.assemblies.get(aid).scheduled_at.astimezone(CARACAS) == datetime(
        2027, 3, 20, 9, 0, tzinfo=CARACAS)

    qtbot.waitUntil(lambda: page.cancel_button.isEnabled())
    suspend = page.ask_cancel()
    assert suspend is not None
    suspend.reason.setText("Lluvia")
    _double_click_ok(qtbot, suspend)
    qtbot.waitUntil(lambda: not suspend.isVisible())
    ui.runner.wait_idle()
    assert sv.assemblies.get(aid).status is AssemblyStatus.CANCELLED
    qtbot.waitUntil(lambda: not page.cancel_button.isEnabled()
                    and "Lluvia" in page.detail.text())
    assert not page.edit_button.isEnabled()
