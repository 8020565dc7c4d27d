"""Schema upgrades at start-up: back up, refuse a newer database, upgrade to head, check."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, text
from sqlalchemy.exc import OperationalError, ProgrammingError

from app.domain.errors import DomainError
from app.persistence.schema_template import copy_template, save_template, template_path
from app.safety.backup_file import backup_name, copy_database, rotate
from app.safety.backup_file import integrity_problems as backup_integrity

if TYPE_CHECKING:
    from alembic.config import Config as AlembicConfig

MIGRATIONS = Path(__file__).parent / "migrations"
# The newest revision this program knows. A start on a database already stamped with it skips
# loading Alembic altogether (a tenth of a second on an old laptop). A test keeps it equal to
# the head of migrations/versions: update it with every new revision.

HEAD_REVISION = "0017_pending"


def alembic_config(engine: Engine) -> AlembicConfig:
    from alembic.config import Config as AlembicConfig

    config = AlembicConfig()
    config.set_main_option("script_location", str(MIGRATIONS))
    # Alembic's config interpolates "%": a URL with a percent sign (a PostgreSQL socket path)
    # must have it doubled.
    url = engine.url.render_as_string(hide_password=False).replace("%", "%%")
    config.set_main_option("sqlalchemy.url", url)
    config.attributes["engine"] = engine
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory(str(MIGRATIONS))
    head = script.get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    """The revision the database is stamped with (None for a new, empty one)."""
    try:
        with engine.connect() as conn:
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except (OperationalError, ProgrammingError):  # no alembic_version table yet
        return None


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory(str(MIGRATIONS))
    return {rev.revision for rev in script.walk_revisions()}


@dataclass(frozen=True)
class UpgradeReport:
    from_revision: str | None
    to_revision: str
    backup: Path | None


def backup_sqlite(db_path: Path, backups_dir: Path, label: str) -> Path:
    """Copy the database with SQLite's online backup (consistent even with a WAL file), check
    the copy, and keep the folder to its rotation (app/safety/rotation.py)."""
    target = backups_dir / backup_name(db_path.stem, datetime.now(UTC), label)
    copy_database(db_path, target)
    problems = backup_integrity(target, ours=False)
    if problems:
        target.unlink(missing_ok=True)
        raise DomainError("backup.damaged", name=target.name, detail=problems[0])
    rotate(backups_dir, db_path.stem)
    return target


def check_not_newer(engine: Engine) -> str | None:
    """Refuse a database stamped by a newer program (a revision we do not know)."""
    revision = current_revision(engine)
    if revision is not None and revision != HEAD_REVISION and revision not in known_revisions():
        raise DomainError("db.newer_version", revision=revision)
    return revision


def upgrade(engine: Engine, db_path: Path | None, backups_dir: Path | None) -> UpgradeReport:
    """Back up the file (if it has data and needs upgrading), then upgrade to head. A new
    SQLite database is copied from the template instead, when there is one fit to use."""
    revision = check_not_newer(engine)
    if revision == HEAD_REVISION:
        return UpgradeReport(revision, revision, None)
    # A new SQLite database is a copy of the empty schema the migrations made the first time
    # (app/persistence/schema_template.py): no Alembic, no replay of every revision.
    new = _is_new_sqlite(engine, revision)
    if new and copy_template(engine, template_path(HEAD_REVISION, MIGRATIONS), HEAD_REVISION):
        return UpgradeReport(revision, HEAD_REVISION, None)
    from alembic import command

    head = head_revision()
    backup = None
    if revision != head:
        if db_path is not None and backups_dir is not None and _has_tables(engine):
            backup = backup_sqlite(db_path, backups_dir, "antes-de-actualizar")
        command.upgrade(alembic_config(engine), "head")
        if new and head == HEAD_REVISION:
            save_template(engine, template_path(head, MIGRATIONS))
    return UpgradeReport(revision, head, backup)


def _is_new_sqlite(engine: Engine, revision: str | None) -> bool:
    return revision is None and engine.dialect.name == "sqlite" and not _has_tables(engine)


def _has_tables(engine: Engine) -> bool:
    with engine.connect() as conn:
        if engine.dialect.name != "sqlite":
            return True
        return bool(conn.execute(text("SELECT count(*) FROM sqlite_master")).scalar())


def integrity_problems(engine: Engine) -> list[str]:
    """SQLite's own check plus foreign keys; an empty list means healthy."""
    if engine.dialect.name != "sqlite":
        return []
    problems: list[str] = []
    with engine.connect() as conn:
        rows = conn.exec_driver_sql("PRAGMA integrity_check").fetchall()
        problems += [str(r[0]) for r in rows if str(r[0]) != "ok"]
        fk = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        problems += [f"foreign key: {tuple(r)}" for r in fk[:20]]
    return problems


def copy_file(src: Path, dst: Path) -> None:
    shutil.copy2(src, dst)
