"""Sentences for domain error codes (what a secretary reads), in the program's language.

A code is the stable key; its Spanish template is the catalog's source text (marked with N_)
and is translated when shown, so English lives in app/locale/en/LC_MESSAGES/*.po. Parameters
use str.format names; a parameter that names a thing (`entity="resident"`) carries a code,
never a Spanish word, and becomes a noun of the reader's language here.
"""

from __future__ import annotations

import gettext
import importlib
from collections.abc import Mapping
from dataclasses import dataclass

from app.domain.labels import ENTITIES
from app.i18n import N_, current_language, translations


@dataclass(frozen=True)
class Counted:
    """A template whose nouns agree with one of its numbers («hay 1 persona presente», «hay 3
    personas presentes»): the Spanish singular and plural, and the parameter that chooses."""

    singular: str
    plural: str
    count: str

    @staticmethod
    def ngettext(singular: str, plural: str, count: str) -> Counted:
        """Mark both forms for the catalog: named `ngettext` so the extractor
        (scripts/messages.py) files them as one plural entry; nothing is translated here."""
        return Counted(singular, plural, count)


# Parameters whose value is a code to be named in the reader's language: name -> code -> noun.
CODE_PARAMS: dict[str, Mapping[str, str]] = {"entity": ENTITIES}

# code -> Spanish template.
MESSAGES: dict[str, str | Counted] = {
    "national_id.invalid": N_(
        "La cédula «{value}» no es válida. Escríbala como V-12345678 o E-81234567."),
    "date.invalid": N_("La fecha «{value}» no es válida. Use día/mes/año, por ejemplo 25/12/1980."),
    "date.future": N_("La fecha de nacimiento «{value}» está en el futuro."),
    "date.too_old": N_("La fecha de nacimiento «{value}» da una edad mayor de 120 años."),
    "name.empty": N_("El nombre no puede quedar vacío."),
    "not_found": N_("No se encontró {entity} con el identificador «{id}»."),
    "organization.parent_kind": N_(
        "Un consejo comunal debe pertenecer a una comuna o circuito comunal."),
    "organization.name_taken": N_("Ya hay una organización llamada «{name}»: elija otro nombre."),
    "quorum.percent_range": N_("El porcentaje de quórum debe estar entre 1 y 100."),
    "quorum.second_call_after_range": N_(
        "La segunda convocatoria es el mismo día, entre {low} y {high} minutos después de "
        "la primera."),
    "quorum.second_above_first": N_(
        "El quórum en segunda convocatoria ({second} %) no puede ser mayor que el de primera "
        "convocatoria ({first} %)."),
    "voting_age.range": N_("La edad para votar debe estar entre 10 y 21 años."),
    "money.negative": N_("El monto no puede ser negativo."),
    "currency.unknown": N_("La moneda «{value}» no se reconoce. Use USD o VES."),
    "db.newer_version": N_(
        "Esta base de datos fue creada por una versión más nueva de Asamblea (revisión "
        "{revision}). Actualice el programa; la base de datos no se ha modificado."),
    "db.integrity": N_(
        "La base de datos está dañada: {detail}. Restaure la copia de seguridad más reciente de "
        "la carpeta «{backups}»."),
    "db.not_database": N_("El archivo «{path}» no es una base de datos de Asamblea."),
    "demo.not_empty": N_(
        "La base de datos ya tiene datos. Use --force para agregar la comuna de demostración de "
        "todos modos."),
    "setting.unknown": N_("No existe el ajuste «{key}»."),
    "setting.invalid": N_("El valor «{value}» no sirve para «{key}»: {hint}"),
    "record.deleted": N_("Ese registro fue eliminado."),
    "repeat.just_recorded": N_(
        "Se acaba de registrar {entity} con los mismos datos hace un momento: no se guarda dos "
        "veces. Si de verdad es otro, espere unos segundos y vuelva a intentarlo."),
    "assembly.place_empty": N_("Indique el lugar de la asamblea."),
    "assembly.call_invalid": N_("La convocatoria debe ser la primera (1) o la segunda (2)."),
    "agreement.text_empty": N_("Escriba el texto del acuerdo."),
    "agreement.votes_negative": N_("Los votos no pueden ser negativos."),
    "agreement.votes_exceed_present": Counted.ngettext(
        "La votación suma más personas que la {present} persona presente. Revise las cifras.",
        "La votación suma más personas que las {present} presentes. Revise las cifras.",
        "present"),
    "problem.title_empty": N_("Escriba el título del problema."),
    "problem.families_negative": N_("El número de familias afectadas no puede ser negativo."),
    "prioritization.points_needed": N_("Indique cuántos puntos reparte cada persona."),
    "project.title_empty": N_("Escriba el título del proyecto."),
    "consultation.name_empty": N_("Escriba el nombre de la consulta."),
    "consultation.too_many": N_("La consulta ya tiene {max} proyectos, el máximo permitido."),
    "consultation.already_nominated": N_("Ese proyecto ya está postulado en esta consulta."),
    "minutes.locked": N_(
        "El acta ya fue aprobada y no se puede modificar. Para corregirla, agregue un anexo."),
}


# Every module that adds its area's codes (register_messages, when it is imported). A command
# imports only what it uses (issue 17), so an error may be raised where its area's module was
# never imported: a code not known yet loads them all, once, rather than show the bare code.
# tests/unit/test_message_areas.py keeps this list complete.
AREA_MESSAGES = (
    "app.assembly.messages", "app.census.messages", "app.consultation.messages",
    "app.projects.messages", "app.safety.messages", "app.sync.envelope",
    "app.sync.hub_messages", "app.sync.messages", "app.voting.messages",
)


def register_messages(messages: Mapping[str, str | Counted]) -> None:
    """Let a feature module add its own codes without touching this file."""
    MESSAGES.update(messages)


def _template(code: str) -> str | Counted | None:
    template = MESSAGES.get(code)
    if template is None:
        for name in AREA_MESSAGES:
            importlib.import_module(name)
        template = MESSAGES.get(code)
    return template


def message_for(code: str, params: Mapping[str, object], lang: str | None = None) -> str:
    template = _template(code)
    if template is None:
        return code if not params else f"{code} {dict(params)}"
    catalog = translations(lang or current_language())
    shown = {name: _shown(name, value, catalog) for name, value in params.items()}
    if isinstance(template, Counted):
        count = params.get(template.count)
        text = catalog.ngettext(template.singular, template.plural,
                                count if isinstance(count, int) else 0)
    else:
        text = catalog.gettext(template)
    try:
        return text.format(**shown)
    except (KeyError, IndexError):
        return text


def _shown(name: str, value: object, catalog: gettext.NullTranslations) -> object:
    nouns = CODE_PARAMS.get(name)
    if nouns is not None and isinstance(value, str) and value in nouns:
        return catalog.gettext(nouns[value])
    return value

