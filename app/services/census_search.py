"""Census search in SQL: folded words matched anywhere in a resident's names or cédula.

On SQLite the words of three letters or more go through the FTS5 trigram index made by the
0002_census revision (a LIKE '%x%' over 50,000 rows costs ~30 ms; the index answers in a few);
shorter words, and every word on other databases (the hub), use LIKE over `search_text`.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import ColumnElement, TextClause, text
from sqlalchemy.orm import Session

from app.census.search import TRIGRAM, search_words
from app.persistence.rows import ResidentRow

FTS_TABLE = "resident_fts"


def has_search_index(s: Session) -> bool:
    """True when this database has the trigram index (SQLite at revision 0002 or later)."""
    if s.get_bind().dialect.name != "sqlite":
        return False
    found = s.execute(
        text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = :name"),
        {"name": FTS_TABLE},
    ).first()
    return found is not None


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


@contextmanager
def indexed_in_bulk(s: Session, indexed: bool) -> Iterator[None]:
    """Inside one transaction: rows inserted in the block are indexed in one statement at
    the end instead of one trigger call each. A failure rolls the pause back with the rest."""
    if not indexed:
        yield
        return
    before = int(s.scalar(text("SELECT coalesce(max(rowid), 0) FROM resident")) or 0)
    s.execute(text(f"UPDATE {FTS_TABLE}_state SET paused = 1 WHERE id = 1"))
    yield
    s.execute(
        text(f"INSERT INTO {FTS_TABLE}(rowid, search_text) "
             "SELECT rowid, search_text FROM resident WHERE rowid > :before"),
        {"before": before},
    )
    s.execute(text(f"UPDATE {FTS_TABLE}_state SET paused = 0 WHERE id = 1"))
