"""The layers point one way: ui -> app.services -> app.domain; app/ runs without a screen."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


def offenders(folder: str, forbidden: tuple[str, ...]) -> list[str]:
    bad = []
    for path in sorted((ROOT / folder).rglob("*.py")):
        for name in imports_of(path):
            if name.startswith(forbidden):
                bad.append(f"{path.relative_to(ROOT)}: {name}")
    return bad


# The one door from app/ into ui/, declared in pyproject.toml's import-linter contracts:
# `asamblea` alone, or `asamblea gui`, opens the window.
WINDOW_DOOR = "app/commands/gui.py: ui.launcher"


def test_app_never_imports_widgets_or_gui() -> None:
    found = offenders("app", ("PySide6.QtWidgets", "PySide6.QtGui", "ui"))
    assert WINDOW_DOOR in found  # the checker sees the door, so it would see another import
    assert [o for o in found if o != WINDOW_DOOR] == []


def test_ui_never_touches_the_database() -> None:
    assert offenders("ui", ("sqlalchemy", "app.persistence")) == []


def test_domain_depends_on_nothing_but_itself() -> None:
    assert offenders("app/domain", ("app.services", "app.persistence", "app.sync",
                                    "sqlalchemy", "PySide6")) == []


def test_the_checker_sees_a_forbidden_import(tmp_path: Path) -> None:
    sample = tmp_path / "x.py"
    sample.write_text("from PySide6.QtWidgets import QLabel\n")
    assert "PySide6.QtWidgets" in imports_of(sample)
