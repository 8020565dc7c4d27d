"""Progress reports with photos, inspections by residents of the census, and findings that
stay open until the people responsible answer them (from the service and the command line)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from app.cli import main
from app.commands.exit_codes import BAD_INPUT, DONE, REFUSED
from app.container import Services
from app.demo.receipts import receipt_png
from app.domain.census import NewResident
from app.domain.errors import DomainError

from tests.consultation.conftest import Small


def test_findings_stay_open_until_answered(services: Services, small: Small,
                                           funded: str) -> None:
    watch = services.project_oversight
    report = watch.report_progress(funded, date(2027, 2, 1), 40, "Zanja abierta",
                                   [("obra.png", receipt_png(1), "image/png")])
    assert len(report.photos) == 1
    for bad in ((120, "Texto"), (50, "  ")):
        with pytest.raises(DomainError):
            watch.report_progress(funded, date(2027, 2, 2), *bad)
    inspector = services.residents.add(NewResident(small.councils[0], "Rosa", "Blanco")).id
    with pytest.raises(DomainError) as refused:
        watch.inspect(funded, date(2027, 2, 3), [], "Facturas")
    assert refused.value.code == "inspection.inspectors_needed"
    inspection = watch.inspect(funded, date(2027, 2, 3), [inspector], "Facturas de enero",
                               ["Falta una factura", "  "], "Todo ordenado")
    assert inspection.inspectors == ("Rosa Blanco",)
    [finding] = inspection.findings
    assert finding.open
    assert [f.id for f in watch.oversight(funded).open_findings] == [finding.id]
    answered = watch.answer(finding.id, "Se entregó el 05/02", "Carmen", on=date(2027, 2, 5))
    assert not answered.open
    assert answered.answered_on == date(2027, 2, 5)
    with pytest.raises(DomainError) as again:
        watch.answer(finding.id, "Otra", "Carmen")
    assert again.value.code == "finding.answered"
    oversight = watch.oversight(funded)
    assert oversight.open_findings == ()
    assert oversight.percent == 40


def test_progress_inspect_and_answer_from_the_command_line(
        services: Services, small: Small, funded: str, db_path: Path, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    db = str(db_path)
    inspector = services.residents.add(NewResident(small.councils[0], "Rosa", "Blanco")).id
    photo = tmp_path / "obra.png"
    photo.write_bytes(receipt_png(3))
    assert main(["projects", "progress", funded, "--date", "01/02/2027", "--percent", "35",
                 "--text", "Tubería en 100 metros", "--photo", str(photo), "--db", db]) == DONE
    assert main(["projects", "progress", funded, "--date", "01/02/2027", "--percent", "135",
                 "--text", "x", "--db", db]) == BAD_INPUT
    capsys.readouterr()
    assert main(["projects", "inspect", funded, "--date", "03/02/2027", "--inspector",
                 inspector, "--checked", "Depósito", "--finding", "Faltan 2 válvulas",
                 "--json", "--db", db]) == DONE
    finding = json.loads(capsys.readouterr().out)["findings"][0]["id"]
    assert main(["projects", "show", funded, "--json", "--db", db]) == DONE
    shown = json.loads(capsys.readouterr().out)
    assert shown["progress_percent"] == 35
    assert shown["oversight"]["inspections"][0]["findings"][0]["answer"] is None
    assert main(["projects", "answer", finding, "--text", "Llegaron", "--by", "Ana",
                 "--db", db]) == DONE
    assert main(["projects", "answer", finding, "--text", "Otra", "--by", "Ana",
                 "--db", db]) == REFUSED
    assert services.project_oversight.oversight(funded).open_findings == ()
