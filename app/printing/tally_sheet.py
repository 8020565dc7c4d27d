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
from app.i18n import _
from app.printing import formats
from app.printing.assembly_words import clock_time, esc, local
from app.printing.codes import draw_qr
from app.printing.document import build_pdf, fit_text, page_size, styles

BOX_W = 28 * mm
ROW_H = 6.5 * mm  # room for a handwritten figure; the sheet and its signers fit a page


class QrFlowable(Flowable):  # type: ignore[misc]
    def __init__(self, text: str, size: float) -> None:
        super().__init__()
        self.text, self.size = text, size
        self.width = self.height = size

    def draw(self) -> None:
        draw_qr(self.canv, self.text, 0, 0, self.size)


def tally_sheet_pdf(consultation: Consultation, table: VotingTable,
                    candidates: Sequence[Nomination], page: str = "letter",
                    as_of: datetime | None = None) -> bytes:
    """`as_of`: when the sheet is printed; the serials it states are those recorded then."""
    st = styles()
    width = page_size(page)[0] - 2 * 14 * mm
    heading = Table([[
        [Paragraph(_("ACTA DE ESCRUTINIO"), st.title),
         Paragraph(consultation.name, st.subtitle),
         Paragraph(_("Centro: <b>{centre}</b> · <b>Mesa {n}</b> · Fecha: {day}").format(
             centre=table.centre_name, n=table.number,
             day=formats.day(consultation.vote_date)),
             ParagraphStyle("sheet-line", parent=st.body, alignment=0))],
        QrFlowable(sheet_payload(consultation.id, table.id), 24 * mm),
    ]], colWidths=[width - 28 * mm, 28 * mm])
    heading.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    name_w = width - BOX_W - 14 * mm
    vote_rows: list[list[Any]] = [[Paragraph(_("<b>N.º</b>"), st.cell),
                                   Paragraph(_("<b>Proyecto</b>"), st.cell),
                                   Paragraph(_("<b>Votos</b>"), st.cell)]]
    # One line per project (the row is the size of a written figure): a long title ends in
    # an ellipsis, as the guide of projects beside the table prints it in full.
    vote_rows += [[str(n.number), Paragraph(esc(fit_text(
        n.title, st.cell.fontName, st.cell.fontSize, name_w - 8)), st.cell), ""]
        for n in candidates]
    vote_rows += [["", Paragraph(_("<b>Votos nulos</b> (número que no está en la lista, "
                                   "ilegible o más de uno)"), st.cell), ""],
                  ["", Paragraph(_("<b>Votos en blanco</b>"), st.cell),
                   ""],
                  ["", Paragraph(_("<b>TOTAL</b> (debe ser igual a las boletas en la urna)"),
                                 st.cell), ""]]
    votes = Table(vote_rows, colWidths=[14 * mm, name_w, BOX_W],
                  rowHeights=[7 * mm] + [ROW_H] * (len(vote_rows) - 1))
    votes.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
        ("BOX", (2, 1), (2, -1), 1.6, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9)),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (0, 0), (0, -1), "CENTER"),
        ("FONT", (0, 1), (0, -1), st.cell_bold.fontName, 12),
    ]))
    ranges = describe(table.ranges) or _("ninguna registrada")
    ballot_rows: list[list[Any]] = [
        [Paragraph(text, st.cell), ""] for text in (
            _("Boletas halladas en la urna"),
            _("Electores que firmaron el cuaderno de votación"),
            _received(table, ranges),
            _("Boletas sobrantes (sin usar)"),
            _("Boletas anuladas (dañadas, y las reemplazadas por reimpresión)"),
        )]
    ballots = Table(ballot_rows, colWidths=[width - BOX_W, BOX_W],
                    rowHeights=[ROW_H] * len(ballot_rows))
    ballots.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
        ("BOX", (1, 0), (1, -1), 1.6, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]))
    rule = Paragraph(esc(_(
        "Debe cumplirse: boletas recibidas = boletas en la urna + sobrantes + anuladas; y "
        "electores que firmaron el cuaderno = boletas halladas en la urna.")), st.small)
    notes: list[Flowable] = [rule]
    if as_of is not None:
        notes.append(Paragraph(esc(_serials_note(table, as_of)), st.small))
    ballots = KeepTogether([ballots, *notes])
    observation = Table([[Paragraph(_("<b>Observaciones</b>"),
                                    st.cell)]] + [[""]] * 2,
                        colWidths=[width], rowHeights=[6 * mm] + [8 * mm] * 2)
    observation.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, colors.black),
                                     ("LINEBELOW", (0, 1), (-1, -2), 0.3, colors.grey)]))
    signatures = KeepTogether([
        Paragraph(_("Firmas de los miembros de mesa y testigos"), st.heading),
        _signatures(table, width)])
    story: list[Flowable] = [heading, Spacer(1, 2 * mm), votes, Spacer(1, 3 * mm), ballots,
                             Spacer(1, 3 * mm), observation, signatures]
    return build_pdf(story, page=page, title=_("Acta de escrutinio"),
                     header_left=consultation.name, header_right=table.label, margins_mm=14)


def _received(table: VotingTable, ranges: str) -> str:
    """The sheets the table received: every serial once, plus each reprinted one."""
    printed = formats.number(table.ballots_printed)
    if not table.ballots_reprinted:
        return _("Boletas recibidas (seriales impresos: {ranges}; {n} boletas)").format(
            ranges=ranges, n=printed)
    return _("Boletas recibidas (seriales impresos: {ranges}; {n} boletas, más {r} "
             "reimpresas: {total} hojas)").format(
        ranges=ranges, n=printed, r=formats.number(table.ballots_reprinted),
        total=formats.number(table.ballots_printed + table.ballots_reprinted))


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
    cells = [Paragraph(f"<br/>_________________________<br/>"
                       f"{name or blank}"
                       f"<br/>{role}{' · ' + cedula if cedula else ''}", st.cell)
             for name, role, cedula in people]
    while len(cells) % 3:
        cells.append(Paragraph("", st.cell))
    rows = [cells[i:i + 3] for i in range(0, len(cells), 3)]
    grid = Table(rows, colWidths=[width / 3] * 3)
    grid.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    return grid
