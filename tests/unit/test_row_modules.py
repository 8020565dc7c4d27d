"""The rows package declares a module's row classes when one of them is first named (issue 17):
its table of names must agree with the modules, and whatever walks the schema sees every table."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import app.persistence.rows as rows
from app.persistence.base import Base, synced_tables
from app.services import operators

ROOT = Path(__file__).resolve().parents[2]


def test_each_name_is_declared_by_the_module_it_is_listed_under() -> None:
    assert set(rows.__all__) == set(rows._MODULE_OF)
    for name, module in rows._MODULE_OF.items():
        assert getattr(rows, name).__module__ == f"app.persistence.rows.{module}"


def test_every_mapped_row_is_listed() -> None:
    rows.load_every_row()
    mapped = {mapper.class_.__name__ for mapper in Base.registry.mappers}
    assert mapped == set(rows.__all__)


def test_a_row_named_loads_its_module_alone_and_the_schema_walk_loads_all() -> None:
    script = """
import sys
from app.persistence.rows import ConsultationRow
from app.persistence.base import Base
print(sorted(m for m in sys.modules if m.startswith("app.persistence.rows.")))
print(len(Base.metadata.tables))
from app.persistence.base import synced_tables
synced_tables()
print(len(Base.metadata.tables))
"""
    run = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True,
                         text=True, check=True)
    loaded, before, after = run.stdout.splitlines()
    assert loaded == "['app.persistence.rows.consultation']"
    assert int(before) == len(rows._ROWS_IN["consultation"])
    assert int(after) == len(rows.__all__)
    assert len(synced_tables()) < len(rows.__all__)  # local tables (settings, hub) travel not


def test_a_start_declares_only_what_opening_and_listing_read(demo_db: Path) -> None:
    """Opening a database reads this laptop's identity, its settings and the change log (who
    is in charge); `list consultas` the consultations. Each row class costs a command's start
    its mapping (issue 17, point 6): the start maps these and no other."""
    script = """
import sys
from app.cli import main
main(sys.argv[1:])
from app.persistence.base import Base
print(sorted(m.class_.__name__ for m in Base.registry.mappers))
"""
    run = subprocess.run([sys.executable, "-c", script, "--db", str(demo_db), "list",
                          "consultas"], cwd=ROOT, capture_output=True, text=True, check=True)
    listed, mapped = run.stdout.strip().splitlines()[-2:]
    assert "Consulta" in listed  # a start on a database with data, that read it
    assert mapped == str(sorted(["ChangeRow", "ConsultationRow", "NominationRow", "SettingRow",
                                 "ThisDeviceRow"]))


def test_the_operators_table_name_is_the_shift_rows() -> None:
    """Spelled out in the operators' service so a start does not declare the sync rows."""
    assert rows.OperatorShiftRow.__tablename__ == operators.SHIFT


def test_a_write_declares_the_tables_its_foreign_keys_name(demo_db: Path) -> None:
    """A flush looks up each table a written row's foreign keys name: a process that named only
    the resident's row (not the organizations') still writes one."""
    script = """
import sqlite3, sys
from datetime import UTC, datetime
from app.persistence.engine import make_engine, make_sessions, sqlite_url
from app.persistence.rows import ResidentRow
council = sqlite3.connect(sys.argv[1]).execute(
    "SELECT id FROM organization WHERE kind = 'council'").fetchone()[0]
sessions = make_sessions(make_engine(sqlite_url(sys.argv[1])))
with sessions() as s:
    s.add(ResidentRow(id="r" * 36, council_id=council, first_names="Ana", last_names="Prueba",
                      created_at=datetime.now(UTC)))
    s.flush()
    s.rollback()
print("written")
"""
    run = subprocess.run([sys.executable, "-c", script, str(demo_db)], cwd=ROOT,
                         capture_output=True, text=True, check=False)
    assert run.stdout.strip() == "written", run.stderr[-600:]


_PARTIAL_INDEX_DDL = """
import sys
from sqlalchemy.schema import CreateIndex
first = sys.argv[1]
if first == "engine":
    from app.persistence.engine import make_engine
    make_engine("postgresql+psycopg://asamblea@localhost/hub")  # made, never connected
from app.persistence.rows import ResidentRow
print("sqlalchemy.dialects.postgresql" in sys.modules)
if first == "row":
    from app.persistence.engine import make_engine
    make_engine("postgresql+psycopg://asamblea@localhost/hub")
from sqlalchemy.dialects import postgresql, sqlite
index = next(i for i in ResidentRow.__table__.indexes if i.name == "ix_resident_merged_into")
print(CreateIndex(index).compile(dialect=sqlite.dialect()))
print(CreateIndex(index).compile(dialect=postgresql.dialect()))
"""


def test_a_partial_index_is_partial_on_both_engines_without_loading_postgresql_on_a_laptop(
) -> None:
    """0016's index holds only the merged residents, on SQLite and on the hub's PostgreSQL.
    Declaring PostgreSQL's condition loads its dialect (an eighth of a command's start): a
    process that makes no PostgreSQL engine does without it, whichever comes first."""
    where = "WHERE merged_into_id IS NOT NULL"
    for first in ("engine", "row"):
        run = subprocess.run([sys.executable, "-c", _PARTIAL_INDEX_DDL, first], cwd=ROOT,
                             capture_output=True, text=True, check=True)
        loaded, on_sqlite, on_postgresql = run.stdout.strip().splitlines()
        assert loaded == str(first == "engine")  # a laptop's process: not loaded
        assert on_sqlite.endswith(where)
        assert on_postgresql.endswith(where), first
