"""A record's history values as a person reads them: another record by its name, dates as
dd/mm/aaaa, times in the organization's zone, enum values by their label, money with its
currency (1.200,50 USD), Sí/No. Pure: the service finds the names and the currency; the raw
value stays beside the shown one (`--json`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo

from app.domain.enums import (
    AssemblyKind,
    AssemblyStatus,
    ConsultationStatus,
    OrgKind,
    PrioritizationMethod,
    ProblemCategory,
    ProblemStatus,
    ProjectRole,
    ProjectStatus,
    Sex,
    TableRole,
    TieRule,
)
from app.domain.labels import label_of
from app.domain.money import money_text
from app.i18n import _

# Stored values that name a choice: shown by the choice's label (app/domain/labels.py).
ENUM_FIELDS: Mapping[tuple[str, str], type[StrEnum]] = {
    ("organization", "kind"): OrgKind, ("resident", "sex"): Sex,
    ("assembly", "kind"): AssemblyKind, ("assembly", "status"): AssemblyStatus,
    ("problem", "category"): ProblemCategory, ("problem", "status"): ProblemStatus,
    ("project", "category"): ProblemCategory, ("project", "status"): ProjectStatus,
    ("project_person", "role"): ProjectRole, ("project_status_change", "status"): ProjectStatus,
    ("consultation", "status"): ConsultationStatus, ("consultation", "tie_rule"): TieRule,
    ("prioritization", "method"): PrioritizationMethod, ("table_member", "role"): TableRole,
}


@dataclass(frozen=True)
class FieldKind:
    """How one column's stored value is read: plain, ref (to `target`), date, datetime, bool,
    money (cents; its currency named by `currency_field`, or the project's), rate (× 10,000)
    or enum."""

    kind: str = "plain"
    target: str = ""
    currency_field: str = ""
    enum: type[StrEnum] | None = None


@dataclass(frozen=True)
class Context:
    """What the values of one change need: the names of the records they refer to (`names`,
    by id), the organization's zone, and the currencies the change's fields name."""

    names: Mapping[str, str]
    zone: ZoneInfo
    currencies: Mapping[str, str]  # currency field (or "project") -> code


def shown(kind: FieldKind, value: Any, ctx: Context) -> str | None:
    """The value for a person; None for no value (the caller writes «vacío»)."""
    if value is None or value == "":
        return None
    if kind.kind == "bool" or isinstance(value, bool):
        return _("Sí") if value else _("No")
    if kind.kind == "ref":
        return ctx.names.get(str(value), str(value))
    if kind.kind == "enum" and kind.enum is not None:
        return label_of(kind.enum, str(value))
    if kind.kind == "money" and isinstance(value, int):
        currency = ctx.currencies.get(kind.currency_field) or ctx.currencies.get("project")
        return money_text(value, currency or "")
    if kind.kind == "rate" and isinstance(value, int):
        whole = f"{value // 10_000:,}".replace(",", ".")
        return f"{whole},{value % 10_000:04d}"
    if kind.kind == "date":
        day = _parse_date(value)
        return day.strftime("%d/%m/%Y") if day is not None else str(value)
    if kind.kind == "datetime":
        moment = _parse_moment(value)
        return moment.astimezone(ctx.zone).strftime("%d/%m/%Y %H:%M") if moment else str(value)
    return str(value)


def record_name(fields: Mapping[str, Any], record_id: str) -> str:
    """A record by the words a person uses, from its fields as a change holds them (the same
    rule as app/sync/names.record_label, for a record no longer held)."""
    first, last = fields.get("first_names"), fields.get("last_names")
    if first or last:
        person = " ".join(str(p) for p in (first, last) if p)
        national_id = fields.get("national_id")
        return f"{person}, {national_id}" if national_id else person
    for attribute in ("name", "title", "full_name", "filename", "description"):
        value = fields.get(attribute)
        if isinstance(value, str) and value:
            return value
    return record_id[-8:]


def _parse_date(value: Any) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _parse_moment(value: Any) -> datetime | None:
    """A stored time ("2026-09-01T15:26:53.000000Z", UTC) as an aware datetime."""
    text = str(value).replace("Z", "+00:00")
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=ZoneInfo("UTC"))
