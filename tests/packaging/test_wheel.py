"""A regular (non-editable) install prints with the embedded font and speaks English.

The wheel is built from this tree (which compiles the translations, setup.py) and installed
into a fresh virtual environment, then run from a folder outside the source tree, so nothing
can come from the checkout (tests/packaging/wheels.py).
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from tests.packaging.wheels import build_wheel, fresh_venv, install, run
from tests.pdf import pdf_text

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The `asamblea` program of a fresh venv holding only the wheel."""
    where = tmp_path_factory.mktemp("wheel")
    wheel = build_wheel(ROOT, where)
    names = zipfile.ZipFile(wheel).namelist()
    assert "resources/fonts/DejaVuSans.ttf" in names
    assert "resources/translations/asamblea_en.qm" in names
    assert "resources/icons/asamblea-16.png" in names
    assert "app/locale/en/LC_MESSAGES/asamblea.mo" in names
    bin_dir = fresh_venv(where / "venv")
    install(wheel, bin_dir)
    return bin_dir / "asamblea"


def test_the_installed_program_runs_from_its_own_files(installed: Path, tmp_path: Path) -> None:
    python = installed.with_name("python")
    where = run(str(python), "-c", "import app, resources; print(app.__file__, resources.__file__)",
                cwd=tmp_path)
    assert where.returncode == 0, where.stderr
    assert str(ROOT) not in where.stdout
    assert all(str(installed.parents[1]) in path for path in where.stdout.split())


def test_the_installed_program_prints_in_english_and_legal_papers_in_spanish(
        installed: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "demo.db")
    assert run(str(installed), "--db", db, "demo", cwd=tmp_path).returncode == 0
    consultation = json.loads(run(str(installed), "--db", db, "list", "consultas", "--json",
                                  cwd=tmp_path).stdout)[0]["id"]
    assemblies = json.loads(run(str(installed), "--db", db, "list", "asambleas", "--json",
                                cwd=tmp_path).stdout)
    held = next(a["id"] for a in assemblies if a["status"] != "convened")

    ballots = run(str(installed), "--db", db, "--lang", "en", "print", "ballots",
                  "--consultation", consultation, "--table", "1", "--specimen", "--count", "2",
                  "--out", "ballots.pdf", cwd=tmp_path)
    assert ballots.returncode == 0, ballots.stderr
    assert "SPECIMEN" in ballots.stdout  # the command's own sentence, from the English .mo
    acta = run(str(installed), "--db", db, "--lang", "en", "print", "minutes",
               "--assembly", held, "--out", "acta.pdf", cwd=tmp_path)
    assert acta.returncode == 0, acta.stderr
    notice = run(str(installed), "--db", db, "--lang", "en", "print", "convocation",
                 "--assembly", held, "--out", "notice.pdf", cwd=tmp_path)
    assert notice.returncode == 0, notice.stderr

    # Ballots and a sealed acta are legal papers: always Spanish (issue 10). The notice
    # follows the program's language, which proves the English catalog shipped.
    for name, words in (("ballots.pdf", "MUESTRA"), ("acta.pdf", "ACTA"),
                        ("notice.pdf", "NOTICE OF ASSEMBLY")):
        data = (tmp_path / name).read_bytes()
        assert b"+DejaVuSans" in data  # the embedded DejaVu subset, not a base-14 font
        assert words in pdf_text(data).upper()
