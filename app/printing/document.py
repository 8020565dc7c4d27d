"""The shared frame of every paper: page size, margins, styles, header and "página x de y"."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, SimpleDocTemplate

from app.i18n import _
from app.printing.fonts import register_fonts

PAGE_SIZES = {"letter": LETTER, "a4": A4}


def page_size(name: str) -> tuple[float, float]:
    width, height = PAGE_SIZES.get(name.lower(), LETTER)
    return float(width), float(height)


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle


def styles(scale: float = 1.0) -> Styles:
    regular, bold = register_fonts()

    def style(name: str, font: str, size: float, leading: float, **kw: Any) -> ParagraphStyle:
        return ParagraphStyle(name, fontName=font, fontSize=size * scale,
                              leading=leading * scale, **kw)

    return Styles(
        title=style("title", bold, 16, 20, alignment=1, spaceAfter=4),
        subtitle=style("subtitle", regular, 11, 14, alignment=1, spaceAfter=8),
        heading=style("heading", bold, 12, 15, spaceBefore=8, spaceAfter=4),
        body=style("body", regular, 10.5, 14, alignment=4),  # justified, as an acta is
        small=style("small", regular, 8, 10),
        cell=style("cell", regular, 9, 11),
        cell_bold=style("cell_bold", bold, 9, 11),
    )


def fit_text(text: str, font: str, size: float, room: float) -> str:
    """`text`, cut at a word with an ellipsis when it is wider than `room` points."""
    if stringWidth(text, font, size) <= room:
        return text
    words = text.split()
    while words and stringWidth(" ".join(words) + " …", font, size) > room:
        words.pop()
    return " ".join(words) + " …" if words else "…"


class EmbeddedFontCanvas(Canvas):  # type: ignore[misc]
    """A canvas that never names a font it does not embed."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        # The embedded font from the first operator on: ReportLab's default initial font,
        # Helvetica, would be listed in the PDF without being embedded.
        # (The document template passes its own, None unless told.)
        kwargs["initialFontName"] = kwargs.get("initialFontName") or register_fonts()[0]
        super().__init__(*args, **kwargs)

    def setFont(self, psfontname: str, size: float, leading: float | None = None) -> None:
        """ReportLab's own defaults (a table's plain cells) ask for Helvetica, which is never
        embedded: every paper uses the embedded font with the Spanish glyphs instead."""
        regular, bold = register_fonts()
        name = {"Helvetica": regular, "Helvetica-Bold": bold}.get(psfontname, psfontname)
        super().setFont(name, size, leading)


class NumberedCanvas(EmbeddedFontCanvas):
    """Draws "página x de y" and the running header on every page, once all pages are known."""

    header_left = ""
    header_right = ""
    watermark = ""  # BORRADOR on every page of a draft

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._saved_pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._saved_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._saved_pages)
        for state in self._saved_pages:
            self.__dict__.update(state)
            self._decorate(total)
            super().showPage()
        super().save()

    def _decorate(self, total: int) -> None:
        regular, bold = register_fonts()
        width, height = self._pagesize
        self.saveState()
        self.setFont(regular, 8)
        self.setFillGray(0.3)
        # The right part (a date, the acta's code) is kept whole unless it would take more
        # than half the line; the left is shortened to fit beside it. Both are printed in
        # full on the page itself.
        room = width - 36 * mm - 6 * mm
        right = self.header_right
        if self.header_left:
            right = fit_text(right, regular, 8, max(room / 2, room - stringWidth(
                self.header_left, regular, 8)))
        if right:
            self.drawRightString(width - 18 * mm, height - 12 * mm, right)
        if self.header_left:
            self.drawString(18 * mm, height - 12 * mm, fit_text(
                self.header_left, regular, 8, room - stringWidth(right, regular, 8)))
        label = _("Página {n} de {total}").format(
            n=self._pageNumber, total=total)
        self.drawRightString(width - 18 * mm, 10 * mm, label)
        if self.watermark:
            # Across the page, pale and see-through: a draft cannot pass for the signed one,
            # and the text under it stays readable.
            self.setFillColorRGB(0.8, 0.1, 0.1)
            self.setFillAlpha(0.13)
            self.translate(width / 2, height / 2)
            self.rotate(50)
            self.setFont(bold, 96)
            self.drawCentredString(0, -30, self.watermark)
        self.restoreState()


def build_pdf(story: Sequence[Flowable], page: str = "letter", title: str = "",
              header_left: str = "", header_right: str = "",
              margins_mm: float = 18, watermark: str = "") -> bytes:
    """Lay out a story of flowables on numbered pages and return the PDF bytes;
    `watermark` (BORRADOR) is printed across every page."""
    buffer = BytesIO()
    doc = SimpleDocTemplate(
        buffer, pagesize=page_size(page), title=title, author="Asamblea",
        leftMargin=margins_mm * mm, rightMargin=margins_mm * mm,
        topMargin=(margins_mm + 4) * mm, bottomMargin=(margins_mm + 2) * mm,
    )
    canvas_class = type("PageCanvas", (NumberedCanvas,), {
        "header_left": header_left, "header_right": header_right,
        "watermark": watermark})
    doc.build(list(story), canvasmaker=canvas_class)
    return buffer.getvalue()


def write_pdf(data: bytes, path: str | Path) -> Path:
    """Write to a temporary name, then rename: a cut in the power leaves no half PDF."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    with partial.open("wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    partial.replace(target)
    return target
