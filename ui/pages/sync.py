"""Sincronizar: this laptop's identity and what its change log holds."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from app.services.info import DatabaseInfo

from ui.context import UiContext
from ui.pages.base import Page
from ui.widgets import section_title


class SyncPage(Page):
    watches = frozenset({"device"})

    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ui, self.tr("Sincronizar"), parent)
        self.layout_.addWidget(section_title(self.tr("Este equipo"), self))
        form = QFormLayout()
        self.fingerprint = QLabel("", self)
        self.fingerprint.setObjectName("fingerprint")
        self.device = QLabel("", self)
        self.changes = QLabel("", self)
        self.pending = QLabel("", self)
        self.conflicts = QLabel("", self)
        form.addRow(self.tr("Huella para comparar por teléfono:"), self.fingerprint)
        form.addRow(self.tr("Identificador del equipo:"), self.device)
        form.addRow(self.tr("Cambios guardados en el registro:"), self.changes)
        form.addRow(self.tr("Cambios en espera:"), self.pending)
        form.addRow(self.tr("Conflictos por resolver:"), self.conflicts)
        self.layout_.addLayout(form)
        self.layout_.addStretch(1)

    def refresh(self) -> None:
        self.ui.run(lambda: self.services.info.info(with_digest=False), self._show, self)

    def _show(self, info: DatabaseInfo) -> None:
        self.fingerprint.setText(info.device_fingerprint)
        self.device.setText(info.device_id)
        self.changes.setText(str(info.changes))
        self.pending.setText(str(info.pending_changes))
        self.conflicts.setText(str(info.open_conflicts))
