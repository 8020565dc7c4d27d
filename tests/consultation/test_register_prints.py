"""A printed voter register is recorded (a preview is not); when the table's voters change
afterwards (split again, a rule changed, a resident dado de baja) the table is named for
reprinting: in the overview, on the Mesas tab and after `consultation assign`."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.cli import main
from app.container import Services

from tests.consultation.conftest import Small
from ui.consultation.tables import TablesTab
from ui.context import UiContext
from ui.tasks import TaskRunner


def _stale(services: Services, small: Small) -> tuple[int, ...]:
    return services.tallies.overview(small.consultation_id).stale_registers


def test_stale_registers(services: Services, small: Small) -> None:
    cid, papers = small.consultation_id, services.papers
    papers.voter_register(cid, "1")  # a preview records nothing
    services.voting_tables.set_rule(small.tables[0], "council", [small.councils[1]])
    assert _stale(services, small) == ()
    papers.voter_register(cid, "1", printed=True)
    papers.voter_register(cid, "2", printed=True)
    assert _stale(services, small) == ()
    services.voting_tables.split_evenly(cid)
    assert _stale(services, small) == (1, 2)
    assert services.voting_tables.stale_registers(cid) == [1, 2]
    # Each table takes its own council again: a baja then changes one register only.
    services.voting_tables.set_rule(small.tables[0], "council", [small.councils[0]])
    services.voting_tables.set_rule(small.tables[1], "council", [small.councils[1]])
    papers.voter_register(cid, "1", printed=True)
    papers.voter_register(cid, "2", printed=True)
    assert _stale(services, small) == ()
    on_1 = services.voting_tables.register(cid, "1").voters[0]
    services.residents.baja(on_1.resident_id, "Se mudó")
    assert _stale(services, small) == (1,)


def test_command_line_warns_after_assign(db_path: Path, services: Services, small: Small,
                                         tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    services.close()
    db, cid = str(db_path), small.consultation_id
    assert main(["print", "voter-register", "--db", db, "--consultation", cid, "--table", "1",
                 "--out", str(tmp_path / "c.pdf")]) == 0
    capsys.readouterr()
    assert main(["consultation", "assign", cid, "--db", db, "--split"]) == 0
    assert "reimprima el cuaderno de votación de la mesa 1" in capsys.readouterr().err


def test_tables_tab_says_which_to_reprint(qtbot, services: Services, small: Small) -> None:  # type: ignore[no-untyped-def]
    cid = small.consultation_id
    services.papers.voter_register(cid, "2", printed=True)
    services.voting_tables.split_evenly(cid)
    ui = UiContext(services, TaskRunner())
    tab = TablesTab(ui)
    qtbot.addWidget(tab)
    tab.show_overview(services.tallies.overview(cid))
    assert "Reimprima el cuaderno de votación de las mesas 2" in tab.summary.text()
    ui.runner.shutdown()
