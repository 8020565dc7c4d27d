"""`asamblea history` shows each value as a person reads it (issue 13, point 5): another record
by its name, dates as dd/mm/aaaa, times in the organization's zone, choices by their label,
money with its currency, Sí/No; the JSON keeps the raw value beside the shown one. A record
no longer held is named from the change log, else «(registro eliminado)»."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from app.cli import main
from app.container import open_services
from app.domain.census import NewResident
from app.domain.clock import SteppingClock
from app.domain.enums import Currency, OrgKind, ProblemCategory, Sex
from app.services.history import RecordNames

STARTED = datetime(2026, 3, 5, 14, 30, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _spanish(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ASAMBLEA_LANG", "es")


@pytest.fixture
def records(db_path: Path) -> dict[str, str]:
    sv = open_services(db_path, clock=SteppingClock(STARTED))
    try:
        sv.settings.set("time_zone", "Asia/Tokyo")  # nine hours ahead of UTC, no summer time
        org = sv.organizations.create(OrgKind.COUNCIL, "Consejo Comunal El Valle")
        person = sv.residents.add(NewResident(org.id, "Ana", "Pérez", "V-14555666",
                                              birth_date=date(1990, 7, 26), sex=Sex.FEMALE))
        project = sv.projects.create(org.id, "Cancha techada", ProblemCategory.SPORTS,
                                     120_050, Currency.VES)
        return {"org": org.id, "person": person.id, "project": project.id}
    finally:
        sv.close()


def _text(capsys: pytest.CaptureFixture[str], db: Path, record: str) -> str:
    capsys.readouterr()
    assert main(["--db", str(db), "history", record]) == 0
    return capsys.readouterr().out


def test_a_resident_reads_as_a_person_reads_it(capsys: pytest.CaptureFixture[str],
                                               db_path: Path, records: dict[str, str]) -> None:
    out = _text(capsys, db_path, records["person"])
    assert "  Consejo comunal: «vacío» → «Consejo Comunal El Valle»" in out, out
    assert "  Fecha de nacimiento: «vacío» → «26/07/1990»" in out
    assert "  Sexo: «vacío» → «Femenino»" in out
    # Created at 14:30 UTC and a few seconds: 23:30 in the organization's zone (Tokyo).
    assert "  Creado el: «vacío» → «05/03/2026 23:30»" in out
    assert records["org"] not in out


def test_money_and_choices_of_a_project(capsys: pytest.CaptureFixture[str], db_path: Path,
                                        records: dict[str, str]) -> None:
    out = _text(capsys, db_path, records["project"])
    assert "  Costo: «vacío» → «1.200,50 VES»" in out, out
    assert "  Organización: «vacío» → «Consejo Comunal El Valle»" in out
    assert "  Estado: «vacío» → «Propuesto»" in out


def test_the_json_keeps_the_raw_value_beside_the_shown_one(
        capsys: pytest.CaptureFixture[str], db_path: Path, records: dict[str, str]) -> None:
    capsys.readouterr()
    assert main(["--db", str(db_path), "history", records["person"], "--json"]) == 0
    [created] = json.loads(capsys.readouterr().out)["entries"]
    fields = {f["field"]: f for f in created["fields"]}
    assert (fields["council_id"]["new"], fields["council_id"]["new_shown"]) == \
        (records["org"], "Consejo Comunal El Valle")
    assert (fields["birth_date"]["new"], fields["birth_date"]["new_shown"]) == \
        ("1990-07-26", "26/07/1990")
    assert (fields["sex"]["new"], fields["sex"]["new_shown"]) == ("F", "Femenino")


def test_a_record_no_longer_held_is_named_from_the_log(
        capsys: pytest.CaptureFixture[str], db_path: Path, records: dict[str, str]) -> None:
    with closing(sqlite3.connect(db_path)) as conn:  # gone from its table: the log remembers
        conn.execute("PRAGMA foreign_keys=OFF")
        conn.execute("DELETE FROM organization WHERE id = ?", (records["org"],))
        conn.commit()
    sv = open_services(db_path)
    try:
        with sv.sessions.begin() as s:
            names = RecordNames(s)
            assert names.name("organization", records["org"]) == "Consejo Comunal El Valle"
            assert names.name("organization", "no-such-id") == "(registro eliminado)"
    finally:
        sv.close()
    out = _text(capsys, db_path, records["person"])
    assert "  Consejo comunal: «vacío» → «Consejo Comunal El Valle»" in out, out


def test_english_labels_and_yes_no(capsys: pytest.CaptureFixture[str], db_path: Path,
                                   records: dict[str, str]) -> None:
    assert main(["--lang", "en", "--db", str(db_path), "history", records["person"]]) == 0
    out = capsys.readouterr().out
    assert "  Sex: 'empty' → «Female»" in out, out
    assert "  Birth date: 'empty' → «26/07/1990»" in out
