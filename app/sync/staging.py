"""Where a bundle is read from and written to on this laptop: a private staged copy, and the
disk trouble (full, file-size limit) turned into a sentence."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy.exc import OperationalError

from app.domain.errors import DomainError
from app.sync.bundle_reader import BundleReader
from app.sync.disk_trouble import disk_error, readable_name, readable_path, sqlite_full


class staged:
    """A private copy of a bundle to read from: the stick may be pulled, the file changed."""

    def __init__(self, path: Path) -> None:
        self._source = Path(path)
        self._dir = Path(tempfile.mkdtemp(prefix="asamblea-import-"))
        self._reader: BundleReader | None = None

    def __enter__(self) -> BundleReader:
        target = self._dir / "bundle.asamblea"
        name = readable_name(self._source)
        try:
            shutil.copyfile(self._source, target)
        except FileNotFoundError as exc:
            self.__exit__()
            raise DomainError("sync.not_found", path=readable_path(self._source)) from exc
        except (IsADirectoryError, PermissionError) as exc:
            self.__exit__()
            raise DomainError("sync.not_bundle", name=name) from exc
        except OSError as exc:
            self.__exit__()
            trouble = disk_error(exc, self._dir.parent, self._source.stat().st_size)
            if trouble is None:
                raise
            raise trouble from exc
        self._reader = BundleReader(target, name)
        return self._reader

    def __exit__(self, *_exc: object) -> None:
        if self._reader is not None:
            self._reader.close()
        shutil.rmtree(self._dir, ignore_errors=True)


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
        if not sqlite_full(exc):
            raise
        raise DomainError("sync.disk_full", folder=readable_path(shown)) from exc
