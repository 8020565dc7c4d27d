"""A command starts with what it uses (issue 17, point 6): `list` builds the one service it
reads, so neither the other services nor the drawing library, the sync engine, the hub or
Alembic are imported; ReportLab and the paper modules are imported by the PaperService method
that draws. A command that only reads never loads the change log (made on the first write),
and declares only the row classes it names (app/persistence/rows/__init__.py)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# What `list consultas` has no use for: every other service, the papers, the sync engine and
# bundles, the hub, spreadsheets, the migrations and the window.
NOT_FOR_LISTING = (
    "app.services.papers", "app.services.assemblies", "app.services.residents",
    "app.services.sync", "app.services.hub_client", "app.services.census_files",
    "app.services.tallies", "app.services.ballots", "app.services.project_money",
    "app.services.info", "app.services.history", "app.services.sync_staging",
    "app.sync.importer", "app.sync.bundle_reader", "app.printing", "app.hub", "app.demo",
    "reportlab", "alembic", "pyrage", "httpx", "openpyxl", "num2words", "PySide6",
    # The device's key is checked with the Ed25519 primitives alone, not the serialization
    # package (SSH, PEM and ciphers).
    "cryptography.hazmat.primitives.serialization",
    # Writing: the change log, its conflict and merge code, and the PostgreSQL dialect the
    # hub's held changes use. Listing only reads.
    "app.sync.changelog", "app.sync.conflict_rows", "app.sync.held_changes", "app.sync.merge",
    "sqlalchemy.dialects.postgresql",
    # Row classes of tables a consultation's listing never names (the projects' and the
    # organizations' are declared when a consultation's method reads them).
    "app.persistence.rows.assemblies", "app.persistence.rows.hub",
    "app.persistence.rows.files", "app.persistence.rows.problems",
    "app.persistence.rows.organizations", "app.persistence.rows.census",
    "app.services.organizations", "app.domain.organizations",
    # Opening reads this laptop's identity and settings and the change log (who is in charge):
    # not the rest of sync's rows (devices, heads, conflicts), nor the consultation's voting
    # day (centres, tables, ballots, tallies).
    "app.persistence.rows.sync", "app.persistence.rows.voting",
    # The day's backup is looked for, not made: what describes, checks and copies a backup
    # (and a new device's notice) is not needed.
    "app.safety.model", "app.sync.verify_log", "app.sync.usb",
)

# Runs the command as `asamblea` does, then names every module loaded (imports made through
# importlib, as the rows package makes them, included: -X importtime would miss those).
_RUN_AND_NAME_MODULES = """
import sys
from app.cli import main
code = main(sys.argv[1:])
print("\\n".join(sorted(sys.modules)), file=sys.stderr)
sys.exit(code)
"""


def _imported(db_path: Path, *command: str) -> set[str]:
    run = subprocess.run([sys.executable, "-c", _RUN_AND_NAME_MODULES, "--db", str(db_path),
                          *command], cwd=ROOT, capture_output=True, text=True, check=True)
    return set(run.stderr.splitlines())


def test_listing_builds_only_the_service_it_reads(db_path: Path) -> None:
    _imported(db_path, "info")  # the database made and migrated: the listing below is a start
    imported = _imported(db_path, "list", "consultas")
    assert "app.services.consultations" in imported  # what it lists was read
    assert "app.persistence.rows.consultation" in imported
    loaded = sorted(m for m in imported
                    if any(m == name or m.startswith(name + ".") for name in NOT_FOR_LISTING))
    assert loaded == []


# `info` counts and digests every table: it reads, so it needs neither the change log nor what
# `check --repair` merges and rewrites with.
NOT_FOR_INFO = (
    "app.sync.changelog", "app.sync.drift", "app.sync.merge", "app.sync.row_writer",
    "app.sync.fk_order", "app.sync.importer", "app.sync.held_changes", "alembic",
    # The hub's engine: declaring the census's partial index for it would load it (+12 %).
    "sqlalchemy.dialects.postgresql",
)


def test_info_loads_no_writing_nor_repairing_code(db_path: Path) -> None:
    _imported(db_path, "list", "consultas")  # the database made and migrated
    imported = _imported(db_path, "info", "--json")
    assert "app.sync.digest" in imported
    loaded = sorted(m for m in imported
                    if any(m == name or m.startswith(name + ".") for name in NOT_FOR_INFO))
    assert loaded == []


def test_the_census_page_shows_without_the_drawing_library() -> None:
    """Issue 17, point 5: the first show of Censo imported ReportLab on the window's thread
    (for saving a PDF); it is imported when a PDF is saved."""
    run = subprocess.run([sys.executable, "-c",
                          "import sys, ui.pages.census; "
                          "print(sorted(m for m in sys.modules if m.startswith('reportlab')))"],
                         cwd=ROOT, capture_output=True, text=True, check=True,
                         env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""})
    assert run.stdout.strip() == "[]"
