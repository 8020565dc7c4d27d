"""A speaker noted twice or under the wrong item is removed before the acta is approved: on
the command line (`assemblies remove-intervention`) and with the agenda's "Quitar…" button,
where a double click removes one."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.cli import main
from app.container import Services

from tests.assemblies.conftest import Town, convene
from ui.assembly.agenda import AgendaPanel
from ui.context import UiContext
from ui.tasks import TaskRunner


def test_command_line(db_path: Path, services: Services, town: Town,
                      capsys: pytest.CaptureFixture[str]) -> None:
    aid = convene(services, town.council_a)
    item = services.assemblies.agenda(aid)[1].id
    services.assemblies.add_intervention(item, "María Pérez", "Pide alumbrado")
    services.assemblies.add_intervention(item, "Luis Rojas")
    services.close()
    db = str(db_path)
    assert main(["assemblies", "remove-intervention", "--db", db, "--assembly", aid,
                 "--item", "2", "--number", "1"]) == 0
    assert "María Pérez" in capsys.readouterr().out
    assert main(["assemblies", "remove-intervention", "--db", db, "--assembly", aid,
                 "--item", "2", "--number", "2"]) == 2  # only one is left
    assert main(["assemblies", "show", "--db", db, "--assembly", aid, "--json"]) == 0


def test_agenda_button_removes_one(qtbot, services: Services, town: Town,  # type: ignore[no-untyped-def]
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    def refused(_parent: object, exc: BaseException) -> None:
        raise AssertionError(f"refused: {exc}")

    monkeypatch.setattr("ui.context.show_error", refused)
    sv = services
    aid = convene(sv, town.council_a)
    item = sv.assemblies.agenda(aid)[0].id
    sv.assemblies.add_intervention(item, "María Pérez", "Pide alumbrado")
    sv.assemblies.add_intervention(item, "Luis Rojas")
    ui = UiContext(sv, TaskRunner())
    agenda = AgendaPanel(ui)
    qtbot.addWidget(agenda, before_close_func=lambda _w: ui.runner.wait_idle())
    agenda.show()
    agenda.load(aid, locked=False)
    qtbot.waitUntil(lambda: agenda.items_model.rowCount() == 2)
    agenda.items.selectRow(0)
    qtbot.waitUntil(lambda: "Luis Rojas" in agenda.speakers_label.text())
    offered: list[list[str]] = []
    monkeypatch.setattr(agenda, "choose_speaker",
                        lambda names: offered.append(names) or 0)
    qtbot.mouseClick(agenda.remove_speaker_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(agenda.remove_speaker_button, Qt.MouseButton.LeftButton)
    ui.runner.wait_idle()
    assert offered[0] == ["1. María Pérez (Pide alumbrado)", "2. Luis Rojas"]
    assert [i.speaker_name for i in sv.assemblies.interventions(aid)] == ["Luis Rojas"]
    qtbot.waitUntil(lambda: "María" not in agenda.speakers_label.text())
    ui.runner.shutdown()
