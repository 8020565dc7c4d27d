"""A read-only table model over a list of frozen dataclasses, with columns declared once.

New rows are merged in place, keyed by record id: rows that went away are removed, new ones
inserted, the rest updated with dataChanged. So a refresh keeps the selection, the current
row and the scroll position, as views only lose them on a model reset.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the dataclass of the row
RowKey = Callable[[Any], Hashable]


@dataclass(frozen=True)
class Column:
    title: str
    value: Callable[[Any], object]
    align_right: bool = False


def record_id(record: Any) -> Hashable:
    """The key of most records: their id (what the change log names)."""
    return record.id  # type: ignore[no-any-return]


class RecordTableModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column], parent: Any = None,
                 key: RowKey = record_id) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[Any] = []
        self._key = key

    def set_rows(self, rows: Sequence[Any]) -> None:
        """Show `rows`: merged in place by key when every row has one key of its own."""
        new = list(rows)
        keys = self._keys(new)
        old_keys = self._keys(self._rows)
        if keys is None or old_keys is None:
            self.beginResetModel()
            self._rows = new
            self.endResetModel()
            return
        self._remove_gone(old_keys, set(keys))
        held = set(old_keys)  # once: a set per row made this quadratic (10,000 expenses)
        self._reorder([k for k in keys if k in held])
        self._insert_new(new, keys)
        if self._rows:
            # Every row is rewritten: a record may be equal yet show differently (a council
            # renamed in a column that looks names up).
            self._rows = new
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(new) - 1, len(self._columns) - 1))

    def _keys(self, rows: list[Any]) -> list[Hashable] | None:
        try:
            keys = [self._key(r) for r in rows]
        except AttributeError:
            return None
        return keys if len(set(keys)) == len(keys) else None

    def _remove_gone(self, old_keys: list[Hashable], kept: set[Hashable]) -> None:
        row = len(old_keys) - 1
        while row >= 0:  # from the bottom, a contiguous run at a time
            if old_keys[row] in kept:
                row -= 1
                continue
            last = row
            while row >= 0 and old_keys[row] not in kept:
                row -= 1
            self.beginRemoveRows(QModelIndex(), row + 1, last)
            del self._rows[row + 1:last + 1]
            self.endRemoveRows()

    def _reorder(self, order: list[Hashable]) -> None:
        """Put the rows still shown in the new order, moving the selection with them."""
        current = [self._key(r) for r in self._rows]
        if current == order:
            return
        self.layoutAboutToBeChanged.emit()
        position = {k: i for i, k in enumerate(order)}
        self._rows.sort(key=lambda r: position[self._key(r)])
        moved = self.persistentIndexList()
        self.changePersistentIndexList(moved, [
            self.index(position[current[i.row()]], i.column()) for i in moved])
        self.layoutChanged.emit()

    def _insert_new(self, new: list[Any], keys: list[Hashable]) -> None:
        held = {self._key(r) for r in self._rows}
        row = 0
        while row < len(new):
            if keys[row] in held:
                row += 1
                continue
            first = row
            while row < len(new) and keys[row] not in held:
                row += 1
            self.beginInsertRows(QModelIndex(), first, row - 1)
            self._rows[first:first] = new[first:row]
            self.endInsertRows()

    def insert_sorted(self, record: Any, order: Callable[[Any], Any]) -> None:
        """Add one record where `order` puts it among rows already in that order (a record
        with the same key is replaced): one row in, without reloading or re-fitting the rest.
        """
        key = self._key(record)
        held = next((i for i, r in enumerate(self._rows) if self._key(r) == key), None)
        if held is not None:
            self.beginRemoveRows(QModelIndex(), held, held)
            del self._rows[held]
            self.endRemoveRows()
        at = bisect.bisect(self._rows, order(record), key=order)
        self.beginInsertRows(QModelIndex(), at, at)
        self._rows.insert(at, record)
        self.endInsertRows()

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        record = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = column.value(record)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ROW_ROLE:
            return record
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            return self._columns[section].title
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None
