"""Census search in SQL: folded words matched anywhere in a resident's names or cédula.

On SQLite the words of three letters or more go through the FTS5 trigram index made by the
0002_census revision (a LIKE '%x%' over 50,000 rows costs ~30 ms; the index answers in a few);
shorter words, and every word on other databases (the hub), use LIKE over `search_text`.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, TextClause, text

from app.census.search import TRIGRAM, search_words
from app.persistence.rows import ResidentRow
from app.persistence.search_index import FTS_TABLE


def _fts_phrase(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def search_conditions(query: str, indexed: bool) -> list[ColumnElement[bool] | TextClause]:
    """WHERE conditions that keep the residents matching every word of `query`."""
    words = search_words(query)
    long_words = [w for w in words if len(w) >= TRIGRAM] if indexed else []
    conditions: list[ColumnElement[bool] | TextClause] = [
        ResidentRow.search_text.contains(w, autoescape=True) for w in words if w not in long_words
    ]
    if long_words:
        match = " AND ".join(_fts_phrase(w) for w in long_words)
        conditions.append(
            text(
                f"resident.rowid IN (SELECT rowid FROM {FTS_TABLE} "
                f"WHERE {FTS_TABLE} MATCH :census_match)"
            ).bindparams(census_match=match)
        )
    return conditions
