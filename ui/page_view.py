"""A column of PDF pages that holds images of only the pages in view and a few neighbours.

The pages are not widgets: the view knows every page's place from its size alone and paints
the pages the viewport crosses, each from its image when it has one and as a blank sheet
until then. `wanted` names the next page to render; the dialog renders it on the worker and
hands it back with `store`. At most CACHE_PAGES images are kept (the least recently shown go
first), so a 1,000-page register costs what a 3-page one does: before, every page previewed
was a QLabel holding its pixmap, and a long census took gigabytes.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import OrderedDict
from collections.abc import Sequence
from itertools import accumulate

from PySide6.QtCore import QRect, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QImage, QKeyEvent, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

from ui import labels

CACHE_PAGES = 6  # the pages in view (two or three) and their neighbours
PREVIEW_DPI = 90.0  # a sheet at a readable size on a laptop; narrower windows shrink it
MARGIN = 12  # around and between the sheets
PAPER = QColor("white")
DESK = QColor("#d9d9d9")
EDGE = QColor("#999999")
BLANK_TEXT = QColor("#888888")


class PageView(QAbstractScrollArea):
    """Scrolls through pages of the given sizes (points); the vertical scroll bar is in
    pixels of the laid-out column, so it is not bound by a widget's maximum height."""

    wanted = Signal()  # a page in view or beside it has no image at the right width
    page_changed = Signal(int)  # the page in the middle of the view (0-based)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._sizes: tuple[tuple[float, float], ...] = ()
        self._zoom = PREVIEW_DPI / 72.0
        self._tops: list[int] = []  # where each page starts, in column pixels
        self._heights: list[int] = []
        self._images: OrderedDict[int, QImage] = OrderedDict()
        self._broken: set[int] = set()
        self._current = -1

    # The pages -----------------------------------------------------------------------------

    def set_pages(self, sizes: Sequence[tuple[float, float]]) -> None:
        self._sizes = tuple(sizes)
        self._images.clear()
        self._broken.clear()
        self._lay_out()

    def clear(self) -> None:
        """Drop every image and page (the dialog is closing)."""
        self.set_pages(())

    @property
    def page_count(self) -> int:
        return len(self._sizes)

    @property
    def cached(self) -> list[int]:
        return list(self._images)

    def width_for(self, index: int) -> int:
        """The device pixels page `index` is drawn at now."""
        return max(1, round(self._sizes[index][0] * self._zoom * self.devicePixelRatioF()))

    def store(self, index: int, image: QImage) -> None:
        if index >= len(self._sizes):
            return  # rendered for pages since replaced
        self._images[index] = image
        self._images.move_to_end(index)
        near = self._near()
        # Never fewer than the pages in view (a very narrow window shows many small ones),
        # or rendering one would drop another still shown, for ever.
        room = max(CACHE_PAGES, len(near))
        for old in [i for i in self._images if i not in near]:
            if len(self._images) <= room:
                break
            del self._images[old]
        self.viewport().update()

    def mark_broken(self, index: int) -> None:
        """A page PDFium could not draw stays a blank sheet saying so; the rest go on."""
        self._broken.add(index)
        self.viewport().update()

    def wanted_page(self) -> int | None:
        """The next page to render: the pages in view, top first, then one on each side."""
        for index in self._near():
            if index in self._broken:
                continue
            image = self._images.get(index)
            if image is None or abs(image.width() - self.width_for(index)) > 1:
                return index
        return None

    def scroll_to_page(self, index: int) -> None:
        if 0 <= index < len(self._tops):
            self.verticalScrollBar().setValue(self._tops[index] - MARGIN)

    # Geometry ------------------------------------------------------------------------------

    def _lay_out(self) -> None:
        """Every page's place at the zoom that fits the widest page in the viewport; the page
        in view stays in view, at the same point of it, when the window is resized."""
        bar = self.verticalScrollBar()
        current = self._current if 0 <= self._current < len(self._tops) else -1
        into = ((bar.value() - self._tops[current]) / self._heights[current]
                if current >= 0 else 0.0)
        room = self.viewport().width() - 2 * MARGIN
        widest = max((w for w, _ in self._sizes), default=1.0)
        self._zoom = max(0.05, min(PREVIEW_DPI / 72.0, room / widest))
        self._heights = [max(1, round(h * self._zoom)) for _, h in self._sizes]
        self._tops = list(accumulate((h + MARGIN for h in self._heights), initial=MARGIN))[:-1]
        total = (self._tops[-1] + self._heights[-1] + MARGIN) if self._tops else 0
        bar.setRange(0, max(0, total - self.viewport().height()))
        bar.setPageStep(self.viewport().height())
        bar.setSingleStep(40)
        if 0 <= current < len(self._tops):
            bar.setValue(self._tops[current] + round(into * self._heights[current]))
        self._moved()

    def _in_view(self) -> range:
        top = self.verticalScrollBar().value()
        bottom = top + self.viewport().height()
        if not self._tops:
            return range(0)
        first = max(0, bisect_right(self._tops, top) - 1)
        last = max(first, bisect_right(self._tops, bottom) - 1)
        return range(first, min(last, len(self._tops) - 1) + 1)

    def _near(self) -> list[int]:
        view = self._in_view()
        if not view:
            return []
        around = [i for i in (view.stop, view.start - 1) if 0 <= i < len(self._tops)]
        return [*view, *around]

    def _page_rect(self, index: int) -> QRect:
        width = round(self._sizes[index][0] * self._zoom)
        left = max(MARGIN, (self.viewport().width() - width) // 2)
        top = self._tops[index] - self.verticalScrollBar().value()
        return QRect(left, top, width, self._heights[index])

    def _moved(self) -> None:
        view = self._in_view()
        if view:
            middle = self.verticalScrollBar().value() + self.viewport().height() // 2
            current = max(view.start, min(view.stop - 1, bisect_right(self._tops, middle) - 1))
            if current != self._current:
                self._current = current
                self.page_changed.emit(current)
        self.viewport().update()
        if self.wanted_page() is not None:
            self.wanted.emit()

    # Qt ------------------------------------------------------------------------------------

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        self._moved()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._lay_out()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        bar = self.verticalScrollBar()
        if event.key() == Qt.Key.Key_Home:
            bar.setValue(bar.minimum())
        elif event.key() == Qt.Key.Key_End:
            bar.setValue(bar.maximum())
        else:
            super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        painter.fillRect(event.rect(), DESK)
        for index in self._in_view():
            rect = self._page_rect(index)
            painter.fillRect(rect, PAPER)
            image = self._images.get(index)
            if image is not None:
                # Drawn at its place even while a sharper one is rendered after a resize.
                painter.drawImage(QRectF(rect), image)
            else:
                painter.setPen(BLANK_TEXT)
                text = (self.tr("No se pudo mostrar la página {n}.") if index in self._broken
                        else self.tr("Página {n}…")).format(n=labels.number(index + 1))
                # In the middle of what shows of the sheet, not of the sheet (off screen).
                painter.drawText(rect.intersected(self.viewport().rect()),
                                 Qt.AlignmentFlag.AlignCenter, text)
            painter.setPen(EDGE)
            painter.drawRect(rect.adjusted(0, 0, -1, -1))
        painter.end()
