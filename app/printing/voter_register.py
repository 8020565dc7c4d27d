"""The voter register (cuaderno de votación) of one table: number, cédula, name, a box to sign
and a box for the fingerprint on every line, blank lines for voters not listed, and totals.
A table of more than 1,000 voters gets volumes (tomos) of at most 1,000, each with its own
opening and closing notes and signatures: a book a table can close, count and hand over.

Drawn straight on the canvas (a 10,000-voter register must print in seconds): the page grid is
one form reused on every full page; per line only the three texts are drawn.
"""

from __future__ import annotations

from io import BytesIO

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from app.consultation.model import Voter, VoterRegister
from app.domain.enums import TableRole
from app.domain.labels import label
from app.i18n import _, ngettext
from app.printing import formats
from app.printing.document import page_size
from app.printing.fast_canvas import binary_streams
from app.printing.fonts import register_fonts

MARGIN = 12 * mm
HEADER = 34 * mm
FOOTER = 12 * mm
# A line holds a fingerprint box of at least 20 × 25 mm (width × height): a thumb pressed
# on a smaller box smudges over the next voter's.
FINGER_W = 20 * mm
FINGER_H = 25 * mm
ROW = FINGER_H + 2 * mm
HEAD_ROW = 6 * mm
SIGNER_ROW = 17 * mm
TOTALS = 82 * mm  # the closing note and two rows of signers
# Column widths in mm: number, cédula, name, signature, fingerprint.
WIDTHS_MM = (12, 26, 76, 54, 24)
VOLUME = 1_000  # voters at most in one volume (tomo)


def _fit(text: str, font: str, size: float, width: float) -> str:
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def page_rows(lines: int, per_page: int, with_totals: int) -> list[int]:
    """Lines on each page of a volume. The last page holds the closing block and at most
    `with_totals` lines beside it; when more are left over, some move from the page before to
    go with it: the closing block (counts and signatures) never stands alone on a page, where
    a sheet could be swapped without anyone seeing a line of the book on it."""
    full, rest = divmod(lines, per_page)
    if rest == 0 and full:
        full, rest = full - 1, per_page
    rows = [per_page] * full
    if rest <= with_totals:
        return [*rows, rest]
    return [*rows, rest - with_totals, with_totals]


class _Sheet:
    """One volume: `voters` numbered from `first`; `volume` of `volumes` (1 of 1 alone)."""

    def __init__(self, register: VoterRegister, page: str, blank_lines: int,
                 voters: tuple[Voter, ...], first: int = 1, volume: int = 1,
                 volumes: int = 1) -> None:
        self.register = register
        self.voters = voters
        self.first, self.volume, self.volumes = first, volume, volumes
        self.where = ""
        self.width, self.height = page_size(page)
        scale = (self.width - 2 * MARGIN) / (sum(WIDTHS_MM) * mm)
        self.widths = [w * mm * scale for w in WIDTHS_MM]
        self.xs = [MARGIN]
        for w in self.widths:
            self.xs.append(self.xs[-1] + w)
        self.top = self.height - MARGIN - HEADER
        self.per_page = int((self.top - HEAD_ROW - MARGIN - FOOTER) // ROW)
        self.lines = len(voters) + blank_lines
        self.rows = page_rows(self.lines, self.per_page,
                              int((self.per_page * ROW - TOTALS) // ROW))
        self.pages = len(self.rows)

    def row_y(self, slot: int) -> float:
        """The baseline area bottom of line `slot` on a page."""
        return float(self.top - HEAD_ROW - (slot + 1) * ROW)


def _header(c: Canvas, sheet: _Sheet, page: int, regular: str, bold: str) -> None:
    reg = sheet.register
    top = sheet.height - MARGIN
    c.setFont(bold, 13)
    c.drawString(MARGIN, top - 12, _("CUADERNO DE VOTACIÓN"))
    c.setFont(bold, 10)
    c.drawString(MARGIN, top - 26, _fit(reg.consultation.name, bold, 10, 120 * mm))
    c.setFont(regular, 9)
    c.drawString(MARGIN, top - 39, _fit(
        _("Centro: {centre} · Mesa {n} · Fecha: {day}").format(
            centre=reg.table.centre_name, n=reg.table.number,
                                day=formats.day(reg.consultation.vote_date)),
        regular, 9, sheet.width - 2 * MARGIN))
    c.setFont(regular, 7.5)
    c.drawString(MARGIN, top - 51, _(
        "Ordenado por apellidos y nombres. Electores de {age} años o más el día de la votación. "
        "Cada elector firma y deja su huella en su línea.").format(
            age=reg.voting_age))
    if page == 1:
        c.setFont(bold, 8)
        for index, text in enumerate(_opening(sheet)):
            c.drawString(MARGIN, top - 63 - index * 10, _fit(text, bold, 8,
                                                             sheet.width - 2 * MARGIN))
    c.setFont(bold, 10)
    c.drawRightString(sheet.width - MARGIN, top - 12, _("Mesa {n}").format(
        n=reg.table.number))
    if sheet.volumes > 1:
        c.drawRightString(sheet.width - MARGIN, top - 26, _("Tomo {n} de {total}").format(
            n=sheet.volume, total=sheet.volumes))
    c.setFont(regular, 8)
    c.drawRightString(sheet.width - MARGIN, MARGIN - 2, _(
        "Página {n} de {total}").format(n=page, total=sheet.pages))
    foot = f"{sheet.where} · {reg.table.label}" if sheet.where else reg.table.label
    c.drawString(MARGIN, MARGIN - 2, _fit(foot, regular, 8, 150 * mm))


def _opening(sheet: _Sheet) -> list[str]:
    """The opening note: one line for a single book, two for a volume (it names its range)."""
    count = ngettext("{n} elector inscrito", "{n} electores inscritos", len(sheet.voters)
                     ).format(n=formats.number(len(sheet.voters)))
    if sheet.volumes == 1:
        return [_("Apertura: siendo las ____:____ del día ____/____/______ se abre este "
                  "cuaderno con {registered}.").format(registered=count)]
    return [
        _("Apertura del tomo {v} de {total}: {registered}, n.º {first} al "
          "{last}.").format(v=sheet.volume, total=sheet.volumes, registered=count,
                            first=formats.number(sheet.first),
                            last=formats.number(sheet.first + len(sheet.voters) - 1)),
        _("Siendo las ____:____ del día ____/____/______ se abre este tomo."),
    ]


def _grid(c: Canvas, sheet: _Sheet, rows: int, regular: str, bold: str) -> None:
    """Column headings and `rows` empty lines with signature and fingerprint boxes."""
    heads = (_("N.º"), _("Cédula"), _("Apellidos y nombres"),
             _("Firma"), _("Huella"))
    top = sheet.top
    c.setFillGray(0.9)
    c.rect(sheet.xs[0], top - HEAD_ROW, sheet.xs[-1] - sheet.xs[0], HEAD_ROW, stroke=0, fill=1)
    c.setFillGray(0)
    c.setFont(bold, 8)
    for x, w, head in zip(sheet.xs, sheet.widths, heads, strict=False):
        c.drawCentredString(x + w / 2, top - HEAD_ROW + 2 * mm, head)
    bottom = top - HEAD_ROW - rows * ROW
    c.setLineWidth(0.6)
    for x in sheet.xs:
        c.line(x, top, x, bottom)
    c.line(sheet.xs[0], top, sheet.xs[-1], top)
    c.setLineWidth(0.4)
    for slot in range(rows + 1):
        y = top - HEAD_ROW - slot * ROW
        c.line(sheet.xs[0], y, sheet.xs[-1], y)
    x = sheet.xs[4] + (sheet.widths[4] - FINGER_W) / 2
    for slot in range(rows):
        c.rect(x, sheet.row_y(slot) + (ROW - FINGER_H) / 2, FINGER_W, FINGER_H)


def _totals(c: Canvas, sheet: _Sheet, y: float, regular: str, bold: str) -> None:
    """The closing note with its hour and counts, and a signature with C.I. for every member
    and witness of the table (named when registered, blank otherwise)."""
    listed = len(sheet.voters)
    c.setFont(bold, 10)
    if sheet.volumes == 1:
        c.drawString(MARGIN, y - 14, _("Cierre del cuaderno"))
        closing = _("Siendo las ____:____ del día ____/____/______ se cierra este cuaderno.")
        counted = _("Electores en este cuaderno: {n}").format(n=formats.number(listed))
    else:
        c.drawString(MARGIN, y - 14, _("Cierre del tomo {v} de {total}").format(
            v=sheet.volume, total=sheet.volumes))
        closing = _("Siendo las ____:____ del día ____/____/______ se cierra este tomo.")
        counted = _("Electores en este tomo: {n}").format(n=formats.number(listed))
    c.setFont(regular, 9.5)
    lines = (
        closing,
        counted,
        _("Electores que firmaron (contar las firmas): ________"),
        _("Electores agregados en las líneas en blanco: ________"),
    )
    for index, line in enumerate(lines):
        c.drawString(MARGIN, y - 30 - index * 14, line)
    signers = _signers(sheet)
    third = (sheet.width - 2 * MARGIN) / 3
    top = y - 30 - len(lines) * 14 - 22
    for index, (name, role) in enumerate(signers):
        x = MARGIN + (index % 3) * third
        sign_y = top - (index // 3) * SIGNER_ROW
        c.setLineWidth(0.6)
        c.line(x, sign_y, x + third - 8 * mm, sign_y)
        c.setFont(regular, 8)
        c.drawString(x, sign_y - 10, _fit(name or _("Nombre: ________________"), regular, 8,
                                          third - 8 * mm))
        c.drawString(x, sign_y - 20, _fit(f"{role} · " + _("C.I.: ______________"), regular, 8,
                                          third - 8 * mm))


def _signers(sheet: _Sheet) -> list[tuple[str, str]]:
    """Every member and witness of the table, then the roles still missing, blank."""
    members = sheet.register.table.members
    people = [(m.full_name, label(m.role)) for m in members]
    roles = {m.role for m in members}
    for role in (TableRole.PRESIDENT, TableRole.SECRETARY, TableRole.WITNESS):
        if role not in roles:
            people.append(("", label(role)))
    return people


def _volumes(register: VoterRegister, page: str, blank_lines: int,
             where: str) -> list[_Sheet]:
    """Volumes of at most VOLUME voters, numbered on from one to the next; the blank lines
    for voters not listed close the last one."""
    voters = register.voters
    count = max(1, -(-len(voters) // VOLUME))
    sheets = []
    for index in range(count):
        part = voters[index * VOLUME:(index + 1) * VOLUME]
        sheet = _Sheet(register, page, blank_lines if index == count - 1 else 0, part,
                       index * VOLUME + 1, index + 1, count)
        sheet.where = where
        sheets.append(sheet)
    return sheets


def voter_register_pdf(register: VoterRegister, page: str = "letter",
                       blank_lines: int = 15, where: str = "") -> bytes:
    """`where`: the commune or circuit (consultation_words.where_line), at every page's foot."""
    regular, bold = register_fonts()
    sheets = _volumes(register, page, blank_lines, where)
    first = sheets[0]
    buffer = BytesIO()
    c = Canvas(buffer, pagesize=(first.width, first.height), pageCompression=1,
               initialFontName=regular)
    c.setTitle(_("Cuaderno de votación") + f" — {register.table.label}")
    c.setAuthor("Asamblea")
    c.beginForm("register-grid")  # every volume has the same page and the same grid
    _grid(c, first, first.per_page, regular, bold)
    c.endForm()
    for sheet in sheets:
        _volume(c, sheet, regular, bold)
    with binary_streams():
        c.save()
    return buffer.getvalue()


def _volume(c: Canvas, sheet: _Sheet, regular: str, bold: str) -> None:
    name_w = sheet.widths[2] - 3 * mm
    voters = sheet.voters
    line = 0
    for number in range(1, sheet.pages + 1):
        _header(c, sheet, number, regular, bold)
        rows = sheet.rows[number - 1]
        if rows == sheet.per_page:
            c.doForm("register-grid")
        elif rows > 0:
            _grid(c, sheet, rows, regular, bold)
        c.setFont(regular, 9)
        for slot in range(rows):
            y = sheet.row_y(slot) + ROW / 2 - 3
            # Blank lines are numbered too: a voter added by hand gets the next number.
            c.drawRightString(sheet.xs[1] - 1.5 * mm, y, formats.number(sheet.first + line))
            if line < len(voters):
                voter = voters[line]
                c.drawString(sheet.xs[1] + 1.5 * mm, y, formats.national_id(voter.national_id, "—"))
                c.drawString(sheet.xs[2] + 1.5 * mm, y,
                             _fit(voter.full_name, regular, 9, name_w))
            elif line == len(voters):
                c.setFont(regular, 6.5)
                c.setFillGray(0.4)
                c.drawString(sheet.xs[2] + 1.5 * mm, sheet.row_y(slot) + ROW - 3 * mm, _(
                    "Líneas en blanco: electores que no aparecen en el cuaderno"))
                c.setFillGray(0)
                c.setFont(regular, 9)
            line += 1
        if number == sheet.pages:
            _totals(c, sheet, sheet.top - HEAD_ROW - rows * ROW - 4 * mm, regular, bold)
        c.showPage()
