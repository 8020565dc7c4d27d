"""Quorum not reached at first call: the window offers the second call or recording that the
assembly was not constituted (the rule and the calls are AssemblyService's, issue 10)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.container import Services
from app.demo.commune import DemoSummary

from tests.assemblies.conftest import convene
from ui.assembly.check_in import CheckInPanel
from ui.context import UiContext
from ui.tasks import TaskRunner


@pytest.fixture
def ui(qtbot: object, demo_services: Services) -> Iterator[UiContext]:
    context = UiContext(demo_services, TaskRunner())
    yield context
    context.runner.wait_idle()
    context.runner.shutdown()


def _panel(qtbot, ui: UiContext, aid: str, council: str) -> CheckInPanel:
    panel = CheckInPanel(ui)
    qtbot.addWidget(panel)
    panel.show()
    panel.load(aid, ui.services.organizations.councils_of(council), locked=False)
    qtbot.waitUntil(lambda: panel.banner.status is not None)
    return panel


def test_the_way_forward_is_offered_only_at_a_first_call_without_quorum(
        qtbot, ui: UiContext, demo: DemoSummary) -> None:
    council = demo.council_ids[0]
    first = _panel(qtbot, ui, convene(ui.services, council, call=1), council)
    assert first.quorum_offer.isVisible()
    second = _panel(qtbot, ui, convene(ui.services, council, call=2), council)
    assert not second.quorum_offer.isVisible()


def test_passing_to_the_second_call_from_the_window(
        qtbot, ui: UiContext, demo: DemoSummary, monkeypatch: pytest.MonkeyPatch) -> None:
    council = demo.council_ids[0]
    aid = convene(ui.services, council, call=1)
    panel = _panel(qtbot, ui, aid, council)
    monkeypatch.setattr("ui.assembly.quorum_offer.ask_plain", lambda *_a: True)
    panel.quorum_offer.second_button.click()
    qtbot.waitUntil(lambda: ui.services.assemblies.get(aid).call == 2, timeout=10_000)
    qtbot.waitUntil(lambda: panel.banner.status is not None and panel.banner.status.call == 2)
    assert not panel.quorum_offer.isVisible()


def test_recording_that_the_assembly_was_not_constituted(
        qtbot, ui: UiContext, demo: DemoSummary, monkeypatch: pytest.MonkeyPatch) -> None:
    council = demo.council_ids[0]
    aid = convene(ui.services, council, call=1)
    panel = _panel(qtbot, ui, aid, council)
    monkeypatch.setattr("ui.assembly.quorum_offer.QInputDialog.getText",
                        lambda *_a, **_k: ("Llovió; vinieron 4 personas", True))
    before = ui.services.assemblies.get(aid)
    panel.quorum_offer.not_constituted_button.click()
    qtbot.waitUntil(lambda: ui.services.assemblies.get(aid) != before, timeout=10_000)
