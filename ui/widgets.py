"""Small widgets every page uses: the page title, a big action button, a read-only table."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QWidget,
)


def page_title(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName("pageTitle")
    return label


def section_title(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
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
    """Size columns to their contents. The last one stretches only if it still fits whole;
    otherwise the table scrolls sideways rather than clip a heading or a name."""
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    view.resizeColumnsToContents()
    for col in range(header.count()):
        header.resizeSection(col, min(header.sectionSize(col) + 16, 420))
    used = sum(header.sectionSize(col) for col in range(header.count()))
    header.setStretchLastSection(used <= view.viewport().width())
