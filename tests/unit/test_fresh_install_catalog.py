"""A fresh install speaks English without the compiled catalog (issue 11, point 10).

The `.mo` files are built by scripts/messages.py with Babel, which the program does not need
to run; a copy without them (or with one older than its .po files) reads the .po text.
"""

from __future__ import annotations

import os
import shutil
import struct
from collections.abc import Iterator
from pathlib import Path

import pytest

import app.i18n
from app.cli import main
from app.i18n import translations


@pytest.fixture
def locale_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The program's catalogs, copied aside with no compiled file in them."""
    folder = tmp_path / "locale"
    shutil.copytree(app.i18n.LOCALE_DIR, folder, ignore=shutil.ignore_patterns("*.mo"))
    monkeypatch.setattr(app.i18n, "LOCALE_DIR", folder)
    translations.cache_clear()
    yield folder
    translations.cache_clear()  # the next test reads the real folder again


def _error_of(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    code = main(["--lang", "en", "--db", str(tmp_path / "a.db"),
                 "residents", "update", "0000", "--phone", "1"])
    assert code != 0
    return capsys.readouterr().err


def test_english_errors_without_the_compiled_catalog(
        locale_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ASAMBLEA_LANG", "es")  # main() sets it from --lang; undone after
    assert not list(locale_copy.rglob("*.mo"))
    err = _error_of(tmp_path, capsys)
    assert "No resident was found with id '0000'." in err
    assert "habitante" not in err and "encontró" not in err
    # Counted text keeps its two forms, and Spanish (argparse's catalog) works the same way.
    english = translations("en")
    one, many = ("Inspección registrada con {n} hallazgo abierto.",
                 "Inspección registrada con {n} hallazgos abiertos.")
    assert english.ngettext(one, many, 1) == "Inspection recorded with {n} open finding."
    assert english.ngettext(one, many, 3) == "Inspection recorded with {n} open findings."
    assert translations("es").gettext("usage: ") == "uso: "


def test_a_stale_compiled_catalog_gives_way_to_newer_text(
        locale_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A .mo older than a .po edited since (an update pulled, not yet compiled) is not read:
    here it is an empty catalog, which would show the Spanish."""
    monkeypatch.setenv("ASAMBLEA_LANG", "es")
    folder = locale_copy / "en" / "LC_MESSAGES"
    stale = folder / "asamblea.mo"
    stale.write_bytes(_empty_mo())
    newest = max(p.stat().st_mtime for p in folder.glob("*.po"))
    os.utime(stale, (newest - 60, newest - 60))
    assert "No resident was found with id '0000'." in _error_of(tmp_path, capsys)


def _empty_mo() -> bytes:
    """A valid GNU catalog with no messages: magic, revision 0, zero entries."""
    return struct.pack("<IIIIIII", 0x950412DE, 0, 0, 28, 28, 0, 28)
