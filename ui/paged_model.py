"""A table model that loads its rows a page at a time on the worker thread.

Qt asks canFetchMore/fetchMore as the view scrolls; the next page is requested from the worker
and appended when it arrives, so the GUI never waits on the database. Pages are asked for by
key (keyset paging): the loader gets the last row held and returns the rows after it, so the
last page of 200,000 costs what the first does (OFFSET walked every row it skipped). A new
query (search, filter) bumps a generation number so late pages of an old query are ignored.
`refresh` loads again the rows already shown and merges them in place (see
RecordTableModel.set_rows), so the selection survives an edit. A page that fails to load is
asked for again by the next fetchMore or refresh; the model never stops for good.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from typing import Any

import shiboken6
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Signal

from ui.table_model import Column, RecordTableModel, RowKey, record_id
from ui.tasks import TaskRunner

Index = QModelIndex | QPersistentModelIndex
PageLoader = Callable[[Any, int], Sequence[Any]]  # (last row held or None, limit) -> rows


class PagedTableModel(RecordTableModel):
    page_loaded = Signal(int)  # rows now held
    page_failed = Signal(object)  # the error; the page is asked for again later

    def __init__(self, columns: Sequence[Column], runner: TaskRunner, page_size: int = 200,
                 parent: Any = None, key: RowKey = record_id) -> None:
        super().__init__(columns, parent, key)
        self._runner = runner
        self._page_size = page_size
        self._loader: PageLoader | None = None
        self._generation = 0
        self._exhausted = True
        self._loading = False
        self._held_keys: set[Hashable] | None = None  # the keys of the rows held

    def set_loader(self, loader: PageLoader) -> None:
        """Start over with a new query; the first page is requested at once."""
        self._loader = loader
        self._start()
        self.set_rows([])
        self._request(None, self._page_size, append=True)

    def refresh(self) -> None:
        """Load again, in one query, as many rows as are shown, and merge them in place."""
        if self._loader is None:
            return
        self._start()
        self._request(None, max(len(self._rows), self._page_size), append=False)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted and not self._loading

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._request(self._rows[-1] if self._rows else None, self._page_size, append=True)

    @property
    def loading(self) -> bool:
        return self._loading

    def _start(self) -> None:
        self._generation += 1
        self._exhausted = False
        self._loading = False

    def _request(self, after: Any, limit: int, append: bool) -> None:
        loader = self._loader
        if loader is None:
            return
        self._loading = True
        generation = self._generation
        self._runner.submit(lambda: loader(after, limit),
                            lambda rows: self._deliver(generation, limit, append, rows),
                            lambda exc: self._fail(generation, exc))

    def _deliver(self, generation: int, limit: int, append: bool, rows: Sequence[Any]) -> None:
        # The view (and this model) may have been closed while the page was loading.
        if not shiboken6.isValid(self) or generation != self._generation:
            return
        self._exhausted = len(rows) < limit
        if append:
            self._append(rows)
        else:
            self.set_rows(rows)
        # Only now: a view reacting to rowsInserted must not ask for this same page again.
        self._loading = False
        self.page_loaded.emit(len(self._rows))

    def set_rows(self, rows: Sequence[Any]) -> None:
        self._held_keys = None
        super().set_rows(rows)

    def _append(self, rows: Sequence[Any]) -> None:
        try:  # a row shown already (the list moved since the last page) is not repeated
            if self._held_keys is None:  # kept between pages: 50,000 keys per page was a stall
                self._held_keys = {self._key(r) for r in self._rows}
            held = self._held_keys
            fresh = [r for r in rows if self._key(r) not in held]
            held.update(self._key(r) for r in fresh)
        except AttributeError:
            fresh = list(rows)
        if fresh:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
            self._rows.extend(fresh)
            self.endInsertRows()

    def _fail(self, generation: int, exc: BaseException) -> None:
        if not shiboken6.isValid(self) or generation != self._generation:
            return
        self._loading = False  # canFetchMore is true again: the next fetchMore retries
        self.page_failed.emit(exc)
