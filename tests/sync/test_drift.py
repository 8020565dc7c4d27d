"""Silent rot: `check` compares every synced row with its change log and repairs from it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.cli import main
from app.domain.census import NewResident

from tests.sync.conftest import Laptop
from tests.sync.helpers import add_council, send


def test_one_changed_digit_on_disk_is_found_and_repaired(
    laptop: Laptop, stick: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a, b = laptop("a"), laptop("b")
    council = add_council(a)
    resident = a.residents.add(NewResident(council, "María", "Pérez", "V-12345678",
                                           phone="0412-1234567")).id
    send(a, b, stick, full=True)
    assert a.info.integrity_problems() == []
    db = str(a.db_path)
    a.close()
    con = sqlite3.connect(db)
    con.execute("UPDATE resident SET phone = '0412-1234568' WHERE id = ?", (resident,))
    con.commit()
    con.close()

    assert main(["--db", db, "check"]) == 1
    out = capsys.readouterr().out
    assert "phone" in out and "0412-1234567" in out and "check --repair" in out
    assert main(["--db", db, "check", "--repair"]) == 0
    captured = capsys.readouterr()
    assert "Se reescribió 1 fila" in captured.err
    assert "buen estado" in captured.out
    con = sqlite3.connect(db)
    [(phone,)] = con.execute("SELECT phone FROM resident WHERE id = ?", (resident,))
    con.close()
    assert phone == "0412-1234567"
    assert b.info.integrity_problems() == []
