"""Conventions of the window that a grep can hold: what changed comes from the services, the
widgets never hold the database, tests wait for conditions, the window opens without SQL."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "ui"


def _found(folder: Path, patterns: list[re.Pattern[str]]) -> list[str]:
    return [f"{path.relative_to(ROOT)}: {match.group(0)}"
            for path in sorted(folder.rglob("*.py"))
            for pattern in patterns
            for match in pattern.finditer(path.read_text(encoding="utf-8"))]


def test_no_hand_written_refresh_sets_in_ui() -> None:
    # A page may say which tables it shows (`watches`); nothing in ui/ says what a job changed.
    assert _found(UI, [
        re.compile(r"data_changed\.emit\("),  # only the task runner announces changes
        re.compile(r"\bchanges\s*=\s*[{A-Z]"),  # a set (or a constant) handed to UiContext.run
        re.compile(r"^[A-Z_]*CHANGES\s*=", re.M),
    ]) == []


def test_widgets_never_hold_the_engine_or_the_sessions() -> None:
    assert _found(UI, [re.compile(r"\.(engine|sessions|ctx)\b")]) == []


def test_tests_wait_for_conditions_not_for_time() -> None:
    assert _found(ROOT / "tests", [re.compile(r"qtbot\.wait\(")]) == []


def test_the_window_opens_before_the_database_layer_loads() -> None:
    code = ("import sys, ui.launcher; print(sorted({m.split('.')[0] for m in sys.modules} "
            "& {'sqlalchemy', 'alembic'}))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=ROOT)
    assert out.stdout.strip() == "[]"
