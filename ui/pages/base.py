"""The base of every area of the window: a title, a refresh on demand and on data changes."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from app.domain.changes import OpChanges

from ui.context import UiContext
from ui.widgets import page_title


class Page(QWidget):
    # Table names whose changes make this page reload (see UiContext.data_changed).
    watches: frozenset[str] = frozenset()

    def __init__(self, ui: UiContext, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.services = ui.services
        # The page's content sits in a scroll area: on a 1024×600 netbook a form taller than
        # the screen scrolls instead of squashing its fields on top of each other.
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.page_scroll = QScrollArea(self)
        self.page_scroll.setWidgetResizable(True)
        self.page_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.content = QWidget(self.page_scroll)
        self.content.setObjectName("pageContent")
        self.page_scroll.setWidget(self.content)
        outer.addWidget(self.page_scroll)
        self.layout_ = QVBoxLayout(self.content)
        self.layout_.setContentsMargins(24, 18, 24, 18)
        self.layout_.setSpacing(12)
        self.title_label = page_title(title, self.content)
        self.layout_.addWidget(self.title_label)
        ui.data_changed.connect(self._on_data_changed)

    def refresh(self) -> None:
        """Load what the page shows, on the worker thread."""

    def _on_data_changed(self, changes: OpChanges) -> None:
        if changes.touches(self.watches) and self.isVisible():
            self.refresh()

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        self.refresh()
