"""The ranked list of problems of an assembly, with the method, the totals and any tie."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from app.assembly.model import PrioritiesPaper
from app.domain.enums import TieRule
from app.domain.labels import label_in_sentence
from app.i18n import _
from app.printing import formats
from app.printing.assembly_words import (
    assembly_kind,
    category,
    esc,
    local,
    long_date,
    method_words,
    total_header,
    upper_first,
)
from app.printing.document import build_pdf, page_size, styles
from app.printing.signatures import signature_grid


def priorities_pdf(paper: PrioritiesPaper, page: str = "letter") -> bytes:
    st = styles()
    org, assembly = paper.heading.organization, paper.heading.assembly
    when = local(assembly.scheduled_at)
    story: list[object] = [
        Paragraph(_("PRIORIZACIÓN DE PROBLEMAS"), st.title),
        Paragraph(esc(org.name), st.subtitle),
        Paragraph(esc(upper_first(_("Asamblea {kind} del {date}, {place}").format(
            kind=assembly_kind(assembly.kind.value), date=long_date(when.date()),
            place=assembly.place))), st.subtitle),
    ]
    result = paper.result
    if result is None:
        story.append(Paragraph(_("Esta asamblea no tiene priorización registrada."), st.body))
        return build_pdf(story, page=page, title=_("Priorización"),
                         header_left=org.name)
    method = result.prioritization.method.value
    points = result.prioritization.points_per_voter
    story.append(Paragraph(esc(_("Método: {method}. Papeletas o conteos registrados: "
                                 "{ballots}.").format(method=method_words(method),
                                                      ballots=result.ballots))
        + (esc(_(" Puntos por persona: {points}.").format(points=points))
           if points else ""), st.body))
    rows: list[list[object]] = [[Paragraph(f"<b>{esc(h)}</b>", st.cell) for h in (
        _("Lugar"), _("Problema"), _("Área"),
        _("Familias"), total_header(method))]]
    for entry in result.entries:
        place = f"{entry.place}" + (_(" (empate)") if entry.tied else "")
        rows.append([Paragraph(esc(place), st.cell_bold if entry.place <= 3 else st.cell),
                     Paragraph(esc(entry.problem.title), st.cell),
                     Paragraph(esc(category(entry.problem.category.value)), st.cell),
                     formats.number(entry.problem.families_affected),
                     formats.number(entry.total)])
    width = page_size(page)[0] - 36 * mm
    widths = [26 * mm, None, 32 * mm, 20 * mm, 20 * mm]
    widths[1] = width - sum(w for w in widths if w)
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), st.cell.fontName, 9),
        ("GRID", (0, 0), (-1, -1), 0.5, "black"),
        ("BACKGROUND", (0, 0), (-1, 0), "#e6e6e6"),
        ("ALIGN", (3, 1), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]))
    story += [Spacer(1, 3 * mm), table, Spacer(1, 3 * mm)]
    if result.has_ties:
        story.append(Paragraph(esc(_(
            "Hay problemas empatados: comparten el mismo lugar. El empate solo se rompe con "
            "una segunda votación o un sorteo registrado, nunca por el orden de anotación.")),
            st.body))
    if result.tie_break is not None:
        how = label_in_sentence(TieRule, result.tie_break.kind)
        story.append(Paragraph(esc(_("Empate resuelto por {how}.").format(how=how)
                                   + (f" {result.tie_break.note}" if result.tie_break.note
                                      else "")), st.body))
    status = _("Resultado definitivo.") if result.closed else _(
        "Resultado provisional: la priorización sigue abierta.")
    story += [Paragraph(esc(status), st.body), Spacer(1, 10 * mm),
              signature_grid([("", _("Secretaría de la asamblea")),
                              ("", _("Vocería de Contraloría Social"))],
                             width)]
    return build_pdf(story, page=page, title=_("Priorización"),
                     header_left=org.name, header_right=formats.day(when.date()))
