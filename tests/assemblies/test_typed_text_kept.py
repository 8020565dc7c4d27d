"""Nothing typed is lost: a dialog refused by a rule stays open with every field as typed,
and closes only once what was typed is saved."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from app.container import Services
from app.demo.commune import DemoSummary

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
