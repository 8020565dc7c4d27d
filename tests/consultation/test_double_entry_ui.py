"""Double entry that cannot be defeated by accident (issue 11, point 8): the name of who
transcribes is emptied after each typing, the same name cannot type the second one, and after
a mismatch only the differing figures are asked again (the others are filled in and locked)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.consultation.model import TallyState
from app.demo.commune import DemoSummary

from tests.consultation.test_consultation_ui import page, type_sheet  # noqa: F401 (fixture)
from ui.pages.consultation import ConsultationPage

VOTES = {1: 120, 2: 85, 3: 40, 4: 0, 5: 0, 6: 0, 7: 0}


def test_second_person_and_only_the_differing_figures(
        qtbot: QtBot, page: ConsultationPage, demo: DemoSummary,  # noqa: F811
        monkeypatch: pytest.MonkeyPatch) -> None:
    refused: list[str] = []
    monkeypatch.setattr("ui.context.show_error", lambda _p, exc: refused.append(str(exc)))
    tally, services, cid = page.tally, page.services, demo.consultation_id
    page.tabs.setCurrentWidget(tally)
    tally.table.selectRow(0)
    type_sheet(qtbot, page, "Ana Pérez", VOTES)
    qtbot.mouseClick(tally.save_button, Qt.MouseButton.LeftButton)  # a double click
    qtbot.waitUntil(lambda: "Falta la segunda carga" in tally.status.toPlainText())
    page.ui.runner.wait_idle()
    assert len(services.tallies.tally(cid, "1").entries) == 1
    assert tally.entered_by.text() == ""  # the next typing names its own person

    type_sheet(qtbot, page, "ana pérez ", VOTES)  # the same person again
    qtbot.waitUntil(lambda: len(refused) == 1)
    assert "ya transcribió esta acta" in refused[0]
    assert len(services.tallies.tally(cid, "1").entries) == 1

    # Luis misreads project 2 (58 for 85) but copies the sheet's other figures right.
    for number, count in {**VOTES, 2: 58}.items():
        tally.votes[number].setValue(count)
    for spin, value in ((tally.null_votes, 3), (tally.blank_votes, 2), (tally.in_box, 250),
                        (tally.signatures, 250)):
        spin.setValue(value)
    tally.entered_by.setText("Luis Rojas")
    qtbot.mouseClick(tally.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "no coinciden" in tally.status.toPlainText())
    qtbot.waitUntil(lambda: not tally.in_box.isEnabled())
    assert "solo esas cifras" in tally.status.toPlainText()
    # Only the project 2 votes are asked again; the rest is filled in as both typed it.
    enabled = [name for name, spin in tally.figures_by_name().items() if spin.isEnabled()]
    assert enabled == ["votes.2"]
    assert tally.votes[2].value() == 0
    assert tally.votes[1].value() == 120 and tally.in_box.value() == 250
    assert tally.entered_by.text() == ""

    tally.votes[2].setValue(85)  # from the paper
    tally.entered_by.setText("Rosa Díaz")
    qtbot.mouseClick(tally.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tally.accept_button.isEnabled())
    state = services.tallies.tally(cid, "1")
    assert state.state == TallyState.NEEDS_OBSERVATION  # Rosa agrees with Ana
    assert state.entries[-1].figures == state.entries[0].figures
    # Settled: the form is open and empty again for the observation and the next table.
    assert tally.in_box.isEnabled() and tally.in_box.value() == 0
    assert refused == [refused[0]]
