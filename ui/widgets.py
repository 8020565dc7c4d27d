"""Small widgets every page uses: labels, the page title, a big action button, a table.

Labels show plain text: a QLabel left to guess would render a resident named `<b>Ana</b>` in
bold. The few labels that are rich text on purpose pass every user value through
html.escape.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableView,
    QWidget,
)


def text_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A label that shows its text exactly as written, markup included."""
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def rich_label(html: str = "", parent: QWidget | None = None) -> QLabel:
    """A label for HTML built here, with every user value passed through `escape`."""
    label = QLabel(html, parent)
    label.setTextFormat(Qt.TextFormat.RichText)
    return label


def literal_tooltip(text: str) -> str:
    """A tooltip showing `text` as written (Qt guesses rich text for tooltips too)."""
    return f"<span>{escape(text)}</span>"


def ask_plain(parent: QWidget | None, title: str, text: str,
              icon: QMessageBox.Icon = QMessageBox.Icon.Question) -> bool:
    """A yes/no question whose text (names a person typed) is shown as written."""
    box = QMessageBox(icon, title, text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box.exec() == QMessageBox.StandardButton.Yes


def page_title(text: str, parent: QWidget | None = None) -> QLabel:
    label = text_label(text, parent)
    label.setObjectName("pageTitle")
    return label


def section_title(text: str, parent: QWidget | None = None) -> QLabel:
    label = text_label(text, parent)
    label.setObjectName("sectionTitle")
    return label


def big_button(text: str, parent: QWidget | None = None, primary: bool = False) -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName("primaryButton" if primary else "bigButton")
    button.setMinimumHeight(40)
    return button


def record_table(parent: QWidget | None = None) -> QTableView:
    """A table for records: whole-row selection, alternating rows, last column stretched."""
    view = QTableView(parent)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.setWordWrap(False)
    return view


def fit_columns(view: QTableView) -> None:
    """Size columns to their contents. When they do not all fit, the wide ones (titles,
    names) give up room, down to their heading's width, so the last columns (a status, a
    date) stay in view instead of sitting off to the right while a title takes the space;
    only what still does not fit scrolls sideways. The last column stretches if there is
    room left."""
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    view.resizeColumnsToContents()
    shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
    widths = {c: min(header.sectionSize(c) + 16, 420) for c in shown}
    room = view.viewport().width()
    excess = sum(widths.values()) - room
    if excess > 0 and view.isVisible():
        floors = {c: min(widths[c], max(header.sectionSizeHint(c), 120)) for c in shown}
        slack = {c: widths[c] - floors[c] for c in shown}
        total = sum(slack.values())
        if total > 0:
            take = min(excess, total)
            widths = {c: widths[c] - -(-slack[c] * take // total) for c in shown}
    for col, width in widths.items():
        header.resizeSection(col, width)
    header.setStretchLastSection(sum(widths.values()) <= room)


def screen_area(window: QWidget) -> QRect:
    """Where windows may go on the screen `window` is on (without the task bar)."""
    return window.screen().availableGeometry()


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Open at `width` x `height`, or smaller on a small screen (a 1024x600 netbook), leaving
    room for the window's frame."""
    screen = screen_area(window)
    window.resize(min(width, screen.width() - 40), min(height, screen.height() - 60))


def scrolled(content: QWidget, parent: QWidget | None = None) -> QScrollArea:
    """`content` in a frameless scroll area: a tall form scrolls on a netbook instead of
    making every other tab (and the page around it) as tall as itself."""
    area = QScrollArea(parent)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(content)
    return area
