"""A long list of rows drawn straight on the canvas, split across pages by the layout.

A table of thousands of rows laid out by ReportLab's Table costs seconds per hundred pages;
here each row's cells are wrapped once (repeated texts once in all), the heights summed once,
and a page draws its rows with one text object and a few lines: the page frame, header and
numbering stay those of build_pdf.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from functools import lru_cache
from itertools import accumulate

from reportlab.lib import colors
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import Flowable

from app.printing.fonts import register_fonts

PAD = 3.0  # points inside each cell, on every side
SIZE = 7.5
LEADING = 9.0
HEAD_SIZE = 7.0

Cell = tuple[str, ...]  # the lines of one cell, already wrapped
Row = tuple[Cell, ...]


@lru_cache(maxsize=8192)
def wrap_cell(text: str, width: float, size: float = SIZE) -> Cell:
    """Lines that fit `width` at the cell's font; a word longer than the cell (a file name,
    an invoice number) is cut by characters rather than spill into the next column."""
    regular, _bold = register_fonts()
    if "\n" not in text and stringWidth(text, regular, size) <= width:
        return (text,)  # most cells: no splitting at all
    lines: list[str] = []
    for part in text.split("\n"):
        for line in simpleSplit(part, regular, size, width) or [""]:
            while stringWidth(line, regular, size) > width and len(line) > 1:
                cut = len(line) - 1
                while cut > 1 and stringWidth(line[:cut], regular, size) > width:
                    cut -= 1
                lines.append(line[:cut])
                line = line[cut:]
            lines.append(line)
    return tuple(lines)


class Rows:
    """The rows of a list with their heights summed once, shared by every page's part."""

    def __init__(self, head: Sequence[str], rows: Sequence[Row], widths: Sequence[float],
                 right: frozenset[int]) -> None:
        self.widths = list(widths)
        self.right = right
        self.head = [wrap_cell(h, w - 2 * PAD, HEAD_SIZE) for h, w in zip(head, widths,
                                                                          strict=True)]
        self.head_height = max(len(h) for h in self.head) * LEADING + 2 * PAD
        self.rows = rows
        heights = (max(len(cell) for cell in row) * LEADING + 2 * PAD for row in rows)
        self.tops = [0.0, *accumulate(heights)]  # tops[i]: height of rows before row i
        # PDF operators of the texts drawn, by font, size, text and font subset (one paper).
        self.encoded: dict[tuple[str, float, str, int], str] = {}

    def height(self, start: int, end: int) -> float:
        return self.tops[end] - self.tops[start]


class CanvasRows(Flowable):  # type: ignore[misc]
    """Rows `start` to `end` of a list, with the column heads repeated on every page."""

    def __init__(self, rows: Rows, start: int = 0, end: int | None = None) -> None:
        super().__init__()
        self.list = rows
        self.start = start
        self.end = len(rows.rows) if end is None else end

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = sum(self.list.widths)
        self.height = self.list.head_height + self.list.height(self.start, self.end)
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        room = avail_height - self.list.head_height
        tops = self.list.tops
        # The last row whose bottom still fits in the room left on this page.
        fits = bisect_right(tops, tops[self.start] + room, self.start, self.end + 1) - 1
        if fits <= self.start:
            return []  # not even one row: the whole list starts on the next page
        return [CanvasRows(self.list, self.start, fits), CanvasRows(self.list, fits, self.end)]

    def draw(self) -> None:
        regular, bold = register_fonts()
        c = self.canv
        rows = self.list
        xs = [0.0, *accumulate(rows.widths)]
        top = self.height
        c.saveState()
        c.setFillColor(colors.Color(0.9, 0.9, 0.9))
        c.rect(0, top - rows.head_height, xs[-1], rows.head_height, stroke=0, fill=1)
        c.setFillColor(colors.black)
        text = c.beginText()
        text.setFont(bold, HEAD_SIZE, LEADING)
        for column, lines in enumerate(rows.head):
            self._cell(text, lines, xs, column, top, bold, HEAD_SIZE)
        text.setFont(regular, SIZE, LEADING)
        y = top - rows.head_height
        ys = [top, y]
        for row in rows.rows[self.start:self.end]:
            for column, lines in enumerate(row):
                self._cell(text, lines, xs, column, y, regular, SIZE)
            y -= max(len(cell) for cell in row) * LEADING + 2 * PAD
            ys.append(y)
        c.drawText(text)
        c.setStrokeColor(colors.grey)
        c.setLineWidth(0.3)
        for line_y in ys:
            c.line(0, line_y, xs[-1], line_y)
        for x in xs:
            c.line(x, top, x, y)
        c.restoreState()

    def _cell(self, text: PDFTextObject, lines: Cell, xs: list[float], column: int,
              top: float, font: str, size: float) -> None:
        right = column in self.list.right
        for index, line in enumerate(lines):
            baseline = top - PAD - size - index * LEADING + 1
            x = (xs[column + 1] - PAD - stringWidth(line, font, size) if right
                 else xs[column] + PAD)
            text.setTextOrigin(x, baseline)
            self._show(text, line, font, size)

    def _show(self, text: PDFTextObject, line: str, font: str, size: float) -> None:
        """Draw a line, reusing its PDF operators when the same text was drawn before in
        this paper. Encoding a text for an embedded font is most of the cost of a page and a
        list repeats most of its texts (dates, amounts, lines, "SIN COMPROBANTE"). Reused
        only under the font subset it was encoded in, so the glyphs are always right."""
        key = (font, size, line, text._curSubset)
        known = self.list.encoded.get(key)
        if known is None:
            known = text._formatText(line)
            if text._curSubset == key[3]:  # no subset switch inside: safe to replay
                self.list.encoded[key] = known
        text._code.append(known)
