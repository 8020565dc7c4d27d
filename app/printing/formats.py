"""How numbers, cédulas and votes are written on paper: «1.200», «V-12.345.678», «1 voto».

(The agreed interface with issue 10's papers work, which owns this module and adds more; the
same three functions here, so the long census can use them before that work lands.)
"""

from __future__ import annotations


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
