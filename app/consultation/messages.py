"""Sentences for the consultation's error codes, checks and figures (English in app/locale)."""

from __future__ import annotations

from app.domain.messages import Counted, message_for, register_messages
from app.i18n import N_

register_messages({
    "assignment.ballots_printed": N_(
        "Ya se imprimieron boletas para la mesa {tables}: repartir de nuevo los electores "
        "dejaría cuadernos y boletas que no corresponden. Reparta antes de imprimir."),
    "table.ballots_printed": N_(
        "Ya se imprimieron boletas para la mesa {number}: la mesa no se puede quitar."),
    "consultation.not_candidate": N_("Ese proyecto no está postulado en esta consulta."),
    "consultation.order_mismatch": N_(
        "El nuevo orden debe incluir todos los proyectos postulados, cada uno una sola vez."),
    "consultation.funded_count": N_("El número de proyectos a financiar debe ser al menos 1."),
    "consultation.budget_needed": N_(
        "Con la regla «hasta agotar el presupuesto» indique el presupuesto."),
    "consultation.tie_order": N_(
        "El desempate debe ordenar proyectos postulados (números {numbers})."),
    "consultation.no_candidates": N_(
        "La consulta todavía no tiene proyectos postulados. Postule al menos uno."),
    "consultation.candidates_locked": N_(
        "Ya se imprimieron boletas de esta consulta: la lista de proyectos y sus números no "
        "pueden cambiar."),
    "consultation.rules_locked": N_(
        "El escrutinio ya comenzó: las reglas de la consulta no pueden cambiar."),
    "centre.name_empty": N_("Escriba el nombre del centro de votación."),
    "table.number_taken": N_("El centro ya tiene una mesa {number}."),
    "table.number_invalid": N_("El número de mesa debe ser 1 o mayor."),
    "table.not_in_consultation": N_(
        "La mesa «{table}» no pertenece a esta consulta. Vea las mesas con «asamblea "
        "consultation show»."),
    "table.ambiguous": N_(
        "Hay varias mesas {table}; indique el identificador de la mesa (vea «asamblea "
        "consultation show»)."),
    "table.member_name_empty": N_("Escriba el nombre del miembro de mesa."),
    "assignment.by_invalid": N_(
        "Asigne los electores por consejo comunal, por sector o repartiendo el cuaderno en "
        "partes iguales."),
    "assignment.ids_needed": N_("Elija al menos un consejo comunal o sector para la mesa."),
    "assignment.locked": N_(
        "Ya se cargaron actas de escrutinio de esta consulta: los cuadernos de votación no se "
        "pueden cambiar."),
    "assignment.no_tables": N_("La consulta no tiene mesas. Cree al menos un centro con una mesa."),
    "ballots.count_invalid": N_("La cantidad de boletas debe estar entre 1 y {max}."),
    "ballots.reprint_outside": N_(
        "Solo se puede reimprimir un rango ya impreso para esta mesa ({printed})."),
    "ballots.none_printed": N_("Todavía no se han impreso boletas para esta mesa."),
    "ballots.reason_needed": N_(
        "Escriba por qué se reimprime (la boleta dañada que se reemplaza queda anulada)."),
    "ballots.already_reprinted": N_(
        "Los seriales {serials} ya se reimprimieron una vez; un serial no se reimprime dos "
        "veces."),
    "ballots.style_fixed": N_(
        "Las boletas de esta consulta ya se imprimieron en otro estilo: todas las mesas usan "
        "el del primer tiraje. Imprima sin elegir estilo."),
    "table.member_signed": N_(
        "El acta de escrutinio de la mesa ya fue aceptada: {name} la firmó y no se quita."),
    "ballots.tally_accepted": N_(
        "El acta de escrutinio de {table} ya fue aceptada: no se imprimen más boletas para "
        "esa mesa."),
    "table.label": N_("{centre} · Mesa {n}"),
    "ballots.reprinted": N_("reimpresos: {ranges}"),
    "tally.negative": N_("Las cifras del acta no pueden ser negativas ({field})."),
    "tally.unknown_number": N_(
        "El proyecto número {number} no está en la lista de la consulta (números {numbers}). Los "
        "votos por un número que no está en la lista son votos nulos."),
    "tally.votes_format": N_("No se entiende «{value}». Escriba los votos como 1=120,2=85."),
    "tally.entered_by_empty": N_("Indique quién transcribe el acta."),
    "tally.same_person": N_(
        "{name} ya transcribió esta acta: la segunda carga la hace otra persona, con el acta "
        "en papel."),
    "tally.already_accepted": N_(
        "El acta de esta mesa ya fue aceptada; no se pueden cargar más cifras."),
    "tally.not_agreed": N_(
        "Aún no hay dos cargas coincidentes, hechas por dos personas distintas, para esta mesa."),
    "tally.observation_needed": N_(
        "El acta no cuadra: {failed} Para aceptarla escriba la observación que anotaron los "
        "miembros de mesa."),
    # Reconciliation checks: what a person reads when a sheet does not add up.
    "tally.check.sum": Counted.ngettext(
        "Votos por proyectos ({valid}) + nulos ({null}) + blancos ({blank}) = {total}, y en la "
        "urna había {box} boleta.",
        "Votos por proyectos ({valid}) + nulos ({null}) + blancos ({blank}) = {total}, y en la "
        "urna había {box} boletas.", "box"),
    "tally.check.signatures": N_(
        "Boletas en la urna: {box}; electores que firmaron el cuaderno: {signatures}."),
    "tally.check.received_printed": Counted.ngettext(
        "El acta dice {received} boleta recibida y para esta mesa se imprimieron {printed} "
        "({ranges}).",
        "El acta dice {received} boletas recibidas y para esta mesa se imprimieron {printed} "
        "({ranges}).", "received"),
    "tally.check.balance": N_(
        "Boletas recibidas ({received}) = usadas ({box}) + sobrantes ({unused}) + anuladas "
        "({spoiled}) = {total}."),
    "tally.check.voided": N_(
        "Boletas anuladas según el acta: {voided}; se reimprimieron {reprinted} seriales, y "
        "cada boleta reemplazada queda anulada."),
    "tally.field.votes": N_("Votos del proyecto {number}"),
    "tally.field.null_votes": N_("Votos nulos"),
    "tally.field.blank_votes": N_("Votos en blanco"),
    "tally.field.ballots_in_box": N_("Boletas en la urna"),
    "tally.field.signatures": N_("Electores que firmaron"),
    "tally.field.ballots_received": N_("Boletas recibidas"),
    "tally.field.spoiled": N_("Boletas anuladas"),
    "tally.field.unused": N_("Boletas sobrantes"),
    "funding.none_yet": N_("Aún no hay actas aceptadas: no hay proyecto ganador."),
    "funding.partial": Counted.ngettext(
        "Resultados parciales: {counted} de {total} mesa escrutada; ningún proyecto se da por "
        "financiado hasta contarla.",
        "Resultados parciales: {counted} de {total} mesas escrutadas; ningún proyecto se da por "
        "financiado hasta contar todas.", "total"),
    "funding.most_voted": N_("Se financia el proyecto más votado."),
    "funding.top_n": Counted.ngettext("Se financia {n} proyecto: el más votado.",
                                      "Se financian los {n} proyectos más votados.", "n"),
    "funding.budget": N_(
        "Se financian los proyectos en orden de votos hasta agotar el presupuesto de {budget}; "
        "quedan {left}."),
    "tie.pending_second_vote": Counted.ngettext(
        "EMPATE entre los proyectos {numbers} con {votes} voto: se decide en una segunda "
        "votación; registre su resultado.",
        "EMPATE entre los proyectos {numbers} con {votes} votos: se decide en una segunda "
        "votación; registre su resultado.", "votes"),
    "tie.pending_draw": Counted.ngettext(
        "EMPATE entre los proyectos {numbers} con {votes} voto: se decide por sorteo; registre "
        "su resultado.",
        "EMPATE entre los proyectos {numbers} con {votes} votos: se decide por sorteo; registre "
        "su resultado.", "votes"),
    "tie.resolved": N_("Empate entre los proyectos {numbers} resuelto ({kind}): {order}."),
    "export.candidates": N_("Puesto|N.º|Proyecto|Costo|Votos|% de válidos|Empate|Financiado"),
    "export.tables": N_(
        "Mesa|Acta aceptada|Nulos|Blancos|Boletas en la urna|Electores|Participación "
        "%|Observación"),
    "export.sheet_projects": N_("Proyectos"),
    "export.sheet_tables": N_("Mesas"),
})


def text(code: str, **params: object) -> str:
    """A sentence for a code in the current language."""
    return message_for(code, dict(params))
