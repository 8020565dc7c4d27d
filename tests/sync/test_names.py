"""Laptops and records by name: the secretary names the laptop; conflicts name the person."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.cli import main
from app.domain.census import NewResident
from app.domain.errors import DomainError

from tests.sync.conftest import Laptop
from tests.sync.helpers import add_council, send


def test_a_named_laptop_and_a_conflict_by_name(laptop: Laptop, stick: Path) -> None:
    a, b = laptop("a"), laptop("b")
    a.sync.rename("  Secretaría   Comuna ")
    b.sync.rename("Consejo Brisas")
    council = add_council(a)
    resident = a.residents.add(NewResident(council, "María", "Pérez", "V-12345678")).id
    send(a, b, stick, full=True)
    send(b, a, stick, full=True)
    a.residents.update(resident, phone="0412-1111111")
    b.residents.update(resident, phone="0416-2222222")
    send(a, b, stick)
    [conflict] = b.sync.conflicts()
    assert conflict.record == "María Pérez, V-12345678"
    code_a = a.sync.fingerprint.split("-")[0]
    assert {c.device_name for c in conflict.choices} == {
        f"Secretaría Comuna ({code_a})",
        f"Consejo Brisas ({b.sync.fingerprint.split('-')[0]})"}
    names = {d.id: d.name for d in b.sync.status().devices}
    assert names[a.device.id] == "Secretaría Comuna"  # the name travelled
    assert b.sync.inspect(a.sync.export(stick).path).sender_name == "Secretaría Comuna"


def test_a_name_must_be_a_name(laptop: Laptop) -> None:
    a = laptop("a")
    for bad in ("   ", "x" * 61):
        with pytest.raises(DomainError) as caught:
            a.sync.rename(bad)
        assert caught.value.code == "sync.bad_name"


def test_sync_name_on_the_command_line(
    laptop: Laptop, capsys: pytest.CaptureFixture[str]
) -> None:
    a = laptop("a")
    db = str(a.db_path)
    a.close()
    assert main(["--db", db, "sync", "name", "Secretaría Comuna"]) == 0
    assert "Secretaría Comuna" in capsys.readouterr().out
    assert main(["--db", db, "sync", "name", ""]) == 2
    err = capsys.readouterr().err
    assert "no puede quedar vacío" in err and "Traceback" not in err
