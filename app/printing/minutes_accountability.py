"""The rendición de cuentas in an acta: the project's statement as it was sealed (received,
spent by budget line, balance), its progress, and the oversight findings open and answered.
The questions of the community are the interventions the acta already prints per point."""

from __future__ import annotations

from datetime import date

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from app.assembly.minutes_accountability import MinutesAccountability
from app.domain.money import money_text
from app.i18n import _, ngettext
from app.printing.assembly_words import end_sentence, esc, grouped
from app.printing.document import Styles


def _day(iso: str) -> str:
    return date.fromisoformat(iso).strftime("%d/%m/%Y")


def accountability_flowables(block: MinutesAccountability | None, st: Styles,
                             width: float) -> list[object]:
    """Nothing when the assembly accounts for no project."""
    if block is None:
        return []
    c = block.currency
    out: list[object] = [
        Paragraph(esc(_("RENDICIÓN DE CUENTAS DEL PROYECTO «{title}»").format(
            title=block.title)), st.heading),
        Paragraph(esc(_(
            "Se informó a la asamblea que el proyecto recibió {received}, gastó {spent} y "
            "tiene un saldo de {balance}, en {count}.").format(
                received=money_text(block.received_cents, c),
                spent=money_text(block.spent_cents, c),
                balance=money_text(block.balance_cents, c),
                count=ngettext("{n} gasto", "{n} gastos", block.expenses_count).format(
                    n=grouped(block.expenses_count)))
            + (" " + ngettext(
                "{n} gasto no tiene comprobante adjunto.",
                "{n} gastos no tienen comprobante adjunto.", block.without_receipt).format(
                    n=grouped(block.without_receipt)) if block.without_receipt else "")),
            st.body),
    ]
    if block.lines:
        out += [Spacer(1, 1.5 * mm), _lines_table(block, st, width), Spacer(1, 2 * mm)]
    if block.progress:
        last = block.progress[-1]
        out.append(Paragraph(esc(end_sentence(_(
            "Avance de la obra al {day}: {percent} %. {text}").format(
                day=_day(last.reported_on), percent=last.percent, text=last.text))), st.body))
    else:
        out.append(Paragraph(esc(_("No se ha informado avance de la obra.")), st.body))
    if not block.findings:
        out.append(Paragraph(esc(_("La contraloría social no registró hallazgos.")), st.body))
    for number, f in enumerate(block.findings, start=1):
        found = _("Hallazgo {number} de la contraloría social ({day}): {text}").format(
            number=number, day=_day(f.inspected_on), text=f.text)
        if f.answer:
            state = _("Respondido el {day} por {by}: {answer}").format(
                day=_day(f.answered_on) if f.answered_on else "—", by=f.answered_by,
                answer=f.answer)
        else:
            state = _("Sigue abierto, sin respuesta de los responsables")
        out.append(Paragraph(esc(end_sentence(found) + " " + end_sentence(state)), st.body))
    return out


def _lines_table(block: MinutesAccountability, st: Styles, width: float) -> Table:
    c = block.currency
    head = [_("Partida"), _("Previsto"), _("Gastado"), _("Disponible")]
    rows: list[list[object]] = [[Paragraph(f"<b>{esc(h)}</b>", st.cell) for h in head]]
    for line in block.lines:
        rows.append([Paragraph(esc(line.name), st.cell), money_text(line.planned_cents, c),
                     money_text(line.spent_cents, c), money_text(line.left_cents, c)])
    rows.append([Paragraph(f"<b>{esc(_('Total'))}</b>", st.cell),
                 money_text(block.planned_cents, c), money_text(block.spent_cents, c),
                 money_text(block.planned_cents - block.spent_cents, c)])
    money = 34 * mm
    table = Table(rows, colWidths=[width - 3 * money] + [money] * 3, repeatRows=1)
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), st.cell.fontName, 8.5),
                               ("FONT", (0, -1), (-1, -1), st.cell_bold.fontName, 8.5),
                               ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                               ("BACKGROUND", (0, 0), (-1, 0), "#e6e6e6"),
                               ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    return table
