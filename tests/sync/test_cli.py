"""`asamblea sync ...` end to end: clear Spanish on stderr, never a traceback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main
from app.persistence.rows import OrganizationRow

from tests.sync.conftest import Laptop
from tests.sync.helpers import add_council, edit, send


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_export_import_status_through_the_command_line(
    laptop: Laptop, stick: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a, b = laptop("a"), laptop("b")
    council = add_council(a)
    adb, bdb = str(a.db_path), str(b.db_path)
    a.close()
    b.close()

    code, out, _err = _run(capsys, "--db", adb, "sync", "export", "--to", str(stick), "--json")
    assert code == 0
    bundle = json.loads(out)["path"]
    assert json.loads(out)["safe_to_remove"] is True

    code, _out, err = _run(capsys, "--db", bdb, "sync", "import", bundle)
    assert code == 1  # refused: the sender is not trusted yet
    assert "equipo desconocido" in err
    assert "Traceback" not in err
    fingerprint = err.split("--trust ")[1].split(")")[0]

    code, out, _err = _run(capsys, "--db", bdb, "sync", "import", str(stick), "--trust",
                           fingerprint, "--json")
    assert code == 0
    [result] = json.loads(out)
    assert result["ok"] is True
    assert result["records_new"] == 2  # the council and the laptop that made it

    code, out, _err = _run(capsys, "--db", bdb, "sync", "import", bundle)
    assert code == 0
    assert "ya importado" in out

    code, out, _err = _run(capsys, "--db", bdb, "sync", "status", "--json")
    status = json.loads(out)
    assert status["fingerprint"] != fingerprint
    [sender] = [d for d in status["devices"] if not d["is_this_device"]]
    assert sender["fingerprint"] == fingerprint
    assert sum(sender["holds"].values()) == 2
    assert [b["direction"] for b in status["bundles"]] == ["import"]
    assert status["open_conflicts"] == 0

    code, out, _err = _run(capsys, "--db", bdb, "list", "organizaciones", "--json")
    assert council in out


def test_conflicts_and_resolve_through_the_command_line(
    laptop: Laptop, stick: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a, b = laptop("a"), laptop("b")
    council = add_council(a)
    send(a, b, stick, full=True)
    send(b, a, stick, full=True)
    edit(a, OrganizationRow, council, name="Nombre de A")
    edit(b, OrganizationRow, council, name="Nombre de B")
    send(a, b, stick)
    bdb = str(b.db_path)
    b.close()

    code, out, _err = _run(capsys, "--db", bdb, "sync", "conflicts", "--json")
    [conflict] = json.loads(out)
    assert conflict["field"] == "name"
    code, out, _err = _run(capsys, "--db", bdb, "sync", "conflicts")
    assert "campo «Nombre»" in out  # the field as the forms name it, not "name"

    code, _out, err = _run(capsys, "--db", bdb, "sync", "resolve", conflict["id"],
                           "--value", "Otro nombre")
    assert code == 2
    assert "no es uno de los valores en conflicto" in err

    code, out, _err = _run(capsys, "--db", bdb, "sync", "resolve", conflict["id"],
                           "--value", "Nombre de A")
    assert code == 0
    assert "«Nombre» queda en Nombre de A" in out
    code, out, _err = _run(capsys, "--db", bdb, "sync", "conflicts")
    assert "No hay conflictos abiertos" in out


def test_a_missing_file_is_a_clear_error(
    laptop: Laptop, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    b = laptop("b")
    bdb = str(b.db_path)
    b.close()
    code, _out, err = _run(capsys, "--db", bdb, "sync", "import", str(tmp_path / "no.asamblea"))
    assert code == 2
    assert "No se encontró el archivo" in err
