"""What a killed run leaves beside the database, removed at the next start.

Staging folders of imports and exports (a copy of the census), a restore's `.restoring` copy,
half-written backups. Only what is older than an hour: another window or command may be using
a fresh one right now. All of it sits in the data folder, readable by this user only.
"""

from __future__ import annotations

import shutil
import time
from pathlib import Path

STALE_SECONDS = 3600


def clean_leftovers(db_path: Path, staging: Path, now: float | None = None) -> list[Path]:
    moment = time.time() if now is None else now
    candidates: list[Path] = []
    if staging.is_dir():
        candidates += list(staging.iterdir())
    candidates += list(db_path.parent.glob(f"{db_path.name}.restoring"))
    # A half-written backup and the journal SQLite left beside it (a full disk mid-copy).
    candidates += list((db_path.parent / "copias").glob("*.partial"))
    candidates += list((db_path.parent / "copias").glob("*.partial-*"))
    removed = []
    for path in candidates:
        try:
            if moment - path.stat().st_mtime < STALE_SECONDS:
                continue
            if path.is_dir():
                shutil.rmtree(path, ignore_errors=True)
            else:
                path.unlink(missing_ok=True)
            removed.append(path)
        except OSError:
            continue
    return removed


def clean_partials(folder: Path, now: float | None = None) -> list[Path]:
    """Half-copied files an interrupted copy left on a stick (`NAME.partial`), removed the next
    time something is written there: they hold personal data and are of no use."""
    moment = time.time() if now is None else now
    removed = []
    try:
        found = [p for p in folder.glob("*.partial") if p.is_file()]
    except OSError:
        return []
    for path in found:
        try:
            if moment - path.stat().st_mtime >= STALE_SECONDS:
                path.unlink()
                removed.append(path)
        except OSError:
            continue
    return removed
