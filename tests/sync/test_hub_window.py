"""The window's background sync: with the hub up it sends by itself and the status line says
when; with the hub down it keeps the changes, says why and tries again later; when the hub is
back it catches up by itself. The GUI thread never waits for the hub."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QTimer

from app.container import Services

from tests.sync.conftest import Laptop
from tests.sync.helpers import add_council
from tests.sync.hub_server import HubServer
from ui.context import UiContext
from ui.hub_sync import HubSync
from ui.pages.sync import SyncPage
from ui.tasks import TaskRunner

pytestmark = pytest.mark.postgres



class GapMeter:
    """The longest pause of the GUI thread's event loop while it runs."""

    def __init__(self) -> None:
        self.longest = 0.0
        self._last = time.monotonic()
        self.timer = QTimer()
        self.timer.timeout.connect(self._tick)
        self.timer.start(10)

    def restart(self) -> None:
        """After the test itself blocked the thread (starting or stopping the hub)."""
        self._last = time.monotonic()

    def _tick(self) -> None:
        now = time.monotonic()
        self.longest = max(self.longest, now - self._last)
        self._last = now


def test_background_sync_with_the_hub_up_down_and_back(qtbot, hub: HubServer,  # type: ignore[no-untyped-def]
                                                       laptop: Laptop) -> None:
    services: Services = laptop("window")
    hub.enroll(services.device.fingerprint, "comuna-ventana")
    services.hub.configure(hub.url, hub.fingerprint)
    add_council(services, "Consejo Comunal Ventana")
    runner = TaskRunner()
    ui = UiContext(services, runner)
    syncer = HubSync(ui, every_ms=300, retry_ms=200, max_pause_ms=800)
    ui.hub_sync = syncer
    page = SyncPage(ui)
    qtbot.addWidget(page)
    page.show()
    label = page.hub_line.label
    meter = GapMeter()
    try:
        # Up: it sends by itself.
        syncer.start(first_ms=0)
        qtbot.waitUntil(lambda: syncer.status is not None
                        and syncer.status.last_sync is not None
                        and syncer.status.outbox_changes == 0, timeout=60_000)
        assert "Última sincronización: hace un momento · nada por enviar" in label.text()

        # Down: the change waits, the line says so, and it tries again with pauses.
        hub.stop()
        add_council(services, "Consejo Comunal Sin Señal")
        meter.restart()
        qtbot.waitUntil(lambda: syncer.failures >= 2, timeout=60_000)
        assert "1 cambio por enviar" in label.text()
        assert "No se pudo hablar con el hub" in label.text()
        assert services.hub.status().outbox_changes == 1

        # Back: it catches up without anyone pressing anything.
        hub.start()
        meter.restart()
        qtbot.waitUntil(lambda: syncer.failures == 0 and syncer.status is not None
                        and syncer.status.outbox_changes == 0, timeout=60_000)
        assert "nada por enviar" in label.text()
        assert "Último intento" not in label.text()
        # The GUI thread never waited for the hub (transfers and retries ran elsewhere).
        assert meter.longest < 0.5, meter.longest
        assert hub.commune_digest("comuna-ventana") == services.info.digest()
    finally:
        meter.timer.stop()
        syncer.stop()
        runner.wait_idle()
        runner.shutdown()


def test_the_hub_is_set_in_configuracion(qtbot, hub: HubServer,  # type: ignore[no-untyped-def]
                                         laptop: Laptop) -> None:
    from ui.pages.settings_hub import HubSettingsBox

    services: Services = laptop("settings")
    runner = TaskRunner()
    box = HubSettingsBox(UiContext(services, runner))
    qtbot.addWidget(box)
    try:
        box.url.setText(hub.url)
        box.fingerprint.setText("AAAA-BBBB-CCCC-DDDD-EEEE")
        box.set_button.click()
        qtbot.waitUntil(lambda: box.result.text() != "", timeout=20_000)
        assert "no es el hub que dio su administrador" in box.result.text()
        assert services.hub.status().configured is False  # nothing pinned

        box.fingerprint.setText(hub.fingerprint)
        box.set_button.click()
        qtbot.waitUntil(lambda: "Hub fijado" in box.result.text(), timeout=20_000)
        status = services.hub.status()
        assert status.url == hub.url and status.fingerprint == hub.fingerprint
    finally:
        runner.wait_idle()
        runner.shutdown()
