"""The attendance sheet: who came, with a column to sign, and blank rows for walk-ins."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from app.assembly.model import AttendancePaper
from app.domain.enums import OrgKind
from app.printing.assembly_words import (
    assembly_kind,
    call_words,
    clock_time,
    end_sentence,
    esc,
    local,
    long_date,
    short_council,
)
from app.printing.document import build_pdf, page_size, styles
from app.printing.i18n import t


def attendance_sheet_pdf(paper: AttendancePaper, page: str = "letter") -> bytes:
    st = styles()
    org, assembly = paper.heading.organization, paper.heading.assembly
    when = local(assembly.scheduled_at)
    show_council = org.kind is not OrgKind.COUNCIL
    story: list[object] = [
        Paragraph(t("LISTA DE ASISTENCIA", "ATTENDANCE SHEET"), st.title),
        Paragraph(esc(t(
            f"Asamblea de Ciudadanos y Ciudadanas {assembly_kind(assembly.kind.value)} de "
            f"{org.name}, {call_words(assembly.call)}",
            f"{assembly_kind(assembly.kind.value).capitalize()} Citizens' Assembly of "
            f"{org.name}, {call_words(assembly.call)}")), st.subtitle),
        Paragraph(esc(end_sentence(f"{long_date(when.date()).capitalize()}, "
                                   f"{clock_time(when)}") + f" {assembly.place}"), st.subtitle),
    ]
    headers = [t("N.º", "No."), t("Apellidos y nombres", "Surnames and names"),
               t("Cédula", "ID number")]
    if show_council:
        headers.append(t("Consejo comunal", "Communal council"))
    headers.append(t("Firma", "Signature"))
    rows: list[list[object]] = [[Paragraph(f"<b>{esc(h)}</b>", st.cell) for h in headers]]
    for number, person in enumerate(paper.attendees, start=1):
        name = person.name + (t(" (menor de edad)", " (under age)") if person.under_age else "")
        row: list[object] = [str(number), Paragraph(esc(name), st.cell),
                             person.national_id or t("sin cédula", "no ID")]
        if show_council:
            council = short_council(paper.council_names.get(person.council_id, ""))
            row.append(Paragraph(esc(council), st.small))
        row.append("")
        rows.append(row)
    for extra in range(paper.blank_rows):
        blank: list[object] = [str(len(paper.attendees) + extra + 1), "", ""]
        rows.append(blank + ([""] if show_council else []) + [""])
    width = page_size(page)[0] - 36 * mm
    widths = ([12 * mm, 62 * mm, 28 * mm, 38 * mm] if show_council
              else [12 * mm, 80 * mm, 30 * mm])
    widths.append(width - sum(widths))
    # A fixed row height leaves room for a signature even where the name is short.
    table = Table(rows, colWidths=widths, repeatRows=1,
                  rowHeights=[None] + [9 * mm] * (len(rows) - 1))
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), st.cell.fontName, 9),
        ("GRID", (0, 0), (-1, -1), 0.5, "black"),
        ("BACKGROUND", (0, 0), (-1, 0), "#e6e6e6"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]))
    quorum = paper.quorum
    story += [Spacer(1, 3 * mm), table, Spacer(1, 4 * mm), Paragraph(esc(t(
        f"Presentes con derecho a voto: {quorum.present}. Menores de {quorum.voting_age} años: "
        f"{quorum.under_age}. Quórum requerido: {quorum.required} ({quorum.percent} % de "
        f"{quorum.base} habitantes de {quorum.voting_age} años o más).",
        f"Present with a vote: {quorum.present}. Under {quorum.voting_age}: "
        f"{quorum.under_age}. Quorum required: {quorum.required} ({quorum.percent}% of "
        f"{quorum.base} residents aged {quorum.voting_age} or over).")), st.small)]
    return build_pdf(story, page=page, title=t("Lista de asistencia", "Attendance sheet"),
                     header_left=org.name,
                     header_right=local(assembly.scheduled_at).strftime("%d/%m/%Y"))

