"""A table member or a table added by mistake is removed (a tombstone in the change log):
a member until the table's tally sheet is accepted, a table until its ballots are printed; on
the command line and with the Mesas tab's buttons, where a double click removes once."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.cli import main
from app.consultation.model import TallyFigures
from app.container import Services
from app.domain.enums import BallotStyle, TableRole
from app.domain.errors import DomainError
from app.printing.ballots import ballots_pdf

from tests.consultation.conftest import Small
from ui.consultation.tables import TablesTab
from ui.context import UiContext
from ui.tasks import TaskRunner

SHEET = TallyFigures({1: 1, 2: 0, 3: 0}, 0, 0, 1, 1, 0, 0)


def test_member_goes_until_the_sheet_is_accepted(services: Services, small: Small) -> None:
    tables = services.voting_tables
    cid, table = small.consultation_id, small.tables[0]
    twice = tables.add_member(table, "Rosa Díaz", TableRole.PRESIDENT)
    kept = tables.add_member(table, "Luis Rojas", TableRole.SECRETARY)
    tables.remove_member(twice.id)
    assert [m.full_name for m in tables.table(cid, "1").members] == ["Luis Rojas"]
    services.tallies.enter(cid, "1", SHEET, "Ana", observation="sin boletas")
    services.tallies.enter(cid, "1", SHEET, "Luis", observation="sin boletas")
    with pytest.raises(DomainError) as refused:
        tables.remove_member(kept.id)
    assert refused.value.code == "table.member_signed"
    assert "Luis Rojas" in str(refused.value)


def test_command_line(db_path: Path, services: Services, small: Small,
                      capsys: pytest.CaptureFixture[str]) -> None:
    services.voting_tables.add_member(small.tables[0], "Rosa Díaz", TableRole.MEMBER)
    services.ballots.print_run(small.consultation_id, "2", 5, BallotStyle.NUMBER, ballots_pdf)
    services.close()
    db, cid = str(db_path), small.consultation_id
    assert main(["consultation", "remove-member", cid, "--db", db, "--table", "1",
                 "--member", "rosa diaz"]) == 0
    assert "Rosa Díaz ya no es miembro" in capsys.readouterr().out
    assert main(["consultation", "remove-member", cid, "--db", db, "--table", "1",
                 "--member", "Rosa Díaz"]) == 2
    capsys.readouterr()
    assert main(["consultation", "remove-table", cid, "--db", db, "--table", "2"]) == 1
    assert "boletas" in capsys.readouterr().err
    assert main(["consultation", "remove-table", cid, "--db", db, "--table", "1"]) == 0
    assert "quitada" in capsys.readouterr().out


def test_tables_tab_removes_once(qtbot, services: Services, small: Small,  # type: ignore[no-untyped-def]
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    def refused(_parent: object, exc: BaseException) -> None:
        raise AssertionError(f"refused: {exc}")

    monkeypatch.setattr("ui.context.show_error", refused)
    ui = UiContext(services, TaskRunner())
    tables = services.voting_tables
    cid = small.consultation_id
    tables.add_member(small.tables[0], "Rosa Díaz", TableRole.MEMBER)
    tables.add_member(small.tables[0], "Luis Rojas", TableRole.WITNESS)
    tab = TablesTab(ui)
    qtbot.addWidget(tab, before_close_func=lambda _w: ui.runner.wait_idle())
    tab.show()
    tab.show_overview(services.tallies.overview(cid))
    tab.table.selectRow(0)
    monkeypatch.setattr(tab, "choose_member", lambda names: names.index("Rosa Díaz"))
    monkeypatch.setattr(tab, "confirm", lambda _text: True)
    qtbot.mouseClick(tab.remove_member_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tab.remove_member_button, Qt.MouseButton.LeftButton)
    ui.runner.wait_idle()
    assert [m.full_name for m in tables.table(cid, "1").members] == ["Luis Rojas"]
    tab.show_overview(services.tallies.overview(cid))
    tab.table.selectRow(1)
    qtbot.mouseClick(tab.remove_table_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tab.remove_table_button, Qt.MouseButton.LeftButton)
    ui.runner.wait_idle()
    assert [t.number for t in tables.tables(cid)] == [1]
    ui.runner.shutdown()
