"""The convocation: a notice in large type to post in the street."""

from __future__ import annotations

from datetime import date, timedelta

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from app.assembly.model import ConvocationPaper
from app.assembly.quorum import required_for
from app.i18n import _, ngettext
from app.printing.assembly_words import (
    assembly_kind,
    call_words,
    clock_time,
    end_sentence,
    esc,
    local,
    long_date,
    org_title,
    people,
    territory,
    upper_first,
)
from app.printing.document import build_pdf, page_size, styles
from app.printing.pages import page_count
from app.printing.signatures import signature_grid

# Large type for a notice on a wall, shrunk step by step until it fits one sheet (a poster
# on two sheets is not posted); the smallest step is still larger than an acta's text.
SCALES = (1.6, 1.45, 1.3, 1.15)


def convocation_pdf(paper: ConvocationPaper, page: str = "letter",
                    issued: date | None = None) -> bytes:
    """`issued`: the day the notice is issued (printed), stated with its place."""
    data = b""
    for scale in SCALES:
        data = _convocation(paper, page, issued, scale)
        if page_count(data) == 1:
            break
    return data


def _convocation(paper: ConvocationPaper, page: str, issued: date | None,
                 scale: float) -> bytes:
    st = styles(scale=scale)
    small = styles(max(1.0, scale - 0.4))
    org, assembly = paper.heading.organization, paper.heading.assembly
    width = page_size(page)[0] - 32 * mm
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
            "{percent}\u00a0% de los habitantes de {voting_age} años o más ({required}). "
            "¡Tu participación es importante!").format(
                call=call_words(assembly.call), percent=quorum.percent,
                voting_age=quorum.voting_age,
                required=ngettext("{n} persona", "{n} personas", quorum.required).format(
                    n=quorum.required))), small.body),
    ]
    if assembly.call == 1:
        second = required_for(quorum.base, org.quorum_second_call_pct)
        at = local(assembly.scheduled_at + timedelta(minutes=org.second_call_after_min))
        story.append(Paragraph(esc(_(
            "De no alcanzarse ese quórum, la asamblea se reunirá en segunda convocatoria el "
            "{day} a las {hour}, en el mismo lugar, con la presencia del {percent}\u00a0% "
            "({required}).").format(
                day=long_date(at.date()), hour=clock_time(at),
                percent=org.quorum_second_call_pct, required=people(second))),
            small.body))
    convener = assembly.called_by or org.name
    where = org.parish or org.municipality or org.state or ""
    story += [
        Spacer(1, 4 * mm),
        Paragraph(esc(_("Convoca: ") + convener), st.body),
        Paragraph(esc(end_sentence(_("Dado en {place}, el {day}").format(
            place=where or "____________", day=long_date(issued)) if issued else _(
            "Dado en ____________, el ____ de ____________ de ______."))), styles().body),
        KeepTogether([Spacer(1, 2 * mm), signature_grid(
            [("", _("Por {convener}").format(convener=convener))] * 2, width)]),
    ]
    return build_pdf(story, page=page, title=_("Convocatoria"),
                     header_left=org.name, margins_mm=16)
