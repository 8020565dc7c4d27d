"""Views refresh from what the services did, never from table names written by hand in ui/."""

from __future__ import annotations

import re
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "ui"

# A page may say which tables it shows (`watches`); nothing in ui/ may say what a job changed.
HAND_WRITTEN = [
    re.compile(r"data_changed\.emit\("),  # only the task runner announces changes
    re.compile(r"\bchanges\s*=\s*[{A-Z]"),  # a set (or a constant) handed to UiContext.run
    re.compile(r"^[A-Z_]*CHANGES\s*=", re.M),
]


def test_no_hand_written_refresh_sets_in_ui() -> None:
    found = [f"{path.relative_to(UI.parent)}: {match.group(0)}"
             for path in sorted(UI.rglob("*.py"))
             for pattern in HAND_WRITTEN
             for match in pattern.finditer(path.read_text(encoding="utf-8"))]
    assert found == []
