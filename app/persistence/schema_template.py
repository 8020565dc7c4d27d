"""A new SQLite database is a copy of the empty schema at HEAD, made once by the migrations.

Running every Alembic revision on a new database costs about half a second of CPU on an old
laptop (and loads Alembic), for a result that is the same every time. The first new database
is built by the migrations as always; its empty schema is then kept in the user's cache
folder, and every later new database is copied from it with SQLite's backup API. There is
never a second, hand-written schema: the template is the migrations' own output.

The template's name carries HEAD_REVISION and a hash of the migration files, so a program
with other migrations never uses it; its bytes are stored behind their SHA-256, so a damaged
or altered file is not used either (and is rebuilt by the next new database). PostgreSQL
keeps running the migrations.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import tempfile
from pathlib import Path

from sqlalchemy import Engine, PoolProxiedConnection

# The cache folder for tests and for a laptop whose home is read-only; else platformdirs'.
CACHE_ENV = "ASAMBLEA_CACHE"
_DIGEST = hashlib.sha256().digest_size


def cache_dir() -> Path:
    env = os.environ.get(CACHE_ENV)
    if env:
        return Path(env).expanduser()
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("asamblea", appauthor=False))


def migrations_hash(migrations: Path) -> str:
    """The migration files' content: a changed revision (a developer's tree, an update that
    kept the head's id) makes another template. The empty schema depends on these files only;
    the app modules some revisions import convert rows, and a new database has none."""
    digest = hashlib.sha256()
    for path in sorted([migrations / "env.py", *(migrations / "versions").glob("*.py")]):
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def template_path(head: str, migrations: Path) -> Path:
    return cache_dir() / f"esquema-{head}-{migrations_hash(migrations)}.plantilla"


def copy_template(engine: Engine, template: Path, head: str) -> bool:
    """Fill the new, empty SQLite database of `engine` from `template`. False, with nothing
    written, when there is no template fit to use: absent, damaged, or not at `head`."""
    data = _verified_bytes(template)
    if data is None:
        return False
    source = sqlite3.connect(":memory:")
    try:
        source.deserialize(data)
        stamped = source.execute("SELECT version_num FROM alembic_version").fetchall()
        if stamped != [(head,)]:
            return False
        raw = engine.raw_connection()
        try:
            source.backup(_driver(raw))
        finally:
            raw.close()
    except sqlite3.DatabaseError:  # bytes that passed the digest but are no database
        return False
    finally:
        source.close()
    return True


def save_template(engine: Engine, template: Path) -> None:
    """Keep the database the migrations just built, still empty, as the template. Written
    whole under another name and renamed, so a reader never sees half a file; a folder that
    cannot be written only means the next new database runs the migrations again."""
    raw = engine.raw_connection()
    copy = sqlite3.connect(":memory:")
    try:
        _driver(raw).backup(copy)
        data = _rollback_journal(copy.serialize())
    finally:
        copy.close()
        raw.close()
    try:
        template.parent.mkdir(parents=True, exist_ok=True)
        fd, partial = tempfile.mkstemp(dir=template.parent, prefix=template.name,
                                       suffix=".parcial")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(hashlib.sha256(data).digest() + data)
            os.replace(partial, template)
        except BaseException:
            Path(partial).unlink(missing_ok=True)
            raise
    except OSError:
        return


def _driver(raw: PoolProxiedConnection) -> sqlite3.Connection:
    connection = raw.driver_connection
    assert isinstance(connection, sqlite3.Connection)
    return connection


def _rollback_journal(data: bytes) -> bytes:
    """The header says "rollback journal" (bytes 18-19 of the file format: 1, not WAL's 2):
    a WAL database cannot be read in memory, where the template is checked. The backup API
    sets them back to 2 when it writes into a database in WAL mode, as ours are."""
    return data[:18] + b"\x01\x01" + data[20:]


def _verified_bytes(template: Path) -> bytes | None:
    try:
        stored = template.read_bytes()
    except OSError:
        return None
    digest, data = stored[:_DIGEST], stored[_DIGEST:]
    if not data or hashlib.sha256(data).digest() != digest:
        return None
    return data
