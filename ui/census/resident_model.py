"""The residents' paging model: PagedTableModel, safe against a fetchMore made while a page
is being inserted (an item-model tester or a view reacting to rowsAboutToBeInserted asked for
the same offset twice, and the census showed 200 people twice)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex

from ui.paged_model import PagedTableModel


class ResidentPageModel(PagedTableModel):
    def _append(self, generation: int, rows: Sequence[Any]) -> None:
        if generation != self._generation:
            return
        if len(rows) < self._page_size:
            self._exhausted = True
        if rows:
            first = len(self._rows)
            # Still "loading" until the rows are in: a fetchMore made from inside the
            # insertion signals must not request the same offset again.
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        self._loading = False
        self.page_loaded.emit(len(self._rows))
