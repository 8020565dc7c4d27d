"""The consultation from the command line, on the demo: show, papers, tallies, results."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.cli import main
from app.demo.commune import DemoSummary


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_demo_day_from_the_command_line(demo_db: Path, demo: DemoSummary, tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    db, cid = str(demo_db), demo.consultation_id
    code, out, _ = run(capsys, "consultation", "show", cid, "--db", db, "--json")
    shown = json.loads(out)
    assert code == 0
    assert [c["number"] for c in shown["candidates"]] == list(range(1, 8))
    assert len(shown["centres"]) == 2
    tables = [t for centre in shown["centres"] for t in centre["tables"]]
    assert [t["number"] for t in tables] == [1, 2]
    assert all(t["voters"] > 0 for t in tables)
    assert sum(t["voters"] for t in tables) == shown["eligible"]
    assert {m["role"] for m in tables[0]["members"]} >= {"president", "secretary", "witness"}

    for paper, extra in (("project-guide", []), ("voter-register", ["--table", "1"]),
                         ("tally-sheet", ["--table", "2"]),
                         ("ballots", ["--table", "1", "--count", "400"]),
                         ("ballots", ["--table", "1", "--count", "20"])):
        target = tmp_path / f"{paper}.pdf"
        code, _out, err = run(capsys, "print", paper, "--consultation", cid, "--db", db,
                              *extra, "--out", str(target))
        assert code == 0, err
        assert target.read_bytes().startswith(b"%PDF")
    _c, out, _ = run(capsys, "consultation", "show", cid, "--db", db, "--json")
    first = json.loads(out)["centres"][0]["tables"][0]
    assert [(r["first"], r["last"]) for r in first["serial_ranges"]] == [(1, 400), (401, 420)]

    tally = ["consultation", "tally", cid, "--db", db, "--table", "1", "--votes",
             "1=120,2=85,3=40", "--null", "3", "--blank", "2", "--ballots-in-box", "250",
             "--signatures", "250", "--spoiled", "1", "--unused", "169"]
    assert run(capsys, *tally, "--entered-by", "Ana Pérez")[0] == 0
    code, out, _ = run(capsys, *tally, "--entered-by", "Luis Rojas", "--json")
    assert code == 0
    assert json.loads(out)["state"] == "accepted"

    code, _out, err = run(capsys, "consultation", "tally", cid, "--db", db, "--table", "1",
                          "--votes", "1=x", "--null", "0", "--blank", "0",
                          "--ballots-in-box", "0", "--signatures", "0", "--entered-by", "A")
    assert code == 2
    assert "1=120,2=85" in err
    assert "Traceback" not in err

    code, out, _ = run(capsys, "consultation", "results", cid, "--db", db, "--json")
    partial = json.loads(out)
    assert partial["tables_counted"] == 1
    assert partial["funded_numbers"] == []  # one table is still to be counted
    assert "parciales" in partial["funding_note"]
    # Table 2 had no ballots printed: its sheet stands with the members' observation.
    second = ["consultation", "tally", cid, "--db", db, "--table", "2", "--votes", "1=10,2=30",
              "--null", "0", "--blank", "0", "--ballots-in-box", "40", "--signatures", "40",
              "--received", "40", "--observation", "Boletas traídas de la mesa 1"]
    assert run(capsys, *second, "--entered-by", "Ana Pérez")[0] == 0
    assert run(capsys, *second, "--entered-by", "Luis Rojas")[0] == 0

    csv_path, xlsx_path = tmp_path / "r.csv", tmp_path / "r.xlsx"
    code, out, _ = run(capsys, "consultation", "results", cid, "--db", db, "--json",
                       "--out", str(csv_path), "--out", str(xlsx_path))
    results = json.loads(out)
    assert code == 0
    assert results["tables_counted"] == 2
    assert results["funded_numbers"] == [1]
    assert results["candidates"][0]["votes"] == 130
    assert results["candidates"][0]["funded"]
    rows = list(csv.reader(io.StringIO(csv_path.read_text(encoding="utf-8"))))
    assert rows[0][:3] == ["Puesto", "N.º", "Proyecto"]
    assert rows[1][4] == "130"
    book = load_workbook(xlsx_path)
    assert book.sheetnames == ["Proyectos", "Mesas"]
    assert book["Proyectos"]["E2"].value == 130
    target = tmp_path / "results.pdf"
    assert run(capsys, "print", "results", "--consultation", cid, "--db", db, "--out",
               str(target))[0] == 0
