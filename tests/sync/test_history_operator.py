"""Issue 13 point 5: the history names the secretary in charge of the laptop that made each
change. There are no accounts: a laptop's chain holds a shift change whenever the person in
charge changes, and each later change of that laptop is that person's, on every laptop."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.cli import main
from app.domain.census import NewResident
from app.domain.errors import DomainError
from app.persistence.rows import OperatorShiftRow
from app.safety.operators import Shifts

from tests.sync.conftest import Laptop
from tests.sync.helpers import add_council, send


@pytest.fixture(autouse=True)
def _spanish(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ASAMBLEA_LANG", "es")


def _history(capsys: pytest.CaptureFixture[str], db: Path | None, record: str) -> list[dict]:  # type: ignore[type-arg]
    assert db is not None
    capsys.readouterr()
    assert main(["--db", str(db), "history", record, "--json"]) == 0
    return list(json.loads(capsys.readouterr().out)["entries"])


def test_each_change_names_its_secretary_on_both_laptops(
        laptop: Laptop, stick: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a, b = laptop("a"), laptop("b")
    a.operators.take("Ana Acosta")
    council = add_council(a)
    person = a.residents.add(NewResident(council, "Luisa", "Mora", "V-14555666")).id
    a.residents.update(person, phone="0414-1111111")
    send(a, b, stick)
    assert b.db_path is not None
    # On laptop 2, from the command line, the second secretary takes charge and edits.
    assert main(["--db", str(b.db_path), "residents", "update", person,
                 "--phone", "0414-2222222", "--as", "Beatriz Rojas"]) == 0
    # The same person again (the saved name, no --as): no new shift.
    assert main(["--db", str(b.db_path), "residents", "update", person,
                 "--address", "Calle 2"]) == 0
    send(b, a, stick)
    # Shifts written after those changes must not rename them.
    a.operators.take("Carla Pérez")
    b.operators.take("Daniela Soto")
    send(a, b, stick)
    send(b, a, stick)

    expected = ["Ana Acosta", "Ana Acosta", "Beatriz Rojas", "Beatriz Rojas"]
    for services in (a, b):
        entries = _history(capsys, services.db_path, person)
        assert [e["secretary"] for e in entries] == expected
        assert [e["device_id"] for e in entries] == [a.device.id] * 2 + [b.device.id] * 2
    with b.sessions.begin() as s:
        assert s.scalar(select(func.count()).select_from(OperatorShiftRow)
                        .where(OperatorShiftRow.device_id == b.device.id)) == 2
    assert main(["--db", str(a.db_path), "history", person]) == 0
    text = capsys.readouterr().out
    assert "a cargo: Beatriz Rojas" in text and "Carla" not in text


def test_a_change_before_anyone_took_charge_names_nobody(laptop: Laptop) -> None:
    a = laptop("a")
    council = add_council(a)
    a.operators.take("Ana Acosta")
    [entry] = a.history.history(council).entries
    assert entry.secretary is None


def test_the_shift_before_the_change_in_its_chain_decides() -> None:
    shifts = Shifts([("b", 9, "Carla"), ("a", 1, "Ana"), ("a", 5, "Beatriz")])
    assert [shifts.in_charge("a", seq) for seq in (1, 2, 5, 6, 99)] == \
        [None, "Ana", "Ana", "Beatriz", "Beatriz"]
    assert shifts.in_charge("b", 3) is None and shifts.in_charge("c", 3) is None
    # The twin: "the newest shift of the laptop" would name Beatriz for change 2.
    newest = {"a": "Beatriz", "b": "Carla"}
    assert newest["a"] != shifts.in_charge("a", 2)


@pytest.mark.parametrize("name", ["", "   ", "Ana\x00", "x" * 201])
def test_a_bad_name_is_refused_and_writes_nothing(laptop: Laptop, name: str) -> None:
    a = laptop("a")
    with pytest.raises(DomainError) as info:
        a.operators.take(name)
    assert info.value.code.startswith("operator.")
    assert a.operators.in_charge() is None and a.operators.saved() == ""


def test_a_long_name_with_extra_spaces_is_folded(laptop: Laptop) -> None:
    a = laptop("a")
    assert a.operators.take("  María   José  Pérez de la Santísima Trinidad ")
    assert a.operators.in_charge() == "María José Pérez de la Santísima Trinidad"
    assert not a.operators.take("María José Pérez de la Santísima Trinidad")
