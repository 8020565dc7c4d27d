"""`asamblea assemblies`, `asamblea minutes verify` and `asamblea print ...` for an assembly."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.census.model import ResidentQuery
from app.cli import main
from app.container import open_services
from app.domain.enums import AssemblyStatus

from tests.clock import travel_command_line


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_assembly_day_from_the_command_line(capsys, demo_db: Path, demo, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    db = str(demo_db)
    # The day of the assembly convened below, 16:30 in Caracas: it opens only on its day.
    travel_command_line(monkeypatch, datetime(2026, 12, 5, 20, 35, tzinfo=UTC))
    code, out, _ = run(capsys, "assemblies", "create", "--db", db, "--organization",
                       demo.council_ids[1],
                       "--kind", "base", "--date", "05/12/2026", "--time", "16:30",
                       "--place", "Escuela Básica Cañaveral", "--agenda", "Nudos críticos",
                       "--agenda", "Priorización", "--call", "2", "--json")
    assert code == 0
    aid = json.loads(out)["id"]
    sv = open_services(demo_db)
    people = [r.national_id for r in sv.residents.page(
        ResidentQuery(council_ids=(demo.council_ids[1],), min_age=18), 0, 80)
        if r.national_id][:50]
    sv.close()
    for cedula in people:
        assert run(capsys, "assemblies", "check-in", "--db", db, "--assembly", aid,
                   "--person", cedula)[0] == 0
    code, out, _ = run(capsys, "assemblies", "quorum", "--db", db, "--assembly", aid, "--json")
    status = json.loads(out)
    assert status["present"] == 50
    assert status["met"] is True
    code, _, err = run(capsys, "assemblies", "check-in", "--db", db, "--assembly", aid,
                       "--person", people[0])
    assert code == 1  # refused by a rule
    assert "ya está registrado" in err
    code, _, err = run(capsys, "assemblies", "agreement", "--db", db, "--assembly", aid,
                       "--item", "1", "--text", "Limpieza", "--for", "51")
    assert code == 1
    assert "50 presentes" in err
    assert run(capsys, "assemblies", "agreement", "--db", db, "--assembly", aid, "--item", "1",
               "--text", "Jornada de limpieza", "--for", "40", "--against", "10")[0] == 0
    for title in ("Calle sin asfaltar", "Escuela con filtraciones", "Bote de agua"):
        assert run(capsys, "assemblies", "problem", "--db", db, "--assembly", aid,
                   "--title", title, "--category", "vialidad")[0] == 0
    ballots = tmp_path / "papeletas.json"
    ballots.write_text(json.dumps([[1, 2, 3], [2, 1, 3], [3, 1, 2]]), encoding="utf-8")
    code, out, _ = run(capsys, "assemblies", "prioritize", "--db", db, "--assembly", aid,
                       "--method", "borda", "--ballots", str(ballots))
    assert code == 0
    assert "(empate)" not in out.splitlines()[2]
    assert run(capsys, "assemblies", "close", "--db", db, "--assembly", aid)[0] == 0
    code, out, _ = run(capsys, "minutes", "approve", "--db", db, "--assembly", aid,
                       "--by", "Secretaría")
    assert code == 0
    printed_code = out.strip().rsplit(" ", 1)[-1]

    code, out, _ = run(capsys, "minutes", "verify", "--db", db, "--assembly", aid,
                       "--code", printed_code)
    assert code == 0
    assert "Verificación correcta" in out
    code, out, _ = run(capsys, "minutes", "verify", "--db", db, "--assembly", aid,
                       "--code", "ABCD-ABCD-ABCD")
    assert code == 1
    assert "NO COINCIDE" in out
    # After approval the command line refuses edits too.
    code, _, err = run(capsys, "minutes", "text", "--db", db, "--assembly", aid,
                       "--closing", "otro texto")
    assert code == 1
    assert "aprobada" in err
    code, _, err = run(capsys, "assemblies", "problem", "--db", db, "--assembly", aid,
                       "--title", "Tarde")
    assert code == 1
    assert "aprobada" in err

    for paper in ("convocation", "attendance-sheet", "priorities", "minutes"):
        out_file = tmp_path / f"{paper}.pdf"
        code, _, _ = run(capsys, "print", paper, "--db", db, "--assembly", aid,
                         "--out", str(out_file))
        assert code == 0
        assert out_file.read_bytes().startswith(b"%PDF")


def test_demo_actas_verify_after_a_census_import(capsys, demo_db: Path, demo,
                                                 tmp_path: Path) -> None:
    """Every closed assembly of the demo has an approved acta (one not constituted); after
    importing 1,800 adults into the councils, every one still verifies: the quorum base
    was frozen when each assembly opened."""
    sv = open_services(demo_db)
    assemblies = sv.assemblies.list_all()
    approved = [a.id for a in assemblies if sv.assemblies.is_locked(a.id)]
    ended = [a for a in assemblies if a.status in (AssemblyStatus.CLOSED,
                                                   AssemblyStatus.NOT_CONSTITUTED)]
    convened = [a.id for a in assemblies if a.status is AssemblyStatus.CONVENED]
    bases = {aid: sv.assemblies.quorum(aid).base for aid in approved}
    sv.close()
    assert sorted(approved) == sorted(a.id for a in ended)
    assert [a.status for a in ended].count(AssemblyStatus.NOT_CONSTITUTED) == 1
    sheet = tmp_path / "ministerio.csv"
    for n, council_id in enumerate(demo.council_ids):
        first = 50_000_000 + 10_000 * n
        sheet.write_text("cedula,nombres,apellidos,fecha_nacimiento\n" + "".join(
            f"V-{first + i},Persona {i},Importada {i},01/01/1980\n" for i in range(1_800)),
            encoding="utf-8")
        code, out, err = run(capsys, "residents", "import", str(sheet), "--db", str(demo_db),
                             "--council", council_id)
        assert code == 0, err
    for aid in approved:
        code, out, _ = run(capsys, "minutes", "verify", "--db", str(demo_db), "--assembly", aid)
        assert code == 0, out
        assert "coincide con el acta" in out
    sv = open_services(demo_db)
    try:
        assert {aid: sv.assemblies.quorum(aid).base for aid in approved} == bases
        assert sv.residents.count(ResidentQuery()) == demo.residents + 1_800 * 4
    finally:
        sv.close()
    code, _, err = run(capsys, "minutes", "verify", "--db", str(demo_db), "--assembly",
                       convened[0])
    assert code == 1
    assert "no tiene acta aprobada" in err


def test_unknown_kind_is_a_clear_error(capsys, demo_db: Path, demo) -> None:
    code, _, err = run(capsys, "assemblies", "create", "--db", str(demo_db), "--organization",
                       demo.commune_id, "--kind", "fiesta", "--date", "01/12/2026",
                       "--place", "Plaza")
    assert code == 2
    assert "ordinaria" in err
    assert "Traceback" not in err


def test_paper_size_on_the_command_line(capsys, demo_db: Path, tmp_path: Path) -> None:
    from tests.pdf import page_sizes

    sv = open_services(demo_db)
    held = next(a.id for a in sv.assemblies.list_all() if sv.assemblies.is_locked(a.id))
    sv.close()
    sizes = {}
    for word in ("a4", "carta"):
        out = tmp_path / f"acta-{word}.pdf"
        code, _, _ = run(capsys, "print", "minutes", "--db", str(demo_db), "--assembly", held,
                         "--paper", word, "--out", str(out))
        assert code == 0
        sizes[word] = page_sizes(out.read_bytes())
    assert sizes == {"a4": {(595, 842)}, "carta": {(612, 792)}}
