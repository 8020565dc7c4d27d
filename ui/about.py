"""'Acerca de': what someone giving support asks for first (version, schema, this laptop)."""

from __future__ import annotations

import platform
from typing import TYPE_CHECKING

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QVBoxLayout, QWidget

from app import __version__

from ui.theme import app_icon
from ui.widgets import text_label

if TYPE_CHECKING:
    from app.services.info import DatabaseInfo


class AboutDialog(QDialog):
    """The facts come from `services.info.info(with_digest=False)`, read on the worker."""

    def __init__(self, info: DatabaseInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Acerca de Asamblea"))
        layout = QVBoxLayout(self)
        logo = text_label("", self)
        logo.setPixmap(app_icon().pixmap(64, 64))
        logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        name = text_label(self.tr("Asamblea {version}").format(version=__version__), self)
        name.setObjectName("pageTitle")
        name.setAlignment(Qt.AlignmentFlag.AlignCenter)
        tagline = text_label(self.tr("Censo, asambleas, consulta popular y actas para consejos "
                                     "comunales y comunas."), self)
        tagline.setWordWrap(True)
        tagline.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(logo)
        layout.addWidget(name)
        layout.addWidget(tagline)

        facts = QFormLayout()
        self.version = text_label(__version__, self)
        self.schema = text_label(info.schema_revision or self.tr("sin revisión"), self)
        self.fingerprint = text_label(info.device_fingerprint, self)
        self.fingerprint.setObjectName("fingerprint")
        for label in (self.version, self.schema, self.fingerprint):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        facts.addRow(self.tr("Versión:"), self.version)
        facts.addRow(self.tr("Revisión del esquema:"), self.schema)
        facts.addRow(self.tr("Huella de este equipo:"), self.fingerprint)
        facts.addRow(self.tr("Componentes:"), text_label(
            f"Python {platform.python_version()} · Qt {pyside_version}", self))
        layout.addLayout(facts)
        notice = text_label(self.tr("Software libre (GPL-3.0 o posterior). Al pedir ayuda, "
                                    "diga la versión y la huella."), self)
        notice.setObjectName("muted")
        notice.setWordWrap(True)
        layout.addWidget(notice)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
