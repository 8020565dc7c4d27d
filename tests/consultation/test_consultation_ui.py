"""The consultation page: double entry of a tally sheet in the window, with a mismatch."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.consultation.model import TallyState
from app.consultation.serials import sheet_payload
from app.container import Services
from app.demo.commune import DemoSummary

from ui.context import UiContext
from ui.pages.consultation import ConsultationPage
from ui.tasks import TaskRunner


@pytest.fixture
def page(qtbot: QtBot, demo_services: Services) -> Iterator[ConsultationPage]:
    ui = UiContext(demo_services, TaskRunner())
    widget = ConsultationPage(ui)
    widget.show()
    qtbot.waitUntil(lambda: widget.tally.model.rowCount() == 2, timeout=10_000)
    yield widget
    # Let every queued refresh land before the page goes (pytest-qt would close it first).
    ui.runner.wait_idle()
    widget.close()
    widget.deleteLater()
    ui.runner.wait_idle()
    ui.runner.shutdown()


def type_sheet(qtbot: QtBot, page: ConsultationPage, who: str, votes: dict[int, int]) -> None:
    tally = page.tally
    for number, count in votes.items():
        tally.votes[number].setValue(count)
    total = sum(votes.values())
    tally.null_votes.setValue(3)
    tally.blank_votes.setValue(2)
    tally.in_box.setValue(total + 5)
    tally.signatures.setValue(total + 5)
    tally.received.setValue(-1)
    tally.unused.setValue(0)
    tally.entered_by.setText(who)
    qtbot.mouseClick(tally.save_button, Qt.MouseButton.LeftButton)


def test_double_entry_with_a_mismatch_in_the_window(qtbot: QtBot, page: ConsultationPage,
                                                    demo: DemoSummary,
                                                    qtmodeltester: object) -> None:
    tally = page.tally
    page.tabs.setCurrentWidget(tally)
    tally.table.selectRow(0)
    assert tally.current() is not None
    services = page.services
    # Table 1 has no ballots printed in the demo: received is checked against 0 printed.
    votes = {1: 120, 2: 85, 3: 40, 4: 0, 5: 0, 6: 0, 7: 0}
    type_sheet(qtbot, page, "Ana Pérez", votes)
    qtbot.waitUntil(lambda: "Falta la segunda carga" in tally.status.toPlainText())
    typo = {**votes, 2: 58}
    type_sheet(qtbot, page, "Luis Rojas", typo)
    qtbot.waitUntil(lambda: "no coinciden" in tally.status.toPlainText())
    text = tally.status.toPlainText()
    assert "Votos del proyecto 2: 85 ≠ 58" in text
    assert services.tallies.tally(demo.consultation_id, "1").state == TallyState.MISMATCH
    # The right figures again, by the second person: they agree, but no ballots were printed
    # for the table, so the balance check fails and an observation is needed.
    type_sheet(qtbot, page, "Luis Rojas", votes)
    qtbot.waitUntil(lambda: tally.accept_button.isEnabled())
    assert "No cuadra" in tally.status.toPlainText()
    tally.entered_by.setText("Luis Rojas")
    tally.observation.setPlainText("Boletas prestadas por la mesa 2; anotado en el acta.")
    qtbot.mouseClick(tally.accept_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Aceptada" in tally.status.toPlainText())
    assert services.tallies.tally(demo.consultation_id, "1").state == TallyState.ACCEPTED
    # The results tab shows the accepted figures; with one table still to count, nothing is
    # funded yet and the screen says the results are partial.
    qtbot.waitUntil(lambda: page.results.results is not None
                    and page.results.results.tables_counted == 1)
    assert page.results.model.row_at(0).number == 1
    assert not page.results.model.row_at(0).funded
    assert "parciales" in page.results.summary.text()
    # A scanned tally sheet code picks its table.
    table_2 = services.voting_tables.table(demo.consultation_id, "2")
    qtbot.keyClicks(tally.sheet_code, sheet_payload(demo.consultation_id, table_2.id))
    qtbot.keyClick(tally.sheet_code, Qt.Key.Key_Return)
    assert tally.current() is not None
    assert tally.current().table.id == table_2.id  # type: ignore[union-attr]
    for model in (tally.model, page.results.model, page.results.tables_model,
                  page.tables.model, page.candidates.model):
        qtmodeltester.check(model)  # type: ignore[attr-defined]
