"""The acta in the formal Spanish of minutes, sealed with its code and QR once approved."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from app.assembly.minutes_content import MinutesContent, MinutesVote, qr_text, short_code
from app.assembly.model import MinutesPaper
from app.printing.assembly_words import (
    assembly_kind,
    call_words,
    category,
    clock_time,
    end_sentence,
    esc,
    local,
    long_date,
    method_words,
    org_title,
    parse_iso,
    territory,
    total_header,
)
from app.printing.codes import draw_qr
from app.printing.document import Styles, build_pdf, page_size, styles
from app.printing.i18n import t
from app.printing.signatures import signature_grid


class QrCode(Flowable):  # type: ignore[misc]
    """A vector QR code as a flowable, so it sits in a table beside the seal's text."""

    def __init__(self, text: str, size: float) -> None:
        super().__init__()
        self.text, self.size = text, size

    def wrap(self, *_args: Any) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        draw_qr(self.canv, self.text, 0, 0, self.size)


def minutes_pdf(paper: MinutesPaper, page: str = "letter") -> bytes:
    st = styles()
    acta = paper.content
    width = page_size(page)[0] - 36 * mm
    story: list[object] = [
        Paragraph(t("ACTA DE ASAMBLEA DE CIUDADANOS Y CIUDADANAS",
                    "MINUTES OF THE CITIZENS' ASSEMBLY"), st.title),
        Paragraph(esc(org_title(acta.organization_kind, acta.organization)), st.subtitle),
    ]
    if acta.registry_code:
        story.append(Paragraph(esc(t(f"Código de registro: {acta.registry_code}",
                                     f"Registry code: {acta.registry_code}")), st.small))
    if not paper.approved:
        story.append(Paragraph(t("<b>BORRADOR — acta no aprobada</b>",
                                 "<b>DRAFT — minutes not approved</b>"), st.subtitle))
    story += _opening(acta, st)
    story += _agenda(acta, st)
    story += _development(acta, st)
    story += _problems(acta, st, width)
    story += _closing(acta, st)
    signers = [(sg.name, sg.role) for sg in acta.signers]
    signers.append((acta.secretary, t("Secretaría de la asamblea", "Assembly secretary")))
    if not acta.closed_at:
        story.append(Paragraph(t("Firman conformes:", "Signed in agreement:"), st.body))
    story += [Spacer(1, 4 * mm), signature_grid(signers, width)]
    if paper.approved and paper.content_hash:
        story += [Spacer(1, 6 * mm), _seal(paper, st, width)]
    for number, addendum in enumerate(paper.addenda, start=1):
        story += [
            Paragraph(esc(t(f"ANEXO {number}", f"ADDENDUM {number}")), st.heading),
            Paragraph(esc(addendum.text), st.body),
            Paragraph(esc(t(f"Aprobado por {addendum.approved_by}. Código: ",
                            f"Approved by {addendum.approved_by}. Code: ")
                          + short_code(addendum.content_hash)), st.small),
        ]
    when = local(parse_iso(acta.scheduled_at) or _never())
    return build_pdf(story, page=page, title=t("Acta de asamblea", "Assembly minutes"),
                     header_left=acta.organization,
                     header_right=(t("Acta ", "Minutes ") + when.strftime("%d/%m/%Y")
                                   + (f" · {paper.code}" if paper.code else "")))


def _never() -> Any:
    raise ValueError("an acta always has its date")


def _opening(acta: MinutesContent, st: Styles) -> list[object]:
    when = local(parse_iso(acta.scheduled_at) or _never())
    opened = parse_iso(acta.opened_at)
    start = local(opened) if opened else when
    a = acta.attendance
    where = territory(acta.parish, acta.municipality, acta.state)
    text = t(
        f"En {acta.place}{', ' + where if where else ''}, siendo las {clock_time(start)} del "
        f"día {long_date(when.date())}, se reunieron en {call_words(acta.call)} los ciudadanos "
        f"y ciudadanas de {acta.organization} en Asamblea de Ciudadanos y Ciudadanas "
        f"{assembly_kind(acta.kind)}"
        + (f", convocada por {acta.called_by}" if acta.called_by else "") + ". "
        f"Asistieron {a.present} habitantes con derecho a voto, de {a.base} habitantes de "
        f"{a.voting_age} años o más registrados en el censo; el quórum requerido en "
        f"{call_words(acta.call)} es del {a.percent} %, es decir, {a.required} personas.",
        f"At {acta.place}{', ' + where if where else ''}, at {clock_time(start)} on "
        f"{long_date(when.date())}, the residents of {acta.organization} met on the "
        f"{call_words(acta.call)} in a {assembly_kind(acta.kind)} Citizens' Assembly"
        + (f", called by {acta.called_by}" if acta.called_by else "") + ". "
        f"{a.present} residents with a vote attended, out of {a.base} residents aged "
        f"{a.voting_age} or over in the census; the quorum on the {call_words(acta.call)} "
        f"is {a.percent}%, that is, {a.required} people.")
    if a.under_age == 1:
        text += t(f" Asistió además una persona menor de {a.voting_age} años, que no cuenta "
                  "para el quórum.",
                  f" Also present was one person under {a.voting_age}, who does not count "
                  "for the quorum.")
    elif a.under_age:
        text += t(f" Asistieron además {a.under_age} personas menores de {a.voting_age} años, "
                  "que no cuentan para el quórum.",
                  f" Also present were {a.under_age} people under {a.voting_age}, who do not "
                  "count for the quorum.")
    text += " " + (t("Verificado el quórum, se declaró válidamente constituida la asamblea.",
                     "The quorum being verified, the assembly was declared duly constituted.")
                   if a.met else
                   t("No se alcanzó el quórum requerido, lo que se hace constar.",
                     "The required quorum was not reached, which is recorded."))
    out: list[object] = []
    if acta.title:
        out.append(Paragraph(f"<b>{esc(acta.title)}</b>", st.subtitle))
    out.append(Paragraph(esc(text), st.body))
    if acta.text.opening:
        out += [Spacer(1, 2 * mm), Paragraph(esc(acta.text.opening), st.body)]
    return out


def _agenda(acta: MinutesContent, st: Styles) -> list[object]:
    out: list[object] = [Paragraph(t("ORDEN DEL DÍA", "AGENDA"), st.heading)]
    out += [Paragraph(f"{i.position}. {esc(i.title)}", st.body) for i in acta.items]
    return out


def vote_words(vote: MinutesVote) -> str:
    voted = parse_iso(vote.voted_at)
    at = t(f" a las {clock_time(local(voted))}", f" at {clock_time(local(voted))}") \
        if voted else ""
    quorum = t("con quórum", "with quorum") if vote.quorum_met_at_vote else t(
        "sin quórum", "without quorum")
    moment = t(
        f"estando presentes {vote.present_at_vote} personas con derecho a voto ({quorum}; "
        f"requerido: {vote.required_at_vote}){at}",
        f"with {vote.present_at_vote} people with a vote present ({quorum}; "
        f"required: {vote.required_at_vote}){at}")
    if vote.by_acclamation:
        return end_sentence(t(f"Aprobado por aclamación, {moment}",
                              f"Approved by acclamation, {moment}"))
    approved = vote.votes_for > vote.votes_against
    verdict = t("Aprobado", "Approved") if approved else t("No aprobado", "Not approved")
    return end_sentence(t(
        f"{verdict} con {vote.votes_for} votos a favor, {vote.votes_against} en contra y "
        f"{vote.abstentions} abstenciones, {moment}",
        f"{verdict} with {vote.votes_for} votes for, {vote.votes_against} against and "
        f"{vote.abstentions} abstentions, {moment}"))


def _development(acta: MinutesContent, st: Styles) -> list[object]:
    out: list[object] = [Paragraph(t("DESARROLLO DE LA ASAMBLEA", "PROCEEDINGS"), st.heading)]
    number = 0
    for item in acta.items:
        out.append(Paragraph(f"<b>{esc(t('Punto', 'Item'))} {item.position}: "
                             f"{esc(item.title)}.</b>", st.body))
        if item.notes:
            out.append(Paragraph(esc(item.notes), st.body))
        if item.speakers:
            said = "; ".join(sp.name + (f" ({sp.summary})" if sp.summary else "")
                             for sp in item.speakers)
            out.append(Paragraph(esc(t(f"Intervinieron: {said}.", f"Speakers: {said}.")),
                                 st.body))
        for vote in item.agreements:
            number += 1
            out.append(Paragraph(
                f"<b>{esc(t('Acuerdo', 'Agreement'))} {number}:</b> {esc(vote.text)} "
                f"{esc(vote_words(vote))}", st.body))
        if not item.notes and not item.speakers and not item.agreements:
            out.append(Paragraph(t("Sin acuerdos en este punto.",
                                   "No agreements on this item."), st.body))
        out.append(Spacer(1, 2 * mm))
    return out


def _problems(acta: MinutesContent, st: Styles, width: float) -> list[object]:
    if not acta.problems:
        return []
    out: list[object] = [Paragraph(t("PROBLEMAS PLANTEADOS Y SU PRIORIZACIÓN",
                                     "PROBLEMS RAISED AND THEIR RANKING"), st.heading)]
    method = acta.prioritization_method
    if method:
        out.append(Paragraph(esc(t(
            f"Los problemas se priorizaron por {method_words(method)}, con "
            f"{acta.prioritization_ballots} papeletas o conteos.",
            f"The problems were ranked by {method_words(method)}, with "
            f"{acta.prioritization_ballots} ballots or counts.")), st.body))
    header = [t("Lugar", "Place"), t("Problema", "Problem"), t("Área", "Area"),
              t("Familias", "Families")] + ([total_header(method)] if method else [])
    rows: list[list[object]] = [[Paragraph(f"<b>{esc(h)}</b>", st.cell) for h in header]]
    for index, p in enumerate(acta.problems, start=1):
        place = "—" if p.place is None else str(p.place) + (
            t(" (empate)", " (tie)") if p.tied else "")
        row: list[object] = [place if method else str(index), Paragraph(esc(p.title), st.cell),
                             Paragraph(esc(category(p.category)), st.cell), str(p.families)]
        if method:
            row.append(str(p.total or 0))
        rows.append(row)
    widths: list[float] = [20 * mm, 0, 30 * mm, 20 * mm] + ([18 * mm] if method else [])
    widths[1] = width - sum(widths)
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), st.cell.fontName, 9),
                               ("GRID", (0, 0), (-1, -1), 0.5, "black"),
                               ("BACKGROUND", (0, 0), (-1, 0), "#e6e6e6"),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    out.append(table)
    if any(p.tied for p in acta.problems):
        out.append(Paragraph(esc(t("Los problemas marcados «empate» comparten su lugar.",
                                   "Problems marked 'tie' share their place.")), st.small))
    if acta.tie_break:
        how = t("segunda votación", "a second vote") if acta.tie_break == "second_vote" \
            else t("sorteo", "a draw")
        out.append(Paragraph(esc(end_sentence(
            t(f"El empate se resolvió por {how}", f"The tie was broken by {how}")
            + (f": {acta.tie_break_note}" if acta.tie_break_note else ""))), st.small))
    return out


def _closing(acta: MinutesContent, st: Styles) -> list[object]:
    out: list[object] = []
    if acta.text.observations:
        out += [Paragraph(t("OBSERVACIONES", "REMARKS"), st.heading),
                Paragraph(esc(acta.text.observations), st.body)]
    out.append(Paragraph(t("CIERRE", "CLOSING"), st.heading))
    if acta.text.closing:
        out.append(Paragraph(esc(acta.text.closing), st.body))
    closed = parse_iso(acta.closed_at)
    if closed:
        end = local(closed)
        out.append(Paragraph(esc(t(
            f"Se dio por concluida la asamblea siendo las {clock_time(end)} del día "
            f"{long_date(end.date())}. Leída la presente acta, firman conformes:",
            f"The assembly was closed at {clock_time(end)} on {long_date(end.date())}. "
            "These minutes having been read, the undersigned sign in agreement:")), st.body))
    else:
        out.append(Paragraph(t("La asamblea no ha sido cerrada todavía.",
                               "The assembly has not been closed yet."), st.body))
    return out


def _seal(paper: MinutesPaper, st: Styles, width: float) -> KeepTogether:
    digest = paper.content_hash or ""
    approved = local(paper.approved_at).strftime("%d/%m/%Y %H:%M") if paper.approved_at else ""
    words = Paragraph(esc(t(
        f"Acta aprobada el {approved} por {paper.approved_by}. Código de verificación: ",
        f"Minutes approved on {approved} by {paper.approved_by}. Verification code: "))
        + f"<b>{paper.code}</b><br/>"
        + esc(t("Compruébelo con: asamblea minutes verify --assembly ",
                "Check it with: asamblea minutes verify --assembly ")
              + paper.content.assembly_id + " --code " + paper.code)
        + f"<br/><font size=6>{digest}</font>", st.small)
    size = 28 * mm
    table = Table([[QrCode(qr_text(paper.content.assembly_id, digest), size), words]],
                  colWidths=[size + 6 * mm, width - size - 6 * mm])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               ("BOX", (0, 0), (-1, -1), 0.8, "black")]))
    return KeepTogether([table])
