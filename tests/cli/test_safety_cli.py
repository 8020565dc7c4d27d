"""Issue 13 points 2, 7 and 8 on the command line: backups, and awkward input as sentences."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main
from app.commands.exit_codes import BAD_INPUT, DONE, REFUSED
from app.domain.errors import DomainError


def test_backup_create_list_verify(capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    assert main(["--db", str(db_path), "backup", "create", "--json"]) == DONE
    made = json.loads(capsys.readouterr().out)
    assert main(["--db", str(db_path), "backup", "list", "--json"]) == DONE
    listed = json.loads(capsys.readouterr().out)
    assert [b["path"] for b in listed] == [made["path"]]
    assert main(["--db", str(db_path), "backup", "verify", made["path"]]) == DONE
    assert "El respaldo está sano" in capsys.readouterr().out
    broken = Path(made["path"])
    broken.write_bytes(broken.read_bytes()[:5000])
    assert main(["--db", str(db_path), "backup", "verify", made["path"]]) == REFUSED
    assert "dañado" in capsys.readouterr().out


@pytest.mark.parametrize("argv", [
    ["--db", "{tmp}", "info"],
    ["--db", "{db}", "residents", "search", "Ana", "--limit", "-5"],
    ["--db", "{db}", "residents", "search", "Ana", "--limit", "99999999999999999999"],
    ["--db", "{db}", "residents", "export", "--out", "/proc/no/existe.csv"],
])
def test_awkward_input_gets_a_sentence(capsys: pytest.CaptureFixture[str], db_path: Path,
                                       tmp_path: Path, argv: list[str]) -> None:
    code = main([a.format(tmp=tmp_path, db=db_path) for a in argv])
    err = capsys.readouterr().err
    assert code == BAD_INPUT
    assert "inesperado" not in err and err.strip()


def test_attaching_an_endless_file_is_refused(capsys: pytest.CaptureFixture[str],
                                              demo_db: Path) -> None:
    assert main(["--db", str(demo_db), "list", "asambleas", "--json"]) == DONE
    assembly = json.loads(capsys.readouterr().out)[0]["id"]
    code = main(["--db", str(demo_db), "minutes", "attach", "--assembly", assembly,
                 "--file", "/dev/zero"])
    assert code == BAD_INPUT
    assert "15 MB" in capsys.readouterr().err


def test_a_demo_that_fails_halfway_leaves_nothing(capsys: pytest.CaptureFixture[str],
                                                  tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """Before: `demo --residents 60` crashed and left half a commune saved. Now 60 works, and a
    demo refused at its last step (the funded project, after the census, assemblies and
    consultation) is refused whole. Small demos no longer fail (tests/unit/test_demo_sizes):
    the failure is the one 20 residents met, negative votes, made to happen."""
    def refused(*_args: object, **_kwargs: object) -> str:
        raise DomainError("agreement.votes_negative")

    monkeypatch.setattr("app.demo.commune.build_funded_project", refused)
    db = tmp_path / "pequena.db"
    assert main(["--db", str(db), "demo", "--residents", "20"]) != DONE
    captured = capsys.readouterr()
    assert "Los votos no pueden ser negativos" in captured.out + captured.err
    monkeypatch.undo()
    assert main(["--db", str(db), "info", "--json"]) == DONE
    info = json.loads(capsys.readouterr().out)
    assert info["changes"] == 1  # only this laptop's own record
    assert not any(n for t, n in info["counts"].items() if t not in ("device",))
    staging = tmp_path / "preparando"
    assert not staging.exists() or list(staging.iterdir()) == []
    assert main(["--db", str(tmp_path / "sesenta.db"), "demo", "--residents", "60"]) == DONE
