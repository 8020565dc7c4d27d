"""Printed papers speak the program's language: Spanish first, English when chosen."""

from __future__ import annotations

from app.domain.messages import current_language


def t(spanish: str, english: str) -> str:
    return english if current_language() == "en" else spanish
