"""Issue 13 point 3 in the window: Configuración > Respaldos restores a backup and the window
starts again on the restored database."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from app.container import open_services
from app.domain.census import NewResident
from app.domain.enums import OrgKind

from ui.launcher import Startup
from ui.safety.backups_panel import BackupsPanel


def test_restore_a_backup_from_configuracion(qtbot, db_path: Path,  # type: ignore[no-untyped-def]
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    sv = open_services(db_path)
    org = sv.organizations.create(OrgKind.COUNCIL, "Consejo Comunal El Valle")
    sv.residents.add(NewResident(org.id, "Ana", "Pérez", "V-14555666"))
    made = sv.backups.create()
    sv.residents.add(NewResident(org.id, "Luis", "Mora", "V-14555667"))  # after the backup
    sv.close()

    app = QApplication.instance()
    args = argparse.Namespace(db=str(db_path), screenshot=None, page="configuracion",
                              size="1024x600")
    start = Startup(app, args)  # type: ignore[arg-type]
    start.window.show()
    start.window.show_page("configuracion")
    start.begin()
    qtbot.waitUntil(lambda: start.services is not None, timeout=20_000)
    old_services = start.services
    section = start.window.findChild(BackupsPanel)
    assert section is not None
    qtbot.waitUntil(lambda: "Último respaldo" in section.latest.text(), timeout=10_000)
    qtbot.mouseClick(section.list_button, Qt.MouseButton.LeftButton)
    panel = section.dialog
    assert panel is not None
    qtbot.waitUntil(lambda: panel.model.rowCount() >= 1, timeout=10_000)
    row = next(i for i, b in enumerate(panel.backups) if b.path == made.path)
    panel.table.selectRow(row)
    qtbot.waitUntil(lambda: panel.restore_button.isEnabled(), timeout=10_000)
    assert panel.details.text().startswith("1 habitantes,")  # what the backup holds
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(panel.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: start.services is not old_services, timeout=20_000)
    assert start.services is not None
    assert "Se restauró el respaldo" in start.window.banner.text()
    assert start.services.residents.count() == 1  # Luis came after the backup
    assert start.services.incarnation is not None
    start.runner.wait_idle()
    start.runner.shutdown()
    start.services.close()
    start.window.close()
