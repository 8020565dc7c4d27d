"""Counts read as a person writes them: «1 habitante», «1.200 habitantes», never
«habitante(s)», «página(s)» or a bare «%n»."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from ui import labels

UI = Path(__file__).resolve().parents[2] / "ui"


def test_count_says_one_or_many_with_the_languages_thousands(monkeypatch: pytest.MonkeyPatch
                                                              ) -> None:
    one, many = "{n} habitante", "{n} habitantes"
    assert labels.count(1, one, many) == "1 habitante"
    assert labels.count(0, one, many) == "0 habitantes"
    assert labels.count(1200, one, many) == "1.200 habitantes"
    monkeypatch.setattr(labels, "_spanish", lambda: False)
    assert labels.count(1200, "{n} resident", "{n} residents") == "1,200 residents"


# «habitante(s)», «inspección(es)», «persona(s)», «(as)», «(os)» and their English «(s)».
BRACKETED_PLURAL = re.compile(r"\w\((?:s|es|as|os)\)")


def _window_strings() -> list[tuple[str, str, bool]]:
    """Every literal handed to `tr(...)` or `QCoreApplication.translate(ctx, ...)` in ui/, with
    adjacent literals joined as Python joins them, and whether a count argument follows."""
    found = []
    for path in UI.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            at = {"tr": 0, "translate": 1}.get(node.func.attr)
            if at is None or len(node.args) <= at:
                continue
            text = node.args[at]
            if isinstance(text, ast.Constant) and isinstance(text.value, str):
                counted = len(node.args) > at + 2 or any(k.arg == "n" for k in node.keywords)
                found.append((str(path.relative_to(UI)), text.value, counted))
    return found


def test_no_window_string_says_s_in_brackets_or_shows_a_bare_n() -> None:
    strings = _window_strings()
    assert len(strings) > 500  # the walk does find the window's strings
    found = [f"{where}: {text}" for where, text, counted in strings
             if BRACKETED_PLURAL.search(text) or ("%n" in text and not counted)]
    assert found == []


def test_no_english_says_s_in_brackets() -> None:
    found = []
    for path in (UI.parent / "resources" / "translations" / "en").glob("*.tsv"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if BRACKETED_PLURAL.search(line):
                found.append(f"{path.name}: {line}")
    assert found == []
