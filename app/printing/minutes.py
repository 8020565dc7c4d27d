"""The acta in the formal Spanish of minutes, sealed with its code and QR once approved."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from app.assembly.minutes_content import MinutesContent, MinutesVote, qr_text, short_code
from app.assembly.model import MinutesPaper
from app.domain.enums import TieRule
from app.domain.labels import label_in_sentence
from app.i18n import _, ngettext
from app.printing import formats
from app.printing.assembly_words import (
    assembly_kind,
    at_hour,
    call_words,
    category,
    clock_time,
    end_sentence,
    esc,
    grouped,
    local,
    long_date,
    method_words,
    org_title,
    parse_iso,
    people,
    territory,
    total_header,
)
from app.printing.codes import draw_qr
from app.printing.document import Styles, build_pdf, page_size, styles
from app.printing.minutes_accountability import accountability_flowables
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
        Paragraph(_("ACTA DE ASAMBLEA DE CIUDADANOS Y CIUDADANAS"), st.title),
        Paragraph(esc(_("ACTA N.º {number}").format(number=acta.number) if acta.number
                      else _("ACTA N.º ____ (se numera al aprobarla)")), st.subtitle),
        Paragraph(esc(org_title(acta.organization_kind, acta.organization)), st.subtitle),
    ]
    if acta.registry_code:
        story.append(Paragraph(esc(_("Código de registro: {registry_code}").format(
            registry_code=acta.registry_code)), st.small))
    if not paper.approved:
        story.append(Paragraph(_("<b>BORRADOR — acta no aprobada</b>"), st.subtitle))
    story += _opening(acta, st)
    story += _agenda(acta, st)
    if acta.constituted:
        story += _development(acta, st)
        story += _problems(acta, st, width)
        story += accountability_flowables(acta.accountability, st, width)
    else:
        # Not constituted: the agenda it was convened for is stated, nothing as decided.
        story.append(Paragraph(esc(_(
            "No habiéndose constituido la asamblea, no se trató el orden del día.")),
            st.body))
    closing = _closing(acta, st)
    story += closing[:-1]
    signers = [(sg.name, sg.role) for sg in acta.signers]
    signers.append((acta.chair, _("Presidencia de la asamblea")))
    signers.append((acta.secretary, _("Secretaría de la asamblea")))
    # The closing sentence, the signatures and the seal (its code and QR) stay on one page:
    # a page of signatures alone, or a seal apart from them, would be refused at the table.
    signed: list[object] = [closing[-1]]
    if not acta.closed_at:
        signed.append(Paragraph(_("Firman conformes:"), st.body))
    signed += [Spacer(1, 4 * mm), signature_grid(signers, width)]
    if paper.approved and paper.content_hash:
        signed += [Spacer(1, 6 * mm), _seal(paper, st, width)]
    story.append(KeepTogether(signed))
    for number, addendum in enumerate(paper.addenda, start=1):
        story += [
            Paragraph(esc(_("ANEXO {number}").format(number=number)), st.heading),
            Paragraph(esc(addendum.text), st.body),
            Paragraph(esc(_("Aprobado por {approved_by}. Código: ").format(
                approved_by=addendum.approved_by)
                          + short_code(addendum.content_hash)), st.small),
        ]
    return build_pdf(story, page=page, title=_("Acta de asamblea"),
                     watermark="" if paper.approved else _("BORRADOR"),
                     header_left=acta.organization,
                     header_right=(_("Acta ") + _said(acta, "date", _header_date)
                                   + (f" · {paper.code}" if paper.code else "")))


def _never() -> Any:
    raise ValueError("an acta always has its date")


def _said(acta: MinutesContent, key: str, derive: Callable[[MinutesContent], str]) -> str:
    """What a sealed acta printed for `key` (stored when sealed), else derived now."""
    stored = _stored(acta, key)
    return derive(acta) if stored is None else stored


def _stored(acta: MinutesContent, key: str) -> str | None:
    return next((text for stored_key, text in acta.printed if stored_key == key), None)


def printed_texts(acta: MinutesContent) -> tuple[tuple[str, str], ...]:
    """Every sentence of the acta that states a date or an hour, as printed now (in the
    language and zone in force): sealed with the acta, so its reprints say the same."""
    texts = [("date", _header_date(acta)), ("opening", _opening_sentence(acta)),
             ("closing", _closing_sentence(acta)), ("approved", _approved_words(acta))]
    number = 0
    for item in acta.items:
        for vote in item.agreements:
            number += 1
            texts.append((f"vote:{number}", vote_words(vote)))
    return tuple(texts)


def _header_date(acta: MinutesContent) -> str:
    return formats.day(local(parse_iso(acta.scheduled_at) or _never()).date())


def _opening(acta: MinutesContent, st: Styles) -> list[object]:
    out: list[object] = []
    if acta.title:
        out.append(Paragraph(f"<b>{esc(acta.title)}</b>", st.subtitle))
    out.append(Paragraph(esc(_said(acta, "opening", _opening_sentence)), st.body))
    out.append(Paragraph(esc(_conduct(acta)), st.body))
    if acta.text.opening:
        out += [Spacer(1, 2 * mm), Paragraph(esc(acta.text.opening), st.body)]
    return out


def _conduct(acta: MinutesContent) -> str:
    """Who presided and who kept the acta, the second call, the agenda's approval and the
    annexed attendance list: what a reader checks before the decisions."""
    chair = acta.chair or "________________________"
    secretary = acta.secretary or "________________________"
    parts = [_("Presidió la asamblea {chair} y actuó como secretario(a) {secretary}.").format(
        chair=chair, secretary=secretary)]
    if acta.call == 2:
        parts.append(_(
            "Por no haberse alcanzado el quórum en primera convocatoria, la asamblea se reunió "
            "en segunda convocatoria, con el quórum que para ella fija el reglamento "
            "({percent}\u00a0%).").format(percent=acta.attendance.percent))
    if acta.constituted:
        parts.append(_("Leído el orden del día, fue sometido a la consideración de la "
                       "asamblea y aprobado."))
    if acta.attendance_folios:
        parts.append(ngettext(
            "Se anexa a la presente acta la lista de asistencia de {n} folio.",
            "Se anexa a la presente acta la lista de asistencia de {n} folios.",
            acta.attendance_folios).format(n=acta.attendance_folios))
    else:
        parts.append(_("Se anexa a la presente acta la lista de asistencia de ____ folios."))
    return " ".join(parts)


def _opening_sentence(acta: MinutesContent) -> str:
    when = local(parse_iso(acta.scheduled_at) or _never())
    opened = parse_iso(acta.opened_at)
    start = local(opened) if opened else when
    a = acta.attendance
    where = territory(acta.parish, acta.municipality, acta.state)
    called_by = (_(", convocada por {name}").format(name=acta.called_by)
                 if acta.called_by else "")
    text = _(
        "En {place}{where}, siendo {time} del día {date}, se reunieron en {call} los "
        "ciudadanos y ciudadanas de {organization} en Asamblea de Ciudadanos y Ciudadanas "
        "{kind}{called_by}. {attended}, de {registered}; el quórum requerido en {call} es del "
        "{percent}\u00a0%, es decir, {required}.").format(
            place=acta.place, where=", " + where if where else "", time=at_hour(start),
            date=long_date(when.date()), call=call_words(acta.call),
            organization=acta.organization, kind=assembly_kind(acta.kind), called_by=called_by,
            attended=ngettext("Asistió {n} habitante con derecho a voto",
                              "Asistieron {n} habitantes con derecho a voto",
                              a.present).format(n=grouped(a.present)),
            registered=ngettext(
                "{n} habitante de {voting_age} años o más registrado en el censo",
                "{n} habitantes de {voting_age} años o más registrados en el censo",
                a.base).format(n=grouped(a.base), voting_age=a.voting_age),
            percent=a.percent, required=people(a.required))
    if a.under_age == 1:
        text += _(
            " Asistió además una persona menor de {voting_age} años, que no cuenta para el "
            "quórum.").format(voting_age=a.voting_age)
    elif a.under_age:
        text += _(
            " Asistieron además {under_age} personas menores de {voting_age} años, que no "
            "cuentan para el quórum.").format(under_age=grouped(a.under_age),
                                              voting_age=a.voting_age)
    if not acta.constituted:
        text += " " + _(
            "No se alcanzó el quórum requerido, por lo que la asamblea no se constituyó y no "
            "se tomó ninguna decisión, lo que se hace constar.")
        if acta.not_constituted_note:
            text += " " + end_sentence(acta.not_constituted_note)
    else:
        text += " " + (_("Verificado el quórum, se declaró válidamente constituida la "
                         "asamblea.") if a.met else
                       _("No se alcanzó el quórum requerido, lo que se hace constar."))
    return text


def _agenda(acta: MinutesContent, st: Styles) -> list[object]:
    out: list[object] = [Paragraph(_("ORDEN DEL DÍA"), st.heading)]
    out += [Paragraph(f"{i.position}. {esc(i.title)}", st.body) for i in acta.items]
    return out


def vote_words(vote: MinutesVote) -> str:
    voted = parse_iso(vote.voted_at)
    at = _(" a las {time}").format(time=clock_time(local(voted))) \
        if voted else ""
    quorum = _("con quórum") if vote.quorum_met_at_vote else _(
        "sin quórum")
    moment = ngettext(
        "estando presente {n} persona con derecho a voto ({quorum}; requerido: "
        "{required_at_vote}){at}",
        "estando presentes {n} personas con derecho a voto ({quorum}; requerido: "
        "{required_at_vote}){at}", vote.present_at_vote).format(
            n=grouped(vote.present_at_vote), quorum=quorum,
            required_at_vote=grouped(vote.required_at_vote), at=at)
    if not vote.quorum_met_at_vote:
        # Recorded before the program refused votes without quorum: not a decision.
        return end_sentence(_(
            "Sin validez como acuerdo: no había quórum al momento de la votación ({moment})"
        ).format(moment=moment))
    if vote.by_acclamation:
        return end_sentence(_("Aprobado por aclamación, {moment}").format(moment=moment))
    approved = vote.votes_for > vote.votes_against
    verdict = _("Aprobado") if approved else _("No aprobado")
    # «1 voto a favor», «1 abstención»: each count agrees with its own noun.
    return end_sentence(_(
        "{verdict} con {votes_for} a favor, {votes_against} en contra y {abstentions}, "
        "{moment}").format(
            verdict=verdict,
            votes_for=ngettext("{n} voto", "{n} votos", vote.votes_for).format(
                n=grouped(vote.votes_for)),
            votes_against=grouped(vote.votes_against),
            abstentions=ngettext("{n} abstención", "{n} abstenciones", vote.abstentions).format(
                n=grouped(vote.abstentions)),
            moment=moment))


def _development(acta: MinutesContent, st: Styles) -> list[object]:
    out: list[object] = [Paragraph(_("DESARROLLO DE LA ASAMBLEA"), st.heading)]
    number = 0
    point, agreement = esc(_("Punto")), esc(_("Acuerdo"))
    for item in acta.items:
        out.append(Paragraph(f"<b>{point} {item.position}: "
                             f"{esc(item.title)}.</b>", st.body))
        if item.notes:
            out.append(Paragraph(esc(item.notes), st.body))
        if item.speakers:
            said = "; ".join(sp.name + (f" ({sp.summary})" if sp.summary else "")
                             for sp in item.speakers)
            out.append(Paragraph(esc(_("Intervinieron: {said}.").format(said=said)),
                                 st.body))
        for vote in item.agreements:
            number += 1
            out.append(Paragraph(
                f"<b>{agreement} {number}:</b> {esc(vote.text)} "
                f"{esc(_stored(acta, f'vote:{number}') or vote_words(vote))}", st.body))
        if not item.notes and not item.speakers and not item.agreements:
            out.append(Paragraph(_("Sin acuerdos en este punto."), st.body))
        out.append(Spacer(1, 2 * mm))
    return out


def _problems(acta: MinutesContent, st: Styles, width: float) -> list[object]:
    if not acta.problems:
        return []
    out: list[object] = [Paragraph(_("PROBLEMAS PLANTEADOS Y SU PRIORIZACIÓN"), st.heading)]
    method = acta.prioritization_method
    if method:
        out.append(Paragraph(esc(ngettext(
            "Los problemas se priorizaron por {method}, con {n} papeleta o conteo.",
            "Los problemas se priorizaron por {method}, con {n} papeletas o conteos.",
            acta.prioritization_ballots).format(
                method=method_words(method), n=acta.prioritization_ballots)), st.body))
    header = [_("Lugar"), _("Problema"), _("Área"),
              _("Familias")] + ([total_header(method)] if method else [])
    rows: list[list[object]] = [[Paragraph(f"<b>{esc(h)}</b>", st.cell) for h in header]]
    for index, p in enumerate(acta.problems, start=1):
        place = "—" if p.place is None else str(p.place) + (
            _(" (empate)") if p.tied else "")
        row: list[object] = [place if method else str(index), Paragraph(esc(p.title), st.cell),
                             Paragraph(esc(category(p.category)), st.cell), str(p.families)]
        if method:
            row.append(formats.number(p.total or 0))
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
        out.append(Paragraph(esc(_("Los problemas marcados «empate» comparten su lugar.")),
                             st.small))
    if acta.tie_break:
        how = label_in_sentence(TieRule, acta.tie_break)
        out.append(Paragraph(esc(end_sentence(
            _("El empate se resolvió por {how}").format(how=how)
            + (f": {acta.tie_break_note}" if acta.tie_break_note else ""))), st.small))
    return out


def _closing(acta: MinutesContent, st: Styles) -> list[object]:
    out: list[object] = []
    if acta.text.observations:
        out += [Paragraph(_("OBSERVACIONES"), st.heading),
                Paragraph(esc(acta.text.observations), st.body)]
    out.append(Paragraph(_("CIERRE"), st.heading))
    if acta.text.closing:
        out.append(Paragraph(esc(acta.text.closing), st.body))
    out.append(Paragraph(esc(_said(acta, "closing", _closing_sentence)), st.body))
    return out


def _closing_sentence(acta: MinutesContent) -> str:
    closed = parse_iso(acta.closed_at)
    if not closed:
        return _("La asamblea no ha sido cerrada todavía.")
    end = local(closed)
    return _("Se dio por concluida la asamblea siendo {time} del día {date}. Leída la "
             "presente acta, firman conformes:").format(time=at_hour(end),
                                                        date=long_date(end.date()))


def _approved_words(acta: MinutesContent) -> str:
    approved = parse_iso(acta.approved_at)
    return _("Acta aprobada el {approved} por {approved_by}. Código de verificación: ").format(
        approved=formats.day(local(approved).date()) + " " + clock_time(local(approved))
        if approved else "", approved_by=acta.approved_by)


def _seal(paper: MinutesPaper, st: Styles, width: float) -> KeepTogether:
    digest = paper.content_hash or ""
    words = Paragraph(esc(_said(paper.content, "approved", _approved_words))
        + f"<b>{paper.code}</b><br/>"
        + esc(_("Verifique en el programa Asamblea › Asambleas › esta asamblea › Acta que "
                  "el código sea {code}.").format(
            code=paper.code))
        + f"<br/><font size=6>{digest}</font>", st.small)
    size = 28 * mm
    table = Table([[QrCode(qr_text(paper.content.assembly_id, digest), size), words]],
                  colWidths=[size + 6 * mm, width - size - 6 * mm])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               ("BOX", (0, 0), (-1, -1), 0.8, "black")]))
    return KeepTogether([table])
