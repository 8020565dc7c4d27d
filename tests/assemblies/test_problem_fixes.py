"""A problem's title typed wrong is corrected, and a problem becomes a project (once): on the
command line and on the Problemas page, where a double click on Aceptar saves once."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from app.cli import main
from app.container import Services
from app.domain.enums import ProblemCategory, ProblemStatus
from app.domain.errors import DomainError

from tests.assemblies.conftest import Town, convene
from ui.context import UiContext
from ui.pages.problems import ProblemsPage
from ui.tasks import TaskRunner


def _problem(sv: Services, org: str) -> tuple[str, str]:
    aid = convene(sv, org)
    pid = sv.problems.create(org, "Bote de agua en la calle 3", ProblemCategory.WATER, 12,
                             assembly_id=aid).id
    return aid, pid


def test_command_line(db_path: Path, services: Services, town: Town,
                      capsys: pytest.CaptureFixture[str]) -> None:
    aid, _pid = _problem(services, town.council_a)
    services.close()
    db = str(db_path)
    assert main(["assemblies", "problem-title", "--db", db, "--assembly", aid, "--problem", "1",
                 "--title", "Bote de aguas negras en la calle 3"]) == 0
    assert "aguas negras" in capsys.readouterr().out
    assert main(["assemblies", "problem-project", "--db", db, "--assembly", aid,
                 "--problem", "1", "--cost", "1500", "--json"]) == 0
    project = json.loads(capsys.readouterr().out)
    assert (project["title"], project["cost_cents"]) == ("Bote de aguas negras en la calle 3",
                                                         150_000)
    assert main(["assemblies", "problem-project", "--db", db, "--assembly", aid,
                 "--problem", "1"]) == 1
    assert "ya tiene un proyecto" in capsys.readouterr().err
    assert main(["assemblies", "problem-title", "--db", db, "--assembly", aid, "--problem", "2",
                 "--title", "x"]) == 2


def test_problems_page(qtbot, services: Services, town: Town,  # type: ignore[no-untyped-def]
                       monkeypatch: pytest.MonkeyPatch) -> None:
    def refused(_parent: object, exc: BaseException) -> None:
        raise AssertionError(f"refused: {exc}")

    monkeypatch.setattr("ui.context.show_error", refused)
    monkeypatch.setattr("ui.submit.show_error", refused)
    sv = services
    _aid, pid = _problem(sv, town.council_a)
    ui = UiContext(sv, TaskRunner())
    page = ProblemsPage(ui)
    qtbot.addWidget(page, before_close_func=lambda _w: ui.runner.wait_idle())
    page.resize(1024, 600)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.table.selectRow(0)

    dialog = page.fix_title()
    assert dialog is not None
    dialog.title.setText("Bote de aguas negras")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    ui.runner.wait_idle()
    assert sv.problems.get(pid).title == "Bote de aguas negras"

    qtbot.waitUntil(lambda: page.model.rowCount() == 1
                    and page.model.row_at(0).problem.title == "Bote de aguas negras")
    page.table.selectRow(0)
    made = page.make_project()
    assert made is not None
    assert made.title.text() == "Bote de aguas negras"
    made.cost.setValue(2500)
    ok = made.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)  # a second project would be refused
    qtbot.waitUntil(lambda: not made.isVisible())
    ui.runner.wait_idle()
    projects = sv.projects.list_all()
    assert [(p.title, p.cost_cents) for p in projects] == [("Bote de aguas negras", 250_000)]
    assert sv.problems.get(pid).status is ProblemStatus.IN_PROJECT
    with pytest.raises(DomainError):
        sv.projects.create(town.council_a, "Otro", ProblemCategory.WATER, 0, problem_ids=[pid])
    ui.runner.shutdown()
