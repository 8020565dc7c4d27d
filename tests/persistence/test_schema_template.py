"""A new database is a copy of the empty schema the migrations made once: identical to one
made by every migration, never made from a stale or damaged template, and PostgreSQL keeps
running the migrations (app/persistence/schema_template.py)."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from alembic import command

from app.persistence.engine import make_engine, sqlite_url
from app.persistence.migrate import HEAD_REVISION, MIGRATIONS, alembic_config, upgrade
from app.persistence.schema_template import (
    CACHE_ENV,
    migrations_hash,
    save_template,
    template_path,
)

PRAGMAS = ("user_version", "journal_mode", "page_size", "auto_vacuum", "application_id",
           "encoding", "freelist_count", "page_count")


@pytest.fixture
def migrations_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A cache folder of the test's own, and the list of every run of Alembic's upgrade."""
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "cache"))
    runs: list[str] = []
    real = command.upgrade

    def counted(config: Any, revision: str, *args: Any, **kwargs: Any) -> None:
        runs.append(revision)
        real(config, revision, *args, **kwargs)

    monkeypatch.setattr(command, "upgrade", counted)
    return runs


def _made(path: Path) -> Path:
    engine = make_engine(sqlite_url(path))
    try:
        report = upgrade(engine, None, None)
        assert report.to_revision == HEAD_REVISION
    finally:
        engine.dispose()
    return path


def _state(path: Path) -> dict[str, object]:
    """Everything a database made new holds: its schema's SQL, its rows (the stamped
    revision, the search index's state), the pragmas kept in the file, and those our
    engine sets on each connection."""
    plain = sqlite3.connect(path)
    try:
        state: dict[str, object] = {
            "master": sorted(plain.execute(
                "SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()),
            "dump": list(plain.iterdump()),
            "alembic_version": plain.execute("SELECT * FROM alembic_version").fetchall(),
            "integrity": plain.execute("PRAGMA integrity_check").fetchall(),
            **{name: plain.execute(f"PRAGMA {name}").fetchall() for name in PRAGMAS},
        }
    finally:
        plain.close()
    engine = make_engine(sqlite_url(path))
    try:
        with engine.connect() as conn:
            for name in ("foreign_keys", "journal_mode", "synchronous"):
                state[f"engine {name}"] = conn.exec_driver_sql(f"PRAGMA {name}").fetchall()
    finally:
        engine.dispose()
    with path.open("rb") as fh:
        state["header format"] = fh.read(20)[18:20]  # 2, 2: WAL, kept in the file
    return state


def _template() -> Path:
    return template_path(HEAD_REVISION, MIGRATIONS)


def test_a_copied_database_is_the_one_every_migration_makes(
        tmp_path: Path, migrations_run: list[str]) -> None:
    migrated = _made(tmp_path / "migrated.db")
    assert migrations_run == ["head"] and _template().exists()
    copied = _made(tmp_path / "copied.db")
    assert migrations_run == ["head"], "the template is fresh: the migrations are not replayed"
    assert _state(copied) == _state(migrated)
    assert _state(copied)["alembic_version"] == [(HEAD_REVISION,)]
    assert _state(copied)["header format"] == b"\x02\x02"


def _stale(tmp_path: Path) -> None:
    """A template with a valid digest, stamped at an older revision than this program's."""
    engine = make_engine(sqlite_url(tmp_path / "older.db"))
    try:
        command.upgrade(alembic_config(engine), "0014_second_call")
        save_template(engine, _template())
    finally:
        engine.dispose()


def _flipped(_tmp_path: Path) -> None:
    data = bytearray(_template().read_bytes())
    data[len(data) // 2] ^= 0xFF
    _template().write_bytes(bytes(data))


def _truncated(_tmp_path: Path) -> None:
    _template().write_bytes(_template().read_bytes()[:5000])


def _empty(_tmp_path: Path) -> None:
    _template().write_bytes(b"")


def _signed_garbage(_tmp_path: Path) -> None:
    garbage = b"SQLite format 3\x00" + b"\x07" * 8000
    _template().write_bytes(hashlib.sha256(garbage).digest() + garbage)


@pytest.mark.parametrize("spoil", [_stale, _flipped, _truncated, _empty, _signed_garbage])
def test_a_stale_or_damaged_template_is_rebuilt_not_used(
        tmp_path: Path, migrations_run: list[str], spoil: Callable[[Path], None]) -> None:
    reference = _state(_made(tmp_path / "reference.db"))
    spoil(tmp_path)
    runs = len(migrations_run)
    made = _made(tmp_path / "made.db")
    assert len(migrations_run) == runs + 1, "a spoiled template must not be copied"
    assert _state(made) == reference
    again = _made(tmp_path / "again.db")
    assert len(migrations_run) == runs + 1, "the template was rebuilt by the last new database"
    assert _state(again) == reference


def test_a_changed_migration_file_makes_another_template(tmp_path: Path) -> None:
    copy = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS, copy, ignore=shutil.ignore_patterns("__pycache__"))
    assert migrations_hash(copy) == migrations_hash(MIGRATIONS)
    revision = next((copy / "versions").glob("0001_*.py"))
    revision.write_text(revision.read_text() + "\n# a developer's edit\n")
    assert migrations_hash(copy) != migrations_hash(MIGRATIONS)


def test_a_cache_folder_that_cannot_be_written_only_costs_the_migrations(
        tmp_path: Path, migrations_run: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    blocked = tmp_path / "a file, not a folder"
    blocked.write_text("")
    monkeypatch.setenv(CACHE_ENV, str(blocked))
    first, second = _made(tmp_path / "one.db"), _made(tmp_path / "two.db")
    assert migrations_run == ["head", "head"]
    assert _state(first)["master"] == _state(second)["master"]


def test_postgresql_runs_the_migrations(
        tmp_path: Path, migrations_run: list[str], pg_url: str) -> None:
    _made(tmp_path / "sqlite.db")  # a fresh template in the cache
    template = _template().read_bytes()
    engine = make_engine(pg_url)
    try:
        report = upgrade(engine, None, None)
    finally:
        engine.dispose()
    assert report.to_revision == HEAD_REVISION
    assert migrations_run == ["head", "head"]
    assert _template().read_bytes() == template
