"""Sentences for the funded projects' error codes and warnings (English in app/locale)."""

from __future__ import annotations

from app.domain.messages import Counted, message_for, register_messages
from app.i18n import N_

register_messages({
    "money.amount_invalid": N_(
        "No se entiende el monto «{value}». Escríbalo como 1.234,56 o 1234,56."),
    "money.rate_invalid": N_(
        "No se entiende la tasa «{value}». Escriba los bolívares por dólar, por ejemplo 36,50."),
    "money.rate_needed": N_(
        "Un pago en {currency} en un proyecto en {project_currency} necesita la tasa de cambio "
        "de su fecha (la tasa oficial que usted lee ese día)."),
    "project.not_funded": N_(
        "El proyecto «{title}» todavía no está financiado: primero regístrelo como financiado."),
    "project.status_same": N_("El proyecto ya está en estado «{status}»."),
    "project.status_from_proposed": N_(
        "Un proyecto propuesto o postulado solo pasa a financiado (por la consulta o con "
        "«asamblea projects fund»)."),
    "project.status_step": N_(
        "Un proyecto en estado «{current}» no puede pasar a «{status}»."),
    "project.changed_by_empty": N_("Indique quién hace el cambio de estado."),
    "budget.name_empty": N_("Escriba el nombre de la partida del presupuesto."),
    "budget.name_taken": N_("El proyecto ya tiene una partida «{name}»."),
    "budget.line_unknown": N_(
        "El proyecto no tiene la partida «{name}». Sus partidas son: {names}."),
    "disbursement.source_empty": N_(
        "Indique de dónde viene el dinero (el banco comunal, un ministerio...)."),
    "expense.supplier_empty": N_("Escriba el proveedor del gasto."),
    "expense.description_empty": N_("Escriba qué se compró o pagó."),
    "expense.zero": N_("El monto del gasto debe ser mayor que cero."),
    "disbursement.zero": N_("El monto recibido debe ser mayor que cero."),
    "receipt.missing": N_("No se encuentra el archivo del comprobante «{path}»."),
    "progress.text_empty": N_("Escriba cómo va la obra."),
    "progress.percent_range": N_("El avance debe estar entre 0 y 100 %."),
    "inspection.checked_empty": N_("Escriba qué revisó la contraloría social."),
    "inspection.inspectors_needed": N_(
        "Indique al menos un contralor o contralora (habitante del censo)."),
    "finding.answer_empty": N_("Escriba la respuesta de los responsables."),
    "finding.by_empty": N_("Indique quién responde el hallazgo."),
    "finding.answered": N_("Ese hallazgo ya fue respondido el {on}."),
    "project.person_named": N_("{name} ya figura en el proyecto como «{role}»."),
    "project.people_needed": N_(
        "Marque al menos un habitante del censo (búsquelo por nombre o cédula)."),
    "line.unassigned": N_("Sin partida"),
    "export.expenses": N_(
        "Fecha|Proveedor|RIF|Factura o nota|Descripción|Partida|Monto|Moneda|Tasa|Valor en "
        "{currency}|Pagó|Comprobante"),
    "export.sheet_expenses": N_("Gastos"),
    "warning.line_overspent": N_(
        "La partida «{line}» lleva gastado {spent} de {planned} previstos: se pasó en {over}."),
    "warning.spent_past_received": N_(
        "Se ha gastado {spent} y solo se han recibido {received}: {over} más de lo recibido."),
    "warning.no_receipt": N_(
        "El gasto del {date} a {supplier} por {amount} no tiene comprobante adjunto."),
    "warning.no_receipt_more": Counted.ngettext(
        "Y {n} gasto más sin comprobante adjunto: está marcado en la lista de gastos.",
        "Y {n} gastos más sin comprobante adjunto: están marcados en la lista de gastos.", "n"),
    "warning.duplicate_invoice": N_(
        "La factura {invoice} de {supplier} ya se registró el {first}: ¿está repetida?"),
})


def text(code: str, **params: object) -> str:
    """A sentence for a code in the current language."""
    return message_for(code, dict(params))
