"""The ranked list of problems of an assembly, with the method, the totals and any tie."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from app.assembly.model import PrioritiesPaper
from app.printing.assembly_words import (
    assembly_kind,
    category,
    esc,
    local,
    long_date,
    method_words,
    total_header,
)
from app.printing.document import build_pdf, page_size, styles
from app.printing.i18n import t
from app.printing.signatures import signature_grid


def priorities_pdf(paper: PrioritiesPaper, page: str = "letter") -> bytes:
    st = styles()
    org, assembly = paper.heading.organization, paper.heading.assembly
    when = local(assembly.scheduled_at)
    story: list[object] = [
        Paragraph(t("PRIORIZACIÓN DE PROBLEMAS", "PRIORITIZATION OF PROBLEMS"), st.title),
        Paragraph(esc(org.name), st.subtitle),
        Paragraph(esc(t(
            f"Asamblea {assembly_kind(assembly.kind.value)} del "
            f"{long_date(when.date())}, {assembly.place}",
            f"{assembly_kind(assembly.kind.value).capitalize()} assembly of "
            f"{long_date(when.date())}, {assembly.place}")), st.subtitle),
    ]
    result = paper.result
    if result is None:
        story.append(Paragraph(t("Esta asamblea no tiene priorización registrada.",
                                 "This assembly has no recorded prioritization."), st.body))
        return build_pdf(story, page=page, title=t("Priorización", "Prioritization"),
                         header_left=org.name)
    method = result.prioritization.method.value
    points = result.prioritization.points_per_voter
    story.append(Paragraph(esc(t(
        f"Método: {method_words(method)}. Papeletas o conteos registrados: {result.ballots}.",
        f"Method: {method_words(method)}. Ballots or counts recorded: {result.ballots}."))
        + (esc(t(f" Puntos por persona: {points}.", f" Points per person: {points}."))
           if points else ""), st.body))
    rows: list[list[object]] = [[Paragraph(f"<b>{esc(h)}</b>", st.cell) for h in (
        t("Lugar", "Place"), t("Problema", "Problem"), t("Área", "Area"),
        t("Familias", "Families"), total_header(method))]]
    for entry in result.entries:
        place = f"{entry.place}" + (t(" (empate)", " (tie)") if entry.tied else "")
        rows.append([Paragraph(esc(place), st.cell_bold if entry.place <= 3 else st.cell),
                     Paragraph(esc(entry.problem.title), st.cell),
                     Paragraph(esc(category(entry.problem.category.value)), st.cell),
                     str(entry.problem.families_affected), str(entry.total)])
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
        story.append(Paragraph(esc(t(
            "Hay problemas empatados: comparten el mismo lugar. El empate solo se rompe con "
            "una segunda votación o un sorteo registrado, nunca por el orden de anotación.",
            "Some problems are tied: they share the same place. A tie is only broken by a "
            "second vote or a recorded draw, never by the order of entry.")), st.body))
    if result.tie_break is not None:
        how = t("segunda votación", "second vote") if result.tie_break.kind == "second_vote" \
            else t("sorteo", "draw")
        story.append(Paragraph(esc(t(f"Empate resuelto por {how}.", f"Tie broken by {how}.")
                                   + (f" {result.tie_break.note}" if result.tie_break.note
                                      else "")), st.body))
    status = t("Resultado definitivo.", "Final result.") if result.closed else t(
        "Resultado provisional: la priorización sigue abierta.",
        "Provisional result: the prioritization is still open.")
    story += [Paragraph(esc(status), st.body), Spacer(1, 10 * mm),
              signature_grid([("", t("Secretaría de la asamblea", "Assembly secretary")),
                              ("", t("Vocería de Contraloría Social", "Oversight spokesperson"))],
                             width)]
    return build_pdf(story, page=page, title=t("Priorización", "Prioritization"),
                     header_left=org.name, header_right=when.strftime("%d/%m/%Y"))
