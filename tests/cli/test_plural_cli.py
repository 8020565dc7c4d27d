"""The command line's sentences with a count agree with it: «1 habitante», «1 boleta, serial
7», «(1 elector)», never «1 habitantes»; other counts read as before."""

from __future__ import annotations

import json
import re
from pathlib import Path
from types import SimpleNamespace

import pytest

from app.cli import main
from app.commands.exit_codes import DONE

ONE_PLURAL = re.compile(r"\b1 (habitantes|boletas|electores|asambleas|proyectos|cambios|"
                        r"personas|consejos)\b")


def test_a_demo_of_one_and_its_papers_read_in_the_singular(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "uno.db")
    assert main(["--db", db, "demo", "--residents", "1"]) == DONE
    assert main(["--db", db, "list", "consultas", "--json"]) == DONE
    said = capsys.readouterr().out
    consultation = json.loads(said.split("\n", 1)[1])[0]["id"]
    assert "Comuna de demostración creada: 1 habitante, 4 consejos comunales" in said
    assert main(["--db", db, "print", "ballots", "--consultation", consultation, "--table", "1",
                 "--count", "1", "--out", str(tmp_path / "b.pdf")]) == DONE
    assert main(["--db", db, "print", "ballots", "--consultation", consultation, "--table", "1",
                 "--count", "2", "--out", str(tmp_path / "c.pdf")]) == DONE
    printed = capsys.readouterr().out
    assert re.search(r"\b1 boleta, serial \d+\b", printed), printed
    assert re.search(r"\b2 boletas, seriales \d+–\d+", printed), printed
    assert not ONE_PLURAL.findall(said + printed)


@pytest.mark.parametrize(("count", "expected"), [
    (1, "1 habitante, 1 asamblea, 1 proyecto, 1 cambio"),
    (0, "0 habitantes, 0 asambleas, 0 proyectos, 0 cambios"),
    (3, "3 habitantes, 3 asambleas, 3 proyectos, 3 cambios"),
])
def test_a_backups_counts_agree_with_each_number(count: int, expected: str) -> None:
    from app.commands.safety import _counts_text

    check = SimpleNamespace(counts={"resident": count, "assembly": count, "project": count,
                                    "change": count})
    assert _counts_text(check) == expected  # type: ignore[arg-type]
