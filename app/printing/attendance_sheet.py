"""The attendance sheet: who came, with a column to sign, and blank rows for walk-ins."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from app.assembly.model import AttendancePaper
from app.domain.enums import OrgKind
from app.i18n import _
from app.printing import formats
from app.printing.assembly_words import (
    assembly_kind,
    call_words,
    clock_time,
    end_sentence,
    esc,
    local,
    long_date,
    short_council,
    upper_first,
)
from app.printing.document import build_pdf, page_size, styles


def attendance_sheet_pdf(paper: AttendancePaper, page: str = "letter") -> bytes:
    st = styles()
    org, assembly = paper.heading.organization, paper.heading.assembly
    when = local(assembly.scheduled_at)
    show_council = org.kind is not OrgKind.COUNCIL
    story: list[object] = [
        Paragraph(_("LISTA DE ASISTENCIA"), st.title),
        Paragraph(esc(upper_first(_(
            "Asamblea de Ciudadanos y Ciudadanas {kind} de {name}, {call}").format(
                kind=assembly_kind(assembly.kind.value), name=org.name,
                call=call_words(assembly.call)))), st.subtitle),
        Paragraph(esc(end_sentence(f"{upper_first(long_date(when.date()))}, "
                                   f"{clock_time(when)}") + f" {assembly.place}"), st.subtitle),
    ]
    headers = [_("N.º"), _("Apellidos y nombres"),
               _("Cédula")]
    if show_council:
        headers.append(_("Consejo comunal"))
    headers.append(_("Firma"))
    rows: list[list[object]] = [[Paragraph(f"<b>{esc(h)}</b>", st.cell) for h in headers]]
    for number, person in enumerate(paper.attendees, start=1):
        name = person.name + (_(" (menor de edad)") if person.under_age else "")
        row: list[object] = [formats.number(number), Paragraph(esc(name), st.cell),
                             formats.national_id(person.national_id, _("sin cédula"))]
        if show_council:
            council = short_council(paper.council_names.get(person.council_id, ""))
            row.append(Paragraph(esc(council), st.small))
        row.append("")
        rows.append(row)
    for extra in range(paper.blank_rows):
        blank: list[object] = [formats.number(len(paper.attendees) + extra + 1), "", ""]
        rows.append(blank + ([""] if show_council else []) + [""])
    width = page_size(page)[0] - 36 * mm
    widths = ([12 * mm, 62 * mm, 28 * mm, 38 * mm] if show_council
              else [12 * mm, 80 * mm, 30 * mm])
    widths.append(width - sum(widths))
    # Padding, not a fixed height, leaves room for a signature where the name is short and
    # grows the row where a long name or council wraps (a fixed height overprinted them).
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([
        ("TOPPADDING", (0, 1), (-1, -1), 7),
        ("BOTTOMPADDING", (0, 1), (-1, -1), 7),
        ("FONT", (0, 0), (-1, -1), st.cell.fontName, 9),
        ("GRID", (0, 0), (-1, -1), 0.5, "black"),
        ("BACKGROUND", (0, 0), (-1, 0), "#e6e6e6"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]))
    quorum = paper.quorum
    story += [Spacer(1, 3 * mm), table, Spacer(1, 4 * mm), Paragraph(esc(_(
        "Presentes con derecho a voto: {present}. Menores de {voting_age} años: {under_age}. "
        "Quórum requerido: {required} ({percent}\u00a0% de {base} habitantes de {voting_age} "
        "años o más).").format(
            present=formats.number(quorum.present), voting_age=quorum.voting_age,
            under_age=formats.number(quorum.under_age), required=formats.number(quorum.required),
            percent=quorum.percent, base=formats.number(quorum.base))), st.small)]
    return build_pdf(story, page=page, title=_("Lista de asistencia"),
                     header_left=org.name,
                     header_right=formats.day(local(assembly.scheduled_at).date()))

