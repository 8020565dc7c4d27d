"""The attendance sheet: who came, with a column to sign, and blank rows for walk-ins.

The pages are planned here, not left to the layout engine: every row's height comes from its
wrapped lines (the same split the cell prints), and `plan` puts rows on pages. Drawing follows
the plan page by page, and sealing an acta counts its folios from the same plan without
drawing (`attendance_folios`): the two cannot disagree, and 5,000 attendees are counted in a
fraction of a second instead of a 15-second render.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer, Table, TableStyle

from app.assembly.model import AttendancePaper
from app.domain.enums import OrgKind
from app.i18n import _, ngettext
from app.printing import formats
from app.printing.assembly_words import (
    assembly_kind,
    call_words,
    clock_time,
    end_sentence,
    esc,
    local,
    long_date,
    short_council,
    upper_first,
)
from app.printing.document import build_pdf, page_size, styles

MARGINS_MM = 18  # build_pdf's margins: 4 mm more at the top, 2 mm more at the bottom
FRAME_PADDING = 6  # points, on each side of the frame build_pdf lays the story in
SLACK = 4  # points kept free on each page, so rounding never pushes a row to the next page
PAD_H, PAD_V = 6, 7  # cell padding (points): room to sign where the name is one line
HEAD_PAD = 3
CELL, CELL_LEADING = 9, 11  # the name, cédula and number
COUNCIL, COUNCIL_LEADING = 8, 10  # the council, in a commune's assembly
GAP_BEFORE_TABLE = 3 * mm
GAP_BEFORE_CLOSING = 4 * mm


@dataclass(frozen=True)
class _Layout:
    page: str
    show_council: bool
    widths: tuple[float, ...]
    font: str
    bold: str

    @classmethod
    def of(cls, paper: AttendancePaper, page: str) -> _Layout:
        st = styles()
        show_council = paper.heading.organization.kind is not OrgKind.COUNCIL
        width = page_size(page)[0] - 36 * mm
        widths = ([12 * mm, 62 * mm, 28 * mm, 38 * mm] if show_council
                  else [12 * mm, 80 * mm, 30 * mm])
        widths.append(width - sum(widths))
        return cls(page, show_council, tuple(widths), st.cell.fontName,
                   st.cell_bold.fontName)

    def headers(self) -> list[str]:
        heads = [_("N.º"), _("Apellidos y nombres"), _("Cédula")]
        if self.show_council:
            heads.append(_("Consejo comunal"))
        return [*heads, _("Firma")]

    def lines(self, text: str, column: int, size: float, font: str = "") -> list[str]:
        return simpleSplit(text, font or self.font, size, self.widths[column] - 2 * PAD_H) or [""]

    def head_height(self) -> float:
        return max(len(self.lines(h, i, CELL, self.bold)) for i, h in
                   enumerate(self.headers())) * CELL_LEADING + 2 * HEAD_PAD


@dataclass(frozen=True)
class _Row:
    cells: tuple[str, ...]  # the texts as printed, wrapped lines joined by newlines
    height: float


def _rows(paper: AttendancePaper, layout: _Layout) -> list[_Row]:
    rows: list[_Row] = []
    for number, person in enumerate(paper.attendees, start=1):
        name = layout.lines(person.name + (_(" (menor de edad)") if person.under_age else ""),
                            1, CELL)
        cells = [formats.number(number), "\n".join(name),
                 formats.national_id(person.national_id, _("sin cédula"))]
        height = len(name) * CELL_LEADING
        if layout.show_council:
            council = layout.lines(short_council(paper.council_names.get(person.council_id,
                                                                         "")), 3, COUNCIL)
            cells.append("\n".join(council))
            height = max(height, len(council) * COUNCIL_LEADING)
        rows.append(_Row((*cells, ""), height + 2 * PAD_V))
    blank_height = CELL_LEADING + 2 * PAD_V
    for extra in range(paper.blank_rows):
        cells = [formats.number(len(paper.attendees) + extra + 1), "", ""]
        rows.append(_Row((*cells, *([""] if layout.show_council else []), ""), blank_height))
    return rows


def plan(heights: Sequence[float], first_room: float, room: float, head: float,
         closing: float) -> list[int]:
    """Rows on each page: as many as fit under the table's heading (`head`, repeated on every
    page), the first page having `first_room` (below the title) and the others `room`. The
    closing count (`closing` high) goes after the last row; when it does not fit there, the
    last rows go with it to the next page, so it never stands alone."""
    pages: list[int] = []
    used, count, available = head, 0, first_room
    for height in heights:
        if count and used + height > available:
            pages.append(count)
            used, count, available = head, 0, room
        used += height
        count += 1
    if used + closing <= available or not count:
        return [*pages, count]
    # Take the last rows to a page of their own with the closing, as many as it needs
    # (at least one), leaving the rest where they were.
    last = list(heights[len(heights) - count:])
    moved: list[float] = []
    while last and (not moved or head + sum(moved) + closing > room):
        moved.insert(0, last.pop())
    kept = count - len(moved)
    return [*pages, *([kept] if kept else []), len(moved)]


def _frame_room(page: str) -> float:
    height = page_size(page)[1]
    return float(height - (2 * MARGINS_MM + 6) * mm - 2 * FRAME_PADDING - SLACK)


def _frame_width(page: str) -> float:
    return float(page_size(page)[0] - 2 * MARGINS_MM * mm - 2 * FRAME_PADDING)


def _flow_height(flowables: Sequence[Flowable], width: float) -> float:
    """The height a run of flowables takes in the frame, their spaces counted in full."""
    total = 0.0
    for flowable in flowables:
        total += flowable.wrap(width, 10_000)[1] + flowable.getSpaceBefore() \
            + flowable.getSpaceAfter()
    return total


def _title(paper: AttendancePaper) -> list[Flowable]:
    st = styles()
    org, assembly = paper.heading.organization, paper.heading.assembly
    when = local(assembly.scheduled_at)
    return [
        Paragraph(_("LISTA DE ASISTENCIA"), st.title),
        Paragraph(esc(upper_first(_(
            "Asamblea de Ciudadanos y Ciudadanas {kind} de {name}, {call}").format(
                kind=assembly_kind(assembly.kind.value), name=org.name,
                call=call_words(assembly.call)))), st.subtitle),
        Paragraph(esc(end_sentence(f"{upper_first(long_date(when.date()))}, "
                                   f"{clock_time(when)}") + f" {assembly.place}"), st.subtitle),
        Spacer(1, GAP_BEFORE_TABLE),
    ]


def _closing(paper: AttendancePaper) -> list[Flowable]:
    quorum = paper.quorum
    return [Spacer(1, GAP_BEFORE_CLOSING), Paragraph(esc(_(
        "Presentes con derecho a voto: {present}. Menores de {voting_age} años: {under_age}. "
        "Quórum requerido: {required} ({percent}\u00a0% de {base}).").format(
            present=formats.number(quorum.present), voting_age=quorum.voting_age,
            under_age=formats.number(quorum.under_age), required=formats.number(quorum.required),
            percent=quorum.percent, base=ngettext(
                "{n} habitante de {voting_age} años o más",
                "{n} habitantes de {voting_age} años o más", quorum.base).format(
                    n=formats.number(quorum.base), voting_age=quorum.voting_age))),
        styles().small)]


def _pages(paper: AttendancePaper, layout: _Layout) -> tuple[list[_Row], list[int]]:
    width = _frame_width(layout.page)
    room = _frame_room(layout.page)
    rows = _rows(paper, layout)
    pages = plan([r.height for r in rows], room - _flow_height(_title(paper), width), room,
                 layout.head_height(), _flow_height(_closing(paper), width))
    return rows, pages


def attendance_folios(paper: AttendancePaper, page: str = "letter") -> int:
    """The sheet's pages, from the plan it is drawn by, without drawing it."""
    return len(_pages(paper, _Layout.of(paper, page))[1])


def _table(layout: _Layout, rows: Sequence[_Row]) -> Table:
    head = [[f"{h}" for h in layout.headers()]]
    table = Table(head + [list(r.cells) for r in rows], colWidths=list(layout.widths),
                  rowHeights=[layout.head_height()] + [r.height for r in rows])
    commands: list[tuple[object, ...]] = [
        ("FONT", (0, 0), (-1, 0), layout.bold, CELL, CELL_LEADING),
        ("FONT", (0, 1), (-1, -1), layout.font, CELL, CELL_LEADING),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD_H),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD_H),
        ("TOPPADDING", (0, 0), (-1, 0), HEAD_PAD),
        ("BOTTOMPADDING", (0, 0), (-1, 0), HEAD_PAD),
        ("TOPPADDING", (0, 1), (-1, -1), PAD_V),
        ("BOTTOMPADDING", (0, 1), (-1, -1), PAD_V),
        ("GRID", (0, 0), (-1, -1), 0.5, "black"),
        ("BACKGROUND", (0, 0), (-1, 0), "#e6e6e6"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]
    if layout.show_council:
        commands.append(("FONT", (3, 1), (3, -1), layout.font, COUNCIL, COUNCIL_LEADING))
    table.setStyle(TableStyle(commands))
    return table


def attendance_sheet_pdf(paper: AttendancePaper, page: str = "letter") -> bytes:
    layout = _Layout.of(paper, page)
    rows, pages = _pages(paper, layout)
    story: list[Flowable] = _title(paper)
    start = 0
    for index, count in enumerate(pages):
        if index:
            story.append(PageBreak())
        if count:
            story.append(_table(layout, rows[start:start + count]))
        start += count
    story += _closing(paper)
    org, assembly = paper.heading.organization, paper.heading.assembly
    return build_pdf(story, page=page, title=_("Lista de asistencia"),
                     header_left=org.name,
                     header_right=formats.day(local(assembly.scheduled_at).date()))
