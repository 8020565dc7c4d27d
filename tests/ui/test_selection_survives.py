"""A refresh after an edit keeps the person's place: the selected resident stays selected."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.container import Services
from app.domain.census import NewResident
from app.domain.changes import OpChanges

from ui.context import UiContext
from ui.pages.census import CensusPage
from ui.tasks import TaskRunner


@pytest.fixture
def ui(demo_services: Services) -> Iterator[UiContext]:
    context = UiContext(demo_services, TaskRunner())
    yield context
    context.runner.wait_idle()
    context.runner.shutdown()


def test_the_selected_resident_stays_selected_after_an_edit_elsewhere(
        qtbot, ui: UiContext) -> None:  # type: ignore[no-untyped-def]
    page = CensusPage(ui)
    qtbot.addWidget(page, before_close_func=lambda _w: ui.runner.wait_idle())
    page.resize(1200, 800)
    page.show()
    table, model = page.residents.table, page.residents.model
    qtbot.waitUntil(lambda: model.rowCount() == 200 and not model.loading, timeout=10_000)
    table.selectRow(40)
    chosen = model.row_at(40)
    table.verticalScrollBar().setValue(table.verticalScrollBar().maximum() // 3)
    scrolled = table.verticalScrollBar().value()
    other = model.row_at(45)
    first = model.row_at(0)
    residents = ui.services.residents
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))

    def edit_elsewhere() -> None:
        residents.update(other.id, address="Calle Nueva, casa 7")
        residents.add(NewResident(first.council_id, "Ana", "AAA Primera"))  # sorts above

    with qtbot.waitSignal(ui.data_changed, timeout=10_000) as announced:
        ui.run(edit_elsewhere)
    changes: OpChanges = announced.args[0]
    assert other.id in changes.ids("resident")
    qtbot.waitUntil(lambda: any(model.row_at(r).address == "Calle Nueva, casa 7"
                                for r in range(model.rowCount())), timeout=10_000)
    qtbot.waitUntil(lambda: not model.loading)

    selected = [model.row_at(i.row()).id for i in table.selectionModel().selectedRows()]
    assert selected == [chosen.id]
    assert model.row_at(table.currentIndex().row()).id == chosen.id
    assert table.verticalScrollBar().value() == scrolled
    assert resets == []
