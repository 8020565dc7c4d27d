"""The Censo page: "Dar de baja…" with a day and a reason (a double click on Aceptar records
one baja), the list of bajas, "Reincorporar" after a question, and merging two records only
after a question that names both people by name and cédula."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from app.census.model import ResidentQuery
from app.container import Services
from app.domain.census import NewResident
from app.persistence.rows import ChangeRow

from tests.census.test_census_ui import _page
from tests.conftest import Place


def _edits_logged(services: Services, resident_id: str) -> int:
    with services.sessions.begin() as s:
        return int(s.scalar(select(func.count()).select_from(ChangeRow).where(
            ChangeRow.entity == "resident", ChangeRow.entity_id == resident_id,
            ChangeRow.op == "update")) or 0)


@pytest.fixture(autouse=True)
def no_refusal(monkeypatch: pytest.MonkeyPatch) -> None:
    """A refusal would open a modal box and wait for a click nobody gives: fail instead."""
    def refused(_parent: object, exc: BaseException) -> None:
        raise AssertionError(f"refused: {exc}")

    monkeypatch.setattr("ui.context.show_error", refused)
    monkeypatch.setattr("ui.submit.show_error", refused)


def test_baja_then_reincorporar_in_the_window(qtbot, services: Services, place: Place,  # type: ignore[no-untyped-def]
                                              make_ui, monkeypatch: pytest.MonkeyPatch) -> None:
    ana = services.residents.add(NewResident(place.council_id, "Ana", "Pérez",
                                             national_id="V-12345678"))
    services.residents.add(NewResident(place.council_id, "Luis", "Rojas",
                                       national_id="V-7654321"))
    ui = make_ui(services)
    page = _page(qtbot, ui)
    tab = page.residents
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2, timeout=5000)
    tab.table.selectRow(0)
    assert tab.selected() is not None and tab.selected().id == ana.id
    dialog = tab.open_baja(tab.selected())
    qtbot.addWidget(dialog)
    dialog.reason.setEditText("Se mudó a Maracay")
    ok = dialog.buttons.buttons()[0]
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)  # the double click
    ui.runner.wait_idle()
    assert services.residents.get(ana.id).left_reason == "Se mudó a Maracay"
    assert _edits_logged(services, ana.id) == 1
    qtbot.waitUntil(lambda: tab.count_label.text() == "1 habitante", timeout=5000)

    tab.show_left.setChecked(True)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1 and tab.count_label.text() == "Bajas: 1",
                    timeout=5000)
    assert tab.baja_button.text() == "Reincorporar"
    assert "Se mudó a Maracay" in tab.model.index(0, tab.model.columnCount() - 1).data()
    asked: list[str] = []
    monkeypatch.setattr("ui.census.residents_tab.ask_plain",
                        lambda _p, _t, text: asked.append(text) or True)
    tab.table.selectRow(0)
    qtbot.mouseClick(tab.baja_button, Qt.MouseButton.LeftButton)
    ui.runner.wait_idle()
    assert "Ana Pérez (V-12345678)" in asked[0]
    assert services.residents.get(ana.id).left_on is None
    qtbot.waitUntil(lambda: tab.model.rowCount() == 0, timeout=5000)
    assert services.residents.count(ResidentQuery()) == 2


def test_merge_asks_with_both_names_and_cedulas(qtbot, services: Services, place: Place,  # type: ignore[no-untyped-def]
                                                make_ui, monkeypatch: pytest.MonkeyPatch) -> None:
    add = services.residents.add
    kept = add(NewResident(place.council_id, "José", "Pérez", national_id="V-12345678"))
    other = add(NewResident(place.council_id, "Jose Gregorio", "Perez",
                            national_id="V-12345678"))
    ui = make_ui(services)
    page = _page(qtbot, ui)
    page.tabs.setCurrentIndex(2)
    qtbot.waitUntil(lambda: page.duplicates.model.rowCount() == 1, timeout=5000)
    dialog = page.duplicates.open_merge(0)
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert [b.toolTip() for b in dialog.keep.buttons()] == [
        "José Pérez (V-12345678)", "Jose Gregorio Perez (V-12345678)"]
    answers = [False, True]
    asked: list[str] = []
    monkeypatch.setattr("ui.census.merge_dialog.ask_plain",
                        lambda _p, _t, text: asked.append(text) or answers.pop(0))
    dialog.merge_button.click()  # "No": nothing merged
    ui.runner.wait_idle()
    assert services.residents.resolve(other.id) == other.id
    assert "Queda: José Pérez (V-12345678)" in asked[0]
    assert "Se une a él: Jose Gregorio Perez (V-12345678)" in asked[0]
    dialog.merge_button.click()
    qtbot.waitUntil(lambda: services.residents.resolve(other.id) == kept.id, timeout=5000)
