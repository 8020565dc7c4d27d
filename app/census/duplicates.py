"""Possible duplicates: the same cédula, or the same folded name and birth date.

The keys people are compared by; the queries that find them are app.services.census_duplicates.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from app.domain.text import fold

# Given names and surnames repeat a great deal in a census: folding each part once makes a
# 50,000-row import noticeably faster.
_fold_part = lru_cache(maxsize=65_536)(fold)


def name_key(first_names: str, last_names: str) -> str:
    """Names as compared for duplicates and searched: folded, given names first."""
    return " ".join(p for p in (_fold_part(first_names), _fold_part(last_names)) if p)


def person_key(first_names: str, last_names: str, birth_date: date | None) -> str | None:
    if birth_date is None:
        return None
    return f"{name_key(first_names, last_names)}|{birth_date.isoformat()}"
