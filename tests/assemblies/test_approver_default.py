"""The acta's approver is this laptop's secretary (Configuración) unless someone else is
typed: her name is not typed again at every assembly."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.container import Services
from app.demo.commune import DemoSummary

from tests.assemblies.conftest import convene
from ui.assembly.minutes_panel import MinutesPanel
from ui.context import UiContext
from ui.tasks import TaskRunner


def test_the_secretary_is_the_default_approver(qtbot, demo_services: Services,  # type: ignore[no-untyped-def]
                                                demo: DemoSummary) -> None:
    sv = demo_services
    sv.settings.set("secretary_name", "Yelitza Acosta")
    ui = UiContext(sv, TaskRunner())
    panel = MinutesPanel(ui)
    qtbot.addWidget(panel)
    panel.show()
    panel.load(convene(sv, demo.council_ids[1]))
    qtbot.waitUntil(lambda: panel.approver.text() == "Yelitza Acosta", timeout=10_000)
    panel.approver.setText("Néstor Acosta")  # someone else approves today: kept
    panel.refresh()
    ui.runner.wait_idle()
    QCoreApplication.processEvents()  # deliver the refresh's result before looking
    assert panel.approver.text() == "Néstor Acosta"
    ui.runner.shutdown()
