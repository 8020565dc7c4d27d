"""Labels for stored enum values (one table in app.domain.labels); numbers and money."""

from __future__ import annotations

from app.domain.labels import label
from app.i18n import current_language

# Every enum value reads as app.domain.labels says (one table for screen, paper and command
# line); the names below only keep call sites readable (`labels.category(p.category)`). The
# window sets ASAMBLEA_LANG to its own language at start-up, so app.i18n speaks the language of
# Qt's translator.
org_kind = assembly_kind = assembly_status = category = label
problem_status = project_status = consultation_status = label
prioritization_method = tie_rule = table_role = sex = project_role = label
ENUM_LABELS = ("org_kind", "assembly_kind", "assembly_status", "category", "problem_status",
               "project_status", "consultation_status", "prioritization_method", "tie_rule",
               "table_role", "sex", "project_role")


def _spanish() -> bool:
    return current_language() == "es"


def money(cents: int, currency: str) -> str:
    """1234567 USD -> "USD 12.345,67" in Spanish (dot thousands, comma decimals), "USD
    12,345.67" in English: the program's language, never the system's locale."""
    return f"{currency} {amount(cents)}"


def amount(cents: int) -> str:
    """1234567 -> "12.345,67" in Spanish, "12,345.67" in English; app.projects.money's
    parse_amount reads both."""
    whole, frac = divmod(abs(cents), 100)
    sign = "-" if cents < 0 else ""
    if _spanish():
        return f"{sign}{whole:,}".replace(",", ".") + f",{frac:02d}"
    return f"{sign}{whole:,}.{frac:02d}"


def number(value: int) -> str:
    return f"{value:,}".replace(",", ".") if _spanish() else f"{value:,}"


def percent(fraction: float) -> str:
    """0.205 -> «20,5 %» in Spanish, «20.5 %» in English (a non-breaking space before %)."""
    figure = f"{fraction * 100:,.1f}"
    if _spanish():
        figure = figure.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return f"{figure}\u00a0%"


def count(n: int, one: str, many: str) -> str:
    """«1 habitante» / «1.200 habitantes», never «habitante(s)»: `one` and `many` are the two
    translated sentences with `{n}` where the number goes. Spanish and English both say the
    singular for exactly one, so two forms are enough for the program's two languages."""
    return (one if n == 1 else many).format(n=number(n))
