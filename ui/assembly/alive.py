"""Drop a worker's answer when the widget that asked for it has been closed meanwhile."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtWidgets import QWidget


def while_alive(widget: QWidget, callback: Callable[[Any], None]) -> Callable[[Any], None]:
    def deliver(result: Any) -> None:
        if shiboken6.isValid(widget):
            callback(result)
    return deliver
