"""Spanish and English sentences for the consultation's error codes, checks and figures."""

from __future__ import annotations

from app.domain.messages import message_for, register_messages

register_messages({
    "consultation.not_candidate": (
        "Ese proyecto no está postulado en esta consulta.",
        "That project is not a candidate in this consultation.",
    ),
    "consultation.order_mismatch": (
        "El nuevo orden debe incluir todos los proyectos postulados, cada uno una sola vez.",
        "The new order must include every candidate project, each one once.",
    ),
    "consultation.funded_count": (
        "El número de proyectos a financiar debe ser al menos 1.",
        "The number of projects to fund must be at least 1.",
    ),
    "consultation.budget_needed": (
        "Con la regla «hasta agotar el presupuesto» indique el presupuesto.",
        "With the rule 'until the budget runs out' give the budget.",
    ),
    "consultation.tie_order": (
        "El desempate debe ordenar proyectos postulados (números {numbers}).",
        "The tie resolution must order candidate projects (numbers {numbers}).",
    ),
    "consultation.no_candidates": (
        "La consulta todavía no tiene proyectos postulados. Postule al menos uno.",
        "The consultation has no candidate projects yet. Nominate at least one.",
    ),
    "consultation.candidates_locked": (
        "Ya se imprimieron boletas de esta consulta: la lista de proyectos y sus números no "
        "pueden cambiar.",
        "Ballots of this consultation were already printed: the list of projects and their "
        "numbers cannot change.",
    ),
    "consultation.rules_locked": (
        "El escrutinio ya comenzó: las reglas de la consulta no pueden cambiar.",
        "Counting has started: the consultation's rules cannot change.",
    ),
    "centre.name_empty": (
        "Escriba el nombre del centro de votación.",
        "Write the name of the voting centre.",
    ),
    "table.number_taken": (
        "El centro ya tiene una mesa {number}.",
        "The centre already has a table {number}.",
    ),
    "table.number_invalid": (
        "El número de mesa debe ser 1 o mayor.",
        "The table number must be 1 or more.",
    ),
    "table.not_in_consultation": (
        "La mesa «{table}» no pertenece a esta consulta. Vea las mesas con "
        "«asamblea consultation show».",
        "Table '{table}' does not belong to this consultation. See the tables with "
        "'asamblea consultation show'.",
    ),
    "table.ambiguous": (
        "Hay varias mesas {table}; indique el identificador de la mesa (vea "
        "«asamblea consultation show»).",
        "There are several tables {table}; give the table's id (see "
        "'asamblea consultation show').",
    ),
    "table.member_name_empty": (
        "Escriba el nombre del miembro de mesa.",
        "Write the table member's name.",
    ),
    "assignment.by_invalid": (
        "Asigne los electores por consejo comunal, por sector o repartiendo el cuaderno en "
        "partes iguales.",
        "Assign voters by council, by sector, or by splitting the register evenly.",
    ),
    "assignment.ids_needed": (
        "Elija al menos un consejo comunal o sector para la mesa.",
        "Choose at least one council or sector for the table.",
    ),
    "assignment.locked": (
        "Ya se cargaron actas de escrutinio de esta consulta: los cuadernos de votación no "
        "se pueden cambiar.",
        "Tally sheets of this consultation were already entered: the voter registers can no "
        "longer change.",
    ),
    "assignment.no_tables": (
        "La consulta no tiene mesas. Cree al menos un centro con una mesa.",
        "The consultation has no tables. Create at least one centre with a table.",
    ),
    "ballots.count_invalid": (
        "La cantidad de boletas debe estar entre 1 y {max}.",
        "The number of ballots must be between 1 and {max}.",
    ),
    "ballots.reprint_outside": (
        "Solo se puede reimprimir un rango ya impreso para esta mesa ({printed}).",
        "Only a range already printed for this table can be reprinted ({printed}).",
    ),
    "ballots.none_printed": (
        "Todavía no se han impreso boletas para esta mesa.",
        "No ballots have been printed for this table yet.",
    ),
    "table.label": ("{centre} · Mesa {n}", "{centre} · Table {n}"),
    "ballots.reprinted": ("reimpresos: {ranges}", "reprinted: {ranges}"),
    "tally.negative": (
        "Las cifras del acta no pueden ser negativas ({field}).",
        "The tally sheet's figures cannot be negative ({field}).",
    ),
    "tally.unknown_number": (
        "El proyecto número {number} no está en la lista de la consulta (números {numbers}). "
        "Los votos por un número que no está en la lista son votos nulos.",
        "Project number {number} is not on the consultation's list (numbers {numbers}). "
        "Votes for a number not on the list are null votes.",
    ),
    "tally.votes_format": (
        "No se entiende «{value}». Escriba los votos como 1=120,2=85.",
        "Cannot read '{value}'. Write the votes as 1=120,2=85.",
    ),
    "tally.entered_by_empty": (
        "Indique quién transcribe el acta.",
        "Say who is typing the tally sheet.",
    ),
    "tally.already_accepted": (
        "El acta de esta mesa ya fue aceptada; no se pueden cargar más cifras.",
        "This table's tally sheet was already accepted; no more figures can be entered.",
    ),
    "tally.not_agreed": (
        "Aún no hay dos cargas coincidentes, hechas por dos personas distintas, para esta mesa.",
        "There are not yet two matching entries, by two different people, for this table.",
    ),
    "tally.observation_needed": (
        "El acta no cuadra: {failed} Para aceptarla escriba la observación que anotaron "
        "los miembros de mesa.",
        "The tally sheet does not add up: {failed} To accept it, write the observation the "
        "table members noted.",
    ),
    # Reconciliation checks: what a person reads when a sheet does not add up.
    "tally.check.sum": (
        "Votos por proyectos ({valid}) + nulos ({null}) + blancos ({blank}) = {total}, "
        "y en la urna había {box} boletas.",
        "Project votes ({valid}) + null ({null}) + blank ({blank}) = {total}, and the box "
        "held {box} ballots.",
    ),
    "tally.check.signatures": (
        "Boletas en la urna: {box}; electores que firmaron el cuaderno: {signatures}.",
        "Ballots in the box: {box}; voters who signed the register: {signatures}.",
    ),
    "tally.check.received_printed": (
        "El acta dice {received} boletas recibidas y para esta mesa se imprimieron {printed} "
        "({ranges}).",
        "The sheet says {received} ballots received and {printed} were printed for this "
        "table ({ranges}).",
    ),
    "tally.check.balance": (
        "Boletas recibidas ({received}) = usadas ({box}) + dañadas ({spoiled}) + sobrantes "
        "({unused}) = {total}.",
        "Ballots received ({received}) = used ({box}) + spoiled ({spoiled}) + unused "
        "({unused}) = {total}.",
    ),
    "tally.field.votes": ("Votos del proyecto {number}", "Votes for project {number}"),
    "tally.field.null_votes": ("Votos nulos", "Null votes"),
    "tally.field.blank_votes": ("Votos en blanco", "Blank votes"),
    "tally.field.ballots_in_box": ("Boletas en la urna", "Ballots in the box"),
    "tally.field.signatures": ("Electores que firmaron", "Voters who signed"),
    "tally.field.ballots_received": ("Boletas recibidas", "Ballots received"),
    "tally.field.spoiled": ("Boletas dañadas", "Spoiled ballots"),
    "tally.field.unused": ("Boletas sobrantes", "Unused ballots"),
    "funding.none_yet": (
        "Aún no hay actas aceptadas: no hay proyecto ganador.",
        "No tally sheet has been accepted yet: there is no winning project.",
    ),
    "funding.partial": (
        "Resultados parciales: {counted} de {total} mesas escrutadas; ningún proyecto se da "
        "por financiado hasta contar todas.",
        "Partial results: {counted} of {total} tables counted; no project is taken as funded "
        "until all are counted.",
    ),
    "funding.most_voted": (
        "Se financia el proyecto más votado.",
        "The most voted project is funded.",
    ),
    "funding.top_n": (
        "Se financian los {n} proyectos más votados.",
        "The {n} most voted projects are funded.",
    ),
    "funding.budget": (
        "Se financian los proyectos en orden de votos hasta agotar el presupuesto de "
        "{budget}; quedan {left}.",
        "Projects are funded in vote order until the budget of {budget} runs out; {left} "
        "left.",
    ),
    "tie.pending_second_vote": (
        "EMPATE entre los proyectos {numbers} con {votes} votos: se decide en una segunda "
        "votación; registre su resultado.",
        "TIE between projects {numbers} with {votes} votes: decided by a second vote; "
        "record its result.",
    ),
    "tie.pending_draw": (
        "EMPATE entre los proyectos {numbers} con {votes} votos: se decide por sorteo; "
        "registre su resultado.",
        "TIE between projects {numbers} with {votes} votes: decided by a draw; record "
        "its result.",
    ),
    "tie.resolved": (
        "Empate entre los proyectos {numbers} resuelto ({kind}): {order}.",
        "Tie between projects {numbers} resolved ({kind}): {order}.",
    ),
    "export.candidates": (
        "Puesto|N.º|Proyecto|Costo|Votos|% de válidos|Empate|Financiado",
        "Rank|No.|Project|Cost|Votes|% of valid|Tie|Funded",
    ),
    "export.tables": (
        "Mesa|Acta aceptada|Nulos|Blancos|Boletas en la urna|Electores|Participación %|"
        "Observación",
        "Table|Sheet accepted|Null|Blank|Ballots in the box|Voters|Turnout %|Observation",
    ),
    "export.sheet_projects": ("Proyectos", "Projects"),
    "export.sheet_tables": ("Mesas", "Tables"),
    "tie.kind.second_vote": ("segunda votación", "second vote"),
    "tie.kind.draw": ("sorteo", "draw"),
})


def text(code: str, **params: object) -> str:
    """A sentence for a code in the current language."""
    return message_for(code, dict(params))
