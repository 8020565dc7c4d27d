"""The cédula de identidad: parse the ways people write it, keep one canonical form."""

from __future__ import annotations

import re

from app.domain.errors import DomainError

# "V-12.345.678", "v12345678", "E 81234567", "12345678" (V assumed): letter, digits, dots.
_PATTERN = re.compile(r"^\s*([VvEe])?\s*[-\s.]?\s*(\d{1,3}(?:\.\d{3})+|\d{5,9})\s*$")


def normalize_national_id(raw: str) -> str:
    """Return "V-12345678" or "E-81234567"; raise DomainError("national_id.invalid")."""
    match = _PATTERN.match(raw or "")
    if not match:
        raise DomainError("national_id.invalid", value=raw)
    letter = (match.group(1) or "V").upper()
    digits = match.group(2).replace(".", "").lstrip("0")
    if not 5 <= len(digits) <= 9:
        raise DomainError("national_id.invalid", value=raw)
    return f"{letter}-{digits}"


def optional_national_id(raw: str | None) -> str | None:
    """Children may have no cédula: blank means None, anything else must be valid."""
    if raw is None or not raw.strip():
        return None
    return normalize_national_id(raw)


def national_id_digits(value: str) -> str:
    """The digits alone, for searching "12345678" or "12.345.678"."""
    return re.sub(r"\D", "", value)
