"""Restore a backup over the database file, with the database closed.

The steps, each of which leaves something whole behind if the power goes: the backup is copied
beside the database as `NAME.restoring` (SQLite's backup API, fsync), the old WAL and shared-
memory files are removed (they belong to the old file), and the copy is renamed over the
database. The key file is set aside, so the restored database goes on as a new incarnation of
this laptop (README, "Respaldos"): the chain it had at backup time may already have been
continued by the old one, and two chains with the same numbers would be refused by every peer.
"""

from __future__ import annotations

import os
from pathlib import Path

from app.safety.backup_file import copy_database
from app.safety.keyfile import key_path_for_db, read_key

RESTORING = ".restoring"


def stage(db_path: Path, backup: Path) -> Path:
    """Copy `backup` beside the database first: the backup made just before the restore may
    rotate the chosen one away, and a stick may be pulled."""
    staged = db_path.with_name(db_path.name + RESTORING)
    copy_database(backup, staged)
    return staged


def swap_in(db_path: Path, staged: Path, keep_key: bool = False) -> None:
    """Put the staged copy in place of `db_path` (closed by the caller). `keep_key`: the copy
    is this device's own work (all_or_nothing), not an older state of it."""
    for suffix in ("-wal", "-shm"):
        Path(str(db_path) + suffix).unlink(missing_ok=True)
    os.replace(staged, db_path)
    if not keep_key:
        set_key_aside(db_path)


def set_key_aside(db_path: Path) -> None:
    key = key_path_for_db(db_path)
    stored = read_key(key)
    if stored is not None:
        key.replace(key.with_name(f"{key.name}.{stored.device_id[:8]}"))
