"""Installing a newer Asamblea over an older one keeps the data and upgrades the database,
after a backup (the program does both at its first start).

The older one is built from the last commit of the previous schema (0001_schema, before the
census revision), a stand-in for the previous release until releases are tagged: its wheel
is installed, makes the demo commune, and this tree's wheel is installed over it.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from app.persistence.migrate import HEAD_REVISION

from tests.packaging.wheels import build_wheel, fresh_venv, install, run

ROOT = Path(__file__).resolve().parents[2]
PREVIOUS = "40d85d8"  # schema 0001_schema
pytestmark = pytest.mark.slow


def _export(commit: str, target: Path) -> bool:
    """The tree at `commit`; False in a clone without that history (a shallow CI clone)."""
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", commit],
                             capture_output=True, check=False)
    if archive.returncode != 0:
        return False
    target.mkdir()
    subprocess.run(["tar", "-x", "-C", str(target)], input=archive.stdout, check=True)
    return True


def test_a_newer_install_keeps_the_data_and_upgrades_with_a_backup(tmp_path: Path) -> None:
    if not _export(PREVIOUS, tmp_path / "previous"):
        pytest.skip(f"this clone lacks commit {PREVIOUS} (shallow clone)")
    bin_dir = fresh_venv(tmp_path / "venv")
    install(build_wheel(tmp_path / "previous", tmp_path / "old-wheel"), bin_dir)
    program = str(bin_dir / "asamblea")
    db = tmp_path / "datos" / "asamblea.db"
    db.parent.mkdir()
    assert run(program, "--db", str(db), "demo", cwd=tmp_path).returncode == 0
    before = json.loads(run(program, "--db", str(db), "info", "--json", cwd=tmp_path).stdout)
    assert before["schema_revision"] == "0001_schema"

    install(build_wheel(ROOT, tmp_path / "new-wheel"), bin_dir)
    version = run(program, "--version", cwd=tmp_path)
    assert version.returncode == 0, version.stderr  # the old program had no --version
    after = json.loads(run(program, "--db", str(db), "info", "--json", cwd=tmp_path).stdout)

    assert after["schema_revision"] == HEAD_REVISION
    assert after["device_id"] == before["device_id"]
    for table, count in before["counts"].items():
        assert after["counts"][table] == count, table
    backups = list((db.parent / "copias").glob("asamblea-*.db"))
    assert backups, "no backup before the upgrade"
