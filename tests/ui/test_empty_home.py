"""A new laptop with nothing in it: the home screen offers to receive the data of another
laptop (where a second secretary starts) beside registering the organization."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.container import Services

from ui.context import UiContext
from ui.main_window import MainWindow
from ui.tasks import TaskRunner


def test_an_empty_laptop_offers_to_receive_data(qtbot, services: Services) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    window = MainWindow(UiContext(services, runner))
    qtbot.addWidget(window)
    window.resize(1024, 600)
    window.show()
    home = window.pages["inicio"]
    qtbot.waitUntil(lambda: home.receive_button.isVisible(), timeout=10_000)  # type: ignore[attr-defined]
    assert "«asamblea demo»" in home.territory_label.text()  # type: ignore[attr-defined]
    qtbot.mouseClick(home.receive_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    sync = window.pages["sincronizar"]
    assert window.stack.currentWidget() is sync
    assert sync.tabs.currentIndex() == 1  # type: ignore[attr-defined]  (Recibir)
    window.show_page("inicio")
    qtbot.mouseClick(home.register_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert window.stack.currentWidget() is window.pages["configuracion"]
    runner.wait_idle()
    runner.shutdown()


def test_a_laptop_with_data_does_not_offer_it(qtbot, demo_services: Services) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    window = MainWindow(UiContext(demo_services, runner))
    qtbot.addWidget(window)
    window.show()
    home = window.pages["inicio"]
    qtbot.waitUntil(lambda: home.org_label.text() != "", timeout=10_000)  # type: ignore[attr-defined]
    assert not home.receive_button.isVisible()  # type: ignore[attr-defined]
    runner.wait_idle()
    runner.shutdown()
