"""Spanish and English sentences for domain error codes (what a secretary reads)."""

from __future__ import annotations

import os
from typing import Any

# Each entry: code -> (Spanish, English). Parameters use str.format names.
MESSAGES: dict[str, tuple[str, str]] = {
    "national_id.invalid": (
        "La cédula «{value}» no es válida. Escríbala como V-12345678 o E-81234567.",
        "The ID number '{value}' is not valid. Write it as V-12345678 or E-81234567.",
    ),
    "date.invalid": (
        "La fecha «{value}» no es válida. Use día/mes/año, por ejemplo 25/12/1980.",
        "The date '{value}' is not valid. Use day/month/year, for example 25/12/1980.",
    ),
    "date.future": (
        "La fecha de nacimiento «{value}» está en el futuro.",
        "The birth date '{value}' is in the future.",
    ),
    "date.too_old": (
        "La fecha de nacimiento «{value}» da una edad mayor de 120 años.",
        "The birth date '{value}' gives an age over 120 years.",
    ),
    "name.empty": ("El nombre no puede quedar vacío.", "The name cannot be empty."),
    "not_found": (
        "No se encontró {entity} con el identificador «{id}».",
        "No {entity} was found with id '{id}'.",
    ),
    "organization.parent_kind": (
        "Un consejo comunal debe pertenecer a una comuna o circuito comunal.",
        "A communal council must belong to a commune or communal circuit.",
    ),
    "quorum.percent_range": (
        "El porcentaje de quórum debe estar entre 1 y 100.",
        "The quorum percentage must be between 1 and 100.",
    ),
    "voting_age.range": (
        "La edad para votar debe estar entre 10 y 21 años.",
        "The voting age must be between 10 and 21 years.",
    ),
    "money.negative": ("El monto no puede ser negativo.", "The amount cannot be negative."),
    "currency.unknown": (
        "La moneda «{value}» no se reconoce. Use USD o VES.",
        "The currency '{value}' is not recognized. Use USD or VES.",
    ),
    "db.newer_version": (
        "Esta base de datos fue creada por una versión más nueva de Asamblea "
        "(revisión {revision}). "
        "Actualice el programa; la base de datos no se ha modificado.",
        "This database was made by a newer version of Asamblea (revision {revision}). "
        "Update the program; the database has not been changed.",
    ),
    "db.integrity": (
        "La base de datos está dañada: {detail}. Restaure la copia de seguridad más reciente "
        "de la carpeta «{backups}».",
        "The database is damaged: {detail}. Restore the latest backup from '{backups}'.",
    ),
    "db.not_database": (
        "El archivo «{path}» no es una base de datos de Asamblea.",
        "The file '{path}' is not an Asamblea database.",
    ),
    "demo.not_empty": (
        "La base de datos ya tiene datos. Use --force para agregar la comuna de demostración "
        "de todos modos.",
        "The database already has data. Use --force to add the demo commune anyway.",
    ),
    "setting.unknown": (
        "No existe el ajuste «{key}».",
        "There is no setting '{key}'.",
    ),
    "setting.invalid": (
        "El valor «{value}» no sirve para «{key}»: {hint}",
        "The value '{value}' is not valid for '{key}': {hint}",
    ),
    "record.deleted": (
        "Ese registro fue eliminado.",
        "That record was deleted.",
    ),
}


def current_language() -> str:
    """The language for messages outside the window: ASAMBLEA_LANG, else Spanish."""
    lang = os.environ.get("ASAMBLEA_LANG", "es").lower()
    return "en" if lang.startswith("en") else "es"


def register_messages(messages: dict[str, tuple[str, str]]) -> None:
    """Let a feature module add its own codes without touching this file."""
    MESSAGES.update(messages)


def message_for(code: str, params: dict[str, Any], lang: str | None = None) -> str:
    lang = lang or current_language()
    pair = MESSAGES.get(code)
    if pair is None:
        return code if not params else f"{code} {params}"
    template = pair[1] if lang == "en" else pair[0]
    try:
        return template.format(**params)
    except (KeyError, IndexError):
        return template

MESSAGES.update(
    {
        "assembly.place_empty": (
            "Indique el lugar de la asamblea.",
            "Give the place of the assembly.",
        ),
        "assembly.call_invalid": (
            "La convocatoria debe ser la primera (1) o la segunda (2).",
            "The call must be the first (1) or the second (2).",
        ),
        "agreement.text_empty": (
            "Escriba el texto del acuerdo.",
            "Write the text of the agreement.",
        ),
        "agreement.votes_negative": (
            "Los votos no pueden ser negativos.",
            "Votes cannot be negative.",
        ),
        "agreement.votes_exceed_present": (
            "La votación suma más personas que las {present} presentes. Revise las cifras.",
            "The vote adds up to more people than the {present} present. Check the figures.",
        ),
    }
)

MESSAGES.update(
    {
        "problem.title_empty": ("Escriba el título del problema.", "Write the problem's title."),
        "problem.families_negative": (
            "El número de familias afectadas no puede ser negativo.",
            "The number of families affected cannot be negative.",
        ),
        "prioritization.points_needed": (
            "Indique cuántos puntos reparte cada persona.",
            "Say how many points each person hands out.",
        ),
        "project.title_empty": ("Escriba el título del proyecto.", "Write the project's title."),
        "consultation.name_empty": (
            "Escriba el nombre de la consulta.",
            "Write the consultation's name.",
        ),
        "consultation.too_many": (
            "La consulta ya tiene {max} proyectos, el máximo permitido.",
            "The consultation already has {max} projects, the most allowed.",
        ),
        "consultation.already_nominated": (
            "Ese proyecto ya está postulado en esta consulta.",
            "That project is already a candidate in this consultation.",
        ),
    }
)

MESSAGES.update(
    {
        "minutes.locked": (
            "El acta ya fue aprobada y no se puede modificar. Para corregirla, agregue un anexo.",
            "The minutes were approved and cannot be changed. To correct them, add an addendum.",
        ),
    }
)
