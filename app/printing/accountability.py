"""The accountability statement (rendición de cuentas) of a funded project: what was
received, what was spent by budget line with a chart of plan against spending, every
expense with its receipt, the warnings, and the signature lines of the people responsible
and the oversight unit. Built to stay fast with thousands of expenses: the list is drawn
on the canvas (app/printing/canvas_rows.py), each text wrapped once."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    HRFlowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from app.domain.labels import label
from app.domain.money import money_text
from app.i18n import _
from app.printing.canvas_rows import PAD, CanvasRows, Row, Rows, wrap_cell
from app.printing.document import build_pdf, page_size, styles
from app.printing.fonts import register_fonts
from app.projects.model import AccountabilityPaper, Expense, Ledger
from app.projects.money import rate_text

PLANNED = colors.Color(0.55, 0.62, 0.72)
SPENT = colors.Color(0.13, 0.45, 0.25)
OVER = colors.Color(0.70, 0.10, 0.10)
HEAD = colors.Color(0.9, 0.9, 0.9)


def _wrap(text: str, width: float) -> str:
    return "\n".join(wrap_cell(text, width))


def _grid(rows: list[list[object]], widths: list[float], right_from: int,
          total_row: bool = False) -> Table:
    st = styles()
    table = Table(rows, colWidths=widths, repeatRows=1)
    commands: list[tuple[object, ...]] = [
        ("FONT", (0, 0), (-1, -1), st.cell.fontName, 8),
        ("FONT", (0, 0), (-1, 0), st.cell_bold.fontName, 8),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD),
        ("ALIGN", (right_from, 1), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    if total_row:
        commands.append(("FONT", (0, -1), (-1, -1), st.cell_bold.fontName, 8))
    table.setStyle(TableStyle(commands))
    return table


def budget_chart(content: AccountabilityPaper, width: float) -> Drawing:
    """Planned against spent, one pair of bars per line; a line past its plan in red."""
    regular, bold = register_fonts()
    lines = list(content.ledger.lines)
    bar_h = 11 * mm
    height = bar_h * max(len(lines), 1) + 22 * mm
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = 42 * mm, 14 * mm
    chart.width, chart.height = width - 70 * mm, height - 22 * mm
    ordered = list(reversed(lines))  # the first line on top
    planned = [b.planned_cents / 100 for b in ordered] or [0]
    spent = [b.spent_cents / 100 for b in ordered] or [0]
    chart.data = [planned, spent]
    chart.categoryAxis.categoryNames = [
        b.name if len(b.name) <= 22 else b.name[:21] + "…" for b in ordered] or [""]
    chart.categoryAxis.labels.fontName = regular
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -3
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max([*planned, *spent, 1]) * 1.25
    chart.valueAxis.labels.fontName = regular
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labelTextFormat = lambda v: f"{v:,.0f}".replace(",", ".")
    chart.bars.strokeColor = None
    chart.bars[0].fillColor = PLANNED
    chart.bars[1].fillColor = SPENT
    for index, line in enumerate(ordered):
        if line.overspent:
            chart.bars[(1, index)].fillColor = OVER
    chart.barLabelFormat = lambda v: f"{v:,.2f}".replace(",", "X").replace(".", ",").replace(
        "X", ".")
    chart.barLabels.fontName = regular
    chart.barLabels.fontSize = 6.5
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 2
    drawing.add(chart)
    currency = content.ledger.currency.value
    drawing.add(String(0, height - 5 * mm, _("Presupuesto y gasto por partida ({currency})")
                       .format(currency=currency), fontName=bold, fontSize=10))
    legend = Legend()
    legend.x, legend.y = 10 * mm, 6 * mm
    legend.fontName, legend.fontSize = regular, 8
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax = (width - 20 * mm) / 3
    legend.dxTextSpace = 4
    legend.colorNamePairs = [(PLANNED, _("Previsto")), (SPENT, _("Gastado")),
                             (OVER, _("Pasado de lo previsto"))]
    drawing.add(legend)
    return drawing


def _statement(content: AccountabilityPaper, width: float) -> list[Flowable]:
    st = styles()
    led = content.ledger
    c = led.currency.value
    rows: list[list[object]] = [[_("Concepto"), _("Monto")],
                                [_("Recibido"), money_text(led.received_cents, c)],
                                [_("Gastado"), money_text(led.spent_cents, c)],
                                [_("Saldo"), money_text(led.balance_cents, c)]]
    story: list[Flowable] = [Paragraph(_("Estado financiero"), st.heading),
                             _grid(rows, [width - 50 * mm, 50 * mm], 1, total_row=True)]
    if content.received:
        rows = [[_("Fecha"), _("Origen"), _("Referencia"), _("Monto"), _("Tasa"),
                 _("Valor en {currency}").format(currency=c)]]
        for d in content.received:
            rows.append([d.received_on.strftime("%d/%m/%Y"), _wrap(d.source, width - 136 * mm),
                         d.reference or "", money_text(d.amount_cents, d.currency.value),
                         rate_text(d.rate_e4) if d.rate_e4 else "",
                         money_text(d.value_cents, c)])
        rows.append(["", _("Total recibido"), "", "", "", money_text(led.received_cents, c)])
        story += [Paragraph(_("Dinero recibido"), st.heading),
                  _grid(rows, [20 * mm, width - 136 * mm, 26 * mm, 32 * mm, 22 * mm, 36 * mm],
                        3, total_row=True)]
    rows = [[_("Partida"), _("Previsto"), _("Gastado"), _("Queda"), _("% gastado")]]
    for b in led.lines:
        share = f"{b.spent_cents * 100 / b.planned_cents:.1f} %".replace(".", ",") \
            if b.planned_cents else "—"
        rows.append([_wrap(b.name + (" *" if b.overspent else ""), width - 128 * mm - 12),
                     money_text(b.planned_cents, c), money_text(b.spent_cents, c),
                     money_text(b.left_cents, c), share])
    rows.append([_("Total"), money_text(led.planned_cents, c), money_text(led.spent_cents, c),
                 money_text(led.planned_cents - led.spent_cents, c), ""])
    story += [Paragraph(_("Gasto por partida"), st.heading),
              _grid(rows, [width - 128 * mm, 36 * mm, 36 * mm, 36 * mm, 20 * mm], 1,
                    total_row=True)]
    if any(b.overspent for b in led.lines):
        story.append(Paragraph(_("* Partida con gasto mayor que lo previsto."), st.small))
    story += [Spacer(1, 3 * mm), budget_chart(content, width)]
    return story


def _expense_row(number: int, e: Expense, names: dict[str, str], widths: list[float],
                 currency: str) -> Row:
    who = e.supplier + (f"\n{e.supplier_rif}" if e.supplier_rif else "")
    value = money_text(e.value_cents, currency)
    if e.currency.value != currency:  # paid in another currency: what was paid, and the rate
        value += "\n" + money_text(e.amount_cents, e.currency.value)
        if e.rate_e4:
            value += "\n" + _("tasa {rate}").format(rate=rate_text(e.rate_e4))
    return ((str(number),), (e.spent_on.strftime("%d/%m/%Y"),), wrap_cell(who, widths[2]),
            wrap_cell(e.invoice or "—", widths[3]), wrap_cell(e.description, widths[4]),
            wrap_cell(names.get(e.budget_line_id or "", _("Sin partida")), widths[5]),
            tuple(value.split("\n")),
            wrap_cell(e.receipt.filename if e.receipt else _("SIN COMPROBANTE"), widths[7]))


def _expenses(content: AccountabilityPaper, width: float) -> list[Flowable]:
    """Every expense, drawn on the canvas (a project may have thousands)."""
    st = styles()
    c = content.ledger.currency.value
    fixed = [9 * mm, 18 * mm, 0.0, 17 * mm, 0.0, 21 * mm, 27 * mm, 27 * mm]
    free = width - sum(fixed)
    widths = fixed[:]
    widths[2], widths[4] = free * 0.45, free * 0.55
    head = [_("N.º"), _("Fecha"), _("Proveedor y RIF"), _("Factura"), _("Descripción"),
            _("Partida"), _("Valor en {currency}").format(currency=c), _("Comprobante")]
    inner = [w - 2 * PAD for w in widths]
    rows = [_expense_row(i, e, content.line_names, inner, c)
            for i, e in enumerate(content.spent, start=1)]
    return [Paragraph(_("Gastos ({count})").format(count=len(rows)), st.heading),
            CanvasRows(Rows(head, rows, widths, frozenset({6}))),
            Paragraph(_("Total gastado: <b>{total}</b>").format(
                total=money_text(content.ledger.spent_cents, c)), st.body)]


def _oversight(content: AccountabilityPaper) -> list[Flowable]:
    """The progress reported and the contraloría social's findings, open and answered."""
    st = styles()
    watch = content.oversight
    story: list[Flowable] = [Paragraph(_("Avance de la obra"), st.heading)]
    if not watch.progress:
        story.append(Paragraph(_("Sin informes de avance."), st.body))
    for r in watch.progress:
        story.append(Paragraph(_("{day}: <b>{percent} %</b>. {text}").format(
            day=f"{r.reported_on:%d/%m/%Y}", percent=r.percent, text=escape(r.text)),
            st.body))
    story.append(Paragraph(_("Contraloría social"), st.heading))
    if not watch.inspections:
        story.append(Paragraph(_("Sin inspecciones registradas."), st.body))
    for i in watch.inspections:
        story.append(Paragraph(_("Inspección del {day} ({who}): {checked}").format(
            day=f"{i.inspected_on:%d/%m/%Y}", who=escape(", ".join(i.inspectors)),
            checked=escape(i.checked)), st.body))
        for f in i.findings:
            if f.open:
                story.append(Paragraph(_("• <b>ABIERTO:</b> {text}").format(
                    text=escape(f.text)), st.small))
            else:
                story.append(Paragraph(_(
                    "• Respondido el {day} por {by}: {text} — <i>{answer}</i>").format(
                    day=f"{f.answered_on:%d/%m/%Y}" if f.answered_on else "",
                    by=escape(f.answered_by or ""), text=escape(f.text),
                    answer=escape(f.answer or "")), st.small))
        if i.observations:
            story.append(Paragraph(_("Observaciones: {text}").format(
                text=escape(i.observations)), st.small))
    story.append(Paragraph(_("Hallazgos abiertos: <b>{open}</b>.").format(
        open=len(watch.open_findings)), st.body))
    story.append(Paragraph(_("Preguntas de la asamblea"), st.heading))
    story += [HRFlowable(width="100%", thickness=0.5, color=colors.grey, spaceBefore=7 * mm)
              for _line in range(4)]
    return story


def _signatures(content: AccountabilityPaper, width: float) -> Flowable:
    """One line for each person named responsible (the free text of an older record when
    none is), then the oversight unit and the secretary."""
    st = styles()
    funding = content.ledger.funding
    boxes = [(label(p.role), p.name) for p in content.people]
    if not boxes:
        responsible = (funding.responsible or funding.committee) if funding else None
        boxes = [(_("Voceros responsables del proyecto"), responsible or "")]
    boxes += [(_("Unidad de Contraloría Social"), ""), (_("Secretaría de la asamblea"), "")]
    boxes += [("", "")] * (-len(boxes) % 3)  # whole rows of three
    cells = [[Paragraph("<br/><br/><br/>______________________________<br/>"
                        f"<b>{escape(title)}</b><br/>{escape(names)}", st.small)
              if title else "" for title, names in boxes[i:i + 3]]
             for i in range(0, len(boxes), 3)]
    table = Table(cells, colWidths=[width / 3] * 3)
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return KeepTogether([Paragraph(_("Firmas"), st.heading), table])


def _warning_lines(led: Ledger) -> list[str]:
    """Every warning, except that many missing receipts read as one sentence: the list of
    expenses marks each of them."""
    many = led.without_receipt > 5
    shown = [w.text for w in led.warnings
             if not (many and w.code in ("no_receipt", "no_receipt_more"))]
    if many:
        shown.append(_("{n} gastos no tienen comprobante adjunto: están marcados «SIN "
                       "COMPROBANTE» en la lista de gastos.").format(n=led.without_receipt))
    return shown


def accountability_pdf(content: AccountabilityPaper, page: str = "letter") -> bytes:
    st = styles()
    width = page_size(page)[0] - 2 * 18 * mm
    led = content.ledger
    project = led.project
    story: list[Flowable] = [
        Paragraph(_("RENDICIÓN DE CUENTAS"), st.title),
        Paragraph(escape(project.title), st.subtitle),
        Paragraph(_("{organization} · Estado del proyecto: <b>{status}</b>").format(
            organization=escape(content.organization), status=label(project.status)),
            st.body),
    ]
    if led.funding is not None:
        story.append(Paragraph(_("Financiado con <b>{amount}</b>.").format(
            amount=money_text(led.funding.cents, led.funding.currency.value)), st.body))
    story += _statement(content, width)
    if led.warnings:
        story.append(Paragraph(_("Alertas de las cuentas"), st.heading))
        story += [Paragraph("• " + escape(text), st.small) for text in _warning_lines(led)]
    story += _oversight(content)
    story += _expenses(content, width)
    story.append(_signatures(content, width))
    return build_pdf(story, page=page, title=_("Rendición de cuentas"),
                     header_left=content.organization,
                     header_right=project.title if len(project.title) <= 60
                     else project.title[:59] + "…")
