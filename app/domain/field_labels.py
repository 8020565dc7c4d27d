"""What a person reads for each field of each synced record ("Teléfono", not "phone"): the
Sincronizar page and `asamblea sync conflicts` name a conflicting field with these.

Fields with one meaning everywhere are in COMMON; a table's own words override them. A test
checks that every column of every editable synced table has a label here.
"""

from __future__ import annotations

from collections.abc import Mapping

from app.i18n import N_, _

COMMON: Mapping[str, str] = {
    "name": N_("Nombre"), "title": N_("Título"), "description": N_("Descripción"),
    "status": N_("Estado"), "address": N_("Dirección"), "notes": N_("Notas"),
    "position": N_("Orden"), "number": N_("Número"), "text": N_("Texto"),
    "category": N_("Área"), "currency": N_("Moneda"), "kind": N_("Tipo"),
    "role": N_("Función"), "percent": N_("Porcentaje"),
    "organization_id": N_("Organización"), "assembly_id": N_("Asamblea"),
    "project_id": N_("Proyecto"), "consultation_id": N_("Consulta"),
    "resident_id": N_("Habitante"), "sector_id": N_("Sector"), "table_id": N_("Mesa"),
    "agenda_item_id": N_("Punto del orden del día"), "committee_id": N_("Comité"),
    "centre_id": N_("Centro de votación"), "inspection_id": N_("Inspección"),
    "problem_id": N_("Problema"), "prioritization_id": N_("Priorización"),
    "budget_line_id": N_("Partida"), "national_id": N_("Cédula"),
    "full_name": N_("Nombre y apellido"), "amount_cents": N_("Monto"),
    "rate_e4": N_("Tasa del día"), "value_cents": N_("Valor en la moneda del proyecto"),
    # Kept by the program, never in conflict, but shown in a record's history.
    "created_at": N_("Creado el"), "deleted_at": N_("Borrado el"),
    "search_text": N_("Nombre para buscar"), "observation": N_("Observación"),
    "printed_at": N_("Impreso el"),
}

FIELD_LABELS: dict[str, Mapping[str, str]] = {
    "resident": {
        "council_id": N_("Consejo comunal"), "first_names": N_("Nombres"),
        "last_names": N_("Apellidos"), "birth_date": N_("Fecha de nacimiento"),
        "sex": N_("Sexo"), "phone": N_("Teléfono"), "household": N_("Hogar"),
        "left_on": N_("Fecha de la baja"), "left_reason": N_("Motivo de la baja"),
        "merged_into_id": N_("Fusionado con"),
    },
    "organization": {
        "parent_id": N_("Organización superior"), "registry_code": N_("Código del registro"),
        "state": N_("Estado (entidad federal)"), "municipality": N_("Municipio"),
        "parish": N_("Parroquia"), "quorum_first_call_pct": N_("Quórum en primera convocatoria"),
        "quorum_second_call_pct": N_("Quórum en segunda convocatoria"),
        "voting_age": N_("Edad para votar"),
        "second_call_after_min": N_("Minutos hasta la segunda convocatoria"),
    },
    "assembly": {
        "call": N_("Convocatoria"), "scheduled_at": N_("Fecha y hora"), "place": N_("Lugar"),
        "called_by": N_("Convoca"), "opened_at": N_("Inicio"), "closed_at": N_("Cierre"),
        "cancel_reason": N_("Motivo de la suspensión"), "quorum_base": N_("Base del quórum"),
        "census_count": N_("Habitantes en el censo"),
    },
    "agreement": {
        "by_acclamation": N_("Por aclamación"), "votes_for": N_("Votos a favor"),
        "votes_against": N_("Votos en contra"), "abstentions": N_("Abstenciones"),
        "present_at_vote": N_("Presentes en la votación"),
        "quorum_required_at_vote": N_("Quórum requerido en la votación"),
        "quorum_met_at_vote": N_("Hubo quórum en la votación"),
        "voted_at": N_("Hora de la votación"),
    },
    "intervention": {"speaker_name": N_("Quién habló"), "summary": N_("Resumen")},
    "minutes": {
        "body": N_("Texto del acta"), "content_hash": N_("Huella del contenido"),
        "approved_at": N_("Aprobada el"), "approved_by": N_("Aprobada por"),
        "corrects_id": N_("Corrige el acta"),
    },
    "spokesperson": {
        "term_start": N_("Inicio del período"), "term_end": N_("Fin del período"),
        "elected_in_assembly_id": N_("Elegido en la asamblea"),
    },
    "committee": {"area": N_("Área")},
    "prioritization": {
        "method": N_("Método"), "points_per_voter": N_("Puntos por persona"),
        "tie_break": N_("Desempate"), "decided_at": N_("Decidida el"),
    },
    "prioritization_ballot": {"marks": N_("Marcas de la papeleta")},
    "problem": {"families_affected": N_("Familias afectadas")},
    "project": {
        "cost_cents": N_("Costo"), "started_on": N_("Inicio"), "finished_on": N_("Fin"),
        "funded_cents": N_("Monto financiado"), "funded_currency": N_("Moneda del financiamiento"),
        "committee": N_("Comité responsable"), "responsible": N_("Responsables"),
    },
    "consultation": {
        "vote_date": N_("Día de la votación"), "max_candidates": N_("Máximo de proyectos"),
        "funding_rule": N_("Regla de financiamiento"),
        "funded_count": N_("Proyectos que se financian"), "budget_cents": N_("Presupuesto"),
        "tie_rule": N_("Regla de desempate"), "tie_resolution": N_("Desempate"),
    },
    "voting_table": {"assignment": N_("Electores que toma")},
    "budget_line": {"planned_cents": N_("Monto previsto")},
    "expense": {
        "spent_on": N_("Fecha del gasto"), "receipt": N_("Comprobante"),
        "supplier": N_("Proveedor"), "supplier_rif": N_("RIF del proveedor"),
        "invoice": N_("Factura"), "paid_by": N_("Pagado por"),
    },
    "disbursement": {
        "received_on": N_("Fecha de recepción"), "source": N_("Origen"),
        "reference": N_("Referencia"),
    },
    "progress_report": {"reported_on": N_("Fecha del informe")},
    "inspection": {
        "inspected_on": N_("Fecha de la inspección"), "inspectors": N_("Inspectores"),
        "checked": N_("Qué se revisó"), "observations": N_("Observaciones"),
    },
    "finding": {
        "answer": N_("Respuesta"), "answered_on": N_("Respondido el"),
        "answered_by": N_("Respondido por"),
    },
    "device": {
        "public_key": N_("Clave pública"), "fingerprint": N_("Huella"),
        "trust": N_("Confianza"), "revoked_by": N_("Revocado por"),
        "revoked_seq": N_("Último cambio aceptado antes de revocarlo"),
    },
    "operator_shift": {
        "device_id": N_("Equipo"), "name": N_("Secretaria a cargo"),
        "started_at": N_("A cargo desde"),
    },
    # Facts (written once, never edited): their fields show only in a record's history.
    "attendance": {
        "action": N_("Movimiento"), "at": N_("Hora"), "recorded_by": N_("Registrado por"),
    },
    "project_status_change": {
        "changed_on": N_("Fecha del cambio"), "changed_by": N_("Cambiado por"),
        "note": N_("Nota"),
    },
    "attachment": {
        "owner_entity": N_("Tipo de registro dueño"), "owner_id": N_("Registro dueño"),
        "filename": N_("Nombre del archivo"), "media_type": N_("Tipo de archivo"),
        "size": N_("Tamaño (bytes)"), "sha256": N_("Huella del archivo (SHA-256)"),
    },
    "tally_entry": {
        "votes": N_("Votos por candidato"), "null_votes": N_("Votos nulos"),
        "blank_votes": N_("Votos en blanco"), "ballots_in_box": N_("Boletas en la urna"),
        "signatures": N_("Firmas en el cuaderno"), "ballots_received": N_("Boletas recibidas"),
        "spoiled": N_("Boletas dañadas"), "unused": N_("Boletas sin usar"),
        "entered_by": N_("Transcrito por"), "entered_at": N_("Transcrito el"),
    },
    "tally_acceptance": {
        "entry_id": N_("Transcripción aceptada"), "accepted_by": N_("Aceptado por"),
        "accepted_at": N_("Aceptado el"),
    },
    "ballot_batch": {
        "style": N_("Modelo de boleta"), "first_serial": N_("Primer serial"),
        "last_serial": N_("Último serial"), "reprint_of_id": N_("Reimpresión de"),
        "is_reprint": N_("Es reimpresión"), "printed_by": N_("Impreso por"),
        "reason": N_("Motivo"),
    },
    "register_print": {
        "voters": N_("Electores"), "voters_hash": N_("Huella de la lista de electores"),
    },
}


def field_label(entity: str, field: str) -> str:
    """The field's name in the current language; an unknown one (a newer program's) as stored."""
    spanish = FIELD_LABELS.get(entity, {}).get(field) or COMMON.get(field)
    return _(spanish) if spanish is not None else field
