"""A rendición de cuentas linked to a project: its acta carries the project's statement
(received, spent by line, balance), progress and findings, frozen when the acta is sealed, so
an expense recorded afterwards leaves the sealed acta verifying and printing what was told."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from app.cli import main
from app.container import Services
from app.domain.enums import AssemblyKind, Currency, ProblemCategory
from app.domain.errors import DomainError
from app.printing.minutes import minutes_pdf

from tests.assemblies.conftest import Town, town  # noqa: F401  (the fixture, reused)
from tests.conftest import Place  # noqa: F401
from tests.pdf import pdf_text


def _funded_project(sv: Services, town: Town) -> str:  # noqa: F811
    project = sv.projects.create(town.council_a, "Tanque elevado", ProblemCategory.WATER,
                                 1_000_000)
    sv.project_status.fund(project.id, 1_000_000, Currency.USD, "Ana")
    money = sv.project_money
    line = money.add_line(project.id, "Materiales", 600_000)
    money.receive(project.id, date(2027, 1, 5), 800_000, Currency.USD, "Banco comunal")
    money.spend(project.id, date(2027, 1, 6), "Ferretería El Clavo", "Tubos", 123_456,
                Currency.USD, line_id=line.id, invoice="F-1")
    sv.project_oversight.report_progress(project.id, date(2027, 1, 20), 40, "Base lista")
    [resident] = town.adults_a[:1]
    inspection = sv.project_oversight.inspect(project.id, date(2027, 1, 21), [resident],
                                              "Tubos", ["Faltan dos facturas"])
    sv.project_oversight.answer(inspection.findings[0].id, "Se consiguieron", "Luis")
    sv.project_oversight.inspect(project.id, date(2027, 1, 22), [resident], "Obra",
                                 ["Cerca caída"])
    return project.id


def _held(sv: Services, town: Town, project_id: str) -> str:  # noqa: F811
    when = datetime.now().astimezone().replace(microsecond=0)
    aid = sv.assemblies.create(town.council_a, AssemblyKind.ACCOUNTABILITY, when,
                               "Casa comunal", project_id=project_id).id
    for rid in town.adults_a[:8]:
        sv.assemblies.check_in(aid, rid)
    questions = sv.assemblies.agenda(aid)[-1]
    sv.assemblies.add_intervention(questions.id, "María Pérez", "¿Cuándo llega el tanque?")
    sv.assemblies.close(aid)
    return aid


def test_the_sealed_acta_carries_the_statement_and_later_expenses_leave_it(
        services: Services, town: Town) -> None:  # noqa: F811
    sv = services
    pid = _funded_project(sv, town)
    aid = _held(sv, town, pid)
    assert [i.title for i in sv.assemblies.agenda(aid)][-1] == "Preguntas de la comunidad"
    sv.minutes.approve(aid, "Secretaría")
    paper = sv.minutes.paper(aid)
    block = paper.content.accountability
    assert block is not None and block.project_id == pid
    assert (block.received_cents, block.spent_cents, block.balance_cents) == (
        800_000, 123_456, 676_544)
    assert [(line.name, line.spent_cents) for line in block.lines] == [("Materiales", 123_456)]
    assert block.percent == 40
    assert [(f.text, bool(f.answer)) for f in block.findings] == [
        ("Faltan dos facturas", True), ("Cerca caída", False)]
    text = " ".join(pdf_text(minutes_pdf(paper)).split())
    for figure in ("8.000,00 USD", "1.234,56 USD", "6.765,44 USD"):
        assert figure in text
    assert "Sigue abierto" in text and "Se consiguieron" in text
    assert "¿Cuándo llega el tanque?" in text  # the question, as an intervention

    # Money spent after the assembly: the accounts move, the sealed acta does not.
    sv.project_money.spend(pid, date(2027, 2, 1), "Transporte Rápido", "Flete", 50_000,
                           Currency.USD)
    assert sv.project_money.ledger(pid).spent_cents == 173_456
    assert sv.minutes.verify(aid).ok
    again = sv.minutes.paper(aid).content.accountability
    assert again == block


def test_the_draft_follows_the_accounts(services: Services, town: Town) -> None:  # noqa: F811
    sv = services
    pid = _funded_project(sv, town)
    aid = _held(sv, town, pid)
    sv.project_money.spend(pid, date(2027, 2, 1), "Transporte Rápido", "Flete", 50_000,
                           Currency.USD)
    draft = sv.minutes.paper(aid)
    assert not draft.approved
    assert draft.content.accountability is not None
    assert draft.content.accountability.spent_cents == 173_456


def test_only_a_rendicion_links_a_funded_project(services: Services, town: Town) -> None:  # noqa: F811
    sv = services
    pid = _funded_project(sv, town)
    when = datetime.now().astimezone().replace(microsecond=0)
    with pytest.raises(DomainError) as wrong_kind:
        sv.assemblies.create(town.council_a, AssemblyKind.ORDINARY, when, "Casa",
                             project_id=pid)
    assert wrong_kind.value.code == "assembly.project_kind"
    proposed = sv.projects.create(town.council_a, "Cancha", ProblemCategory.SPORTS, 10_000)
    with pytest.raises(DomainError) as not_funded:
        sv.assemblies.create(town.council_a, AssemblyKind.ACCOUNTABILITY, when, "Casa",
                             project_id=proposed.id)
    assert not_funded.value.code == "project.not_funded"
    assert [a.project_id for a in sv.assemblies.list_all()] == []


def test_command_line_links_the_project(services: Services, town: Town, db_path: Path,  # noqa: F811
                                        capsys: pytest.CaptureFixture[str]) -> None:
    pid = _funded_project(services, town)
    services.close()
    assert main(["assemblies", "create", "--organization", town.council_a, "--kind",
                 "rendicion", "--date", "10/03/2027", "--place", "Casa comunal",
                 "--project", pid, "--json", "--db", str(db_path)]) == 0
    assert f'"project_id": "{pid}"' in capsys.readouterr().out
    assert main(["assemblies", "create", "--organization", town.council_a, "--kind",
                 "ordinaria", "--date", "10/03/2027", "--place", "Casa", "--project", pid,
                 "--db", str(db_path)]) == 2
    assert "rendición de cuentas" in capsys.readouterr().err
