"""`asamblea residents ...` and `asamblea print census` as scripts and secretaries use them."""

from __future__ import annotations

import json
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from app.cli import main

from tests.conftest import Place


@pytest.fixture
def council(place: Place) -> str:
    """Consejo Comunal Brisas, with its sector El Tanque (the shared `place`)."""
    return place.council_id


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_add_update_search(db_path: Path, council: str,
                           capsys: pytest.CaptureFixture[str]) -> None:
    db = str(db_path)
    code, out, _ = run(capsys, "residents", "add", "--db", db, "--name", "José Gregorio Pérez",
                       "--national-id", "v12.345.678", "--birth-date", "01/05/1980",
                       "--council", council, "--sector", "el tanque", "--json")
    assert code == 0
    resident = json.loads(out)["resident"]
    assert resident["national_id"] == "V-12345678"
    assert (resident["first_names"], resident["last_names"]) == ("José", "Gregorio Pérez")
    assert resident["sector_id"] is not None
    code, out, _ = run(capsys, "residents", "update", resident["id"], "--db", db,
                       "--first-names", "José Gregorio", "--last-names", "Pérez",
                       "--phone", "0412-5551234", "--json")
    assert code == 0
    assert json.loads(out)["phone"] == "0412-5551234"
    code, out, _ = run(capsys, "residents", "search", "JOSE perez", "--db", db, "--json")
    found = json.loads(out)
    assert [(r["first_names"], r["last_names"]) for r in found] == [("José Gregorio", "Pérez")]
    code, out, _ = run(capsys, "residents", "add", "--db", db, "--name", "Otra Persona",
                       "--national-id", "12345678", "--council", council)
    assert code == 0
    assert "posible duplicado" in out
    code, out, _ = run(capsys, "residents", "duplicates", "--db", db, "--json")
    assert json.loads(out)[0]["key"] == "V-12345678"


def test_errors_are_spanish_sentences(db_path: Path, council: str,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    db = str(db_path)
    code, _, err = run(capsys, "residents", "add", "--db", db, "--name", "Ana",
                       "--national-id", "X-1", "--council", council)
    assert code == 2
    assert err.startswith("Error: La cédula «X-1» no es válida")
    code, _, err = run(capsys, "residents", "update", "nope", "--db", db, "--phone", "1")
    assert code == 2
    assert "No se encontró el habitante" in err
    code, _, err = run(capsys, "residents", "add", "--db", db, "--name", "Ana",
                       "--birth-date", "2999-01-01", "--council", council)
    assert code == 2
    assert "futuro" in err


def test_import_dry_run_export_and_print(db_path: Path, council: str, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    db = str(db_path)
    source = tmp_path / "censo.csv"
    source.write_text("CEDULA;NOMBRES;APELLIDOS;F. NAC.;SEXO\n"
                      "12345678;Ana;Núñez;01/01/1980;F\n"
                      "9;Mal;Dato;01/01/1980;F\n", encoding="cp1252")
    code, out, _ = run(capsys, "residents", "import", str(source), "--db", db, "--council",
                       council, "--dry-run", "--json")
    report = json.loads(out)
    assert code == 1  # some rows have errors
    assert (report["added"], report["dry_run"]) == (1, True)
    assert report["errors"][0]["row"] == 3
    assert report["errors"][0]["column"] == "CEDULA"
    code, out, _ = run(capsys, "residents", "search", "nunez", "--db", db, "--json")
    assert json.loads(out) == []
    code, out, _ = run(capsys, "residents", "import", str(source), "--db", db, "--council",
                       council)
    assert "Se agregó 1 habitante;" in out  # one: in the singular
    assert "fila" in out  # the error table
    exported = tmp_path / "salida.xlsx"
    code, out, _ = run(capsys, "residents", "export", "--out", str(exported), "--db", db)
    assert code == 0
    assert exported.exists()
    code, out, _ = run(capsys, "residents", "import", str(exported), "--db", db, "--json")
    assert (json.loads(out)["added"], json.loads(out)["already_present"]) == (0, 1)
    pdf = tmp_path / "censo.pdf"
    code, out, _ = run(capsys, "print", "census", "--db", db, "--council", council,
                       "--out", str(pdf))
    assert code == 0
    text = pdfium.PdfDocument(pdf.read_bytes())[0].get_textpage().get_text_range()
    assert "Consejo Comunal Brisas" in text
    assert "Núñez" in text
