"""Paper ballots, six to a page with cut marks: a numbered stub (talón) that stays in the
booklet, and the ballot the voter drops in the box.

The stub carries the serial and a QR of (consultation, table, serial). The ballot body carries
NO serial and nothing else that could tie it to a stub or a register line: only a code of the
consultation and style that shows it is genuine, the same on every ballot. Everything that
repeats is drawn once as a PDF form and reused; per ballot only the serial and its QR are
drawn, so 10,000 ballots stay small and fast.
"""

from __future__ import annotations

from collections.abc import Sequence
from io import BytesIO

import zxingcpp
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

from app.consultation.model import BallotRun
from app.consultation.serials import ballot_payload, consultation_code, stub_prefix
from app.domain.enums import BallotStyle
from app.i18n import _
from app.printing import formats
from app.printing.codes import draw_qr
from app.printing.document import fit_text, page_size
from app.printing.fast_canvas import binary_streams
from app.printing.fonts import register_fonts

COLUMNS, ROWS = 2, 3
# A list ballot carries every title at a size a voter reads (10 pt, 8 mm boxes): it takes
# the whole width of the sheet, two to a sheet.
LIST_COLUMNS, LIST_ROWS = 1, 2
LIST_NAME_PT = 10
LIST_BOX = 8 * mm
MARGIN = 10 * mm
STUB_WIDTH = 31 * mm
PAD = 3.5 * mm
QR_SIZE = 21 * mm
CODE_SIZE = 11 * mm  # the ballot's authenticity QR, top left of the body
# Under a number ballot's box: its two captions and the authenticity line.
NUMBER_FOOT = 16 * mm
# A fixed data mask: any of the eight is valid QR and decodes the same, and choosing one
# spares zxing-cpp scoring all eight for every serial (five times faster on 10,000 stubs).
# Level M at least (issue 10): a stub torn or smudged at the table must still read.
QR_OPTIONS = "ecLevel=M,dataMask=2"
# zxing-cpp's image: 0 for a dark module, 255 for a light one; a mask paints the 0 bits.
_BITS = bytes.maketrans(bytes(range(256)), b"0" * 128 + b"1" * 128)


def qr_literal(text: str, x: float, y: float, size: float) -> str:
    """PDF operators that paint a QR code at (x, y), `size` points wide, as an inline 1-bit
    image mask: about 200 bytes a code, and printers and viewers paint a mask without
    smoothing, so the modules stay sharp at any resolution (as vectors would, at a tenth of
    the cost of one rectangle per run of dark modules)."""
    image = memoryview(zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.QRCode,
                                               options=QR_OPTIONS)
                       .to_image(scale=1, add_quiet_zones=False))  # type: ignore[arg-type]
    rows, cols = image.shape or (0, 0)
    bits = image.tobytes().translate(_BITS).decode("ascii")
    width = (cols + 7) // 8
    pad = "1" * (width * 8 - cols)
    padded = pad.join(bits[r * cols:(r + 1) * cols] for r in range(rows)) + pad
    data = int(padded, 2).to_bytes(width * rows, "big").hex()
    return (f"q {size:.2f} 0 0 {size:.2f} {x:.2f} {y:.2f} cm 0 g "
            f"BI /W {cols} /H {rows} /IM true /BPC 1 /F /AHx ID {data}> EI Q")


class _Layout:
    """Cell positions for a page size."""

    def __init__(self, page: str, style: BallotStyle = BallotStyle.NUMBER) -> None:
        self.width, self.height = page_size(page)
        self.columns, self.rows = ((LIST_COLUMNS, LIST_ROWS) if style is BallotStyle.LIST
                                   else (COLUMNS, ROWS))
        self.cell_w = (self.width - 2 * MARGIN) / self.columns
        self.cell_h = (self.height - 2 * MARGIN) / self.rows

    @property
    def per_page(self) -> int:
        return self.columns * self.rows

    def origin(self, index: int) -> tuple[float, float]:
        col, row = index % self.columns, (index // self.columns) % self.rows
        return MARGIN + col * self.cell_w, self.height - MARGIN - (row + 1) * self.cell_h


def _wrapped(c: Canvas, text: str, font: str, size: float, x: float, top: float, width: float,
             leading: float | None = None, center: bool = False, max_lines: int = 4) -> float:
    """Draw wrapped text from `top` down; return the y under the last line."""
    lead = leading or size * 1.22
    lines = simpleSplit(text, font, size, width)[:max_lines]
    c.setFont(font, size)
    y = top - size
    for line in lines:
        if center:
            c.drawCentredString(x + width / 2, y, line)
        else:
            c.drawString(x, y, line)
        y -= lead
    return y + lead - size * 0.3


def _page_form(c: Canvas, layout: _Layout) -> None:
    """Cut marks at every cell corner, outside the cells, drawn once for every page."""
    c.beginForm("ballot-page")
    c.setLineWidth(0.5)
    c.setStrokeGray(0.3)
    tick = 3 * mm
    xs = [MARGIN + i * layout.cell_w for i in range(layout.columns + 1)]
    ys = [MARGIN + j * layout.cell_h for j in range(layout.rows + 1)]
    for x in xs:
        c.line(x, layout.height - MARGIN + 1, x, layout.height - MARGIN + 1 + tick)
        c.line(x, MARGIN - 1, x, MARGIN - 1 - tick)
    for y in ys:
        c.line(MARGIN - 1, y, MARGIN - 1 - tick, y)
        c.line(layout.width - MARGIN + 1, y, layout.width - MARGIN + 1 + tick, y)
    # Inner crossings: a small cross where four ballots meet.
    for x in xs[1:-1]:
        for y in ys:
            c.line(x - tick / 2, y, x + tick / 2, y)
    for y in ys[1:-1]:
        for x in xs:
            c.line(x, y - tick / 2, x, y + tick / 2)
    c.endForm()


def _stub(c: Canvas, run: BallotRun, layout: _Layout, regular: str, bold: str) -> None:
    x, w, top = PAD, STUB_WIDTH - 2 * PAD, layout.cell_h - PAD
    c.setFillGray(0)
    y = _wrapped(c, _("TALÓN"), bold, 10, x, top, w, center=True)
    # Stub text at 7 pt at least: it is read at the table, often in poor light.
    y = _wrapped(c, _("Queda en el cuadernillo"), regular, 7, x, y - 1,
                 w, center=True, max_lines=2)
    # Two lines each at most, ending in an ellipsis: the serial below must stay clear, and
    # both names are printed whole on the acta de escrutinio of the same table.
    y = _wrapped(c, run.consultation.name, regular, 7, x, y - 3, w, max_lines=2)
    y = _wrapped(c, run.table.centre_name, regular, 7, x, y - 2, w, max_lines=2)
    y = _wrapped(c, _("Mesa {n}").format(n=run.table.number), bold, 10, x, y - 3,
                 w)
    _wrapped(c, _("N.º de serie"), regular, 7, x, y - 3, w)
    if run.is_reprint:
        c.setFillColorRGB(0.75, 0, 0)
        _wrapped(c, _("REIMPRESIÓN"), bold, 8.5, x, PAD + 8, w, center=True)
        c.setFillGray(0)


def _serial_y(layout: _Layout) -> float:
    return float(PAD + QR_SIZE + 14 * mm)


def _body_header(c: Canvas, run: BallotRun, layout: _Layout, regular: str, bold: str,
                 where: Sequence[str]) -> float:
    x = STUB_WIDTH + PAD + CODE_SIZE + 1.5 * mm
    w = layout.cell_w - STUB_WIDTH - 2 * PAD - CODE_SIZE - 1.5 * mm
    top = layout.cell_h - PAD
    y = _wrapped(c, _("CONSULTA POPULAR · BOLETA"), bold, 7,
                 x, top, w, center=True)
    y = _wrapped(c, run.consultation.name, bold, 9.5, x, y - 2, w, center=True, max_lines=2)
    y = _wrapped(c, formats.day(run.consultation.vote_date), regular, 7, x, y - 1, w,
                 center=True)
    if where:
        # The commune or circuit, the same on every ballot of the consultation (so it ties
        # no ballot to a voter), in two lines at most.
        c.setFont(regular, 7)
        baseline = y - 1 - 7
        for line in _where_lines(where, regular, 7, w):
            c.drawCentredString(x + w / 2, baseline, line)
            y = baseline - 7 * 0.3
            baseline -= 7 * 1.22
    return float(min(y, layout.cell_h - PAD - CODE_SIZE - 1 * mm))


def _where_lines(where: Sequence[str], font: str, size: float, width: float) -> list[str]:
    """The whole line wrapped when it fits in two lines; else the name shortened with an
    ellipsis (it is printed whole on the register and the acta de escrutinio) on one line
    and the code and the place on at most two, so that a stray ballot still says where."""
    lines = simpleSplit(" · ".join(where), font, size, width)
    if len(lines) <= 2:
        return list(lines)
    rest = simpleSplit(" · ".join(where[1:]), font, size, width)
    if len(rest) > 2:
        rest = [rest[0], fit_text(" ".join(rest[1:]), font, size, width)]
    return [fit_text(where[0], font, size, width), *rest]


def _body_number(c: Canvas, run: BallotRun, layout: _Layout, regular: str, bold: str,
                 where: Sequence[str]) -> None:
    x = STUB_WIDTH + PAD
    w = layout.cell_w - STUB_WIDTH - 2 * PAD
    y = _body_header(c, run, layout, regular, bold, where)
    y = _wrapped(c, _("Escriba en el recuadro el NÚMERO del proyecto de su preferencia, según "
                      "la guía de proyectos."), regular, 8, x, y - 5, w, center=True)
    box_top = y - 4
    # 30 mm tall, less (not under 22 mm, room for a written number) when a long heading
    # leaves less: the captions below and the authenticity line must stay clear.
    box_w, box_h = 42 * mm, max(22 * mm, min(30 * mm, box_top - NUMBER_FOOT))
    c.setLineWidth(1.6)
    c.rect(x + (w - box_w) / 2, box_top - box_h, box_w, box_h)
    _wrapped(c, _("Número del proyecto"), regular, 7, x, box_top - box_h - 2,
             w, center=True)
    _wrapped(c, _("Vote por UN solo proyecto. Doble la boleta y deposítela en la urna."),
             regular, 6.5, x, box_top - box_h - 12, w, center=True)


def _body_list(c: Canvas, run: BallotRun, layout: _Layout, regular: str, bold: str,
               where: Sequence[str]) -> None:
    x = STUB_WIDTH + PAD
    w = layout.cell_w - STUB_WIDTH - 2 * PAD
    y = _body_header(c, run, layout, regular, bold, where)
    y = _wrapped(c, _("Marque con una X el recuadro de UN solo proyecto."), regular, 9, x, y - 3,
                 w, center=True)
    box = LIST_BOX
    # Titles wrap whole (never cut): the list stops above the authenticity line.
    size = LIST_NAME_PT if len(run.candidates) <= 8 else LIST_NAME_PT - 1
    y -= 5
    c.setLineWidth(1.2)
    for nomination in run.candidates:
        c.rect(x, y - box, box, box)
        text = f"{nomination.number}. {nomination.title}"
        bottom = _wrapped(c, text, regular, size, x + box + 3 * mm, y - 1,
                          w - box - 3 * mm, max_lines=6)
        y = min(bottom, y - box) - 2.5 * mm


def _body_code(c: Canvas, run: BallotRun, layout: _Layout, regular: str) -> None:
    """The same on every ballot of this consultation and style: proves it is genuine."""
    left = STUB_WIDTH + PAD
    draw_qr(c, ballot_payload(run.consultation.id, run.style.value), left,
            layout.cell_h - PAD - CODE_SIZE, CODE_SIZE)
    c.setFont(regular, 5.5)
    c.setFillGray(0.25)
    code = consultation_code(run.consultation.id, run.style.value)
    c.drawCentredString((left + layout.cell_w - PAD) / 2, PAD,
                        _("Código de autenticidad {code}").format(code=code))
    c.setFillGray(0)


def _specimen_mark(c: Canvas, layout: _Layout, bold: str) -> None:
    c.saveState()
    # Pale and drawn first, under the text (a form cannot carry transparency states).
    c.setFillColorRGB(1, 0.72, 0.72)
    c.translate(layout.cell_w / 2, layout.cell_h / 2)
    c.rotate(28)
    c.setFont(bold, 44)
    c.drawCentredString(0, -14, _("MUESTRA"))
    c.restoreState()


def _ballot_form(c: Canvas, run: BallotRun, layout: _Layout, where: Sequence[str]) -> str:
    """One cell with everything but the serial and its QR."""
    regular, bold = register_fonts()
    name = "ballot-cell"
    c.beginForm(name)
    if run.specimen:
        _specimen_mark(c, layout, bold)
    c.setStrokeGray(0)
    c.setLineWidth(0.4)
    c.setDash(2, 2)  # the perforation between stub and ballot
    c.line(STUB_WIDTH, 3 * mm, STUB_WIDTH, layout.cell_h - 3 * mm)
    c.setDash()
    _stub(c, run, layout, regular, bold)
    if run.style is BallotStyle.LIST:
        _body_list(c, run, layout, regular, bold, where)
    else:
        _body_number(c, run, layout, regular, bold, where)
    _body_code(c, run, layout, regular)
    c.endForm()
    return name


def ballots_pdf(run: BallotRun, page: str = "letter", where: Sequence[str] = ()) -> bytes:
    """Every ballot of a run (serials run.first..run.last, or run.count specimens); `where`:
    the commune or circuit's parts (consultation_words.where_parts), under the heading."""
    _regular, bold = register_fonts()
    layout = _Layout(page, run.style)
    buffer = BytesIO()
    c = Canvas(buffer, pagesize=(layout.width, layout.height), pageCompression=1,
               initialFontName=register_fonts()[0])
    kind = _("Boletas")
    c.setTitle(f"{kind} — {run.consultation.name} — {run.table.label}")
    c.setAuthor("Asamblea")
    _page_form(c, layout)
    cell = _ballot_form(c, run, layout, where)
    per_page = layout.per_page
    serials = [None] * run.total if run.specimen else list(range(run.first, run.last + 1))
    stub_w = STUB_WIDTH - 2 * PAD
    serial_y = _serial_y(layout)
    prefix = stub_prefix(run.consultation.id, run.table.id)
    for index, serial in enumerate(serials):
        if index and index % per_page == 0:
            c.showPage()
        if index % per_page == 0:
            c.doForm("ballot-page")
        ox, oy = layout.origin(index)
        c.saveState()
        c.translate(ox, oy)
        c.doForm(cell)
        if serial is None:
            c.setFont(bold, 9)
            c.drawCentredString(PAD + stub_w / 2, serial_y, _("MUESTRA"))
        else:
            c.setFont(bold, 15)
            c.drawCentredString(PAD + stub_w / 2, serial_y, f"{serial:06d}")
            c.addLiteral(qr_literal(f"{prefix}{serial}", PAD + (stub_w - QR_SIZE) / 2,
                                    PAD + 9 * mm, QR_SIZE))
        c.restoreState()
    c.showPage()
    with binary_streams():
        c.save()
    return buffer.getvalue()
