"""The project guide posted behind the screen: every candidate's number and title in type
large enough to read at arm's length."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from app.domain.consultation import Consultation, Nomination
from app.i18n import _
from app.printing import formats
from app.printing.assembly_words import esc
from app.printing.document import build_pdf, page_size
from app.printing.fonts import register_fonts


def project_guide_pdf(consultation: Consultation, candidates: Sequence[Nomination],
                      page: str = "letter", where: str = "") -> bytes:
    """`where`: the commune or circuit (consultation_words.where_line)."""
    regular, bold = register_fonts()
    many = len(candidates) > 7
    size = 18 if many else 22
    title_style = ParagraphStyle("guide-title", fontName=bold, fontSize=26, leading=31,
                                 alignment=1)
    sub_style = ParagraphStyle("guide-sub", fontName=regular, fontSize=14, leading=18,
                               alignment=1)
    number_style = ParagraphStyle("guide-number", fontName=bold, fontSize=size * 1.9,
                                  leading=size * 2.1, alignment=1)
    project_style = ParagraphStyle("guide-project", fontName=bold, fontSize=size,
                                   leading=size * 1.2)
    note_style = ParagraphStyle("guide-note", fontName=bold, fontSize=16, leading=21,
                                alignment=1)
    width = page_size(page)[0] - 2 * 15 * mm
    rows = [[Paragraph(str(n.number), number_style), Paragraph(n.title, project_style)]
            for n in candidates]
    table = Table(rows, colWidths=[32 * mm, width - 32 * mm])
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BOX", (0, 0), (0, -1), 2, colors.black),
        ("INNERGRID", (0, 0), (0, -1), 2, colors.black),
        ("LINEBELOW", (1, 0), (1, -1), 0.8, colors.grey),
        ("TOPPADDING", (0, 0), (-1, -1), 8 if many else 11),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 10 if many else 13),
        ("LEFTPADDING", (1, 0), (1, -1), 5 * mm),
    ]))
    story = [
        Paragraph(_("GUÍA DE PROYECTOS"), title_style),
        Paragraph(f"{consultation.name} · {formats.day(consultation.vote_date)}",
                  sub_style),
        *([Paragraph(esc(where), ParagraphStyle("guide-where", parent=sub_style, fontSize=10,
                                           leading=13))] if where else []),
        Spacer(1, 6 * mm),
        table,
        Spacer(1, 8 * mm),
        Paragraph(_("Escriba en la boleta el NÚMERO del proyecto que prefiere. "
                    "Vote por UN solo proyecto."), note_style),
    ]
    return build_pdf(story, page=page, title=_("Guía de proyectos"),
                     header_left=consultation.name, margins_mm=15)
