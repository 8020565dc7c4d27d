"""The convocation: a notice in large type to post in the street."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from app.assembly.model import ConvocationPaper
from app.i18n import _
from app.printing.assembly_words import (
    assembly_kind,
    call_words,
    clock_time,
    esc,
    local,
    long_date,
    org_title,
    territory,
    upper_first,
)
from app.printing.document import build_pdf, styles


def convocation_pdf(paper: ConvocationPaper, page: str = "letter") -> bytes:
    st = styles(scale=1.6)
    org, assembly = paper.heading.organization, paper.heading.assembly
    when = local(assembly.scheduled_at)
    story: list[object] = [
        Paragraph(_("CONVOCATORIA"), st.title),
        Paragraph(esc(org_title(org.kind.value, org.name)), st.subtitle),
        Paragraph(esc(territory(org.parish, org.municipality, org.state)), styles().subtitle),
        Spacer(1, 6 * mm),
        Paragraph(esc(_(
            "Se convoca a todos los ciudadanos y ciudadanas de {name} a la Asamblea de "
            "Ciudadanos y Ciudadanas {kind}, en {call}.").format(
                name=org.name, kind=assembly_kind(assembly.kind.value),
                call=call_words(assembly.call))), st.body),
    ]
    if assembly.title:
        story.append(Paragraph(f"<b>{esc(assembly.title)}</b>", st.body))
    facts = [
        (_("Día"), upper_first(long_date(when.date()))),
        (_("Hora"), clock_time(when)),
        (_("Lugar"), assembly.place),
    ]
    table = Table([[Paragraph(f"<b>{esc(k)}:</b>", st.body), Paragraph(esc(v), st.heading)]
                   for k, v in facts], colWidths=[35 * mm, None])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               ("BOX", (0, 0), (-1, -1), 1.5, "black"),
                               ("TOPPADDING", (0, 0), (-1, -1), 6),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    story += [Spacer(1, 5 * mm), table, Spacer(1, 5 * mm),
              Paragraph(_("Orden del día"), st.heading)]
    for number, item in enumerate(paper.agenda, start=1):
        story.append(Paragraph(f"{number}. {esc(item)}", st.body))
    quorum = paper.quorum
    story += [
        Spacer(1, 6 * mm),
        Paragraph(esc(_(
            "Para que la asamblea sea válida en {call} se necesita la presencia del "
            "{percent}\u00a0% de los habitantes de {voting_age} años o más ({required} "
            "personas). ¡Tu participación es importante!").format(
                call=call_words(assembly.call), percent=quorum.percent,
                voting_age=quorum.voting_age, required=quorum.required)), styles(1.2).body),
        Spacer(1, 8 * mm),
        Paragraph(esc(_("Convoca: ") + (assembly.called_by or org.name)),
                  st.body),
    ]
    return build_pdf(story, page=page, title=_("Convocatoria"),
                     header_left=org.name, margins_mm=16)
