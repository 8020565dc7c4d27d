"""The census search index (SQLite FTS5, made by the 0002_census revision): is it there, and
how bulk writers (the census import, the demo, sync imports) index many new rows at once."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import text
from sqlalchemy.orm import Session

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
