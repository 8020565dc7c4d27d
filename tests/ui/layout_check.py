"""What a 1024×600 screen must not show: widgets on top of each other, squashed to nothing,
cut (a button or label narrower than its text), or lying outside their window."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QScrollBar,
    QSplitterHandle,
    QTabBar,
    QWidget,
)

SCREEN = (1024, 600)

# Widgets whose insides are Qt's own business (a combo's line edit, a spin box's arrows).
_OPAQUE = (QComboBox, QAbstractSpinBox, QTabBar, QScrollBar)


def _name(w: QWidget) -> str:
    text = ""
    if isinstance(w, QAbstractButton | QLabel):
        text = w.text()[:30]
    return f"{type(w).__name__}({w.objectName() or text!r})"


def _visible_children(w: QWidget) -> list[QWidget]:
    return [c for c in w.findChildren(QWidget, options=_direct()) if c.isVisible()
            and not c.isWindow()]


def _direct():  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    return Qt.FindChildOption.FindDirectChildrenOnly


def _cut(w: QWidget) -> bool:
    """A button or a one-line label smaller than the least its text needs."""
    if isinstance(w, QAbstractButton) and w.text():
        hint = w.minimumSizeHint()
        return w.width() < hint.width() - 2 or w.height() < min(hint.height(), 20)
    if isinstance(w, QLabel) and w.text() and not w.wordWrap() and w.pixmap().isNull():
        hint = w.minimumSizeHint()
        return w.width() < hint.width() - 2 or w.height() < hint.height() - 4
    if isinstance(w, QLineEdit | QComboBox | QAbstractSpinBox):
        return w.height() < 20
    return False


def _widest(w: QWidget) -> str:
    """The chain of widgets that makes `w` as wide as it is, to find the one to fix (a hidden
    tab counts: a stacked widget is as wide as its widest page)."""
    names = []
    while kids := [c for c in w.findChildren(QWidget, options=_direct()) if not c.isWindow()]:
        w = max(kids, key=lambda c: c.minimumSizeHint().width())
        names.append(f"{_name(w)}={w.minimumSizeHint().width()}")
    return " > ".join(names[-4:])


def problems(window: QWidget) -> list[str]:
    """Every defect of the window as it is laid out now; empty when it is right."""
    found: list[str] = []
    if window.width() > SCREEN[0] or window.height() > SCREEN[1]:
        found.append(f"window {window.width()}x{window.height()} larger than the screen")

    def walk(w: QWidget, path: str) -> None:
        kids = _visible_children(w)
        inner = isinstance(w.parentWidget(), QAbstractScrollArea) and (
            w is w.parentWidget().viewport())  # type: ignore[union-attr]
        for c in kids:
            where = f"{path}/{_name(c)}"
            if c.width() <= 0 or c.height() <= 0:
                found.append(f"zero size: {where}")
                continue
            if not inner and not QRect(0, 0, w.width(), w.height()).contains(c.geometry()):
                found.append(f"outside its parent {w.width()}x{w.height()}: {where} "
                             f"at {c.geometry().getRect()}")
            if _cut(c):
                found.append(f"cut: {where} {c.width()}x{c.height()} < "
                             f"{c.minimumSizeHint().width()}x{c.minimumSizeHint().height()}")
        solid = [c for c in kids if not isinstance(c, QSplitterHandle)
                 and c.width() > 0 and c.height() > 0]
        for i, a in enumerate(solid):
            for b in solid[i + 1:]:
                if a.geometry().intersects(b.geometry()):
                    found.append(f"overlap: {path}/{_name(a)} {a.geometry().getRect()} and "
                                 f"{_name(b)} {b.geometry().getRect()}")
        if isinstance(w, QScrollArea) and w.widgetResizable() and (
                w.horizontalScrollBar().maximum() > 0):
            found.append(f"scrolls sideways: {path} needs {w.widget().minimumSizeHint().width()}"
                         f" of {w.viewport().width()} px, because of {_widest(w.widget())}")
        for c in kids:
            if not isinstance(c, _OPAQUE):
                # Paths name the last three levels: enough to find the widget in the code.
                walk(c, "/".join(f"{path}/{_name(c)}".split("/")[-3:]))

    walk(window, "")
    return found
