"""Sentences for the errors of the assembly day (check-in, agreements, the acta)."""

from __future__ import annotations

from app.domain.messages import Counted, register_messages
from app.i18n import N_

register_messages({
    "assembly.locked": N_(
        "El acta de esta asamblea ya fue aprobada: lo registrado no se puede cambiar. Para "
        "corregir algo, agregue un anexo al acta."),
    "assembly.kind_unknown": N_(
        "El tipo de asamblea «{value}» no existe. Use ordinaria, extraordinaria, base o "
        "rendicion."),
    "assembly.closed": N_(
        "La asamblea ya fue cerrada; no se registran más asistencias ni votaciones."),
    "assembly.agenda_empty": N_("Escriba el punto del orden del día."),
    "assembly.project_kind": N_(
        "Solo una asamblea de rendición de cuentas se vincula a un proyecto; esta es «{kind}»."),
    "problem.in_final_ranking": N_(
        "El problema «{title}» ya está en una priorización cerrada: quitarlo cambiaría un "
        "resultado final."),
    "prioritization.final": N_(
        "La priorización de esta asamblea ya es definitiva. Para contar de nuevo hay que "
        "reabrirla a propósito: el resultado anterior deja de ser el de la asamblea."),
    "problem.count_open": N_(
        "Hay una priorización abierta: un problema agregado ahora no estaría en las papeletas "
        "ya contadas. Ciérrela o inicie una nueva después de agregarlo."),
    "prioritization.hands_exceed_present": Counted.ngettext(
        "El conteo suma {hands} manos, pero hay {present} persona presente.",
        "El conteo suma {hands} manos, pero hay {present} personas presentes.", "present"),
    "problem.in_project": N_("El problema «{title}» ya tiene un proyecto."),
    "assembly.not_convened": N_(
        "La asamblea está {status}: solo una asamblea convocada que aún no comenzó cambia de "
        "fecha, lugar o convocatoria, o se suspende."),
    "assembly.cancel_reason_empty": N_(
        "Escriba por qué se suspende la asamblea (por ejemplo: lluvia, falta de local)."),
    "assembly.not_closed": N_("La asamblea no está cerrada: no hay nada que reabrir."),
    "agenda.item_not_empty": N_(
        "El punto «{title}» tiene acuerdos o intervenciones registrados: quítelos primero si "
        "de verdad el punto sobra."),
    "attendance.already_present": N_("{name} ya está registrado(a) como presente."),
    "attendance.not_present": N_("{name} no está registrado(a) como presente."),
    "attendance.outside_territory": N_(
        "{name} pertenece a otro consejo comunal ({council}). En esta asamblea solo se registran "
        "habitantes de {organization}."),
    "attendance.not_found": N_(
        "No hay nadie en el censo con «{text}». Revise la cédula o registre a la persona como "
        "habitante nuevo."),
    "attendance.ambiguous": N_(
        "Hay {count} personas que coinciden con «{text}». Escriba la cédula completa o elija en "
        "la lista."),
    "agreement.acclamation_with_votes": N_(
        "Un acuerdo por aclamación no lleva cifras de votos; deje los votos en cero."),
    "agreement.no_votes": N_(
        "Indique los votos del acuerdo o márquelo como aprobado por aclamación."),
    "agreement.nobody_present": N_(
        "No hay nadie registrado como presente: no se puede votar un acuerdo."),
    "agreement.no_quorum": Counted.ngettext(
        "Sin quórum no se pueden tomar acuerdos: hay {present} persona con derecho a voto "
        "presente y se necesitan {required}. La asamblea no está constituida; puede pasar a "
        "segunda convocatoria o dejar constancia de que no se constituyó.",
        "Sin quórum no se pueden tomar acuerdos: hay {present} personas con derecho a voto "
        "presentes y se necesitan {required}. La asamblea no está constituida; puede pasar a "
        "segunda convocatoria o dejar constancia de que no se constituyó.", "present"),
    "assembly.quorum_met": N_(
        "La asamblea tiene quórum ({present} presentes, se necesitan {required}): está "
        "constituida y sigue su curso."),
    "assembly.has_agreements": N_(
        "La asamblea ya registró acuerdos ({count}): estuvo constituida y no se puede "
        "declarar sin quórum."),
    "assembly.closes_before_opening": N_(
        "La hora de este equipo es anterior a la apertura de la asamblea: un acta no puede "
        "cerrar antes de abrir. Revise la fecha y la hora del equipo."),
    "assembly.opens_other_day": N_(
        "Esta asamblea está convocada para el {day} y hoy es {today}: se abre con la primera "
        "asistencia el día de la asamblea. Si la fecha cambió, muévala con «Corregir "
        "convocatoria» (asamblea assemblies edit) antes de registrar asistencias."),
    "assembly.closing_hour_needed": N_(
        "La asamblea era el {day} y hoy es {today}: indique la hora en que se cerró (HH:MM, "
        "en la línea de comandos --closed-at) para que el acta diga la hora verdadera."),
    "assembly.closing_hour_before_opening": N_(
        "La hora de cierre {hour} es anterior a la apertura ({opened}): un acta no puede "
        "cerrar antes de abrir."),
    "assembly.closing_hour_future": N_(
        "La hora de cierre {hour} del {day} todavía no ha llegado: escriba la hora en que se "
        "cerró la asamblea."),
    "assembly.closing_hour_invalid": N_(
        "«{value}» no es una hora: escríbala como HH:MM, por ejemplo 18:30."),
    "assembly.already_second_call": N_("La asamblea ya está en segunda convocatoria."),
    "assembly.not_constituted": N_(
        "La asamblea se registró como no constituida por falta de quórum; ya no cambia de "
        "estado."),
    "intervention.speaker_empty": N_("Escriba el nombre de quien intervino."),
    "minutes.text_invalid": N_("El texto guardado del acta no se puede leer. Vuelva a escribirlo."),
    "minutes.none": N_("Esta asamblea todavía no tiene acta aprobada."),
    "minutes.not_closed": N_(
        "Cierre la asamblea antes de aprobar el acta (la hora de cierre consta en ella)."),
    "minutes.approver_empty": N_("Indique quién aprueba el acta (nombre de la secretaría)."),
    "minutes.addendum_empty": N_("Escriba el texto del anexo."),
    "attachment.empty": N_("El archivo «{name}» está vacío."),
    "attachment.too_big": N_(
        "El archivo «{name}» pesa más de {mb} MB. Tome la foto con menos resolución."),
    "attachment.type": N_("El archivo «{name}» no es una imagen (JPG, PNG) ni un PDF."),
    "attachment.pending": N_(
        "El archivo «{name}» aún no ha llegado a este equipo: su registro vino en un paquete "
        "que no lo traía. Llegará con el próximo paquete de sincronización que lo tenga."),
})

register_messages({
    "prioritization.closed": N_("La priorización ya fue cerrada; no se agregan más papeletas."),
    "prioritization.no_tie": N_("No hay empate que desempatar."),
    "prioritization.none": N_("Esta asamblea no tiene priorización de problemas."),
})

register_messages({
    "problem.category_unknown": N_(
        "El área «{value}» no existe. Use agua, electricidad, vialidad, salud, educacion, "
        "vivienda, deporte, cultura, ambiente, seguridad, transporte, muros u otro."),
    "prioritization.method_unknown": N_(
        "El método «{value}» no existe. Use manos, aprobacion, borda o puntos."),
})

register_messages({
    "ballot.number_unknown": N_(
        "«{ref}» no es el número de un problema; los problemas van del 1 al {count}."),
    "ballot.pair_needed": N_("Escriba cada problema con su cifra, así: 1:25, 2:40."),
})
