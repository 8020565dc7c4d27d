"""The tally sheet (acta de escrutinio) of one table, pre-filled with the table and the
candidates: boxes for every figure, lines for observations and for the signatures of the
members and witnesses, and a QR that names the table for results entry."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from app.consultation.model import VotingTable
from app.consultation.serials import describe, sheet_payload
from app.domain.consultation import Consultation, Nomination
from app.domain.enums import TableRole
from app.domain.labels import label
from app.i18n import _, ngettext
from app.printing import formats
from app.printing.assembly_words import clock_time, esc, local
from app.printing.codes import draw_qr
from app.printing.document import build_pdf, fit_text, page_size, styles

BOX_W = 28 * mm
ROW_H = 6 * mm  # room for a handwritten figure; the sheet and its signers fit a page


class QrFlowable(Flowable):  # type: ignore[misc]
    def __init__(self, text: str, size: float) -> None:
        super().__init__()
        self.text, self.size = text, size
        self.width = self.height = size

    def draw(self) -> None:
        draw_qr(self.canv, self.text, 0, 0, self.size)


def tally_sheet_pdf(consultation: Consultation, table: VotingTable,
                    candidates: Sequence[Nomination], page: str = "letter",
                    as_of: datetime | None = None, where: str = "") -> bytes:
    """`as_of`: when the sheet is printed; the serials it states are those recorded then.
    `where`: the commune or circuit, its code and parish (consultation_words.where_line)."""
    st = styles()
    width = page_size(page)[0] - 2 * 14 * mm
    line = ParagraphStyle("sheet-line", parent=st.body, alignment=0)
    head_lines: list[Flowable] = [Paragraph(_("ACTA DE ESCRUTINIO"), st.title),
                                  Paragraph(esc(consultation.name), st.subtitle)]
    if where:
        head_lines.append(Paragraph(esc(where), st.small))
    head_lines.append(Paragraph(_(
        "Centro: <b>{centre}</b> · <b>Mesa {n}</b> · Fecha: {day}").format(
            centre=esc(table.centre_name), n=table.number,
            day=formats.day(consultation.vote_date)), line))
    heading = Table([[head_lines,
                      QrFlowable(sheet_payload(consultation.id, table.id), 24 * mm)]],
                    colWidths=[width - 28 * mm, 28 * mm])
    # No padding above or below the heading: with the commune's code and parish (issue 10,
    # point 10) a long name takes a line more, and the signers must stay on the first page.
    heading.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                 ("TOPPADDING", (0, 0), (-1, -1), 0),
                                 ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    story: list[Flowable] = [heading, Spacer(1, 1.5 * mm), _hours(width, st),
                             Spacer(1, 2 * mm), _votes(candidates, width, st),
                             Spacer(1, 2 * mm), _ballots(table, width, st, as_of),
                             Spacer(1, 2 * mm), _incidents_and_stamp(width, st),
                             KeepTogether([
                                 Paragraph(_("<b>Firmas de los miembros de mesa y "
                                             "testigos</b>"), st.body),
                                 _signatures(table, width)])]
    return build_pdf(story, page=page, title=_("Acta de escrutinio"),
                     header_left=consultation.name, header_right=table.label, margins_mm=14)


def _hours(width: float, st: Any) -> Table:
    """The four moments the table writes by hand: installed, voting closed, count began
    and ended."""
    cells = [Paragraph(f"{esc(text)}: ____:____", st.small) for text in (
        _("Instalación de la mesa"), _("Cierre de la votación"),
        _("Inicio del escrutinio"), _("Fin del escrutinio"))]
    hours = Table([cells], colWidths=[width / 4] * 4)
    hours.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return hours


def _votes(candidates: Sequence[Nomination], width: float, st: Any) -> Table:
    """Votes in figures and in words: a changed digit shows against the words."""
    words_w = 46 * mm
    name_w = width - BOX_W - words_w - 12 * mm
    rows: list[list[Any]] = [[Paragraph(_("<b>N.º</b>"), st.cell),
                              Paragraph(_("<b>Proyecto</b>"), st.cell),
                              Paragraph(_("<b>Votos</b>"), st.cell),
                              Paragraph(_("<b>En letras</b>"), st.cell)]]
    # One line per project (the row is the size of a written figure): a long title ends in
    # an ellipsis, as the guide of projects beside the table prints it in full.
    rows += [[str(n.number), Paragraph(esc(fit_text(
        n.title, st.cell.fontName, st.cell.fontSize, name_w - 8)), st.cell), "", ""]
        for n in candidates]
    rows += [["", Paragraph(_("<b>Votos nulos</b> (ilegibles, fuera de la lista o "
                              "más de uno)"), st.cell), "", ""],
             ["", Paragraph(_("<b>Votos en blanco</b>"), st.cell), "", ""],
             ["", Paragraph(_("<b>TOTAL</b> (debe ser igual a las boletas en la urna)"),
                            st.cell), "", ""]]
    votes = Table(rows, colWidths=[12 * mm, name_w, BOX_W, words_w],
                  rowHeights=[7 * mm] + [ROW_H] * (len(rows) - 1))
    votes.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
        ("BOX", (2, 1), (2, -1), 1.6, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9)),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (0, 0), (0, -1), "CENTER"),
        ("FONT", (0, 1), (0, -1), st.cell_bold.fontName, 12),
    ]))
    return votes


def _ballots(table: VotingTable, width: float, st: Any, as_of: datetime | None
             ) -> KeepTogether:
    ranges = describe(table.ranges) or _("ninguna registrada")
    registered = (_("Electores inscritos en el cuaderno: {n}").format(
        n=formats.number(table.voters)) if table.voters is not None
        else _("Electores inscritos en el cuaderno"))
    # Two columns: the register's figures beside the ballots' (one page holds the sheet
    # and its signers).
    people = (registered,
              _("Electores que firmaron el cuaderno (contar las firmas)"),
              _("Talones (matrices) de boletas contados"), "")
    paper = (_("Boletas halladas en la urna"), _received(table, ranges),
             _("Boletas sobrantes (sin usar)"),
             _("Boletas anuladas (dañadas, y las reemplazadas por reimpresión)"))
    half = width / 2
    box = 20 * mm
    rows: list[list[Any]] = [
        [Paragraph(esc(left), st.small) if left else "", "" if left else None,
         Paragraph(esc(right), st.small), ""]
        for left, right in zip(people, paper, strict=True)]
    ballots = Table(rows, colWidths=[half - box, box, half - box, box],
                    rowHeights=[ROW_H + 1 * mm] * len(rows))
    ballots.setStyle(TableStyle([
        ("GRID", (0, 0), (1, 2), 0.6, colors.black),
        ("GRID", (2, 0), (3, -1), 0.6, colors.black),
        ("BOX", (1, 0), (1, 2), 1.6, colors.black),
        ("BOX", (3, 0), (3, -1), 1.6, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ]))
    notes: list[Flowable] = [Paragraph(esc(_(
        "Debe cumplirse: boletas recibidas = boletas en la urna + sobrantes + anuladas; y "
        "electores que firmaron el cuaderno = boletas halladas en la urna.")), st.small)]
    if as_of is not None:
        notes.append(Paragraph(esc(_serials_note(table, as_of)), st.small))
    notes.append(Paragraph(esc(_(
        "Se levantan 3 ejemplares de esta acta: 1. Comisión electoral (original, con los "
        "votos); 2. Archivo del consejo comunal o la comuna; 3. Cartelera del centro de "
        "votación.")), st.small))
    return KeepTogether([ballots, *notes])


def _incidents_and_stamp(width: float, st: Any) -> Table:
    """A box for incidents (room for a few sentences) beside the box for the stamp."""
    stamp_w = 42 * mm
    lines = Table([[Paragraph(_("<b>Incidencias y observaciones</b>"), st.cell)]]
                  + [[""]] * 3, colWidths=[width - stamp_w - 3 * mm],
                  rowHeights=[6 * mm] + [6.5 * mm] * 3)
    lines.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, colors.black),
                               ("LINEBELOW", (0, 1), (-1, -2), 0.3, colors.grey)]))
    stamp = Table([[Paragraph(_("Sello"), st.small)]], colWidths=[stamp_w],
                  rowHeights=[25.5 * mm])
    stamp.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, colors.black),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    both = Table([[lines, stamp]], colWidths=[width - stamp_w, stamp_w])
    both.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                              ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return both


def _received(table: VotingTable, ranges: str) -> str:
    """The sheets the table received: every serial once, plus each reprinted one."""
    printed = ngettext("{n} boleta", "{n} boletas", table.ballots_printed).format(
        n=formats.number(table.ballots_printed))
    if not table.ballots_reprinted:
        return _("Boletas recibidas (seriales impresos: {ranges}; {printed})").format(
            ranges=ranges, printed=printed)
    sheets = table.ballots_printed + table.ballots_reprinted
    return _("Boletas recibidas (seriales impresos: {ranges}; {printed}, más {reprinted}: "
             "{sheets})").format(
        ranges=ranges, printed=printed,
        reprinted=ngettext("{n} reimpresa", "{n} reimpresas", table.ballots_reprinted).format(
            n=formats.number(table.ballots_reprinted)),
        sheets=ngettext("{n} hoja", "{n} hojas", sheets).format(n=formats.number(sheets)))


def _serials_note(table: VotingTable, as_of: datetime) -> str:
    """What the record held when the sheet was printed: the runs received, the serials
    reprinted (each replacing a damaged ballot, now void) and why."""
    moment = local(as_of)
    reprints = [r for r in table.ranges if r.is_reprint]
    voided = sum(r.last - r.first + 1 for r in reprints)
    text = _("Registro al {date} a las {time}: seriales recibidos {ranges}.").format(
        date=formats.day(moment.date()), time=clock_time(moment),
        ranges=describe(table.ranges) or _("ninguno"))
    if reprints:
        text += " " + _(
            "Reimpresos para reemplazar boletas dañadas, que quedan anuladas ({voided}): "
            "{ranges}.").format(voided=formats.number(voided), ranges="; ".join(
                f"{r.first}–{r.last}" + (f" ({r.reason})" if r.reason else "")
                for r in reprints))
    return text


def _signatures(table: VotingTable, width: float) -> Table:
    """One signature line per member and witness (names printed), and spare lines."""
    st = styles()
    people = [(m.full_name, label(m.role), formats.national_id(m.national_id))
              for m in table.members]
    roles = {m.role for m in table.members}
    for role in (TableRole.PRESIDENT, TableRole.SECRETARY, TableRole.WITNESS):
        if role not in roles:
            people.append(("", label(role), ""))
    people += [("", label(TableRole.WITNESS), "")]
    blank = _("Nombre: ________________")
    no_id = _("C.I.: ______________")
    cells = [Paragraph(f"<br/>_________________________<br/>"
                       f"{esc(name) if name else blank}"
                       f"<br/>{role} · {_('C.I.') + ': ' + cedula if cedula else no_id}",
                       st.small)
             for name, role, cedula in people]
    while len(cells) % 3:
        cells.append(Paragraph("", st.cell))
    rows = [cells[i:i + 3] for i in range(0, len(cells), 3)]
    grid = Table(rows, colWidths=[width / 3] * 3)
    grid.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    return grid
