"""A newer Asamblea, for the two-schema test: run as its own process, it is the program with
one more migration, which adds a column (`organization.nickname`) to a synced table.

`python -m tests.sync.newer_program DB STEPS_JSON` opens DB (upgrading it to the newer
schema), runs each step and prints one JSON line with each step's result. Steps:
["nickname", org_id, value], ["import", path], ["export", folder, peer_id],
["show", org_id], ["digest"]. It lives in its own process because the extra column changes
the mapped class for the whole interpreter.
"""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

from sqlalchemy import Column, String

REVISION = "9001_test_nickname"
_MIGRATION = f'''"""Test only: organization.nickname.

Revision ID: {REVISION}
Revises: {{head}}
"""
from alembic import op
import sqlalchemy as sa

revision = "{REVISION}"
down_revision = "{{head}}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("organization", schema=None) as batch_op:
        batch_op.add_column(sa.Column("nickname", sa.String(length=80), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("organization", schema=None) as batch_op:
        batch_op.drop_column("nickname")
'''


def become_newer(workdir: Path) -> None:
    """Copy the migrations with one more revision; map the new column."""
    from app.persistence import migrate
    from app.persistence.rows import OrganizationRow

    folder = workdir / "migrations"
    shutil.copytree(migrate.MIGRATIONS, folder, ignore=shutil.ignore_patterns("__pycache__"))
    head = migrate.HEAD_REVISION
    (folder / "versions" / f"{REVISION}.py").write_text(_MIGRATION.replace("{head}", head))
    migrate.MIGRATIONS = folder
    migrate.HEAD_REVISION = REVISION
    column = Column("nickname", String(80), nullable=True)
    OrganizationRow.__table__.append_column(column)  # type: ignore[attr-defined]
    OrganizationRow.__mapper__.add_property("nickname", column)


def run(db: Path, steps: list[list[Any]]) -> list[Any]:
    from app.container import open_services
    from app.persistence.codec import row_fields
    from app.persistence.rows import OrganizationRow

    services = open_services(db)
    out: list[Any] = []
    try:
        for step in steps:
            kind = step[0]
            if kind == "nickname":
                with services.sessions.begin() as s:
                    row = s.get_one(OrganizationRow, step[1])
                    services.ctx.log.update(s, row, nickname=step[2])
                out.append(None)
            elif kind == "import":
                summary = services.sync.import_file(Path(step[1]))
                out.append(summary.changes_new)
            elif kind == "export":
                out.append(str(services.sync.export(Path(step[1]), peer=step[2]).path))
            elif kind == "show":
                with services.sessions.begin() as s:
                    out.append(row_fields(s.get_one(OrganizationRow, step[1])))
            elif kind == "digest":
                out.append(services.info.digest())
    finally:
        services.close()
    return out


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="asamblea-newer-") as work:
        become_newer(Path(work))
        print(json.dumps(run(Path(sys.argv[1]), json.loads(sys.argv[2]))))


if __name__ == "__main__":
    main()
