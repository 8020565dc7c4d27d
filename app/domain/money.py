"""Money as a person reads it: integer cents and a currency code, written «10.000,00 USD»."""

from __future__ import annotations


def money_text(cents: int, currency: str) -> str:
    """10.000,00 USD: the Venezuelan way of writing amounts (no code, no trailing space)."""
    whole = f"{abs(cents) // 100:,}".replace(",", ".")
    sign = "-" if cents < 0 else ""
    return f"{sign}{whole},{abs(cents) % 100:02d} {currency}".rstrip()
