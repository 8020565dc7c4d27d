"""The window at the door: a double click or a double Enter records one thing, and cédulas
typed back to back while a slow check-in runs are all checked in."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton

from app.census.model import ResidentQuery
from app.container import Services
from app.demo.commune import DemoSummary
from app.domain.enums import PrioritizationMethod, ProblemCategory
from app.domain.errors import DomainError

from tests.assemblies.conftest import convene
from ui.assembly.agenda import AgendaPanel
from ui.assembly.check_in import CheckInPanel
from ui.assembly.papers_dialog import PapersDialog
from ui.assembly.problems_panel import ProblemsPanel
from ui.context import UiContext
from ui.tasks import TaskRunner


@pytest.fixture
def ui(qtbot: object, demo_services: Services, monkeypatch: pytest.MonkeyPatch
       ) -> Iterator[UiContext]:
    # A refusal would open a modal box and wait for a click nobody gives: fail instead.
    def no_refusal(_parent: object, exc: BaseException) -> None:
        raise AssertionError(f"refused: {exc}")

    monkeypatch.setattr("ui.context.show_error", no_refusal)
    context = UiContext(demo_services, TaskRunner())
    yield context
    context.runner.wait_idle()
    context.runner.shutdown()


def _adults(sv: Services, council: str, n: int) -> list[str]:
    people = sv.residents.page(ResidentQuery(council_ids=(council,), min_age=18), 0, 200)
    return [p.national_id for p in people if p.national_id][:n]


def _check_in_a_quorum(sv: Services, aid: str, council: str) -> None:
    """Agreements need quorum at the vote (issue 10): check in as many as it requires."""
    for cedula in _adults(sv, council, sv.assemblies.quorum(aid).required):
        sv.assemblies.check_in_text(aid, cedula)


def _double_click(qtbot, button: QAbstractButton) -> None:
    """What a double click does to a push button: two clicks before the first job ends
    (QTest's mouseDClick sends no click to a button on the offscreen platform)."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_double_click_and_double_enter_record_one_thing_each(
        qtbot, ui: UiContext, demo: DemoSummary) -> None:
    sv = ui.services
    council = demo.council_ids[0]
    aid = convene(sv, council)
    _check_in_a_quorum(sv, aid, council)

    agenda = AgendaPanel(ui)
    qtbot.addWidget(agenda)
    agenda.show()
    agenda.load(aid, locked=False)
    qtbot.waitUntil(lambda: agenda.items_model.rowCount() == 2)
    agenda.items.selectRow(0)
    agenda.agreement_text.setPlainText("Jornada de limpieza")
    agenda.votes_for.setValue(5)
    _double_click(qtbot, agenda.add_agreement_button)
    ui.runner.wait_idle()
    assert len(sv.assemblies.agreements(aid)) == 1

    agenda.new_item.setText("Varios")
    qtbot.keyClick(agenda.new_item, Qt.Key.Key_Return)
    qtbot.keyClick(agenda.new_item, Qt.Key.Key_Return)
    ui.runner.wait_idle()
    assert [i.title for i in sv.assemblies.agenda(aid)].count("Varios") == 1

    problems = ProblemsPanel(ui)
    qtbot.addWidget(problems)
    problems.show()
    problems.load(aid, council, locked=False)
    ui.runner.wait_idle()
    for title in ("Bote de agua", "Calle rota"):
        problems.title.setText(title)
        _double_click(qtbot, problems.add_button)
        ui.runner.wait_idle()
    assert [p.title for p in sv.problems.list_all(assembly_id=aid)] == ["Bote de agua",
                                                                        "Calle rota"]
    problems.method.setCurrentIndex(problems.method.findData("borda"))
    _double_click(qtbot, problems.start_button)
    qtbot.waitUntil(lambda: problems.ballot.isEnabled())
    ui.runner.wait_idle()
    problems.ballot.setText("2,1")
    qtbot.keyClick(problems.ballot, Qt.Key.Key_Return)
    qtbot.keyClick(problems.ballot, Qt.Key.Key_Return)
    ui.runner.wait_idle()
    current = sv.problems.current(aid)
    assert current is not None
    assert current.ballots == 1
    assert len(sv.problems.ballots(current.prioritization.id)) == 1


def test_ten_cedulas_typed_back_to_back_are_all_checked_in(
        qtbot, ui: UiContext, demo: DemoSummary, monkeypatch: pytest.MonkeyPatch) -> None:
    sv = ui.services
    council = demo.council_ids[0]
    aid = convene(sv, council)
    slow = sv.assemblies.check_in_text

    def old_laptop(*args: object, **kwargs: object) -> object:
        time.sleep(0.4)
        return slow(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(sv.assemblies, "check_in_text", old_laptop)
    panel = CheckInPanel(ui)
    qtbot.addWidget(panel)
    panel.show()
    panel.load(aid, sv.organizations.councils_of(council), locked=False)
    qtbot.waitUntil(lambda: panel.banner.status is not None)
    queue = _adults(sv, council, 10)
    for cedula in queue:
        qtbot.keyClicks(panel.search, cedula)
        qtbot.keyClick(panel.search, Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: sv.assemblies.present_count(aid) == 10, timeout=15_000)
    ui.runner.wait_idle()
    assert panel.banner.status.present == 10
    assert panel.search.text() == ""


def test_the_big_button_refuses_an_ambiguous_surname_as_enter_does(
        qtbot, ui: UiContext, demo: DemoSummary) -> None:
    sv = ui.services
    council = demo.council_ids[0]
    aid = convene(sv, council)
    panel = CheckInPanel(ui)
    qtbot.addWidget(panel)
    panel.show()
    panel.load(aid, sv.organizations.councils_of(council), locked=False)
    qtbot.waitUntil(lambda: panel.banner.status is not None)
    people = sv.residents.page(ResidentQuery(council_ids=(council,), min_age=18), 0, 400)
    surnames = [p.last_names.split()[0] for p in people]
    common = max(set(surnames), key=surnames.count)
    assert surnames.count(common) > 1
    panel.search.setText(common)
    qtbot.waitUntil(lambda: panel.matches_model.rowCount() > 1)
    panel.check_button.click()
    qtbot.waitUntil(lambda: "coinciden" in panel.message.text())
    assert sv.assemblies.present_count(aid) == 0
    assert panel.search.text() == common  # the refused text is back, to be completed


def test_a_duplicate_agreement_and_a_paper_are_removed_in_the_window(
        qtbot, ui: UiContext, demo: DemoSummary, monkeypatch: pytest.MonkeyPatch) -> None:
    sv = ui.services
    council = demo.council_ids[0]
    aid = convene(sv, council)
    _check_in_a_quorum(sv, aid, council)
    item = sv.assemblies.agenda(aid)[0].id
    sv.assemblies.add_agreement(item, "Jornada de limpieza", votes_for=5)
    sv.assemblies.add_agreement(item, "Jornada de limpieza.", votes_for=5)  # typed again
    asked: list[str] = []

    def yes(_parent: object, _title: str, text: str) -> bool:
        asked.append(text)
        return True

    monkeypatch.setattr("ui.assembly.agenda.ask_plain", yes)
    agenda = AgendaPanel(ui)
    qtbot.addWidget(agenda)
    agenda.show()
    agenda.load(aid, locked=False)
    qtbot.waitUntil(lambda: agenda.agreements_model.rowCount() == 2)
    agenda.agreements.selectRow(1)
    agenda.remove_agreement_button.click()
    qtbot.waitUntil(lambda: agenda.agreements_model.rowCount() == 1)
    assert "Jornada de limpieza." in asked[0]
    assert [a.text for a in sv.assemblies.agreements(aid)] == ["Jornada de limpieza"]

    water = sv.problems.create(council, "Bote de agua", ProblemCategory.WATER,
                               assembly_id=aid).id
    road = sv.problems.create(council, "Calle rota", ProblemCategory.ROADS, assembly_id=aid).id
    prio = sv.problems.start_prioritization(aid, PrioritizationMethod.BORDA)
    sv.problems.add_ballots(prio.id, [[water, road]])
    sv.problems.add_ballots(prio.id, [[road, water]])
    monkeypatch.setattr("ui.assembly.papers_dialog.ask_plain", yes)
    dialog = PapersDialog(ui, prio.id, {water: 1, road: 2})
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2)
    assert dialog.model.index(1, 1).data() == "2,1"
    dialog.papers.selectRow(1)
    dialog.remove_button.click()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
    assert sv.problems.result(prio.id).ballots == 1


def test_a_final_prioritization_is_reopened_only_on_purpose(
        qtbot, ui: UiContext, demo: DemoSummary, monkeypatch: pytest.MonkeyPatch) -> None:
    sv = ui.services
    council = demo.council_ids[0]
    aid = convene(sv, council)
    for cedula in _adults(sv, council, 3):
        sv.assemblies.check_in_text(aid, cedula)
    water = sv.problems.create(council, "Bote de agua", ProblemCategory.WATER,
                               assembly_id=aid).id
    road = sv.problems.create(council, "Calle rota", ProblemCategory.ROADS, assembly_id=aid).id
    prio = sv.problems.start_prioritization(aid, PrioritizationMethod.BORDA)
    sv.problems.add_ballots(prio.id, [[water, road]])
    sv.problems.close_prioritization(prio.id)
    answers = [False]
    monkeypatch.setattr("ui.assembly.problems_panel.ask_plain", lambda *_a: answers.pop(0))
    panel = ProblemsPanel(ui)
    qtbot.addWidget(panel)
    panel.show()
    panel.load(aid, council, locked=False)
    qtbot.waitUntil(lambda: panel.data is not None and panel.data.result is not None)
    assert "Reabrir" in panel.start_button.text()

    panel.start_button.click()  # asked, and answered no: the final result stays
    ui.runner.wait_idle()
    current = sv.problems.current(aid)
    assert current is not None and current.closed and current.ballots == 1

    answers.append(True)
    panel.start_button.click()
    ui.runner.wait_idle()
    current = sv.problems.current(aid)
    assert current is not None and not current.closed and current.ballots == 0
    # While the new count is open, a problem cannot slip in, and hands cannot exceed those
    # present (three).
    assert not panel.add_button.isEnabled()
    with pytest.raises(DomainError):
        sv.problems.create(council, "Cancha", ProblemCategory.OTHER, assembly_id=aid)
    hands = sv.problems.start_prioritization(aid, PrioritizationMethod.PLURALITY)
    with pytest.raises(DomainError) as refused:
        sv.problems.add_ballots(hands.id, [{water: 3, road: 1}])
    assert refused.value.code == "prioritization.hands_exceed_present"
    # The service refuses a silent replacement from anywhere (the command line too).
    sv.problems.close_prioritization(hands.id)
    with pytest.raises(DomainError) as final:
        sv.problems.start_prioritization(aid, PrioritizationMethod.BORDA)
    assert final.value.code == "prioritization.final"
