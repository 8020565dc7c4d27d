"""The convocation: a notice in large type to post in the street."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from app.assembly.model import ConvocationPaper
from app.printing.assembly_words import (
    assembly_kind,
    call_words,
    clock_time,
    esc,
    local,
    long_date,
    org_title,
    territory,
)
from app.printing.document import build_pdf, styles
from app.printing.i18n import t


def convocation_pdf(paper: ConvocationPaper, page: str = "letter") -> bytes:
    st = styles(scale=1.6)
    org, assembly = paper.heading.organization, paper.heading.assembly
    when = local(assembly.scheduled_at)
    story: list[object] = [
        Paragraph(t("CONVOCATORIA", "NOTICE OF ASSEMBLY"), st.title),
        Paragraph(esc(org_title(org.kind.value, org.name)), st.subtitle),
        Paragraph(esc(territory(org.parish, org.municipality, org.state)), styles().subtitle),
        Spacer(1, 6 * mm),
        Paragraph(esc(t(
            f"Se convoca a todos los ciudadanos y ciudadanas de {org.name} a la Asamblea de "
            f"Ciudadanos y Ciudadanas {assembly_kind(assembly.kind.value)}, en "
            f"{call_words(assembly.call)}.",
            f"All residents of {org.name} are called to the {assembly_kind(assembly.kind.value)}"
            f" Citizens' Assembly, on the {call_words(assembly.call)}.")), st.body),
    ]
    if assembly.title:
        story.append(Paragraph(f"<b>{esc(assembly.title)}</b>", st.body))
    facts = [
        (t("Día", "Day"), long_date(when.date()).capitalize()),
        (t("Hora", "Time"), clock_time(when)),
        (t("Lugar", "Place"), assembly.place),
    ]
    table = Table([[Paragraph(f"<b>{esc(k)}:</b>", st.body), Paragraph(esc(v), st.heading)]
                   for k, v in facts], colWidths=[35 * mm, None])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               ("BOX", (0, 0), (-1, -1), 1.5, "black"),
                               ("TOPPADDING", (0, 0), (-1, -1), 6),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    story += [Spacer(1, 5 * mm), table, Spacer(1, 5 * mm),
              Paragraph(t("Orden del día", "Agenda"), st.heading)]
    for number, item in enumerate(paper.agenda, start=1):
        story.append(Paragraph(f"{number}. {esc(item)}", st.body))
    quorum = paper.quorum
    story += [
        Spacer(1, 6 * mm),
        Paragraph(esc(t(
            f"Para que la asamblea sea válida en {call_words(assembly.call)} se necesita la "
            f"presencia del {quorum.percent} % de los habitantes de {quorum.voting_age} años "
            f"o más ({quorum.required} personas). ¡Tu participación es importante!",
            f"For the assembly to be valid on the {call_words(assembly.call)}, "
            f"{quorum.percent}% of residents aged {quorum.voting_age} or over must attend "
            f"({quorum.required} people). Your participation matters!")), styles(1.2).body),
        Spacer(1, 8 * mm),
        Paragraph(esc(t("Convoca: ", "Called by: ") + (assembly.called_by or org.name)),
                  st.body),
    ]
    return build_pdf(story, page=page, title=t("Convocatoria", "Notice of assembly"),
                     header_left=org.name, margins_mm=16)
