"""Match the column headings of a census spreadsheet to resident fields, loosely.

Secretaries head their columns "Cédula", "CEDULA", "C.I.", "Nº de cédula de identidad",
"Apellidos y nombres", "F. Nac."... Headings are folded (no accents, lower case), stripped of
punctuation, then recognised by the words they contain, in Spanish or English.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from app.domain.text import fold

NATIONAL_ID = "national_id"
FIRST_NAMES = "first_names"
LAST_NAMES = "last_names"
FULL_NAME = "full_name"
FULL_NAME_LAST_FIRST = "full_name_last_first"  # "Apellidos y nombres": surnames come first
BIRTH_DATE = "birth_date"
SEX = "sex"
COUNCIL = "council"
SECTOR = "sector"
ADDRESS = "address"
PHONE = "phone"
HOUSEHOLD = "household"

# Checked in order; the first rule whose words all appear in the heading wins.
_RULES: tuple[tuple[str, tuple[str, ...]], ...] = (
    (FULL_NAME_LAST_FIRST, ("apellidos y nombres",)),
    (FULL_NAME_LAST_FIRST, ("apellido y nombre",)),
    (FULL_NAME_LAST_FIRST, ("last name first name",)),
    (FULL_NAME, ("nombres y apellidos",)),
    (FULL_NAME, ("nombre y apellido",)),
    (FULL_NAME, ("nombre completo",)),
    (FULL_NAME, ("full name",)),
    (BIRTH_DATE, ("nacimiento",)),
    (BIRTH_DATE, ("fecha nac",)),
    (BIRTH_DATE, ("f nac",)),
    (BIRTH_DATE, ("fec nac",)),
    (BIRTH_DATE, ("birth",)),
    (BIRTH_DATE, ("dob",)),
    (NATIONAL_ID, ("cedula",)),
    (NATIONAL_ID, ("c i",)),
    (NATIONAL_ID, ("ci",)),
    (NATIONAL_ID, ("national id",)),
    (NATIONAL_ID, ("id number",)),
    (NATIONAL_ID, ("identity",)),
    (NATIONAL_ID, ("identificacion",)),
    (NATIONAL_ID, ("documento",)),
    (COUNCIL, ("consejo",)),
    (COUNCIL, ("council",)),
    (LAST_NAMES, ("apellido",)),
    (LAST_NAMES, ("last name",)),
    (LAST_NAMES, ("surname",)),
    (LAST_NAMES, ("family name",)),
    (FIRST_NAMES, ("nombre",)),
    (FIRST_NAMES, ("first name",)),
    (FIRST_NAMES, ("given name",)),
    (FULL_NAME, ("name",)),
    (SEX, ("sexo",)),
    (SEX, ("genero",)),
    (SEX, ("sex",)),
    (SEX, ("gender",)),
    (SECTOR, ("sector",)),
    (ADDRESS, ("direccion",)),
    (ADDRESS, ("domicilio",)),
    (ADDRESS, ("address",)),
    (PHONE, ("telefono",)),
    (PHONE, ("tlf",)),
    (PHONE, ("telf",)),
    (PHONE, ("celular",)),
    (PHONE, ("movil",)),
    (PHONE, ("phone",)),
    (PHONE, ("mobile",)),
    (HOUSEHOLD, ("hogar",)),
    (HOUSEHOLD, ("familia",)),
    (HOUSEHOLD, ("household",)),
    (HOUSEHOLD, ("family",)),
)


def normalize_heading(heading: object) -> str:
    """'Nº de Cédula:' -> 'n de cedula'; 'C.I.' -> 'c i'."""
    text = fold(str(heading or ""))
    text = re.sub(r"[^a-z0-9]+", " ", text)
    return " ".join(text.split())


def _contains_phrase(heading: str, phrase: str) -> bool:
    return re.search(rf"(^| ){re.escape(phrase)}s?( |$)", heading) is not None \
        or (len(phrase) > 3 and phrase in heading)


def field_for(heading: object) -> str | None:
    """The field a heading names, or None if it is not one the census keeps (e.g. "Edad")."""
    text = normalize_heading(heading)
    if not text:
        return None
    for name, phrases in _RULES:
        if all(_contains_phrase(text, p) for p in phrases):
            return name
    return None


@dataclass(frozen=True)
class ColumnMap:
    """Which column (0-based) holds each field, and the heading as the file wrote it."""

    positions: dict[str, int]
    headings: dict[str, str]
    ignored: tuple[str, ...]

    def has_names(self) -> bool:
        return bool({FIRST_NAMES, LAST_NAMES, FULL_NAME, FULL_NAME_LAST_FIRST}
                    & self.positions.keys())


def map_columns(headings: Sequence[object]) -> ColumnMap:
    """The first column that matches a field wins; later ones are listed as ignored."""
    positions: dict[str, int] = {}
    shown: dict[str, str] = {}
    ignored: list[str] = []
    for index, heading in enumerate(headings):
        name = field_for(heading)
        label = str(heading or "").strip()
        if name is None or name in positions:
            if label:
                ignored.append(label)
            continue
        positions[name] = index
        shown[name] = label
    return ColumnMap(positions, shown, tuple(ignored))
