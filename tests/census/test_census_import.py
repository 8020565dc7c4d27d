"""Importing census spreadsheets: encodings, delimiters, headings, bad rows, re-imports."""

from __future__ import annotations

import csv
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook

from app.census.model import ResidentQuery
from app.container import Services
from app.domain.errors import DomainError

from tests.conftest import Place

ROWS = [
    ["Cédula", "Nombres", "Apellidos", "Fecha de nacimiento", "Sexo", "Sector", "Teléfono"],
    ["V-12.345.678", "José Gregorio", "Pérez Núñez", "01/05/1980", "M", "El Tanque", "0412"],
    ["e81234567", "María", "González", "1990-12-31", "Femenino", "el tanque", ""],
    ["", "Niño", "Sin Cédula", "15/03/2018", "", "", ""],
]


def write_csv(path: Path, rows: list[list[str]], encoding: str, delimiter: str) -> Path:
    with path.open("w", encoding=encoding, newline="") as fh:
        csv.writer(fh, delimiter=delimiter).writerows(rows)
    return path


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252", "latin-1"])
@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_every_encoding_and_delimiter(services: Services, place: Place, tmp_path: Path,
                                      encoding: str, delimiter: str) -> None:
    path = write_csv(tmp_path / "censo.csv", ROWS, encoding, delimiter)
    report = services.census_files.import_file(path, place.council_id)
    assert (report.rows, report.added, report.errors) == (3, 3, ())
    jose = services.residents.search("jose")[0]
    assert (jose.first_names, jose.last_names, jose.national_id) == (
        "José Gregorio", "Pérez Núñez", "V-12345678")
    assert jose.birth_date == date(1980, 5, 1)
    assert jose.sector_id == place.sector_id
    maria = services.residents.search("gonzalez")[0]
    assert (maria.national_id, maria.birth_date, maria.sex.value if maria.sex else None) == (
        "E-81234567", date(1990, 12, 31), "F")


def test_loose_headings_full_name_and_excel_dates(services: Services, place: Place,
                                                  tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["N°", "C.I.", "APELLIDOS Y NOMBRES", "F. Nac.", "Edad", "GENERO"])
    sheet.append([1, 12345678, "Pérez Núñez, José Gregorio", datetime(1980, 5, 1), 45, "m"])
    sheet.append([2, None, "Rojas Ana", 29221, 46, "F"])  # a bare Excel serial: 1980-01-01
    path = tmp_path / "hoja.xlsx"
    book.save(path)
    report = services.census_files.import_file(path, place.council_id)
    assert report.added == 2, report.errors
    assert set(report.ignored_columns) == {"N°", "Edad"}
    jose = services.residents.search("12345678")[0]
    assert (jose.first_names, jose.last_names, jose.birth_date) == (
        "José Gregorio", "Pérez Núñez", date(1980, 5, 1))
    ana = services.residents.search("rojas")[0]
    assert (ana.first_names, ana.last_names, ana.birth_date) == ("Ana", "Rojas",
                                                                  date(1980, 1, 1))


def test_bad_rows_are_reported_and_good_ones_imported(services: Services, place: Place,
                                                      tmp_path: Path) -> None:
    rows = [
        ["cedula de identidad", "NOMBRES", "apellidos", "fecha nacimiento", "sexo", "sector"],
        ["V-11111111", "Ana", "Uno", "01/01/1970", "F", ""],
        ["X-99", "Bad", "Cedula", "01/01/1970", "F", ""],  # row 3
        ["V-22222222", "Bad", "Date", "31/02/1970", "F", ""],  # row 4
        ["", "", "", "", "", ""],  # blank: skipped, not counted
        ["V-33333333", "", "", "01/01/1970", "F", ""],  # row 6: no name
        ["V-44444444", "Bad", "Sex", "01/01/1970", "X", ""],  # row 7
        ["V-55555555", "Bad", "Sector", "01/01/1970", "M", "Marte"],  # row 8
        ["V-66666666", "Future", "Born", "01/01/2999", "M", ""],  # row 9
        ["V-77777777", "Luis", "Dos", "1970-01-02", "M", ""],
    ]
    path = write_csv(tmp_path / "mal.csv", rows, "utf-8", ",")
    # Refusing new sectors (--no-new-sectors): a sector the council lacks is a bad row.
    dry = services.census_files.import_file(path, place.council_id, dry_run=True,
                                            new_sectors=False)
    assert services.residents.count() == 0
    assert dry.added == 2
    assert dry.dry_run
    report = services.census_files.import_file(path, place.council_id, new_sectors=False)
    assert report.rows == 8
    assert report.added == 2
    found = {(e.row, e.column) for e in report.errors}
    assert found == {(3, "cedula de identidad"), (4, "fecha nacimiento"), (6, "NOMBRES"),
                     (7, "sexo"), (8, "sector"), (9, "fecha nacimiento")}
    reasons = {e.row: e.reason for e in report.errors}
    assert "X-99" in reasons[3]
    assert "31/02/1970" in reasons[4]
    assert "Marte" in reasons[8]
    assert services.residents.count() == 2


def test_reimport_adds_nothing(services: Services, place: Place, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "censo.csv", [*ROWS, ROWS[1]], "utf-8", ";")
    first = services.census_files.import_file(path, place.council_id)
    assert (first.added, first.repeated_in_file) == (3, 1)
    again = services.census_files.import_file(path, place.council_id)
    assert (again.added, again.already_present) == (0, 4)
    assert services.residents.count() == 3


def test_council_column_and_missing_council(services: Services, place: Place,
                                            tmp_path: Path) -> None:
    rows = [["Nombres", "Apellidos", "Consejo comunal"],
            ["Ana", "Uno", "consejo comunal cañaveral"],
            ["Luis", "Dos", "Consejo Desconocido"]]
    path = write_csv(tmp_path / "c.csv", rows, "utf-8", ",")
    report = services.census_files.import_file(path)
    assert report.added == 1
    assert services.residents.count(ResidentQuery(council_ids=(place.other_council_id,))) == 1
    assert report.errors[0].row == 3
    assert "Consejo Desconocido" in report.errors[0].reason
    no_council = write_csv(tmp_path / "n.csv", [["Nombres"], ["Ana"]], "utf-8", ",")
    with pytest.raises(DomainError, match="--council"):
        services.census_files.import_file(no_council)


def test_files_that_cannot_be_imported(services: Services, place: Place, tmp_path: Path) -> None:
    with pytest.raises(DomainError, match="No existe el archivo"):
        services.census_files.import_file(tmp_path / "nada.csv", place.council_id)
    with pytest.raises(DomainError, match="CSV ni XLSX"):
        services.census_files.import_file(tmp_path / "foto.jpg", place.council_id)
    headings = write_csv(tmp_path / "h.csv", [["Edad", "Correo"], ["3", "x"]], "utf-8", ",")
    with pytest.raises(DomainError, match="columna de nombres"):
        services.census_files.import_file(headings, place.council_id)
    broken = tmp_path / "roto.xlsx"
    broken.write_bytes(b"not a zip")
    with pytest.raises(DomainError, match="No se pudo leer"):
        services.census_files.import_file(broken, place.council_id)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_reimports_unchanged(demo_services: Services, services: Services,
                                    tmp_path: Path, suffix: str) -> None:
    exported = tmp_path / f"censo{suffix}"
    total = demo_services.census_files.export_file(exported)
    assert total == demo_services.residents.count()
    again = demo_services.census_files.import_file(exported)
    assert (again.added, again.errors) == (0, ())
    assert again.already_present == total
    # Into an empty database with the same councils and sectors: the same file comes out.
    orgs = demo_services.organizations
    from app.domain.enums import OrgKind

    commune = services.organizations.create(OrgKind.COMMUNE, "Comuna")
    for council in orgs.list_all():
        if council.kind is OrgKind.COUNCIL:
            copy = services.organizations.create(OrgKind.COUNCIL, council.name, commune.id)
            for sector in orgs.sectors(council.id):
                services.organizations.add_sector(copy.id, sector.name)
    report = services.census_files.import_file(exported)
    assert (report.added, report.errors) == (total, ())
    second = tmp_path / f"otra{suffix}"
    services.census_files.export_file(second)
    if suffix == ".csv":
        assert second.read_bytes() == exported.read_bytes()
    else:
        from openpyxl import load_workbook

        def cells(p: Path) -> list[tuple[object, ...]]:
            return list(load_workbook(p, read_only=True).worksheets[0].iter_rows(
                values_only=True))

        assert cells(second) == cells(exported)


def test_two_thousand_mixed_rows(services: Services, place: Place, tmp_path: Path) -> None:
    """The issue's acceptance file: mixed formats and bad rows, then the same file again."""
    rows = [["C.I.", "Nombre(s)", "Apellido(s)", "Fecha Nac.", "Sexo"]]
    bad: set[int] = set()
    for i in range(2000):
        number = i + 2
        nid = f"V{10_000_000 + i}" if i % 3 else f"{10_000_000 + i:,}".replace(",", ".")
        born = (f"{1 + i % 28:02d}/{1 + i % 12:02d}/{1950 + i % 60}" if i % 2
                else f"{1950 + i % 60}-{1 + i % 12:02d}-{1 + i % 28:02d}")
        if i % 97 == 0:
            nid, bad = "ABC", bad | {number}
        elif i % 101 == 0:
            born, bad = "30/02/1990", bad | {number}
        rows.append([nid, f"Nombre{i} Ñañez", f"Apellido{i} Pérez", born, "MF"[i % 2]])
    path = write_csv(tmp_path / "grande.csv", rows, "cp1252", ";")
    report = services.census_files.import_file(path, place.council_id)
    assert {e.row for e in report.errors} == bad
    assert report.added == 2000 - len(bad)
    assert services.residents.search("ñanez nombre1999")[0].last_names == "Apellido1999 Pérez"
    again = services.census_files.import_file(path, place.council_id)
    assert again.added == 0
    assert again.already_present == 2000 - len(bad)


def test_reimport_of_people_with_only_a_name(services: Services, place: Place,
                                             tmp_path: Path) -> None:
    rows = [["Nombres", "Apellidos", "Hogar"], ["Luisito", "Mora", "F-12"],
            ["Ana", "Mora", "F-12"], ["Luisito", "Mora", "F-40"]]
    path = write_csv(tmp_path / "nombres.csv", rows, "utf-8", ",")
    assert services.census_files.import_file(path, place.council_id).added == 3
    again = services.census_files.import_file(path, place.council_id)
    assert (again.added, again.already_present) == (0, 3)


def test_stopping_an_import_keeps_what_was_saved(services: Services, place: Place,
                                                 tmp_path: Path) -> None:
    rows = [["Cédula", "Nombres", "Apellidos"]]
    rows += [[f"V-{20_000_000 + i}", f"Persona{i}", "Larga"] for i in range(1200)]
    path = write_csv(tmp_path / "larga.csv", rows, "utf-8", ",")
    heard: list[int] = []

    def stop_at_1000(read: int) -> bool:
        heard.append(read)
        return read < 1000

    report = services.census_files.import_file(path, place.council_id, on_rows=stop_at_1000)
    assert heard == [500, 1000]
    assert report.cancelled
    assert report.added == services.residents.count() == 999
    rest = services.census_files.import_file(path, place.council_id)
    assert (rest.added, rest.already_present) == (201, 999)


def test_title_rows_above_the_headings(services: Services, place: Place, tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["CENSO DEMOGRÁFICO 2025 - LISTADO DE NOMBRES"])
    sheet.append(["Consejo Comunal Brisas"])
    sheet.append([])
    sheet.append(["Nº", "Cédula", "Nombres", "Apellidos", "Fecha de Nacimiento"])
    sheet.append([1, "V-12345678", "Ana", "Rojas", "01/02/1990"])
    sheet.append([2, "V-1", "Mala", "Cédula", "01/02/1990"])  # row 6 of the sheet
    path = tmp_path / "con_titulo.xlsx"
    book.save(path)
    report = services.census_files.import_file(path, place.council_id)
    assert report.added == 1
    assert [(e.row, e.column) for e in report.errors] == [(6, "Cédula")]


def test_a_single_names_column(services: Services, place: Place, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "solo.csv", [["Nombre completo"], ["Ana María Rojas Pérez"],
                                            ["Luis Mora"]], "utf-8", ",")
    report = services.census_files.import_file(path, place.council_id)
    assert report.added == 2
    names = sorted((r.first_names, r.last_names) for r in services.residents.search("r"))
    assert names == [("Ana María", "Rojas Pérez"), ("Luis", "Mora")]
