"""Issue 10, rule 5: more ballots in the box than voters in the register is flagged as an
error on the screen, the paper and the command line, never printed as a participation."""

from __future__ import annotations

import json

import pytest
from pytestqt.qtbot import QtBot

from app.cli import main
from app.consultation.model import TallyFigures
from app.container import Services
from app.printing.results import participation, results_pdf

from tests.consultation.conftest import Small
from tests.pdf import pdf_text

# Table 1 of the small consultation has one voter in its register: three ballots is 300 %.
OVER = TallyFigures({1: 3, 2: 0, 3: 0}, 0, 0, 3, 3, 0, 0, ballots_received=3)


def over_results(services: Services, small: Small) -> None:
    for who in ("Ana", "Luis"):  # two people type the same figures: the sheet is accepted
        state = services.tallies.enter(small.consultation_id, "1", OVER, who,
                                       observation="sin boletas impresas")
    assert state.accepted == OVER


def test_participation_over_the_register_is_an_error(services: Services, small: Small,
                                                     capsys: pytest.CaptureFixture[str]
                                                     ) -> None:
    over_results(services, small)
    results = services.tallies.results(small.consultation_id)
    table = next(t for t in results.tables if t.accepted)
    assert table.ballots_in_box > table.eligible
    assert table.over_register and results.over_register
    assert participation(table.ballots_in_box, table.eligible) == "ERROR"
    text = " ".join(pdf_text(results_pdf(results)).split())
    assert "ERROR en la participación" in text
    assert "300" not in text
    db = str(services.db_path)
    assert main(["consultation", "results", small.consultation_id, "--db", db]) == 0
    out = capsys.readouterr().out
    assert "ERROR" in out and "300" not in out
    assert main(["consultation", "results", small.consultation_id, "--db", db,
                 "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["over_register"] is True


def test_the_window_flags_it(qtbot: QtBot, services: Services, small: Small) -> None:
    from ui.consultation.results import ResultsTab
    from ui.context import UiContext
    from ui.tasks import TaskRunner

    over_results(services, small)
    ui = UiContext(services, TaskRunner())
    tab = ResultsTab(ui)
    try:
        tab.show_results(services.tallies.results(small.consultation_id))
        assert "ERROR" in tab.summary.text()
        assert "300" not in tab.summary.text()
        assert "Mesa 1: 3 boletas, 2 electores" in tab.summary.text()
    finally:
        tab.close()
        tab.deleteLater()
        ui.runner.shutdown()
