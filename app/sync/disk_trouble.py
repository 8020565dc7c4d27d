"""A full disk or a file-size limit while a bundle is written or read: a sentence, not a trace.

ENOSPC (no space left: the stick, or this laptop's temporary folder) and EFBIG (a file larger
than the file system allows, as FAT32 past 4 GB) are the user's to fix, so they become
DomainErrors naming the folder; whatever was half-written has been removed by the caller.
SQLite says the same of its own files as "database or disk is full".
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

from app.domain.errors import DomainError
from app.safety.write_trouble import is_disk_full

MB = 1024 * 1024


def readable_path(path: Path | str) -> str:
    """A path as a person can read it (and a terminal or a database can take), whatever
    bytes the stick's file system holds: bytes that are not UTF-8 show as �."""
    return os.fspath(path).encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def readable_name(path: Path | str) -> str:
    return readable_path(os.path.basename(os.fspath(path)) or os.fspath(path))


def disk_error(exc: OSError, folder: Path, size: int = 0) -> DomainError | None:
    """The sentence for a disk that is full or refuses a file this big; None for others."""
    shown = readable_path(folder)
    if exc.errno == errno.EFBIG:
        return DomainError("sync.file_too_big", folder=shown, mb=(size + MB - 1) // MB)
    if is_disk_full(exc):
        return DomainError("sync.disk_full", folder=shown)
    return None
