"""The language saved in Configuración, read before the window shows.

The window must know its language before it builds its first widget, and it shows before the
database layer (SQLAlchemy, Alembic, the migrations) is imported on the worker thread. So this
one setting is read here with the standard library's sqlite3, read-only: the same row that
SettingsService writes (tests/services/test_saved_language.py holds the two together).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from app.paths import default_db_path


def saved_language(db: Path | None = None) -> str | None:
    """The saved language code, or None when there is none yet (or no database)."""
    path = db or default_db_path()
    if not path.exists():
        return None
    try:
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            row = con.execute("SELECT value FROM setting WHERE key = 'language'").fetchone()
        finally:
            con.close()
    except sqlite3.Error:
        return None  # not migrated yet, or damaged: the start-up proper will say so
    return str(row[0]) if row else None
