"""Issue 10, point 11: a ministry spreadsheet naming sectors the census has not registered is
imported: the dry run lists the new sectors, the import creates them (the window asks once;
`--no-new-sectors` refuses those rows instead)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from app.census.model import ResidentQuery
from app.cli import main
from app.container import Services

from tests.conftest import Place


def ministry_sheet(tmp_path: Path, rows: int = 2_000) -> Path:
    path = tmp_path / "ministerio.csv"
    sectors = ("El Panal", "La Quebradita", "el panal")  # the same sector, written two ways
    path.write_text("cedula,nombres,apellidos,fecha_nacimiento,sector\n" + "".join(
        f"V-{20_000_000 + i},Nombre {i},Apellido {i},01/01/1980,{sectors[i % 3]}\n"
        for i in range(rows)), encoding="utf-8")
    return path


def sector_names(services: Services, council_id: str) -> list[str]:
    return sorted(s.name for s in services.organizations.sectors(council_id))


def test_dry_run_lists_then_import_creates_new_sectors(services: Services, place: Place,
                                                       tmp_path: Path) -> None:
    path = ministry_sheet(tmp_path)
    before = sector_names(services, place.council_id)
    dry = services.census_files.import_file(path, place.council_id, dry_run=True)
    assert (dry.added, dry.errors) == (2_000, ())
    assert dry.new_sectors == ((place.council_id, "El Panal"),
                               (place.council_id, "La Quebradita"))
    assert sector_names(services, place.council_id) == before  # a dry run makes nothing
    report = services.census_files.import_file(path, place.council_id)
    assert (report.added, report.errors) == (2_000, ())
    assert [name for _c, name in report.new_sectors] == ["El Panal", "La Quebradita"]
    assert sector_names(services, place.council_id) == sorted(
        [*before, "El Panal", "La Quebradita"])
    panal = next(s for s in services.organizations.sectors(place.council_id)
                 if s.name == "El Panal")
    assert services.residents.count(ResidentQuery(sector_id=panal.id)) == 667 + 666


def test_no_new_sectors_refuses_those_rows(capsys: pytest.CaptureFixture[str],
                                           services: Services, place: Place,
                                           tmp_path: Path) -> None:
    path = ministry_sheet(tmp_path, rows=6)
    db = str(services.db_path)
    code = main(["residents", "import", str(path), "--db", db, "--council", place.council_id,
                 "--no-new-sectors"])
    out = capsys.readouterr().out
    assert code == 1
    assert "El Panal" in out and services.residents.count() == 0
    code = main(["residents", "import", str(path), "--db", db, "--council", place.council_id,
                 "--dry-run"])
    out = capsys.readouterr().out
    assert code == 0 and "Sectores nuevos que se crearían" in out and "La Quebradita" in out
    code = main(["residents", "import", str(path), "--db", db, "--council", place.council_id,
                 "--json"])
    report = json.loads(capsys.readouterr().out)
    assert code == 0 and report["added"] == 6
    assert [name for _c, name in report["new_sectors"]] == ["El Panal", "La Quebradita"]


def test_the_window_asks_once(qtbot, services: Services, place: Place, make_ui,  # type: ignore[no-untyped-def]
                              tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.census.test_census_ui import _page

    asked: list[str] = []

    def answer(_parent: object, _title: str, text: str) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    path = ministry_sheet(tmp_path, rows=30)
    page = _page(qtbot, make_ui(services))
    dialog = page.residents.open_import(str(path))
    qtbot.addWidget(dialog)
    dialog.council.setCurrentIndex(dialog.council.findData(place.council_id))
    qtbot.waitUntil(lambda: dialog.report is not None and dialog.report.new_sectors != (),
                    timeout=5000)
    assert "El Panal" in dialog.summary.text()
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.imported is not None, timeout=5000)
    assert len(asked) == 1 and "La Quebradita" in asked[0]
    assert services.residents.count() == 30
    assert "El Panal" in sector_names(services, place.council_id)
