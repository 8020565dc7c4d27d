"""Columns every laptop derives from a record's own fields: never in a change, never merged.

The folded name search uses is one: synced, a change in folding between program versions
would make conflicts nobody can understand. Each laptop computes it when it writes the row
(the row writer imports and the rebuild from the log use), from the fields that travel.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from app.census.search import search_text

Derive = Callable[[Mapping[str, Any]], Any]


def _resident_search(fields: Mapping[str, Any]) -> str:
    return search_text(fields.get("first_names") or "", fields.get("last_names") or "",
                       fields.get("national_id"))


DERIVED: dict[str, dict[str, Derive]] = {"resident": {"search_text": _resident_search}}


def derived_columns(entity: str) -> frozenset[str]:
    return frozenset(DERIVED.get(entity, ()))


def without_derived(entity: str, fields: dict[str, Any]) -> dict[str, Any]:
    """The fields a change carries: the derived ones left out."""
    for name in DERIVED.get(entity, ()):
        fields.pop(name, None)
    return fields
