"""Sentences for the counting errors a secretary may meet while typing ballots."""

from __future__ import annotations

from app.domain.messages import register_messages

register_messages({
    "ballot.unknown_candidate": (
        "La papeleta {number} menciona un problema que no está en la lista de esta asamblea.",
        "Ballot {number} names a problem that is not on this assembly's list.",
    ),
    "ballot.shape": (
        "La papeleta {number} no tiene la forma que pide el método elegido.",
        "Ballot {number} does not have the form the chosen method needs.",
    ),
    "ballot.repeated": (
        "La papeleta {number} repite un problema. Cada problema se marca una sola vez.",
        "Ballot {number} repeats a problem. Each problem is marked only once.",
    ),
    "ballot.negative": (
        "La papeleta {number} tiene una cifra negativa o que no es un número entero.",
        "Ballot {number} has a negative figure or one that is not a whole number.",
    ),
    "ballot.too_many_points": (
        "La papeleta {number} reparte {spent} puntos; cada persona tiene {allowed}.",
        "Ballot {number} hands out {spent} points; each person has {allowed}.",
    ),
    "tie.kind_unknown": (
        "El desempate debe ser por segunda votación o por sorteo.",
        "A tie is broken by a second vote or by a draw.",
    ),
    "tie.order_incomplete": (
        "El desempate debe ordenar a todos los problemas empatados; faltan {count}.",
        "The tie-break must order every tied problem; {count} are missing.",
    ),
})
