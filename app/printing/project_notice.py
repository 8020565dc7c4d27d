"""The one-page notice for the community's board (cartelera): what was funded, received and
spent, how far the work is and when the next accountability assembly is."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from app.domain.labels import label
from app.domain.money import money_text
from app.i18n import _, ngettext
from app.printing.assembly_words import local
from app.printing.document import build_pdf, page_size, styles
from app.projects.model import AccountabilityPaper

MAX_LINES = 8  # a board notice is read standing: the biggest lines, the rest summed


def notice_pdf(content: AccountabilityPaper, page: str = "letter") -> bytes:
    st = styles()
    big = styles(1.6)
    width = page_size(page)[0] - 2 * 18 * mm
    led = content.ledger
    c = led.currency.value
    project = led.project
    funded = money_text(led.funding.cents, led.funding.currency.value) if led.funding else "—"
    story: list[Flowable] = [
        Paragraph(_("CUENTAS CLARAS"), big.title),
        Paragraph(escape(content.organization), st.subtitle),
        Paragraph(escape(project.title), big.heading),
    ]
    amounts = [funded, money_text(led.received_cents, c), money_text(led.spent_cents, c),
               money_text(led.balance_cents, c)]
    # As big as the widest figure lets it be in a quarter of the page (13 points at most).
    widest = max(stringWidth(a, st.cell_bold.fontName, 10) for a in amounts)
    size = min(13.0, 10 * (width / 4 - 12) / widest)
    figures = Table([[_("Financiado"), _("Recibido"), _("Gastado"), _("Saldo")], amounts],
                    colWidths=[width / 4] * 4)
    figures.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, 0), st.cell.fontName, 10),
        ("FONT", (0, 1), (-1, 1), st.cell_bold.fontName, size),
        ("ALIGN", (0, 0), (-1, -1), "CENTER"),
        ("BOX", (0, 0), (-1, -1), 1, colors.black),
        ("INNERGRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("TOPPADDING", (0, 1), (-1, 1), 8),
        ("BOTTOMPADDING", (0, 1), (-1, 1), 8),
    ]))
    story += [Spacer(1, 4 * mm), figures, Spacer(1, 5 * mm)]
    percent = content.oversight.percent
    progress = _("Estado de la obra: <b>{status}</b>.").format(status=label(project.status))
    if percent is not None:
        progress += " " + _("Avance: <b>{percent} %</b>.").format(percent=percent)
    story.append(Paragraph(progress, big.body))
    lines = sorted(led.lines, key=lambda b: -b.planned_cents)
    rows: list[list[object]] = [[_("Partida"), _("Previsto"), _("Gastado")]]
    for b in lines[:MAX_LINES]:
        rows.append([Paragraph(escape(b.name) + (" *" if b.overspent else ""), st.cell),
                     money_text(b.planned_cents, c), money_text(b.spent_cents, c)])
    if len(lines) > MAX_LINES:
        rest = lines[MAX_LINES:]
        rows.append([ngettext("{n} partida más", "Otras {n} partidas", len(rest)).format(
                         n=len(rest)),
                     money_text(sum(b.planned_cents for b in rest), c),
                     money_text(sum(b.spent_cents for b in rest), c)])
    table = Table(rows, colWidths=[width - 80 * mm, 40 * mm, 40 * mm])
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), st.cell.fontName, 10),
        ("FONT", (0, 0), (-1, 0), st.cell_bold.fontName, 10),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]))
    story += [Spacer(1, 3 * mm), table]
    if any(b.overspent for b in lines):
        story.append(Paragraph(_("* Partida con gasto mayor que lo previsto."), st.small))
    story.append(Spacer(1, 4 * mm))
    story.append(Paragraph(_("Gastos registrados: <b>{count}</b>; sin comprobante: "
                             "<b>{missing}</b>.").format(count=led.expenses_count,
                                                         missing=led.without_receipt),
                           big.body))
    story.append(Paragraph(_("Hallazgos de la contraloría social por responder: <b>{n}</b>.")
                           .format(n=len(content.oversight.open_findings)), big.body))
    if content.next_assembly is not None:
        when = _("La próxima asamblea de rendición de cuentas es el <b>{day}</b> a las "
                 "<b>{hour}</b>.").format(day=f"{local(content.next_assembly):%d/%m/%Y}",
                                          hour=f"{local(content.next_assembly):%H:%M}")
    else:
        when = _("La próxima asamblea de rendición de cuentas está por convocar.")
    story += [Spacer(1, 4 * mm), Paragraph(when, big.body), Spacer(1, 4 * mm),
              Paragraph(_("Cualquier habitante puede revisar las facturas y los comprobantes "
                          "con los voceros responsables y la Unidad de Contraloría Social."),
                        st.body)]
    return build_pdf(story, page=page, title=_("Cuentas claras"),
                     header_left=content.organization)
