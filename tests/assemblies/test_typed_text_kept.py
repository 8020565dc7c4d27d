"""Nothing typed is lost: a dialog refused by a rule stays open with every field as typed,
and closes only once what was typed is saved."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from app.container import Services
from app.demo.commune import DemoSummary

from tests.assemblies.conftest import convene
from ui.assembly.agenda import AgendaPanel
from ui.assembly.minutes_panel import MinutesPanel
from ui.assembly.new_dialog import NewAssemblyDialog
from ui.context import UiContext
from ui.pages.assemblies import AssembliesPage
from ui.tasks import TaskRunner


@pytest.fixture
def ui(qtbot: object, demo_services: Services) -> Iterator[UiContext]:
    context = UiContext(demo_services, TaskRunner())
    yield context
    context.runner.wait_idle()
    context.runner.shutdown()


def test_convene_dialog_keeps_what_was_typed_when_refused(
        qtbot, ui: UiContext, demo: DemoSummary, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr("ui.context.show_error",
                        lambda _parent, exc: shown.append(str(exc)))
    monkeypatch.setattr(NewAssemblyDialog, "exec", NewAssemblyDialog.show)
    page = AssembliesPage(ui)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    before = len(ui.services.assemblies.list_all())
    page.ask_new()
    dialog = page.findChild(NewAssemblyDialog)
    assert dialog is not None
    dialog.agenda.setPlainText("Verificación del quórum\nNudos críticos\nPriorización")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)

    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)  # the place was forgotten

    qtbot.waitUntil(lambda: len(shown) == 1)
    assert "lugar" in shown[0]
    assert dialog.isVisible()
    assert dialog.agenda.toPlainText().count("\n") == 2
    dialog.place.setText("Casa comunal")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)  # impatient: still one assembly
    qtbot.waitUntil(lambda: not dialog.isVisible())
    ui.runner.wait_idle()
    assert len(ui.services.assemblies.list_all()) == before + 1


def test_agenda_notes_survive_choosing_another_item(qtbot, ui: UiContext,
                                                     demo: DemoSummary) -> None:
    sv = ui.services
    aid = convene(sv, demo.council_ids[0])
    agenda = AgendaPanel(ui)
    qtbot.addWidget(agenda)
    agenda.show()
    agenda.load(aid, locked=False)
    qtbot.waitUntil(lambda: agenda.items_model.rowCount() == 2)
    agenda.items.selectRow(0)
    qtbot.keyClicks(agenda.notes, "Se leyo el acta anterior")
    agenda.items.selectRow(1)  # no click on "Guardar lo tratado"
    ui.runner.wait_idle()
    assert sv.assemblies.agenda(aid)[0].notes == "Se leyo el acta anterior"
    assert agenda.notes.toPlainText() == ""
    agenda.items.selectRow(0)
    assert agenda.notes.toPlainText() == "Se leyo el acta anterior"


def test_the_actas_free_text_is_saved_when_the_window_closes(qtbot, ui: UiContext,
                                                             demo: DemoSummary) -> None:
    sv = ui.services
    aid = convene(sv, demo.council_ids[0])
    window = QWidget()
    qtbot.addWidget(window)
    panel = MinutesPanel(ui, window)
    window.show()
    panel.load(aid)
    qtbot.waitUntil(lambda: panel.data is not None)
    qtbot.keyClicks(panel.observations, "Hubo corte de luz a las 7")
    window.close()  # no click on "Guardar borrador"
    ui.runner.wait_idle()
    assert sv.minutes.text(aid).observations == "Hubo corte de luz a las 7"
