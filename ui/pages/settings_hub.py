"""Configuración's hub box: the hub's address and the fingerprint its administrator gave.

Fixing them pins the hub's certificate (the fingerprint must match); from then on the window
syncs with the hub by itself when it answers (ui/hub_sync.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLineEdit, QWidget

from ui.context import UiContext, error_text
from ui.widgets import big_button, text_label

if TYPE_CHECKING:
    from app.sync.hub_model import HubStatus


class HubSettingsBox(QGroupBox):
    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Hub (sincronizar cuando haya conexión)"), parent)
        self._ui = ui
        form = QFormLayout(self)
        self.url = QLineEdit(self)
        self.url.setObjectName("hubUrl")
        self.url.setPlaceholderText("https://hub.comuna.ve:8443")
        self.fingerprint = QLineEdit(self)
        self.fingerprint.setObjectName("hubFingerprint")
        self.fingerprint.setPlaceholderText("ABCD-EFGH-IJKL-MNOP-QRST")
        form.addRow(self.tr("Dirección del hub:"), self.url)
        form.addRow(self.tr("Huella del hub:"), self.fingerprint)
        self.set_button = big_button(self.tr("Fijar hub"), self)
        self.set_button.setObjectName("hubSet")
        self.result = text_label("", self)
        self.result.setObjectName("hubResult")
        self.result.setWordWrap(True)
        form.addRow(self.set_button)
        form.addRow(self.result)
        self.set_button.clicked.connect(self.set_hub)
        ui.run(ui.services.hub.status, self._show, self)

    def _show(self, status: HubStatus) -> None:
        if status.configured:
            self.url.setText(status.url)
            self.fingerprint.setText(status.fingerprint)

    def set_hub(self) -> None:
        url, fingerprint = self.url.text().strip(), self.fingerprint.text().strip()
        if not url or not fingerprint:
            self.result.setText(self.tr("Escriba la dirección y la huella que dio el "
                                        "administrador del hub."))
            return
        hub = self._ui.services.hub

        def done(status: HubStatus) -> None:
            self.result.setText(self.tr("Hub fijado: {url}. Se sincroniza solo cuando "
                                        "responde.").format(url=status.url))
            if self._ui.hub_sync is not None:
                self._ui.hub_sync.sync_now()

        self._ui.write([self.set_button, self.url, self.fingerprint],
                       lambda: hub.configure(url, fingerprint), done, self,
                       on_error=lambda exc: self.result.setText(error_text(exc)))
