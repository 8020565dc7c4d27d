"""The printed census of a communal council: totals by sex and age group, the quorum base,
and every resident in a list that repeats its heading on each page.

The list is drawn straight on the canvas, like the voter register: 50,000 residents are 1,300
pages, and one LongTable of Paragraphs, re-measured at every split, took half a minute and
grew with every page. Each row here costs a few strings: the page breaks are worked out first
(a row is one or two lines), then every page is drawn, compressed and forgotten. The rows
are read twice (CensusStream: from the database, in one snapshot), never held: 200,000
residents print in 160 MB, where holding them and the pages' text took 400.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from io import BytesIO

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfdoc import PDFArray, PDFName, PDFStream, PDFZCompress
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from app.census.age_groups import AgeGroup
from app.census.report import CensusSheet, CensusStream, CensusTotals, PrintedRow
from app.domain.dates import age_on
from app.domain.enums import Sex
from app.i18n import _
from app.printing import formats
from app.printing.document import EmbeddedFontCanvas, Styles, fit_text, page_size, styles
from app.printing.fast_canvas import binary_streams
from app.printing.fonts import register_fonts
from app.printing.formats import national_id, number


def _group_labels() -> dict[AgeGroup, str]:
    return {
        AgeGroup.CHILDREN: _("Menores de 15"),
        AgeGroup.YOUTH: _("15 a 29"),
        AgeGroup.ADULTS: _("30 a 59"),
        AgeGroup.ELDERS: _("60 y más"),
    }


def _sex_label(sex: Sex | None) -> str:
    if sex is Sex.FEMALE:
        return _("Mujeres")
    if sex is Sex.MALE:
        return _("Hombres")
    return _("Sin dato")


def _grid(header_rows: int = 1) -> list[tuple[object, ...]]:
    return [
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor("#e8eef3")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]


def totals_table(totals: CensusTotals, st: Styles) -> Table:
    groups = _group_labels()
    has_unknown_age = totals.count(any_sex=True, group=None) > 0
    heading = [_("Sexo"), *groups.values()]
    if has_unknown_age:
        heading.append(_("Sin fecha"))
    heading.append(_("Total"))
    sexes: list[Sex | None] = [Sex.FEMALE, Sex.MALE]
    if totals.count(sex=None, any_group=True):
        sexes.append(None)
    lines: list[tuple[str, Sex | None, bool]] = [(_sex_label(s), s, False) for s in sexes]
    lines.append((_("Total"), None, True))
    rows: list[list[object]] = [[Paragraph(h, st.cell_bold) for h in heading]]
    for label, sex, is_total in lines:
        counts = [totals.count(sex, g, any_sex=is_total) for g in groups]
        if has_unknown_age:
            counts.append(totals.count(sex, None, any_sex=is_total))
        counts.append(totals.count(sex, any_sex=is_total, any_group=True))
        style = st.cell_bold if is_total else st.cell
        rows.append([Paragraph(label, style), *[Paragraph(number(n), style) for n in counts]])
    table = Table(rows, hAlign="LEFT")
    table.setStyle(TableStyle([*_grid(), ("ALIGN", (1, 0), (-1, -1), "RIGHT")]))
    return table


MARGIN = 18 * mm
TOP = 22 * mm  # from the top edge to the first line of the page's content
BOTTOM = 20 * mm
SIZE = 7.5  # the list's type size
LEADING = 9.0
PAD = 2.2  # above and below a row's text
HEAD_ROW = LEADING + 2 * PAD
# Column shares of the width: N.º, cédula, surnames, given names, birth, age, sex, sector.
FRACTIONS = (0.06, 0.13, 0.175, 0.175, 0.12, 0.07, 0.07, 0.20)
WRAPPED = (2, 3, 7)  # surnames, given names and sector take a second line when long
RIGHT = (0, 5)  # the row number and the age are aligned right
SHORT = (0, 4, 5, 6)  # a number, a date, an age and a letter always fit their columns


def _headings() -> tuple[str, ...]:
    return (_("N°"), _("Cédula"), _("Apellidos"), _("Nombres"), _("Nacimiento"), _("Edad"),
            _("Sexo"), _("Sector"))


@dataclass(frozen=True)
class _Frame:
    width: float
    height: float
    xs: tuple[float, ...]  # left edge of each column, and the right edge of the last

    @classmethod
    def of(cls, page: str) -> _Frame:
        width, height = page_size(page)
        inner = width - 2 * MARGIN
        xs = [MARGIN]
        for share in FRACTIONS:
            xs.append(xs[-1] + inner * share)
        return cls(width, height, tuple(xs))

    def room(self, column: int) -> float:
        return self.xs[column + 1] - self.xs[column] - 2 * PAD


# A census held in memory (a few residents, the tests) or read twice from the database.
Census = CensusSheet | CensusStream


class _Rows:
    """Each resident's cells, cut to at most two lines, as the list prints them."""

    def __init__(self, sheet: Census, frame: _Frame, font: str) -> None:
        self.sheet, self.frame, self.font = sheet, frame, font
        self.no_id = _("sin cédula")

    def cells(self, n: int, r: PrintedRow) -> list[list[str]]:
        cedula, last_names, first_names, born, sex, sector_id = r
        age = None if born is None else age_on(born, self.sheet.day)
        texts = (
            number(n), national_id(cedula, self.no_id),
            last_names, first_names,
            formats.day(born) if born else "",
            "" if age is None else str(age), sex.value if sex else "",
            self.sheet.sector_names.get(sector_id or "", ""),
        )
        return [self._lines(column, text) for column, text in enumerate(texts)]

    def _lines(self, column: int, text: str) -> list[str]:
        if column in SHORT:
            return [text]
        room = self.frame.room(column)
        if stringWidth(text, self.font, SIZE) <= room:
            return [text]
        if column not in WRAPPED:
            return [fit_text(text, self.font, SIZE, room)]
        lines = simpleSplit(text, self.font, SIZE, room)
        if len(lines) > 2:
            lines = [lines[0], fit_text(" ".join(lines[1:]), self.font, SIZE, room)]
        return [line if stringWidth(line, self.font, SIZE) <= room
                else fit_text(line, self.font, SIZE, room) for line in lines]

    def heights(self) -> Iterator[float]:
        """Each row's height, without keeping the rows (the first pass)."""
        for n, r in enumerate(self.sheet.rows(), start=1):
            yield max(len(c) for c in self.cells(n, r)) * LEADING + 2 * PAD


def _opening(sheet: Census, st: Styles) -> list[Flowable]:
    """The first page's blocks above the list: title, council, totals and the quorum base."""
    council = sheet.council
    place = ", ".join(p for p in (council.parish, council.municipality, council.state) if p)
    day = formats.day(sheet.day)
    story: list[Flowable] = [
        Paragraph(_("Censo de habitantes"), st.title),
        Paragraph(council.name, st.subtitle),
    ]
    details = [x for x in (sheet.parent_name, place,
                           _("Registro") + f": {council.registry_code}"
                           if council.registry_code else None) if x]
    if details:
        story.append(Paragraph(" · ".join(details), st.small))
    return [
        *story,
        Paragraph(_("Edades calculadas al {day}.").format(day=day), st.small),
        Spacer(1, 4 * mm),
        Paragraph(_("Totales por sexo y grupo de edad"), st.heading),
        totals_table(sheet.totals, st),
        Spacer(1, 3 * mm),
        Paragraph(
            _("Habitantes de {age} años o más (base del quórum): <b>{n}</b>").format(
                age=sheet.totals.voting_age, n=number(sheet.totals.of_voting_age)),
            st.body),
        Spacer(1, 4 * mm),
        Paragraph(_("Habitantes ({n})").format(n=number(sheet.totals.total)), st.heading),
    ]


def _draw_opening(c: Canvas, story: list[Flowable], frame: _Frame) -> float:
    """Draw the opening blocks from the top of the first page; where the list starts."""
    y = frame.height - TOP
    inner = frame.width - 2 * MARGIN
    for flowable in story:
        y -= flowable.getSpaceBefore()
        _w, h = flowable.wrapOn(c, inner, y - BOTTOM)
        flowable.drawOn(c, MARGIN, y - h)
        y -= float(h) + flowable.getSpaceAfter()
    return float(y)


def _pages(first_top: float, frame: _Frame, heights: Iterator[float]) -> list[int]:
    """How many rows go on each page (the first page starts lower, under the totals)."""
    counts: list[int] = []
    room = first_top - BOTTOM - HEAD_ROW
    held = 0
    for h in heights:
        if h > room and held:
            counts.append(held)
            room, held = frame.height - TOP - BOTTOM - HEAD_ROW, 0
        room -= h
        held += 1
    if held or not counts:
        counts.append(held)
    return counts


def _running(c: Canvas, sheet: Census, frame: _Frame, page: int, total: int,
             regular: str) -> None:
    """The line above every page and "página x de y" below it, as every other paper has."""
    c.setFont(regular, 8)
    c.setFillGray(0.3)
    right = _("Censo al {day}").format(day=formats.day(sheet.day))
    room = frame.width - 2 * MARGIN - 6 * mm - stringWidth(right, regular, 8)
    c.drawRightString(frame.width - MARGIN, frame.height - 12 * mm, right)
    c.drawString(MARGIN, frame.height - 12 * mm, fit_text(sheet.council.name, regular, 8, room))
    c.drawRightString(frame.width - MARGIN, 10 * mm, _("Página {n} de {total}").format(
        n=number(page), total=number(total)))
    c.setFillGray(0)


def _heading_row(c: Canvas, frame: _Frame, top: float, bold: str) -> float:
    c.setFillColor(colors.HexColor("#e8eef3"))
    c.rect(frame.xs[0], top - HEAD_ROW, frame.xs[-1] - frame.xs[0], HEAD_ROW, stroke=0, fill=1)
    c.setFillGray(0)
    c.setFont(bold, SIZE)
    for column, text in enumerate(_headings()):
        c.drawString(frame.xs[column] + PAD, top - PAD - SIZE,
                     fit_text(text, bold, SIZE, frame.room(column)))
    return top - HEAD_ROW


def _draw_rows(c: Canvas, rows: list[list[list[str]]], frame: _Frame, top: float,
               regular: str) -> None:
    """One page of the list under its heading row, with the grid around it."""
    y = top
    lines = [top]
    words = c.beginText()  # one text object for the page: a drawString each cost 3 times more
    words.setFont(regular, SIZE)
    for index, cells in enumerate(rows):
        h = max(len(cell) for cell in cells) * LEADING + 2 * PAD
        if index % 2:
            c.setFillColor(colors.HexColor("#f6f6f6"))
            c.rect(frame.xs[0], y - h, frame.xs[-1] - frame.xs[0], h, stroke=0, fill=1)
            c.setFillGray(0)
        for column, cell in enumerate(cells):
            for k, text in enumerate(cell):
                if not text:
                    continue
                x = (frame.xs[column + 1] - PAD - stringWidth(text, regular, SIZE)
                     if column in RIGHT else frame.xs[column] + PAD)
                words.setTextOrigin(x, y - PAD - SIZE - k * LEADING)
                words.textOut(text)
        y -= h
        lines.append(y)
    c.drawText(words)
    c.setStrokeColor(colors.grey)
    c.setLineWidth(0.4)
    head = top + HEAD_ROW
    c.line(frame.xs[0], head, frame.xs[-1], head)
    for line_y in lines:
        c.line(frame.xs[0], line_y, frame.xs[-1], line_y)
    for x in frame.xs:
        c.line(x, head, x, y)


def census_pdf(sheet: Census, page: str = "letter") -> bytes:
    """The paper; a CensusStream's rows are read twice (the page plan, then the drawing),
    and only one page of them is held at a time."""
    regular, bold = register_fonts()
    frame = _Frame.of(page)
    buffer = BytesIO()
    c = EmbeddedFontCanvas(buffer, pagesize=(frame.width, frame.height), pageCompression=1)
    c.setTitle(_("Censo") + f" {sheet.council.name}")
    c.setAuthor("Asamblea")
    opening = _opening(sheet, styles())
    rows = _Rows(sheet, frame, regular)
    # The opening's height, measured on a scratch canvas: the page count comes first.
    first_top = _draw_opening(EmbeddedFontCanvas(BytesIO(), pagesize=(frame.width, frame.height)),
                              _opening(sheet, styles()), frame)
    counts = _pages(first_top, frame, rows.heights())
    residents = iter(enumerate(sheet.rows(), start=1))
    for number_, count in enumerate(counts, start=1):
        top = _draw_opening(c, opening, frame) if number_ == 1 else frame.height - TOP
        top = _heading_row(c, frame, top, bold)
        page_rows = [rows.cells(n, r) for n, r in (next(residents) for _i in range(count))]
        _draw_rows(c, page_rows, frame, top, regular)
        _running(c, sheet, frame, number_, len(counts), regular)
        c.showPage()
        _pack_last_page(c)
    with binary_streams():
        c.save()
    return buffer.getvalue()


def _pack_last_page(c: Canvas) -> None:
    """Compress the page just shown now rather than when the PDF is saved: ReportLab keeps
    every page's drawing as text until then, a kilobyte per resident (200 MB for 200,000).
    The stream is the one `save` would write (FlateDecode, binary_streams), byte for byte."""
    page = c._doc.Pages.pages[-1]
    if not page.compression or not page.stream:
        return
    packed = PDFStream(content=PDFZCompress.encode(page.stream))
    packed.dictionary["Filter"] = PDFArray([PDFName(PDFZCompress.pdfname)])
    packed.__Comment__ = "page stream"
    page.Contents, page.stream = packed, None
