"""Issue 10, point 11 (second half): a row whose cédula is already in the census offers to fill
that person's missing fields (phone, address, birth date, sector...) instead of being only
skipped. The dry run counts who would gain which field; `--update-missing` fills them (one
logged update per person); the window asks once; a field with a value is never overwritten."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from app.cli import main
from app.container import Services
from app.domain.census import NewResident
from app.persistence.rows import ChangeRow

from tests.conftest import Place


def _updates(services: Services, resident_id: str) -> int:
    with services.sessions.begin() as s:
        return int(s.scalar(select(func.count()).select_from(ChangeRow).where(
            ChangeRow.entity == "resident", ChangeRow.entity_id == resident_id,
            ChangeRow.op == "update")) or 0)


def _people(services: Services, place: Place) -> tuple[str, str]:
    """Ana lacks phone, address and sector but has a birth date; Luis lacks nothing the
    file gives."""
    ana = services.residents.add(NewResident(place.council_id, "Ana", "Pérez",
                                             national_id="V-10000001",
                                             birth_date=date(1970, 5, 1)))
    luis = services.residents.add(NewResident(place.council_id, "Luis", "Rojas",
                                              national_id="V-10000002", phone="0414-1111111"))
    return ana.id, luis.id


def _sheet(tmp_path: Path) -> Path:
    path = tmp_path / "ministerio.csv"
    path.write_text(
        "cedula,nombres,apellidos,fecha_nacimiento,telefono,direccion,sector\n"
        "V-10000001,Ana,Pérez,02/02/1990,0412-5550000,Calle 3 casa 4,El Tanque\n"
        "V-10000002,Luis,Rojas,,0416-9999999,,\n"
        "V-10000003,Rosa,Díaz,01/01/1980,,,\n", encoding="utf-8")
    return path


def test_service_counts_then_fills_only_empty_fields(services: Services, place: Place,
                                                     tmp_path: Path) -> None:
    ana_id, luis_id = _people(services, place)
    path = _sheet(tmp_path)
    dry = services.census_files.import_file(path, place.council_id, dry_run=True)
    assert (dry.added, dry.already_present, dry.completable) == (1, 2, 1)
    assert dry.completable_fields == {"phone": 1, "address": 1, "sector_id": 1}
    plain = services.census_files.import_file(path, place.council_id)
    assert (plain.added, plain.completable, plain.completed) == (1, 1, 0)
    assert services.residents.get(ana_id).phone is None  # skipped as before without the flag
    report = services.census_files.import_file(path, place.council_id, update_missing=True)
    assert (report.added, report.completed) == (0, 1)
    ana = services.residents.get(ana_id)
    assert (ana.phone, ana.address, ana.sector_id) == ("0412-5550000", "Calle 3 casa 4",
                                                       place.sector_id)
    assert ana.birth_date == date(1970, 5, 1)  # a value is never overwritten
    assert services.residents.get(luis_id).phone == "0414-1111111"
    assert _updates(services, ana_id) == 1 and _updates(services, luis_id) == 0
    again = services.census_files.import_file(path, place.council_id, update_missing=True)
    assert (again.completable, again.completed) == (0, 0)


def test_command_line_says_how_many_and_fills_with_the_flag(
        capsys: pytest.CaptureFixture[str], services: Services, place: Place,
        tmp_path: Path) -> None:
    ana_id, _luis = _people(services, place)
    path = _sheet(tmp_path)
    db, council = str(services.db_path), place.council_id
    assert main(["residents", "import", str(path), "--db", db, "--council", council,
                 "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "1 persona ya registrada tiene datos que faltan" in out
    assert "teléfono: 1" in out and "--update-missing" in out
    assert main(["residents", "import", str(path), "--db", db, "--council", council]) == 0
    assert "--update-missing" in capsys.readouterr().out
    assert services.residents.get(ana_id).phone is None
    assert main(["residents", "import", str(path), "--db", db, "--council", council,
                 "--update-missing"]) == 0
    assert "Se completaron los datos que faltaban de 1 persona" in capsys.readouterr().out
    assert services.residents.get(ana_id).phone == "0412-5550000"


def test_the_window_asks_once(qtbot, services: Services, place: Place, make_ui,  # type: ignore[no-untyped-def]
                              tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.census.test_census_ui import _page

    ana_id, _luis = _people(services, place)
    asked: list[str] = []

    def answer(_parent: object, _title: str, text: str) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    page = _page(qtbot, make_ui(services))
    dialog = page.residents.open_import(str(_sheet(tmp_path)))
    qtbot.addWidget(dialog)
    dialog.council.setCurrentIndex(dialog.council.findData(place.council_id))
    qtbot.waitUntil(lambda: dialog.report is not None and dialog.report.completable == 1,
                    timeout=5000)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.imported is not None, timeout=5000)
    assert asked == ["1 persona ya registrada tiene datos que faltan: ¿completarlos?"]
    assert services.residents.get(ana_id).address == "Calle 3 casa 4"


def test_a_file_that_only_completes_offers_to_complete(  # type: ignore[no-untyped-def]
        qtbot, services: Services, place: Place, make_ui, tmp_path: Path) -> None:
    from tests.census.test_census_ui import _page

    _people(services, place)
    path = tmp_path / "solo-telefonos.csv"
    path.write_text("cedula,nombres,apellidos,telefono\nV-10000001,Ana,Pérez,0412-5550000\n",
                    encoding="utf-8")
    page = _page(qtbot, make_ui(services))
    dialog = page.residents.open_import(str(path))
    qtbot.addWidget(dialog)
    dialog.council.setCurrentIndex(dialog.council.findData(place.council_id))
    qtbot.waitUntil(lambda: dialog.report is not None and dialog.report.completable == 1,
                    timeout=5000)
    assert dialog.import_button.isEnabled()
    assert dialog.import_button.text() == "Completar 1 persona"
