"""A table model that loads its rows a page at a time on the worker thread.

Qt asks canFetchMore/fetchMore as the view scrolls; the next page is requested from the worker
and appended when it arrives, so the GUI never waits on the database. A new query (search,
filter) bumps a generation number so late pages of an old query are ignored.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import shiboken6
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Signal

from ui.table_model import Column, RecordTableModel
from ui.tasks import TaskRunner

Index = QModelIndex | QPersistentModelIndex
PageLoader = Callable[[int, int], Sequence[Any]]  # (offset, limit) -> rows


class PagedTableModel(RecordTableModel):
    page_loaded = Signal(int)  # rows now held

    def __init__(self, columns: Sequence[Column], runner: TaskRunner, page_size: int = 200,
                 parent: Any = None) -> None:
        super().__init__(columns, parent)
        self._runner = runner
        self._page_size = page_size
        self._loader: PageLoader | None = None
        self._generation = 0
        self._exhausted = True
        self._loading = False

    def set_loader(self, loader: PageLoader) -> None:
        """Start over with a new query; the first page is requested at once."""
        self._generation += 1
        self._loader = loader
        self._exhausted = False
        self._loading = False
        self.set_rows([])
        self._request()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted and not self._loading

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._request()

    @property
    def loading(self) -> bool:
        return self._loading

    def _request(self) -> None:
        loader = self._loader
        if loader is None:
            return
        self._loading = True
        generation, offset, size = self._generation, len(self._rows), self._page_size
        self._runner.submit(lambda: loader(offset, size),
                            lambda rows: self._deliver_page(generation, rows))

    def _deliver_page(self, generation: int, rows: Sequence[Any]) -> None:
        # The view (and this model) may have been closed while the page was loading.
        if shiboken6.isValid(self):
            self._append(generation, rows)

    def _append(self, generation: int, rows: Sequence[Any]) -> None:
        if generation != self._generation:
            return
        if len(rows) < self._page_size:
            self._exhausted = True
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        # Only now: a view reacting to rowsInserted must not ask for this same page again.
        self._loading = False
        self.page_loaded.emit(len(self._rows))
