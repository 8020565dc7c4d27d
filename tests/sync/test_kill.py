"""Killing the program in the middle of an import leaves the database as before or as after."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.container import open_services
from app.demo.commune import build_demo
from app.persistence.rows import ChangeRow

from tests.sync.conftest import Laptop
from tests.sync.helpers import export

ROOT = Path(__file__).resolve().parents[2]


def _import_cmd(db: Path, bundle: Path, fingerprint: str) -> list[str]:
    return [sys.executable, "-m", "app.cli", "--db", str(db), "sync", "import", str(bundle),
            "--trust", fingerprint]


def _copy_db(source: Path, target: Path) -> None:
    """The database and its device key (issue 13: a database copied without its key runs as a
    new device, which is itself a write)."""
    shutil.copyfile(source, target)
    shutil.copyfile(source.with_suffix(".key"), target.with_suffix(".key"))


def _state(db: Path) -> tuple[str, int, list[str]]:
    services = open_services(db)
    try:
        with services.sessions.begin() as s:
            changes = s.query(ChangeRow).count()
        return services.info.digest(), changes, services.info.integrity_problems()
    finally:
        services.close()


@pytest.mark.slow
def test_sigkill_during_import_leaves_before_or_after(
    laptop: Laptop, stick: Path, tmp_path: Path
) -> None:
    a = laptop("a")
    build_demo(a, 1500, 7)
    bundle = export(a, stick).path
    fingerprint = a.device.fingerprint
    target = laptop("b")
    assert target.db_path is not None
    target.close()
    pristine = tmp_path / "pristine.db"
    _copy_db(target.db_path, pristine)
    before = _state(pristine)

    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = tmp_path / "done.db"
    _copy_db(pristine, done)
    started = time.monotonic()
    subprocess.run(_import_cmd(done, bundle, fingerprint), env=env, cwd=ROOT, check=True,
                   capture_output=True)
    full_run = time.monotonic() - started
    after = _state(done)
    assert after[0] != before[0]

    rng = random.Random(2026)
    outcomes = {"before": 0, "after": 0}
    for trial in range(8):
        db = tmp_path / f"kill{trial}.db"
        _copy_db(pristine, db)
        proc = subprocess.Popen(_import_cmd(db, bundle, fingerprint), env=env, cwd=ROOT,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        # Spread the kills over the whole run: start-up, verification, writing, commit.
        time.sleep(rng.uniform(0.3, full_run * 1.05))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        state = _state(db)
        assert state[2] == [], f"damaged after a kill: {state[2]}"
        assert state[:2] in (before[:2], after[:2]), "left between before and after"
        outcomes["before" if state[:2] == before[:2] else "after"] += 1
        # The import can simply be run again, and ends as a complete one does.
        rerun = subprocess.run(_import_cmd(db, bundle, fingerprint), env=env, cwd=ROOT,
                               capture_output=True, text=True)
        assert rerun.returncode == 0, rerun.stderr
        assert _state(db)[:2] == after[:2]
    assert outcomes["before"] > 0  # at least some kills landed before the commit
