"""Sentences for the errors of the assembly day (check-in, agreements, the acta)."""

from __future__ import annotations

from app.domain.messages import register_messages

register_messages({
    "assembly.locked": (
        "El acta de esta asamblea ya fue aprobada: lo registrado no se puede cambiar. "
        "Para corregir algo, agregue un anexo al acta.",
        "The minutes of this assembly were approved: the record cannot be changed. "
        "To correct something, add an addendum to the minutes.",
    ),
    "assembly.kind_unknown": (
        "El tipo de asamblea «{value}» no existe. Use ordinaria, extraordinaria, base o "
        "rendicion.",
        "The assembly kind '{value}' does not exist. Use ordinary, extraordinary, base or "
        "accountability.",
    ),
    "assembly.closed": (
        "La asamblea ya fue cerrada; no se registran más asistencias ni votaciones.",
        "The assembly is closed; no more attendance or votes are recorded.",
    ),
    "assembly.agenda_empty": (
        "Escriba el punto del orden del día.",
        "Write the agenda item.",
    ),
    "attendance.already_present": (
        "{name} ya está registrado(a) como presente.",
        "{name} is already recorded as present.",
    ),
    "attendance.not_present": (
        "{name} no está registrado(a) como presente.",
        "{name} is not recorded as present.",
    ),
    "attendance.outside_territory": (
        "{name} pertenece a otro consejo comunal ({council}). En esta asamblea solo se "
        "registran habitantes de {organization}.",
        "{name} belongs to another communal council ({council}). Only residents of "
        "{organization} are recorded in this assembly.",
    ),
    "attendance.not_found": (
        "No hay nadie en el censo con «{text}». Revise la cédula o registre a la persona "
        "como habitante nuevo.",
        "Nobody in the census matches '{text}'. Check the ID number or register the "
        "person as a new resident.",
    ),
    "attendance.ambiguous": (
        "Hay {count} personas que coinciden con «{text}». Escriba la cédula completa o "
        "elija en la lista.",
        "{count} people match '{text}'. Type the whole ID number or choose from the list.",
    ),
    "agreement.acclamation_with_votes": (
        "Un acuerdo por aclamación no lleva cifras de votos; deje los votos en cero.",
        "An agreement by acclamation has no vote figures; leave the votes at zero.",
    ),
    "agreement.no_votes": (
        "Indique los votos del acuerdo o márquelo como aprobado por aclamación.",
        "Give the agreement's votes or mark it as approved by acclamation.",
    ),
    "agreement.nobody_present": (
        "No hay nadie registrado como presente: no se puede votar un acuerdo.",
        "Nobody is recorded as present: an agreement cannot be voted.",
    ),
    "intervention.speaker_empty": (
        "Escriba el nombre de quien intervino.",
        "Write the name of the speaker.",
    ),
    "minutes.text_invalid": (
        "El texto guardado del acta no se puede leer. Vuelva a escribirlo.",
        "The saved text of the minutes cannot be read. Write it again.",
    ),
    "minutes.none": (
        "Esta asamblea todavía no tiene acta aprobada.",
        "This assembly has no approved minutes yet.",
    ),
    "minutes.not_closed": (
        "Cierre la asamblea antes de aprobar el acta (la hora de cierre consta en ella).",
        "Close the assembly before approving the minutes (the closing time is stated in them).",
    ),
    "minutes.approver_empty": (
        "Indique quién aprueba el acta (nombre de la secretaría).",
        "Say who approves the minutes (the secretary's name).",
    ),
    "minutes.addendum_empty": (
        "Escriba el texto del anexo.",
        "Write the text of the addendum.",
    ),
    "attachment.empty": (
        "El archivo «{name}» está vacío.",
        "The file '{name}' is empty.",
    ),
    "attachment.too_big": (
        "El archivo «{name}» pesa más de {mb} MB. Tome la foto con menos resolución.",
        "The file '{name}' is larger than {mb} MB. Take the photo at a lower resolution.",
    ),
    "attachment.type": (
        "El archivo «{name}» no es una imagen (JPG, PNG) ni un PDF.",
        "The file '{name}' is not an image (JPG, PNG) or a PDF.",
    ),
})

register_messages({
    "prioritization.closed": (
        "La priorización ya fue cerrada; no se agregan más papeletas.",
        "The prioritization is closed; no more ballots are added.",
    ),
    "prioritization.no_tie": (
        "No hay empate que desempatar.",
        "There is no tie to break.",
    ),
    "prioritization.none": (
        "Esta asamblea no tiene priorización de problemas.",
        "This assembly has no prioritization of problems.",
    ),
})

register_messages({
    "problem.category_unknown": (
        "El área «{value}» no existe. Use agua, electricidad, vialidad, salud, educacion, "
        "vivienda, deporte, cultura, ambiente, seguridad, transporte, muros u otro.",
        "The area '{value}' does not exist. Use water, electricity, roads, health, education, "
        "housing, sports, culture, environment, security, transport, retaining_walls or other.",
    ),
    "prioritization.method_unknown": (
        "El método «{value}» no existe. Use manos, aprobacion, borda o puntos.",
        "The method '{value}' does not exist. Use plurality, approval, borda or score.",
    ),
})

register_messages({
    "ballot.number_unknown": (
        "«{ref}» no es el número de un problema; los problemas van del 1 al {count}.",
        "'{ref}' is not a problem number; problems go from 1 to {count}.",
    ),
    "ballot.pair_needed": (
        "Escriba cada problema con su cifra, así: 1:25, 2:40.",
        "Write each problem with its figure, like this: 1:25, 2:40.",
    ),
})
