"""Put a finished bundle on a USB stick so that a pulled stick never holds half a bundle.

The bundle is built and verified locally first; then: free-space check, copy to `NAME.partial`,
flush and fsync, rename, fsync the folder, and read it back and verify it from the stick. Only
after that may the person remove the stick.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

from app.domain.errors import DomainError
from app.safety.durable import fsync_dir
from app.sync.disk_trouble import disk_error

PARTIAL = ".partial"
MARGIN = 1024 * 1024  # FAT32 clusters and directory entries need a little room too
CHUNK = 1024 * 1024


def check_free_space(folder: Path, needed: int) -> None:
    try:
        free = shutil.disk_usage(folder).free
    except OSError as exc:
        raise DomainError("sync.not_folder", folder=str(folder)) from exc
    if free < needed + MARGIN:
        mb = 1024 * 1024
        raise DomainError("sync.no_space", folder=str(folder),
                          needed=(needed + MARGIN + mb - 1) // mb, free=free // mb)


def place_file(source: Path, folder: Path, name: str, verify: Callable[[Path], None]) -> Path:
    """Copy `source` to `folder/name` durably; `verify` reads the copy back (raises if bad)."""
    if not folder.is_dir() or not os.access(folder, os.W_OK):
        raise DomainError("sync.not_folder", folder=str(folder))
    size = source.stat().st_size
    check_free_space(folder, size)
    final = folder / name
    partial = folder / (name + PARTIAL)
    try:
        _copy(source, partial)
        os.replace(partial, final)
        fsync_dir(folder)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise disk_error(exc, folder, size) or DomainError(
            "sync.write_failed", folder=str(folder), detail=exc.strerror or str(exc)) from exc
    try:
        verify(final)
    except DomainError as exc:
        raise DomainError("sync.readback_failed", folder=str(folder)) from exc
    return final


def _copy(source: Path, target: Path) -> None:
    with source.open("rb") as src, target.open("wb") as dst:
        while chunk := src.read(CHUNK):
            dst.write(chunk)
        dst.flush()
        os.fsync(dst.fileno())


def find_bundles(folder: Path, extension: str) -> list[Path]:
    """Bundles in a folder and one level below (people make a folder per council)."""
    found: list[Path] = []
    try:
        for entry in sorted(folder.iterdir()):
            if entry.is_file() and entry.name.endswith(extension):
                found.append(entry)
            elif entry.is_dir() and not entry.name.startswith("."):
                found += sorted(p for p in entry.glob(f"*{extension}") if p.is_file())
    except OSError:
        return found
    return found
