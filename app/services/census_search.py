"""Census search in SQL: folded words matched anywhere in a resident's names or cédula.

On SQLite the words of three letters or more go through the FTS5 trigram index made by the
0002_census revision (a LIKE '%x%' over 50,000 rows costs ~30 ms; the index answers in a few);
shorter words, and every word on other databases (the hub), use LIKE over `search_text`.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, TextClause, text
from sqlalchemy.orm import Session

from app.census.search import TRIGRAM, search_words
from app.persistence.rows import ResidentRow
from app.persistence.search_index import FTS_TABLE


def _fts_phrase(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def _fts_match(words: list[str]) -> str:
    return " AND ".join(_fts_phrase(w) for w in words)


def indexed_matches(s: Session, query: str) -> int:
    """How many residents (of any state) the trigram index finds for the long words of
    `query`: what a page sorted from the index costs, against walking the name order."""
    long_words = [w for w in search_words(query) if len(w) >= TRIGRAM]
    found = s.scalar(text(f"SELECT count(*) FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :m"),
                     {"m": _fts_match(long_words)})
    return int(found or 0)


def search_conditions(query: str, indexed: bool) -> list[ColumnElement[bool] | TextClause]:
    """WHERE conditions that keep the residents matching every word of `query`."""
    words = search_words(query)
    long_words = [w for w in words if len(w) >= TRIGRAM] if indexed else []
    conditions: list[ColumnElement[bool] | TextClause] = [
        ResidentRow.search_text.contains(w, autoescape=True) for w in words if w not in long_words
    ]
    if long_words:
        match = _fts_match(long_words)
        conditions.append(
            text(
                f"resident.rowid IN (SELECT rowid FROM {FTS_TABLE} "
                f"WHERE {FTS_TABLE} MATCH :census_match)"
            ).bindparams(census_match=match)
        )
    return conditions
