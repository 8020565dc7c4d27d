"""How numbers, cédulas, votes, dates and percentages are written on paper.

One place, so that every paper writes «1.200», «V-12.345.678», «1 voto» and «20 %» the same
way a Venezuelan table member or registrar writes them by hand.
"""

from __future__ import annotations

from datetime import date

from num2words import num2words

NBSP = "\u00a0"


def number(n: int) -> str:
    """«1.200»: thousands separated by a point (the comma is the decimal mark)."""
    return f"{n:,}".replace(",", ".")


def cedula(nationality: str, number_: int | str) -> str:
    """«V-12.345.678». A cédula typed with points, spaces or its letter is read for its digits;
    one with no digits at all is printed as it was recorded rather than invented."""
    digits = "".join(ch for ch in str(number_) if ch.isdigit())
    letter = (nationality or "V").strip().upper()[:1] or "V"
    if not digits:
        return f"{letter}-{number_}"
    return f"{letter}-{number(int(digits))}"


def votes(n: int) -> str:
    """«1 voto», «0 votos», «1.200 votos»."""
    return f"{number(n)} {'voto' if n == 1 else 'votos'}"


def day(value: date) -> str:
    """«05/09/2026» (dd/mm/aaaa)."""
    return f"{value.day:02d}/{value.month:02d}/{value.year:04d}"


def percent(fraction: float, decimals: int = 1) -> str:
    """«20,5 %» from 0.205, with a non-breaking space so the sign never starts a line."""
    figure = f"{fraction * 100:,.{decimals}f}"
    # Python writes 1,234.5; Spanish papers write 1.234,5.
    figure = figure.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return f"{figure}{NBSP}%"


def in_words(n: int) -> str:
    """«mil doscientos»: the figure as a table member writes it beside the digits, so a
    changed digit shows. Spanish always: tally sheets are legal papers."""
    return str(num2words(n, lang="es"))


def national_id(stored: str | None, missing: str = "") -> str:
    """A cédula as the census stores it («V-12345678») written for paper («V-12.345.678»);
    `missing` for a person without one (children, walk-ins who did not give it)."""
    if not stored:
        return missing
    letter = stored[0] if stored[0].isalpha() else "V"
    return cedula(letter, stored)
