"""Labels for stored enum values (one table in app.domain.labels); numbers and money."""

from __future__ import annotations

from app.domain.enums import (
    AssemblyKind,
    AssemblyStatus,
    ConsultationStatus,
    OrgKind,
    PrioritizationMethod,
    ProblemCategory,
    ProblemStatus,
    ProjectStatus,
    Sex,
    TableRole,
    TieRule,
)
from app.domain.labels import label
from app.i18n import current_language

# The labels themselves live in app.domain.labels (one table for screen, paper and command
# line); these names stay so the window reads as before. The window sets ASAMBLEA_LANG to its
# own language at start-up, so app.i18n speaks the same language as Qt's translator.


def org_kind(kind: OrgKind) -> str:
    return label(kind)


def assembly_kind(kind: AssemblyKind) -> str:
    return label(kind)


def assembly_status(status: AssemblyStatus) -> str:
    return label(status)


def category(value: ProblemCategory) -> str:
    return label(value)


def problem_status(status: ProblemStatus) -> str:
    return label(status)


def project_status(status: ProjectStatus) -> str:
    return label(status)


def consultation_status(status: ConsultationStatus) -> str:
    return label(status)


def prioritization_method(method: PrioritizationMethod) -> str:
    return label(method)


def tie_rule(rule: TieRule) -> str:
    return label(rule)


def table_role(role: TableRole) -> str:
    return label(role)


def sex(value: Sex) -> str:
    return label(value)


def _spanish() -> bool:
    return current_language() == "es"


def money(cents: int, currency: str) -> str:
    """1234567 USD -> "USD 12.345,67" in Spanish (dot thousands, comma decimals)."""
    whole, frac = divmod(abs(cents), 100)
    sign = "-" if cents < 0 else ""
    if _spanish():
        return f"{currency} {sign}{whole:,}".replace(",", ".") + f",{frac:02d}"
    return f"{currency} {sign}{whole:,}.{frac:02d}"


def number(value: int) -> str:
    return f"{value:,}".replace(",", ".") if _spanish() else f"{value:,}"
