"""The results of a consultation: votes per project with a bar chart, the funded project(s),
ties, participation, and the figures of every table."""

from __future__ import annotations

from datetime import datetime

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from app.consultation.model import Results
from app.domain.money import money_text
from app.i18n import _, ngettext
from app.printing import formats
from app.printing.assembly_words import clock_time, end_sentence, esc, local
from app.printing.document import build_pdf, page_size, styles
from app.printing.fonts import register_fonts
from app.printing.signatures import signature_grid

FUNDED = colors.Color(0.13, 0.45, 0.25)
OTHER = colors.Color(0.55, 0.62, 0.72)


def percent(value: float) -> str:
    return formats.percent(value)


def participation(box: int, eligible: int) -> str:
    """The share of the register that voted, or ERROR when the box holds more ballots than
    the register has voters (printing 276 % would hide a wrong figure)."""
    if box > eligible:
        return _("ERROR")
    return percent(box / eligible if eligible else 0.0)


def over_register_details(results: Results) -> str:
    """«Escuela Uno · Mesa 1: 3 boletas, 2 electores»: where the box outnumbers the register."""
    over = results.tables_over_register
    parts = [(t.label, t.ballots_in_box, t.eligible) for t in over] or [
        (_("total"), results.ballots_in_box, results.eligible)]
    return "; ".join(_("{where}: {box}, {eligible}").format(
        where=where, box=ballots(box), eligible=voters(eligible))
        for where, box, eligible in parts)


def ballots(count: int) -> str:
    return ngettext("{n} boleta", "{n} boletas", count).format(n=formats.number(count))


def voters(count: int) -> str:
    return ngettext("{n} elector", "{n} electores", count).format(n=formats.number(count))


def participation_sentence(results: Results) -> str:
    if results.over_register:
        return _(
            "Mesas escrutadas: <b>{counted} de {total}</b>. <b>ERROR en la participación:</b> "
            "hay más boletas en la urna que electores en el cuaderno ({details}). Revise los "
            "cuadernos y las actas de escrutinio antes de proclamar."
        ).format(counted=results.tables_counted, total=results.tables_total,
                 details=esc(over_register_details(results)))
    return _(
        "Mesas escrutadas: <b>{counted} de {total}</b>. Participación: {box} de {eligible} "
        "({pct}).").format(
            counted=results.tables_counted, total=results.tables_total,
            box=ngettext("<b>{n}</b> boleta", "<b>{n}</b> boletas", results.ballots_in_box
                         ).format(n=formats.number(results.ballots_in_box)),
            eligible=ngettext("<b>{n}</b> elector", "<b>{n}</b> electores", results.eligible
                              ).format(n=formats.number(results.eligible)),
            pct=percent(results.participation))


def proclamation(results: Results) -> str:
    """What the electoral commission declares: a winner only when every table is counted and
    no figure is in error."""
    if results.over_register or results.tables_counted < results.tables_total:
        return _("No se proclama ningún proyecto: faltan actas por escrutar o hay cifras en "
                 "error. Esta acta deja constancia de los resultados parciales.")
    funded = [x for x in results.candidates if x.funded]
    if not funded:
        return _("Escrutadas todas las mesas, ningún proyecto queda financiado.")
    return _("Escrutadas todas las mesas, la Comisión Electoral proclama el resultado de la "
             "consulta y declara financiado(s): {projects}. Firman conformes:").format(
        # Votes in figures and in words, as a proclamation states them.
        projects="; ".join(f"{x.number}. {x.title} ({formats.votes(x.votes)}, "
                           f"{formats.in_words(x.votes)})" for x in funded))


def _short(title: str, limit: int = 34) -> str:
    return title if len(title) <= limit else title[:limit - 1] + "…"


def bar_chart(results: Results, width: float) -> Drawing:
    """Votes per project, in ballot order, the funded bars in green."""
    regular, bold = register_fonts()
    ordered = sorted(results.candidates, key=lambda c: c.number)
    bar_h = 9 * mm
    height = bar_h * max(len(ordered), 1) + 16 * mm
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = 62 * mm, 8 * mm
    chart.width, chart.height = width - 80 * mm, height - 14 * mm
    # The chart draws the first category at the bottom: reverse so 1 is on top.
    data = [c.votes for c in reversed(ordered)]
    chart.data = [data or [0]]
    chart.categoryAxis.categoryNames = [f"{c.number}. {_short(c.title)}"
                                        for c in reversed(ordered)] or [""]
    chart.categoryAxis.labels.fontName = regular
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -3
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max([*data, 1]) * 1.15
    chart.valueAxis.labels.fontName = regular
    chart.valueAxis.labels.fontSize = 7
    chart.bars.strokeColor = None
    chart.bars[0].fillColor = OTHER
    for index, candidate in enumerate(reversed(ordered)):
        if candidate.funded:
            chart.bars[(0, index)].fillColor = FUNDED
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = bold
    chart.barLabels.fontSize = 8
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    drawing.add(String(0, height - 4 * mm, _("Votos por proyecto"),
                       fontName=bold, fontSize=10))
    return drawing


def results_pdf(results: Results, page: str = "letter", where: str = "",
                as_of: datetime | None = None) -> bytes:
    """`where`: the commune or circuit (consultation_words.where_line); `as_of`: when the
    totals were made (the acta de totalización states its date and hour)."""
    st = styles()
    width = page_size(page)[0] - 2 * 18 * mm
    c = results.consultation
    money = c.currency.value
    story: list[Flowable] = [
        Paragraph(_("RESULTADOS DE LA CONSULTA"), st.title),
        Paragraph(_("Acta de totalización"), st.subtitle),
        Paragraph(f"{esc(c.name)} · {formats.day(c.vote_date)}", st.subtitle),
    ]
    if where:
        story.append(Paragraph(esc(where), st.small))
    if as_of is not None:
        moment = local(as_of)
        story.append(Paragraph(esc(end_sentence(_("Totalización al {date} a las {time}").format(
            date=formats.day(moment.date()), time=clock_time(moment)))), st.small))
    story += [
        Paragraph(participation_sentence(results), st.body),
        Paragraph(results.funding_note, st.body),
    ]
    if results.tie_note:
        story.append(Paragraph(f"<b>{results.tie_note}</b>", st.body))
    funded = [x for x in results.candidates if x.funded]
    if funded:
        story.append(Paragraph(_("<b>Proyecto(s) financiado(s):</b> ")
                               + "; ".join(f"{x.number}. {x.title}" for x in funded),
                               st.body))
    story += [Spacer(1, 4 * mm), bar_chart(results, width), Spacer(1, 4 * mm)]
    rows: list[list[object]] = [[_("Puesto"), _("N.º"),
                                 _("Proyecto"), _("Costo"),
                                 _("Votos"), "%", ""]]
    for x in results.candidates:
        mark = _("FINANCIADO") if x.funded else (_("EMPATE") if x.tied else "")
        rows.append([str(x.rank), str(x.number), Paragraph(x.title, st.cell),
                     money_text(x.cost_cents, money), formats.number(x.votes), percent(x.share),
                     mark])
    rows += [["", "", _("Votos válidos"), "", formats.number(results.valid_votes), "", ""],
             ["", "", _("Votos nulos"), "", formats.number(results.null_votes), "", ""],
             ["", "", _("Votos en blanco"), "", formats.number(results.blank_votes), "",
              ""],
             ["", "", _("Boletas en las urnas"), "",
              formats.number(results.ballots_in_box), "", ""]]
    table = Table(rows, colWidths=[15 * mm, 10 * mm, width - 112 * mm, 34 * mm, 16 * mm,
                                   15 * mm, 22 * mm], repeatRows=1)
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), st.cell.fontName, 8.5),
        ("FONT", (0, 0), (-1, 0), st.cell_bold.fontName, 8.5),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9)),
        ("ALIGN", (3, 1), (5, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]))
    notes = [Paragraph(_("* Acta aceptada con observación ({table}): {note}").format(
        table=x.label, note=x.observation), st.small) for x in results.tables if x.observation]
    # The per-table block stays whole when it fits a page (a few tables, as in a commune).
    story += [table, Spacer(1, 5 * mm), KeepTogether([
        Paragraph(_("Resultados por mesa"), st.heading),
        _per_table(results, width), *notes])]
    # The proclamation and the commission's signatures on one page.
    story.append(KeepTogether([
        Spacer(1, 5 * mm), Paragraph(esc(proclamation(results)), st.body),
        signature_grid([("", _("Comisión electoral"))] * 4, width)]))
    return build_pdf(story, page=page, title=_("Resultados"), header_left=c.name)


def _per_table(results: Results, width: float) -> Table:
    st = styles()
    numbers = sorted(x.number for x in results.candidates)
    head: list[object] = [_("Mesa"), *[str(n) for n in numbers], _("Nulos"),
            _("Blancos"), _("Urna"), _("Electores"),
            _("Partic.")]
    rows: list[list[object]] = [head]
    for table in results.tables:
        if not table.accepted:
            rows.append([Paragraph(table.label, st.cell),
                         *([""] * len(numbers)), "", "", "", formats.number(table.eligible),
                         _("sin acta")])
            continue
        rows.append([Paragraph(table.label + (" *" if table.observation else ""), st.cell),
                     *[formats.number(table.votes.get(n, 0)) for n in numbers],
                     formats.number(table.null_votes), formats.number(table.blank_votes),
                     formats.number(table.ballots_in_box), formats.number(table.eligible),
                     participation(table.ballots_in_box, table.eligible)])
    tails = [14 * mm, 15 * mm, 13 * mm, 18 * mm, 15 * mm]
    fixed = sum(tails) + 9 * mm * len(numbers)
    grid = Table(rows, colWidths=[width - fixed, *[9 * mm] * len(numbers), *tails],
                 repeatRows=1)
    grid.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), st.cell.fontName, 8),
        ("FONT", (0, 0), (-1, 0), st.cell_bold.fontName, 7.5),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]))
    return grid
