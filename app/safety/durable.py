"""Durable writes: a file renamed into a folder survives a power cut only once the folder's
own entry is on disk (bundles on a stick, backups in copias/)."""

from __future__ import annotations

import os
from pathlib import Path


def fsync_dir(folder: Path) -> None:
    """Make a rename or a new file in `folder` durable (the folder's entry itself)."""
    # Windows cannot open a folder for fsync; its rename is already durable enough there.
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
