"""Backups: made with SQLite's backup API, checked after writing, kept by rotation.

Made at start (at most once a day), before every import, migration and restore, and on
demand; kept in `copias/` beside the database (7 daily, 4 weekly, 12 monthly). A backup never
holds the device's private key: that lives in its own file (app/safety/keyfile.py).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import create_engine
from sqlalchemy.orm import Session

from app.domain.clock import Clock
from app.domain.errors import DomainError
from app.safety.backup_file import (
    backup_name,
    backups_folder,
    backups_of,
    copy_database,
    integrity_problems,
    parse_backup_name,
    rotate,
)
from app.safety.leftovers import clean_partials

if TYPE_CHECKING:
    from app.safety.model import BackupCheck, BackupInfo

# What checks, describes and copies a backup is imported when a backup is made or read: every
# command's start asks `daily()`, which on most starts finds today's backup made and returns.

# What a secretary recognizes in a backup: how many people, assemblies, projects, changes.
COUNTED = ("resident", "assembly", "agreement", "project", "expense", "change")

DAILY, MANUAL, BEFORE_IMPORT, BEFORE_RESTORE = (
    "diaria", "manual", "antes-de-importar", "antes-de-restaurar")


class BackupService:
    def __init__(self, db_path: Path | None, clock: Clock,
                 checkpoint: Callable[[], None] | None = None) -> None:
        self._db = db_path
        self._clock = clock
        # Folds the WAL into the database through a connection already open (container).
        self._checkpoint = checkpoint

    def _path(self) -> Path:
        if self._db is None:
            raise DomainError("backup.not_available")
        return self._db

    @property
    def available(self) -> bool:
        return self._db is not None

    def folder(self) -> Path:
        return backups_folder(self._path())

    def list(self) -> list[BackupInfo]:
        """The backups of this database, newest first."""
        from app.safety.model import BackupInfo

        db = self._path()
        return [BackupInfo(path, made, reason, _size(path))
                for path, made, reason in backups_of(self.folder(), db.stem)]

    def create(self, reason: str = MANUAL, keep_damaged: bool = False) -> BackupInfo:
        """Write a backup, check it (integrity and change-log chains), then rotate.

        `keep_damaged`: the copy made before restoring over a damaged database is kept even
        though it fails its check (it is all there is of what the database held)."""
        from app.safety.model import BackupInfo

        db = self._path()
        made = self._clock.now()
        target = self.folder() / backup_name(db.stem, made, reason)
        copy_database(db, target)
        check = self.verify(target)
        if not check.ok and not keep_damaged:
            target.unlink(missing_ok=True)
            raise DomainError("backup.damaged", name=target.name, detail=check.problems[0])
        rotate(self.folder(), db.stem)
        return BackupInfo(target, made, reason, _size(target))

    def before_import(self) -> BackupInfo | None:
        """The backup made before a bundle or census is applied (none on a server)."""
        return self.create(BEFORE_IMPORT) if self._db is not None else None

    def daily(self) -> BackupInfo | None:
        """The start-up backup: one a day (the laptop's local day), none for an empty
        database or one with a backup already today."""
        if self._db is None or not self._db.exists():
            return None
        today = self._clock.now().astimezone().date()
        if any(made.astimezone().date() == today for _p, made, _r in
               backups_of(self.folder(), self._db.stem)):
            return None
        return self.create(DAILY)

    def rescue_missing_wal(self) -> bool:
        """While the program holds the database open its `-wal` file must exist: it holds the
        latest committed work until a checkpoint. If something deleted it (a file manager, an
        antivirus, a copy made by hand), our open connection still reads it: fold it into the
        database now, before the program is closed or killed and the work is gone. True if it
        was missing."""
        if self._db is None or self._checkpoint is None:
            return False
        if Path(f"{self._db}-wal").exists() or not self._db.exists():
            return False
        self._checkpoint()
        return True

    def verify(self, path: Path) -> BackupCheck:
        """What the backup holds and whether it is sound: SQLite's integrity check, then every
        device's change-log chain (complete, linked, unaltered)."""
        from app.safety.model import BackupCheck

        path = Path(path)
        if not path.is_file():
            raise DomainError("backup.not_found", path=str(path))
        parsed = parse_backup_name(self._db.stem, path.name) if self._db else None
        made = parsed[0] if parsed else None
        problems = integrity_problems(path)
        counts: dict[str, int] = {}
        revision = None
        if not problems:
            counts, revision = _counts(path)
            problems = _chain(path)
        return BackupCheck(path, made, _size(path), not problems, tuple(problems), counts,
                           revision)

    def copy_to(self, folder: Path) -> Path:
        """A fresh, checked backup written to `folder` (a USB stick) with the same durable
        write as bundles: a `.partial` file, fsync, rename, read back and checked."""
        from app.sync.usb import place_file

        backup = self.create(MANUAL)

        def read_back(copy: Path) -> None:
            check = self.verify(copy)
            if not check.ok:
                raise DomainError("backup.damaged", name=copy.name, detail=check.problems[0])

        clean_partials(Path(folder))
        return place_file(backup.path, Path(folder), backup.path.name, read_back)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _counts(path: Path) -> tuple[dict[str, int], str | None]:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        counts = {}
        for table in COUNTED:
            if table in tables:
                counts[table] = int(con.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        return counts, (str(row[0]) if row else None)
    finally:
        con.close()


def _chain(path: Path) -> list[str]:
    from app.sync.verify_log import chain_problems

    engine = create_engine(f"sqlite:///file:{path}?mode=ro&uri=true")
    try:
        with Session(engine) as s:
            return chain_problems(s)
    except Exception as exc:  # an old or foreign schema: say why, never a traceback
        return [str(exc).splitlines()[0]]
    finally:
        engine.dispose()
