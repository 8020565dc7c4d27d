"""Counts read as a person writes them: «1 habitante», «1.200 habitantes», never
«habitante(s)», «página(s)» or a bare «%n»."""

from __future__ import annotations

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


def test_no_window_string_says_s_in_brackets_or_shows_a_bare_n() -> None:
    found = []
    for path in UI.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for match in re.finditer(r'tr\(\s*"((?:[^"\\]|\\.)*)"(\s*\))?', text):
            source, closed = match.group(1), match.group(2)
            if "(s)" in source or ("%n" in source and closed):  # %n needs its count argument
                found.append(f"{path.relative_to(UI)}: {source}")
    assert found == []
