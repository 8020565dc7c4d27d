"""`asamblea projects` from the command line: fund, budget, money in and out with a receipt,
status, the ledger as JSON, the expenses exported; bad input changes nothing."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.cli import main
from app.commands.exit_codes import BAD_INPUT, DONE, REFUSED
from app.container import Services

from tests.consultation.conftest import Small


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_a_project_from_funding_to_export(services: Services, small: Small, db_path: Path,
                                          tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    db = str(db_path)
    pid = services.projects.list_all()[0].id

    def cli(*argv: str) -> tuple[int, str, str]:
        return run(capsys, "projects", *argv, "--db", db)

    code, _, err = cli("budget", pid, "--line", "Materiales", "--planned", "100")
    assert (code, "todavía no está financiado" in err) == (REFUSED, True)
    assert cli("fund", pid, "--amount", "10.000,00", "--by", "Ana")[0] == DONE
    assert cli("budget", pid, "--line", "Materiales", "--planned", "6.000")[0] == DONE
    assert cli("budget", pid, "--line", "Mano de obra", "--planned", "4.000")[0] == DONE
    assert cli("receive", pid, "--date", "05/01/2027", "--amount", "5.000", "--source",
               "Banco de la Comuna", "--reference", "T-1")[0] == DONE
    code, _, err = cli("receive", pid, "--date", "06/01/2027", "--amount", "36.500",
                       "--currency", "VES", "--source", "Ministerio")
    assert (code, "tasa" in err) == (BAD_INPUT, True)
    assert cli("receive", pid, "--date", "06/01/2027", "--amount", "36.500", "--currency",
               "VES", "--rate", "36,50", "--source", "Ministerio")[0] == DONE
    receipt = tmp_path / "factura.jpg"
    receipt.write_bytes(b"\xff\xd8\xff\xe0" + b"0" * 100)
    code, out, _ = cli("spend", pid, "--date", "07/01/2027", "--amount", "6.050",
                       "--supplier", "Ferretería El Tanque, C.A.", "--rif", "J-1", "--invoice",
                       "0012", "--description", "Cemento y cabillas", "--line", "materiales",
                       "--receipt", str(receipt))
    assert code == DONE
    assert "ALERTA" in out  # the line went past its plan
    assert "Materiales" in out
    code, _, err = cli("spend", pid, "--date", "07/01/2027", "--amount", "1", "--supplier",
                       "X", "--description", "Y", "--line", "Pintura")
    assert (code, "Materiales, Mano de obra" in err) == (BAD_INPUT, True)
    assert cli("spend", pid, "--date", "08/01/2027", "--amount", "10", "--supplier",
               "Ferretería El Tanque, C.A.", "--rif", "J-1", "--invoice", "12",
               "--description", "Clavos")[0] == DONE
    assert cli("status", pid, "--to", "en-ejecucion", "--by", "Ana")[0] == DONE

    code, out, _ = cli("show", pid, "--json")
    shown = json.loads(out)
    assert code == DONE
    assert (shown["received_cents"], shown["spent_cents"]) == (600_000, 606_000)
    assert shown["balance_cents"] == -6_000
    assert [h["status"] for h in shown["history"]] == ["funded", "in_progress"]
    assert {w["code"] for w in shown["warnings"]} == {
        "line_overspent", "spent_past_received", "no_receipt", "duplicate_invoice"}

    xlsx, table = tmp_path / "out" / "gastos.xlsx", tmp_path / "out" / "gastos.csv"
    assert cli("expenses", pid, "--out", str(xlsx), "--out", str(table))[0] == DONE
    rows = list(csv.reader(io.StringIO(table.read_text(encoding="utf-8-sig"))))
    assert rows[0][0] == "Fecha"
    assert rows[1][1] == "Ferretería El Tanque, C.A."
    assert rows[1][-1] == "factura.jpg"
    sheet = load_workbook(xlsx).active
    assert sheet is not None
    assert sheet.max_row == 3
