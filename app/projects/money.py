"""Amounts and exchange rates typed by a person, and the value of a payment in the project's
currency. Rates are kept as integers (times 10,000) so no sum ever drifts."""

from __future__ import annotations

import re

from app.domain.enums import Currency
from app.domain.errors import DomainError

RATE_SCALE = 10_000
_AMOUNT = re.compile(r"^\d{1,3}(\.\d{3})*(,\d{1,2})?$|^\d+([.,]\d{1,2})?$")
# "10,000.00" as the English window writes it: commas group, a point before the cents.
_ENGLISH = re.compile(r"^\d{1,3}(,\d{3})+(\.\d{1,2})?$")
_RATE = re.compile(r"^\d+([.,]\d{1,4})?$")


def parse_amount(text: str) -> int:
    """Cents from "1.234,56", "1234,56" or "1234.56" (a point before three digits groups),
    or "1,234.56" as English writes it (commas before groups of three, never a decimal)."""
    value = text.strip().replace(" ", "")
    if _ENGLISH.match(value):
        value = value.replace(",", "")
    elif not _AMOUNT.match(value):
        raise DomainError("money.amount_invalid", value=text)
    if "," in value:
        whole, _, part = value.replace(".", "").partition(",")
    elif re.match(r"^\d{1,3}(\.\d{3})+$", value):
        whole, part = value.replace(".", ""), ""
    else:
        whole, _, part = value.partition(".")
    return int(whole) * 100 + int((part or "0").ljust(2, "0"))


def parse_rate(text: str) -> int:
    """The rate times 10,000 from "36,5" or "36.5012"; zero is refused."""
    value = text.strip().replace(" ", "")
    if not _RATE.match(value):
        raise DomainError("money.rate_invalid", value=text)
    whole, _, part = value.replace(",", ".").partition(".")
    rate = int(whole) * RATE_SCALE + int((part or "0").ljust(4, "0"))
    if rate <= 0:
        raise DomainError("money.rate_invalid", value=text)
    return rate


def rate_text(rate_e4: int) -> str:
    """36,5000: the rate as a person wrote it, four decimals."""
    return f"{rate_e4 // RATE_SCALE:,}".replace(",", ".") + f",{rate_e4 % RATE_SCALE:04d}"


def value_in(amount_cents: int, currency: Currency, rate_e4: int | None,
             project_currency: Currency) -> int:
    """The amount in the project's currency. Bolívares against dollars need the rate of the
    payment's date (bolívares per dollar); rounding is half up, to the cent."""
    if amount_cents < 0:
        raise DomainError("money.negative")
    if currency is project_currency:
        return amount_cents
    if rate_e4 is None or rate_e4 <= 0:
        raise DomainError("money.rate_needed", currency=currency.value,
                          project_currency=project_currency.value)
    if currency is Currency.VES:  # bolívares into dollars: divide by the rate
        return (amount_cents * RATE_SCALE * 2 + rate_e4) // (rate_e4 * 2)
    return (amount_cents * rate_e4 * 2 + RATE_SCALE) // (RATE_SCALE * 2)
