"""The device's private key, kept in a file of its own beside the database.

Never in the database: a database is copied (backups, a copy sent for support, a laptop
cloned), and whoever holds the key can sign as this laptop. The file holds the device id it
belongs to, so a database copied next to another laptop's key is never signed with it.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_dir

KEY_SUFFIX = ".key"


@dataclass(frozen=True)
class StoredKey:
    device_id: str
    seed: bytes  # the raw Ed25519 seed, 32 bytes


def key_path_for_db(db_path: Path) -> Path:
    """`asamblea.db` -> `asamblea.key`, in the same folder."""
    return db_path.with_suffix(KEY_SUFFIX)


def key_path_for_url(url: str, database: str | None) -> Path:
    """The key file of a database given by URL: beside the file for SQLite on disk; in the
    user's data folder, named after the URL (without its password), for anything else."""
    if url.startswith("sqlite") and database and database != ":memory:":
        return key_path_for_db(Path(database))
    name = hashlib.sha256(url.encode("utf-8")).hexdigest()[:16]
    return Path(user_data_dir("asamblea", appauthor=False)) / "keys" / f"{name}{KEY_SUFFIX}"


def read_key(path: Path) -> StoredKey | None:
    """The key in `path`, or None when there is none (or it cannot be read as one)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        seed = bytes.fromhex(str(data["seed"]))
        device_id = str(data["device"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if len(seed) != 32 or not any(seed):
        return None
    return StoredKey(device_id, seed)


def write_key(path: Path, key: StoredKey) -> None:
    """Write the key durably, readable by this user only (0600 where the system has modes).

    Written to a new file and renamed over the old, so a power cut leaves the old key or the
    new one, never half of one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    body = json.dumps({"device": key.device_id, "seed": key.seed.hex()}).encode("ascii")
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0)
    fd = os.open(partial, flags, 0o600)
    try:
        os.write(fd, body)
        os.fsync(fd)
    finally:
        os.close(fd)
    if os.name != "nt":
        os.chmod(partial, 0o600)
    os.replace(partial, path)
