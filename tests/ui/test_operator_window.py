"""The window asks at start who is in charge of the laptop (the last name already typed), and
«Cambiar» in the sidebar hands it to another person: each answer is a shift in the change log
that the Historial then shows beside each later change."""

from __future__ import annotations

import argparse
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.container import open_services
from app.domain.census import NewResident
from app.domain.enums import OrgKind

from ui.launcher import Startup
from ui.safety.operator import OperatorBox


def test_the_start_asks_and_cambiar_hands_over(qtbot, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    sv = open_services(db_path)
    org = sv.organizations.create(OrgKind.COUNCIL, "Consejo Comunal El Valle")
    person = sv.residents.add(NewResident(org.id, "Ana", "Pérez", "V-14555666")).id
    sv.settings.set("secretary_name", "Yelitza Acosta")  # the name given last time
    sv.close()

    args = argparse.Namespace(db=str(db_path), screenshot=None, page="inicio", size="1024x600")
    start = Startup(QApplication.instance(), args)  # type: ignore[arg-type]
    start.window.show()
    start.begin()
    box = start.window.findChild(OperatorBox)
    assert box is not None
    qtbot.waitUntil(lambda: box.dialog is not None, timeout=20_000)
    asked = box.dialog
    assert asked is not None and asked.name.text() == "Yelitza Acosta"
    qtbot.keyClick(asked.name, Qt.Key.Key_Return)  # Enter keeps the name
    qtbot.waitUntil(lambda: box.current == "Yelitza Acosta", timeout=10_000)
    assert start.services is not None
    assert start.services.operators.in_charge() == "Yelitza Acosta"
    start.services.residents.update(person, phone="0414-1111111")

    qtbot.mouseClick(box.change, Qt.MouseButton.LeftButton)
    other = box.dialog
    assert other is not None and other is not asked
    other.name.setText("   ")  # nothing typed: said in the dialog, which stays; nothing written
    qtbot.mouseClick(other.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: other.problem.isVisible(), timeout=10_000)
    assert "Escriba el nombre" in other.problem.text() and other.isVisible()
    assert start.services.operators.in_charge() == "Yelitza Acosta"
    other.name.setText("Beatriz Rojas")
    qtbot.mouseClick(other.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: box.current == "Beatriz Rojas", timeout=10_000)
    assert not other.isVisible()
    assert "Beatriz Rojas" in box.label.toolTip()
    start.services.residents.update(person, phone="0414-2222222")
    found = start.services.history.history(person).entries
    assert [e.secretary for e in found] == [None, "Yelitza Acosta", "Beatriz Rojas"]
    start.runner.wait_idle()
    start.runner.shutdown()
    start.services.close()


def test_gui_as_names_the_person_without_asking(qtbot, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    args = argparse.Namespace(db=str(db_path), screenshot=None, page="inicio",
                              size="1024x600", operator="Zoila Márquez")
    start = Startup(QApplication.instance(), args)  # type: ignore[arg-type]
    start.window.show()
    start.begin()
    box = start.window.findChild(OperatorBox)
    assert box is not None
    qtbot.waitUntil(lambda: box.current == "Zoila Márquez", timeout=20_000)
    assert box.dialog is None
    assert start.services is not None
    assert start.services.operators.in_charge() == "Zoila Márquez"
    start.runner.wait_idle()
    start.runner.shutdown()
    start.services.close()
