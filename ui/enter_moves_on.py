"""Enter in a form's field goes to the next field, and in the last one presses the form's
button: a secretary typing the figures of a tally sheet or an agreement's votes keeps her
hands on the keys instead of clicking each box."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QWidget

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class EnterMovesOn(QObject):
    """Watches `fields` in order; Enter in one focuses (and selects) the next, Enter in the
    last clicks `button`. Fields that are hidden or disabled are skipped."""

    def __init__(self, fields: Sequence[QWidget], button: QAbstractButton,
                 parent: QObject | None = None) -> None:
        super().__init__(parent or button)
        self.fields = list(fields)
        self.button = button
        for field in self.fields:
            self.watch(field)

    def watch(self, field: QWidget) -> None:
        if field not in self.fields:
            self.fields.append(field)
        field.installEventFilter(self)
        field.setProperty("enterMovesOn", True)

    def set_fields(self, fields: Sequence[QWidget]) -> None:
        """The fields change (a tally's candidates, whose old boxes are gone): all of them,
        in order."""
        self.fields = []
        for field in fields:
            self.watch(field)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and \
                event.key() in _ENTER and watched in self.fields:
            self._next(self.fields.index(watched))
            return True
        return False

    def _next(self, index: int) -> None:
        for field in self.fields[index + 1:]:
            if field.isVisible() and field.isEnabled():
                field.setFocus(Qt.FocusReason.TabFocusReason)
                if isinstance(field, QAbstractSpinBox):
                    field.selectAll()  # typing replaces the 0
                return
        if self.button.isEnabled():
            self.button.click()
