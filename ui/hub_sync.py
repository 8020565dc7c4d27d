"""Background sync with the hub: tries by itself when a hub is set, on its own worker thread
(a transfer over a bad link may take minutes: the window and its own jobs never wait for it),
every few minutes after a success and with growing pauses while the hub does not answer.

Pages show `line(status)`: "Última sincronización: hace 5 min · 2 cambios por enviar".
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from ui.tasks import TaskRunner

if TYPE_CHECKING:
    from app.sync.hub_model import HubStatus

    from ui.context import UiContext

EVERY_MS = 5 * 60 * 1000  # after a success
# After the hub answered "being applied": back soon to confirm (the apply takes seconds).
CONFIRM_MS = 20 * 1000
RETRY_MS = 15 * 1000  # the first pause after a failure, doubled up to MAX_PAUSE_MS
MAX_PAUSE_MS = 15 * 60 * 1000


class HubSync(QObject):
    status_changed = Signal(object)  # HubStatus
    synced = Signal(object)  # HubSyncResult, or the error of the attempt

    def __init__(self, ui: UiContext, every_ms: int = EVERY_MS, retry_ms: int = RETRY_MS,
                 max_pause_ms: int = MAX_PAUSE_MS, parent: QObject | None = None,
                 confirm_ms: int = CONFIRM_MS) -> None:
        super().__init__(parent)
        self._ui = ui
        self._every, self._retry, self._max = every_ms, retry_ms, max_pause_ms
        self._confirm = confirm_ms
        self.failures = 0
        self.running = False
        self.status: HubStatus | None = None
        self.runner = TaskRunner(self)
        # What an import brought is announced like any job's, so pages refresh.
        self.runner.changed.connect(ui.data_changed)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.sync_now)

    def start(self, first_ms: int = 2000) -> None:
        self._timer.start(first_ms)

    def stop(self) -> None:
        self._timer.stop()
        self.runner.shutdown()

    @property
    def next_in_ms(self) -> int:
        return self._timer.remainingTime() if self._timer.isActive() else -1

    def sync_now(self) -> None:
        """One attempt now (the button, or the timer); ignored while one runs."""
        if self.running:
            return
        self.running = True
        self._timer.stop()
        hub = self._ui.services.hub

        def job() -> tuple[Any, HubStatus]:
            status = hub.status()
            if not status.configured:
                return None, status
            try:
                result: Any = hub.sync_now()
            except Exception as exc:  # shown as the status line's last error, then retried
                result = exc
            return result, hub.status()

        self.runner.submit(job, self._done, self._failed)

    def _done(self, outcome: tuple[Any, HubStatus]) -> None:
        result, status = outcome
        self.running = False
        self.status = status
        if isinstance(result, BaseException):
            self.failures += 1
            pause = min(self._retry * 2 ** (self.failures - 1), self._max)
        else:
            self.failures = 0
            # A bundle the hub is still applying is confirmed soon, not at the usual pace.
            unconfirmed = status.delivered_bundles > 0
            pause = min(self._confirm, self._every) if unconfirmed else self._every
        if result is not None:
            self.synced.emit(result)
        self.status_changed.emit(status)
        self._timer.start(pause)

    def _failed(self, exc: BaseException) -> None:
        # The status itself could not be read (the database is busy or closing).
        self.running = False
        self.failures += 1
        self._timer.start(min(self._retry * 2 ** (self.failures - 1), self._max))


def ago(then: datetime, now: datetime | None = None) -> str:
    minutes = int(((now or datetime.now(UTC)) - then).total_seconds() // 60)
    if minutes < 1:
        return QCoreApplication.translate("HubSync", "hace un momento")
    if minutes < 60:
        return QCoreApplication.translate("HubSync", "hace {n} min").format(n=minutes)
    if minutes < 48 * 60:
        return QCoreApplication.translate("HubSync", "hace {n} h").format(n=minutes // 60)
    return QCoreApplication.translate("HubSync", "hace {n} días").format(n=minutes // (24 * 60))


def line(status: HubStatus | None, now: datetime | None = None) -> str:
    """The status line of the Sincronizar page and the dashboard."""
    tr = QCoreApplication
    if status is None or not status.configured:
        return tr.translate("HubSync", "Sin hub: se sincroniza con memoria USB.")
    if status.last_sync is not None:
        last = tr.translate("HubSync", "Última sincronización: {when}").format(
            when=ago(status.last_sync, now))
    else:
        last = tr.translate("HubSync", "Aún no se ha sincronizado con el hub")
    if status.outbox_changes == 1:
        waiting = tr.translate("HubSync", "1 cambio por enviar")
    elif status.outbox_changes:
        waiting = tr.translate("HubSync", "{n} cambios por enviar").format(
            n=status.outbox_changes)
    elif not status.delivered_bundles:
        waiting = tr.translate("HubSync", "nada por enviar")
    else:
        waiting = ""
    if status.delivered_bundles == 1:
        delivered = tr.translate("HubSync", "1 paquete entregado, por confirmar")
    elif status.delivered_bundles:
        delivered = tr.translate("HubSync", "{n} paquetes entregados, por confirmar").format(
            n=status.delivered_bundles)
    else:
        delivered = ""
    text = " · ".join(part for part in (last, delivered, waiting) if part)
    if status.last_error:
        text += "\n" + tr.translate("HubSync", "Último intento: {error}").format(
            error=status.last_error)
    return text
