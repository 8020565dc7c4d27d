"""The hub's status line, on the Sincronizar page and the dashboard, with a "sync now" button."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QWidget

from ui.hub_sync import line
from ui.widgets import big_button, text_label

if TYPE_CHECKING:
    from app.sync.hub_model import HubStatus

    from ui.context import UiContext


class HubStatusLine(QWidget):
    def __init__(self, ui: UiContext, parent: QWidget | None = None,
                 with_button: bool = True) -> None:
        super().__init__(parent)
        self._ui = ui
        self.status: HubStatus | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.label = text_label("", self)
        self.label.setObjectName("hubStatus")
        self.label.setWordWrap(True)
        row.addWidget(self.label, 1)
        self.button = big_button(self.tr("Sincronizar ahora"), self)
        self.button.setObjectName("hubSyncNow")
        self.button.setVisible(with_button)
        self.button.clicked.connect(self.sync_now)
        row.addWidget(self.button)
        if ui.hub_sync is not None:
            ui.hub_sync.status_changed.connect(self.show_status)
            if ui.hub_sync.status is not None:
                self.show_status(ui.hub_sync.status)
        # "hace 5 min" grows by itself, without asking the database.
        self._tick = QTimer(self)
        self._tick.timeout.connect(lambda: self.show_status(self.status))
        self._tick.start(60_000)

    def refresh(self) -> None:
        self._ui.run(self._ui.services.hub.status, self.show_status, self)

    def show_status(self, status: HubStatus | None) -> None:
        self.status = status
        self.label.setText(line(status))
        self.button.setEnabled(status is not None and status.configured)

    def sync_now(self) -> None:
        if self._ui.hub_sync is not None:
            self._ui.hub_sync.sync_now()
            return
        hub = self._ui.services.hub

        def job() -> HubStatus:
            hub.sync_now()
            return hub.status()

        self._ui.write([self.button], job, self.show_status, self,
                       on_error=lambda _exc: self.refresh())
