"""The command line as a script would use it: demo, info, list, check, and its errors."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from app.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_demo_fills_the_counts_the_issue_names(capsys: pytest.CaptureFixture[str],
                                               demo_db: Path) -> None:
    code, out, _ = run(capsys, "--db", str(demo_db), "info", "--json")
    assert code == 0
    info = json.loads(out)
    counts = info["counts"]
    assert counts["organization"] == 5  # 1 commune + 4 councils
    assert counts["resident"] == 1200
    assert counts["assembly"] == 6
    assert counts["nomination"] == 7
    assert counts["consultation"] == 1
    assert counts["committee"] > 0
    assert counts["spokesperson"] > 0
    assert counts["problem"] >= 5
    assert counts["prioritization_ballot"] > 0
    assert info["schema_revision"]
    assert len(info["state_digest"]) == 64
    assert info["device_id"]


def test_demo_has_children_and_approved_minutes(capsys: pytest.CaptureFixture[str],
                                                demo_db: Path) -> None:
    con = sqlite3.connect(demo_db)
    births = [date.fromisoformat(r[0]) for r in con.execute(
        "SELECT birth_date FROM resident WHERE birth_date IS NOT NULL")]
    approved = con.execute("SELECT count(*) FROM minutes WHERE status='approved'").fetchone()[0]
    con.close()
    under_15 = [b for b in births if (date(2026, 11, 15) - b).days < 15 * 365]
    assert 100 < len(under_15) < 600
    assert approved >= 1


def test_the_same_seed_gives_the_same_digest(capsys: pytest.CaptureFixture[str],
                                             tmp_path: Path) -> None:
    digests = []
    for name, seed in (("a", "7"), ("b", "7"), ("c", "8")):
        db = str(tmp_path / f"{name}.db")
        assert run(capsys, "--db", db, "demo", "--residents", "80", "--seed", seed)[0] == 0
        _code, out, _ = run(capsys, "--db", db, "info", "--json")
        digests.append(json.loads(out)["state_digest"])
    assert digests[0] == digests[1]
    assert digests[0] != digests[2]


def test_demo_refuses_a_database_with_data(capsys: pytest.CaptureFixture[str],
                                           demo_db: Path) -> None:
    code, _, err = run(capsys, "--db", str(demo_db), "demo")
    assert code == 1  # refused by a rule: the database has data
    assert "--force" in err
    code, out, _ = run(capsys, "--db", str(demo_db), "demo", "--if-empty")
    assert code == 0
    assert "ya tiene datos" in out


@pytest.mark.parametrize("entity", ["organizaciones", "habitantes", "asambleas", "problemas",
                                    "consultas", "proyectos"])
def test_list_every_entity_as_json(capsys: pytest.CaptureFixture[str], demo_db: Path,
                                   entity: str) -> None:
    code, out, _ = run(capsys, "list", entity, "--db", str(demo_db), "--json")
    assert code == 0
    items = json.loads(out)
    assert items
    assert all("id" in item for item in items)


def test_list_residents_in_order_with_limit(capsys: pytest.CaptureFixture[str],
                                            demo_db: Path) -> None:
    _code, out, _ = run(capsys, "--db", str(demo_db), "list", "habitantes", "--json",
                       "--limit", "5")
    people = json.loads(out)
    assert len(people) == 5
    names = [(p["last_names"], p["first_names"]) for p in people]
    assert names == sorted(names)


def test_check_passes_then_finds_a_tampered_change(capsys: pytest.CaptureFixture[str],
                                                   demo_db: Path) -> None:
    assert run(capsys, "--db", str(demo_db), "check")[0] == 0
    con = sqlite3.connect(demo_db)
    con.execute("UPDATE change SET fields = replace(fields, 'Brisas', 'Brizas') WHERE seq = 3")
    con.commit()
    con.close()
    code, out, _ = run(capsys, "--db", str(demo_db), "check", "--json")
    assert code == 1
    report = json.loads(out)
    assert not report["ok"]
    assert any("alterado" in p for p in report["problems"])


def test_errors_are_sentences_not_tracebacks(tmp_path: Path, empty_template: Path) -> None:
    db = tmp_path / "futura.db"
    shutil.copyfile(empty_template, db)
    con = sqlite3.connect(db)
    con.execute("UPDATE alembic_version SET version_num = 'zz_newer'")
    con.commit()
    con.close()
    result = subprocess.run([sys.executable, "-m", "app.cli", "--db", str(db), "info"],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 2
    assert "versión más nueva" in result.stderr
    assert "Traceback" not in result.stderr


def test_english_messages_on_request(tmp_path: Path) -> None:
    bad = tmp_path / "x.db"
    bad.write_text("no soy una base de datos")
    result = subprocess.run([sys.executable, "-m", "app.cli", "--lang", "en", "--db", str(bad),
                             "info"], capture_output=True, text=True, timeout=120)
    assert result.returncode == 2
    assert "is not an Asamblea database" in result.stderr


@pytest.mark.parametrize(
    ("argv", "window"),
    [([], True), (["--db", "x.db"], True), (["--lang", "en", "gui", "--page", "censo"], True),
     (["gui", "--screenshot", "a.png"], True), (["--db", "x.db", "info"], False),
     (["residents", "search", "gui"], False), (["--help"], False)],
)
def test_only_the_window_skips_loading_every_command(argv: list[str], window: bool) -> None:
    from app.cli import wants_window

    assert wants_window(argv) is window
