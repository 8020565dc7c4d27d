"""`asamblea history` names each field as the conflicts do ("Teléfono", not "phone"); its JSON
keeps the column's name for scripts (issue 13, point 5)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main
from app.container import open_services
from app.domain.census import NewResident
from app.domain.enums import OrgKind


@pytest.fixture(autouse=True)
def _spanish(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ASAMBLEA_LANG", "es")  # `--lang` sets it for the process; put it back


@pytest.fixture
def edited(db_path: Path) -> str:
    services = open_services(db_path)
    try:
        org = services.organizations.create(OrgKind.COUNCIL, "Consejo Comunal El Valle")
        person = services.residents.add(NewResident(org.id, "Ana", "Pérez", "V-14555666"))
        services.residents.update(person.id, phone="0414-1234567")
        return person.id
    finally:
        services.close()


def _history(capsys: pytest.CaptureFixture[str], db: Path, *argv: str) -> str:
    assert main([*argv[:-1], "--db", str(db), "history", argv[-1]]) == 0
    return capsys.readouterr().out


def test_the_text_names_fields_with_their_labels(capsys: pytest.CaptureFixture[str],
                                                  db_path: Path, edited: str) -> None:
    out = _history(capsys, db_path, edited)
    assert "  Teléfono: «vacío» → «0414-1234567»" in out, out
    assert "  Cédula: «vacío» → «V-14555666»" in out
    assert "  Nombres: «vacío» → «Ana»" in out
    fields = [line for line in out.splitlines() if line.startswith("  ")]
    assert not [line for line in fields if line.split(":")[0].strip().islower()], fields
    english = _history(capsys, db_path, "--lang", "en", edited)
    assert "  Phone: " in english and "  phone: " not in english, english


def test_the_json_keeps_the_columns_names(capsys: pytest.CaptureFixture[str], db_path: Path,
                                          edited: str) -> None:
    assert main(["--db", str(db_path), "history", edited, "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    [_created, change] = found["entries"]
    assert [f["field"] for f in change["fields"]] == ["phone"]
    assert "national_id" in [f["field"] for f in found["entries"][0]["fields"]]
