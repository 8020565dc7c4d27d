"""Where the program keeps its files (cheap to import: the window needs it before the DB)."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir


def default_db_path() -> Path:
    """ASAMBLEA_DB, else the user's data folder (created on first start)."""
    env = os.environ.get("ASAMBLEA_DB")
    if env:
        return Path(env).expanduser()
    return Path(user_data_dir("asamblea", appauthor=False)) / "asamblea.db"


def staging_root(db_path: Path) -> Path:
    """Where bundles and copies are staged: inside the data folder, never the system's temp
    folder (app/services/sync_staging). Here so a start can clean it without loading sync."""
    return db_path.parent / "preparando"
