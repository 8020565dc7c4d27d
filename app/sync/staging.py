"""Disk trouble while a bundle is written or read (a full disk, a file-size limit, SQLite's
"disk is full") turned into a sentence. The private staged copy is
app/services/sync_staging.Staged."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy.exc import OperationalError

from app.domain.errors import DomainError
from app.safety.write_trouble import is_disk_full
from app.sync.disk_trouble import disk_error, readable_path


@contextmanager
def disk_trouble(folder: Path, shown: Path | None = None) -> Iterator[None]:
    """A full disk or a file-size limit under `folder` (or SQLite's "disk is full"), named as
    `shown`: the caller's transaction rolls back and its staging folder goes; the person reads
    why."""
    shown = shown or folder
    try:
        yield
    except OSError as exc:
        files = [p.stat().st_size for p in folder.glob("*") if p.is_file()]
        trouble = disk_error(exc, shown, max(files, default=0))
        if trouble is None:
            raise
        raise trouble from exc
    except OperationalError as exc:
        if not is_disk_full(exc):
            raise
        raise DomainError("sync.disk_full", folder=readable_path(shown)) from exc
