"""A write the disk refused, as a sentence a person can act on instead of "Error inesperado".

Any unit of work can hit a full disk (SQLite's "database or disk is full", or ENOSPC from the
operating system) or a data folder the user may not write in (SQLite's "attempt to write a
readonly database"; "unable to open database file" when the folder refuses the `-wal` file).
The unit of work has rolled back by the time the error reaches the command line or the window,
so the sentence can promise that nothing of it was saved. Both boundaries ask `write_trouble`
before calling an error unexpected. Matched on SQLite's own words (its error text is fixed
across versions) so this module needs no database layer.
"""

from __future__ import annotations

import errno
import os
import shutil

import app.safety.messages  # noqa: F401  (registers the db.disk_full / db.read_only sentences)
from app.domain.errors import DomainError

_FULL_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_DENIED_ERRNOS = {errno.EACCES, errno.EPERM, errno.EROFS}
_SQLITE_FULL = "database or disk is full"
_SQLITE_READ_ONLY = ("attempt to write a readonly database", "readonly database")
_SQLITE_CANT_OPEN = "unable to open database file"
# What SQLite says when a full disk stops a write below a table it cannot name: the census's
# full-text index (FTS5) reports a bare "constraint failed", a page write "disk I/O error".
_SQLITE_VAGUE = ("constraint failed", "disk I/O error")
# Less room than this beside the database, and a vague failure, is a full disk: a unit of
# work needs a few pages of the WAL; no honest constraint fails only on a nearly full disk.
NEARLY_FULL = 1024 * 1024


def _sqlite_text(exc: BaseException) -> str:
    # SQLAlchemy wraps the driver's error in `orig`; the driver's own error is its text.
    return str(getattr(exc, "orig", None) or exc)


def is_disk_full(exc: BaseException) -> bool:
    """No room left: the operating system's ENOSPC (or a quota), or SQLite's own words for
    its files. The one test of a full disk: backups, bundles and every unit of work ask it."""
    if isinstance(exc, OSError) and exc.errno in _FULL_ERRNOS:
        return True
    return _SQLITE_FULL in _sqlite_text(exc)


def write_trouble(exc: BaseException, db: os.PathLike[str] | str | None = None
                  ) -> DomainError | None:
    """The sentence for a full disk or a read-only database (None for any other error).

    `db`: the database file, when known, to tell a read-only folder from a missing one and to
    name it in the sentence."""
    if is_disk_full(exc):
        return DomainError("db.disk_full")
    if isinstance(exc, OSError) and exc.errno in _DENIED_ERRNOS and not isinstance(
            exc, FileNotFoundError):
        return DomainError("db.read_only", path=str(exc.filename or db or ""))
    text = _sqlite_text(exc)
    if any(words in text for words in _SQLITE_READ_ONLY):
        return DomainError("db.read_only", path=str(db or ""))
    if _SQLITE_CANT_OPEN in text and db is not None and _not_writable(db):
        return DomainError("db.read_only", path=str(db))
    return None


def looks_full(exc: BaseException, db: os.PathLike[str] | str) -> bool:
    """SQLite's vague words for a write that failed on a disk that is (nearly) full.

    A real full disk under the census showed "constraint failed" (IntegrityError) where a
    plain table says "database or disk is full"; the engine renames it (app/persistence/
    engine.py) so every caller sees one error."""
    if _sqlite_text(exc).strip() not in _SQLITE_VAGUE:
        return False
    try:
        free = shutil.disk_usage(os.path.dirname(os.path.abspath(os.fspath(db)))).free
    except OSError:
        return False
    return free < NEARLY_FULL


def _not_writable(db: os.PathLike[str] | str) -> bool:
    """The database file, or the folder that must hold its `-wal` file, refuses writing."""
    path = os.fspath(db)
    folder = os.path.dirname(os.path.abspath(path))
    if os.path.exists(path) and not os.access(path, os.W_OK):
        return True
    return os.path.isdir(folder) and not os.access(folder, os.W_OK)
