"""A backup file: written with SQLite's backup API, durably, and checked.

No SQLAlchemy here: the migration step (app/persistence/migrate.py) and the backup service both
use it. The change-log check, which needs the models, is the service's.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import app.safety.messages  # noqa: F401  (registers the backup sentences)
from app.domain.errors import DomainError
from app.safety.durable import fsync_dir
from app.safety.write_trouble import is_disk_full

FOLDER = "copias"
PARTIAL = ".partial"
_STAMP = "%Y%m%d-%H%M%S"


def backups_folder(db_path: Path) -> Path:
    return db_path.parent / FOLDER


def backup_name(stem: str, made_at: datetime, reason: str) -> str:
    """`asamblea-20260301-101500-diaria.db`: the stamp is UTC, so names sort by time."""
    return f"{stem}-{made_at.astimezone(UTC).strftime(_STAMP)}-{reason}.db"


def parse_backup_name(stem: str, name: str) -> tuple[datetime, str] | None:
    """(when, reason) of a backup of the database `stem`, or None for another file."""
    match = re.fullmatch(re.escape(stem) + r"-(\d{8}-\d{6})-(.+)\.db", name)
    if match is None:
        return None
    try:
        made = datetime.strptime(match.group(1), _STAMP).replace(tzinfo=UTC)
    except ValueError:
        return None
    return made, match.group(2)


def copy_database(source: Path, target: Path) -> None:
    """Copy the database `source` to `target` with SQLite's online backup (consistent while
    the program writes, and it includes what is still in the WAL), through a `.partial` file
    renamed only once complete and on disk. On failure nothing is left behind."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + PARTIAL)
    remove_partial(partial)
    try:
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            dest = sqlite3.connect(partial)
            try:
                src.backup(dest)
                dest.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
            finally:
                dest.close()
        finally:
            src.close()
        with partial.open("rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(partial, target)
        fsync_dir(target.parent)
    except (OSError, sqlite3.Error) as exc:
        remove_partial(partial)
        if is_disk_full(exc):
            raise DomainError("backup.no_space", folder=str(target.parent)) from exc
        raise DomainError("backup.write_failed", folder=str(target.parent),
                          detail=str(exc)) from exc


# What SQLite may leave beside a copy it was writing when it failed (a full disk mid-copy
# leaves the rollback journal of the half-written file: a piece of the census).
SIDECARS = ("-journal", "-wal", "-shm")


def remove_partial(partial: Path) -> None:
    """A half-written copy and whatever SQLite left beside it."""
    for path in (partial, *(partial.with_name(partial.name + s) for s in SIDECARS)):
        with contextlib.suppress(OSError):
            path.unlink(missing_ok=True)


def integrity_problems(path: Path, ours: bool = True) -> list[str]:
    """SQLite's own check of a file, read-only; an empty list means sound. `ours`: it must
    also be a database of this program (not any SQLite file)."""
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = con.execute("PRAGMA integrity_check").fetchall()
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master")}
        finally:
            con.close()
    except sqlite3.Error as exc:
        return [str(exc)]
    lines = [line for r in rows for line in str(r[0]).splitlines()]
    problems = [line for line in lines if line != "ok" and not line.startswith("***")]
    if ours and not problems and not {"alembic_version", "change"} <= tables:
        problems.append("no es una base de datos de Asamblea")
    return problems


def backups_of(folder: Path, stem: str) -> list[tuple[Path, datetime, str]]:
    """The backups of the database `stem` in `folder`: (path, when, reason), newest first."""
    found = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    for path in entries:
        parsed = parse_backup_name(stem, path.name)
        if parsed is not None and path.is_file():
            found.append((path, parsed[0], parsed[1]))
    return sorted(found, key=lambda item: item[1], reverse=True)


def rotate(folder: Path, stem: str) -> list[Path]:
    """Delete the backups the rotation no longer keeps (app/safety/rotation.py); return them.
    Days, weeks and months are this laptop's local ones."""
    from app.safety.rotation import to_keep

    found = backups_of(folder, stem)
    keep = set(to_keep([(path, made.astimezone()) for path, made, _ in found]))
    removed = []
    for path, _made, _reason in found:
        if path not in keep:
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed


def peek_revision(path: Path) -> str | bool | None:
    """The schema revision of a SQLite file, read without writing to it: None for an empty
    database, False for another program's (tables, but none of ours)."""
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            tables = {r[0] for r in con.execute(
                "SELECT name FROM sqlite_master WHERE type='table'")}
            if not tables:
                return None
            if "alembic_version" not in tables:
                return False
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            con.close()
    except sqlite3.Error:
        return None  # unreadable here: the engine's own open says why
    return None if row is None else str(row[0])  # no row: emptied by a downgrade, still ours
