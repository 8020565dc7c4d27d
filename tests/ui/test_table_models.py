"""Table models merge new rows in place: Qt's rules hold, selection and current row survive."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QItemSelectionModel

from ui.paged_model import PagedTableModel
from ui.table_model import Column, RecordTableModel
from ui.tasks import TaskRunner


@dataclass(frozen=True)
class Item:
    id: str
    name: str


COLUMNS = [Column("Id", lambda r: r.id), Column("Nombre", lambda r: r.name)]


def _items(*ids: str, name: str = "x") -> list[Item]:
    return [Item(i, f"{name}{i}") for i in ids]


def _select(model: RecordTableModel, row: int) -> QItemSelectionModel:
    selection = QItemSelectionModel(model)
    selection.setCurrentIndex(model.index(row, 0),
                              QItemSelectionModel.SelectionFlag.ClearAndSelect
                              | QItemSelectionModel.SelectionFlag.Rows)
    return selection


def _selected_ids(model: RecordTableModel, selection: QItemSelectionModel) -> list[str]:
    return [model.row_at(i.row()).id for i in selection.selectedRows()]


def test_merging_rows_keeps_qt_rules_and_the_selection(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = RecordTableModel(COLUMNS)
    model.set_rows(_items("a", "b", "c", "d", "e"))
    qtmodeltester.check(model)  # the tester keeps watching every later change
    selection = _select(model, 2)
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))

    model.set_rows(_items("z", "a", "c", "d", "e", name="y"))  # one above, b gone, all renamed
    assert _selected_ids(model, selection) == ["c"]
    assert model.row_at(selection.currentIndex().row()).id == "c"
    assert model.data(model.index(2, 1)) == "yc"

    model.set_rows(_items("e", "d", "c", "a", "z"))  # another order
    assert _selected_ids(model, selection) == ["c"]
    assert [model.row_at(r).id for r in range(model.rowCount())] == ["e", "d", "c", "a", "z"]

    model.set_rows(_items("c"))
    model.set_rows(_items("q", "c", "r"))
    assert _selected_ids(model, selection) == ["c"]
    assert resets == []


def test_rows_without_one_key_each_are_reset(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = RecordTableModel([Column("N", lambda r: r)])
    model.set_rows([1, 2, 2])
    qtmodeltester.check(model)
    model.set_rows([3])
    assert model.rowCount() == 1


class FlakyLoader:
    """Rows 0..total-1; fails once on the page asked for after `fail_at` calls."""

    def __init__(self, total: int, fail_at: int) -> None:
        self.items = _items(*(f"{i:03}" for i in range(total)))
        self.calls = 0
        self.fail_at = fail_at

    def __call__(self, after: Item | None, limit: int) -> Sequence[Item]:
        """The rows after `after`'s key (keyset paging), as the census service gives them."""
        self.calls += 1
        if self.calls == self.fail_at:
            raise OSError("disk busy")
        start = 0 if after is None else [i.id for i in self.items].index(after.id) + 1
        return self.items[start:start + limit]


def test_a_page_that_fails_is_asked_for_again(qtbot, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    model = PagedTableModel(COLUMNS, runner, page_size=10)
    loader = FlakyLoader(25, fail_at=2)
    failures: list[BaseException] = []
    model.page_failed.connect(failures.append)
    model.set_loader(loader)
    qtbot.waitUntil(lambda: model.rowCount() == 10 and not model.loading)
    model.fetchMore()
    qtbot.waitUntil(lambda: bool(failures) and not model.loading)
    assert model.rowCount() == 10 and model.canFetchMore()  # not stopped for good
    model.fetchMore()
    qtbot.waitUntil(lambda: model.rowCount() == 20)
    model.fetchMore()
    qtbot.waitUntil(lambda: model.rowCount() == 25)
    assert not model.canFetchMore()
    qtmodeltester.check(model)
    runner.wait_idle()
    runner.shutdown()


def test_refresh_merges_in_place(qtbot, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    model = PagedTableModel(COLUMNS, runner, page_size=10)
    loader = FlakyLoader(30, fail_at=0)
    model.set_loader(loader)
    qtbot.waitUntil(lambda: model.rowCount() == 10)
    qtmodeltester.check(model)
    qtbot.waitUntil(lambda: not model.loading)
    model.fetchMore()
    qtbot.waitUntil(lambda: model.rowCount() == 20)
    selection = _select(model, 15)
    loader.items.insert(0, Item("new", "nuevo"))
    loader.items[16] = Item(loader.items[16].id, "editado")
    model.refresh()
    qtbot.waitUntil(lambda: not model.loading)
    assert model.rowCount() == 20  # as many as were shown, now one more above
    assert _selected_ids(model, selection) == ["015"]
    assert model.data(model.index(16, 1)) == "editado"
    runner.wait_idle()
    runner.shutdown()
