"""Issue 13 point 5: a record's history, with a conflict between two laptops and its resolution."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from app.domain.errors import DomainError
from app.persistence.rows import OrganizationRow

from tests.sync.conftest import Laptop
from tests.sync.helpers import add_council, edit, send


def test_history_shows_a_conflict_and_its_resolution(laptop: Laptop, stick: Path) -> None:
    a, b = laptop("a"), laptop("b")
    a.sync.rename("Secretaría Comuna")
    b.sync.rename("Consejo La Ceiba")
    council = add_council(a)
    send(a, b, stick)
    edit(a, OrganizationRow, council, name="Nombre de A")
    edit(b, OrganizationRow, council, name="Nombre de B")
    send(a, b, stick)
    [conflict] = b.sync.conflicts()
    b.sync.resolve(conflict.id, "Nombre de A")

    found = b.history.history(council)
    kinds = [e.kind for e in found.entries]
    assert kinds[0] == "created" and kinds[-1] == "resolved"
    assert kinds.count("edited") == 2
    by_device = {e.device_name for e in found.entries if e.kind == "edited"}
    assert by_device == {"Secretaría Comuna", "Consejo La Ceiba"}
    resolved = found.entries[-1]
    assert resolved.device_fingerprint == b.device.fingerprint
    [name] = [f for f in resolved.fields if f.field == "name"]
    assert set(name.candidates) == {"Nombre de A", "Nombre de B"}
    assert name.new == "Nombre de A"
    edits = [e for e in found.entries if e.kind == "edited"]
    assert {(f.old, f.new) for e in edits for f in e.fields if f.field == "name"} == {
        ("Consejo Comunal La Ceiba", "Nombre de A"), ("Consejo Comunal La Ceiba", "Nombre de B")}

    assert b.db_path is not None
    done = subprocess.run([sys.executable, "-m", "app.cli", "--db", str(b.db_path), "history",
                           council, "--json"], capture_output=True, text=True, check=True)
    assert [e["kind"] for e in json.loads(done.stdout)["entries"]] == kinds
    text = subprocess.run([sys.executable, "-m", "app.cli", "--db", str(b.db_path), "history",
                           council], capture_output=True, text=True, check=True).stdout
    assert ("conflicto resuelto" in text and "«Nombre de A» / «Nombre de B»" in text) or \
        "«Nombre de B» / «Nombre de A»" in text


def test_history_of_an_unknown_record_is_a_sentence(laptop: Laptop) -> None:
    a = laptop("a")
    with pytest.raises(DomainError) as info:
        a.history.history("no-existe")
    assert info.value.code == "history.none"
