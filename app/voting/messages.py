"""Sentences for the counting errors a secretary may meet while typing ballots."""

from __future__ import annotations

from app.domain.messages import register_messages
from app.i18n import N_

register_messages({
    "ballot.unknown_candidate": N_(
        "La papeleta {number} menciona un problema que no está en la lista de esta asamblea."),
    "ballot.shape": N_("La papeleta {number} no tiene la forma que pide el método elegido."),
    "ballot.repeated": N_(
        "La papeleta {number} repite un problema. Cada problema se marca una sola vez."),
    "ballot.negative": N_(
        "La papeleta {number} tiene una cifra negativa o que no es un número entero."),
    "ballot.too_many_points": N_(
        "La papeleta {number} reparte {spent} puntos; cada persona tiene {allowed}."),
    "tie.kind_unknown": N_("El desempate debe ser por segunda votación o por sorteo."),
    "tie.order_incomplete": N_(
        "El desempate debe ordenar a todos los problemas empatados; faltan {count}."),
})
