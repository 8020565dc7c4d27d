"""Turn spreadsheet cells into resident values: text, cédulas, dates, sex."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from app.domain.dates import parse_date
from app.domain.enums import Sex
from app.domain.errors import DomainError
from app.domain.text import fold

_DMY = re.compile(r"^(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})$")
_YMD = re.compile(r"^(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})$")
_EXCEL_EPOCH = date(1899, 12, 30)  # serial 1 is 1900-01-01 (with Excel's 1900 leap bug)
_SEXES = {
    "f": Sex.FEMALE, "femenino": Sex.FEMALE, "fem": Sex.FEMALE, "mujer": Sex.FEMALE,
    "female": Sex.FEMALE, "woman": Sex.FEMALE,
    "m": Sex.MALE, "masculino": Sex.MALE, "masc": Sex.MALE, "hombre": Sex.MALE,
    "male": Sex.MALE, "man": Sex.MALE,
}


def cell_text(value: object) -> str:
    """The text of a cell; whole numbers lose the ".0" a spreadsheet adds (cédulas, phones)."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    return " ".join(str(value).split())


def cell_date(value: object) -> date | None:
    """A birth date from a date cell, an Excel serial number, or text (d/m/Y, Y-m-d...)."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return _excel_serial(float(value), str(value))
    text = cell_text(value)
    if not text:
        return None
    if text.isdigit() and 1 <= len(text) <= 5:
        return _excel_serial(float(text), text)
    text = text.split(" ")[0] if " " in text and ":" in text else text
    quick = _DMY.match(text) or _YMD.match(text)
    if quick is not None:
        # The two common shapes, without strptime (a 50,000-row import parses 50,000 dates).
        day, month, year = (quick.group("d"), quick.group("m"), quick.group("y"))
        try:
            return date(int(year), int(month), int(day))
        except ValueError:
            raise DomainError("date.invalid", value=text) from None
    return parse_date(text)


def _excel_serial(serial: float, raw: str) -> date:
    if not 1 <= serial < 2_958_466:
        raise DomainError("date.invalid", value=raw)
    return _EXCEL_EPOCH + timedelta(days=int(serial))


def cell_sex(value: object) -> Sex | None:
    text = fold(cell_text(value)).rstrip(".")
    if not text:
        return None
    sex = _SEXES.get(text)
    if sex is None:
        raise DomainError("resident.sex_invalid", value=cell_text(value))
    return sex


def split_full_name(text: str, last_first: bool) -> tuple[str, str]:
    """(first names, last names) from one cell.

    "García Pérez, José Luis" splits at the comma. Without one, Venezuelans write two given
    names and two surnames: four words split in half; three or fewer give one given name first
    (or last, for an "Apellidos y nombres" column).
    """
    if "," in text:
        before, after = (p.strip() for p in text.split(",", 1))
        return after, before  # a comma always follows the surnames
    words = text.split()
    if len(words) <= 1:
        return (text, "") if not last_first else ("", text)
    if len(words) >= 4:
        half = len(words) // 2
        head, tail = " ".join(words[:half]), " ".join(words[half:])
    elif last_first:
        head, tail = " ".join(words[:-1]), words[-1]
    else:
        head, tail = words[0], " ".join(words[1:])
    return (tail, head) if last_first else (head, tail)
