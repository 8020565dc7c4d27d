"""Issue 10, rules 1 and 2: without quorum nothing is decided (second call, or recorded as
not constituted, and its acta says so), and the quorum base is frozen when the assembly
opens."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from app.cli import main
from app.container import Services
from app.domain.census import NewResident
from app.domain.enums import AssemblyStatus
from app.printing.minutes import minutes_pdf

from tests.assemblies.conftest import Town, convene
from tests.assemblies.test_assembly_services import code_of
from tests.pdf import pdf_text


def test_no_agreement_without_quorum(services: Services, town: Town) -> None:
    sv = services
    aid = convene(sv, town.council_a)
    for rid in town.adults_a[:5]:  # 5 of 20 adults: 30 % needs 6
        sv.assemblies.check_in(aid, rid)
    item = sv.assemblies.agenda(aid)[0].id
    assert code_of(lambda: sv.assemblies.add_agreement(item, "Se aprueba", 5, 0, 0)) == \
        "agreement.no_quorum"
    assert code_of(lambda: sv.assemblies.add_agreement(item, "Se aprueba",
                                                       by_acclamation=True)) == \
        "agreement.no_quorum"
    assert sv.assemblies.agreements(aid) == []


def test_second_call_takes_its_own_quorum(services: Services, town: Town) -> None:
    sv = services
    aid = convene(sv, town.council_a)
    for rid in town.adults_a[:4]:
        sv.assemblies.check_in(aid, rid)
    first = sv.assemblies.quorum(aid)
    assert (first.call, first.met) == (1, False)
    assembly = sv.assemblies.pass_to_second_call(aid)
    second = sv.assemblies.quorum(aid)
    assert assembly.call == 2 and second.call == 2
    assert second.percent < first.percent
    assert second.met  # 4 of 20 reach the second call's 20 %, not the first's 30 %
    assert code_of(lambda: sv.assemblies.pass_to_second_call(aid)) == \
        "assembly.already_second_call"
    item = sv.assemblies.agenda(aid)[0].id
    agreement = sv.assemblies.add_agreement(item, "Se aprueba", 2, 1, 0)
    assert agreement.quorum_met_at_vote


def test_quorum_met_cannot_be_declared_not_constituted(services: Services,
                                                       town: Town) -> None:
    sv = services
    aid = convene(sv, town.council_a)
    for rid in town.adults_a[:6]:
        sv.assemblies.check_in(aid, rid)
    assert code_of(lambda: sv.assemblies.pass_to_second_call(aid)) == "assembly.quorum_met"
    assert code_of(lambda: sv.assemblies.record_not_constituted(aid)) == "assembly.quorum_met"


def test_not_constituted_acta_records_no_decisions(services: Services, town: Town) -> None:
    sv = services
    aid = convene(sv, town.council_a)
    sv.assemblies.check_in(aid, town.adults_a[0])
    assembly = sv.assemblies.record_not_constituted(aid, "Se esperó una hora")
    assert assembly.status is AssemblyStatus.NOT_CONSTITUTED
    item = sv.assemblies.agenda(aid)[0].id
    assert code_of(lambda: sv.assemblies.add_agreement(item, "x", 1, 0, 0)) == \
        "assembly.closed"
    assert code_of(lambda: sv.assemblies.check_in(aid, town.adults_a[1])) == "assembly.closed"
    assert code_of(lambda: sv.assemblies.close(aid)) == "assembly.not_constituted"
    sv.minutes.approve(aid, "Secretaría")
    paper = sv.minutes.paper(aid)
    assert paper.approved and not paper.content.constituted
    text = " ".join(pdf_text(minutes_pdf(paper)).split())
    assert "la asamblea no se constituyó y no se tomó ninguna decisión" in text
    assert "Se esperó una hora." in text
    assert "Acuerdo 1" not in text and "Aprobado" not in text.replace("Acta aprobada", "")
    assert sv.minutes.verify(aid).ok


def test_an_empty_assembly_is_not_constituted_not_approved(services: Services,
                                                           town: Town) -> None:
    """0 attendees: nothing can be agreed; recorded as not constituted, its acta says so."""
    sv = services
    aid = convene(sv, town.council_a)
    assert sv.assemblies.record_not_constituted(aid).status is \
        AssemblyStatus.NOT_CONSTITUTED
    sv.minutes.approve(aid, "Secretaría")
    assert "no se constituyó" in " ".join(pdf_text(minutes_pdf(sv.minutes.paper(aid))).split())


def test_command_line_refuses_a_vote_without_quorum(capsys: pytest.CaptureFixture[str],
                                                    services: Services, town: Town) -> None:
    sv = services
    aid = convene(sv, town.council_a)
    sv.assemblies.check_in(aid, town.adults_a[0])
    db = str(sv.db_path)
    code = main(["assemblies", "agreement", "--db", db, "--assembly", aid, "--item", "1",
                 "--text", "Se aprueba", "--for", "1"])
    err = capsys.readouterr().err
    assert code == 1
    assert "Sin quórum no se pueden tomar acuerdos" in err
    assert main(["assemblies", "second-call", "--db", db, "--assembly", aid]) == 0
    assert "segunda convocatoria" in capsys.readouterr().out
    assert main(["assemblies", "not-constituted", "--db", db, "--assembly", aid,
                 "--note", "Lluvia"]) == 0
    assert sv.assemblies.get(aid).status is AssemblyStatus.NOT_CONSTITUTED


def test_quorum_base_is_frozen_when_the_assembly_opens(services: Services,
                                                       town: Town) -> None:
    sv = services
    aid = convene(sv, town.council_a)
    assert sv.assemblies.quorum(aid).base == 20  # counted live before it opens
    for rid in town.adults_a[:6]:
        sv.assemblies.check_in(aid, rid)
    sv.residents.add_many(NewResident(town.council_a, f"Nueva {i}", "Vecina",
                                      f"V-{60_000_000 + i}", date(1980, 1, 1))
                          for i in range(1_800))
    status = sv.assemblies.quorum(aid)
    assert (status.base, status.required, status.met) == (20, 6, True)
    sv.assemblies.close(aid)
    sv.minutes.approve(aid, "Secretaría")
    assert sv.minutes.paper(aid).content.attendance.base == 20
    sv.residents.add_many(NewResident(town.council_a, f"Otra {i}", "Vecina",
                                      f"V-{70_000_000 + i}", date(1980, 1, 1))
                          for i in range(10))
    assert sv.minutes.verify(aid).ok


def test_upgrade_from_0002_freezes_sealed_actas_base(tmp_path: Path) -> None:
    """An acta sealed before 0003 keeps verifying after a census import: the upgrade takes
    the base its seal states."""
    from alembic import command
    from sqlalchemy import text

    from app.container import open_services
    from app.domain.enums import OrgKind
    from app.persistence.engine import make_engine, sqlite_url
    from app.persistence.migrate import alembic_config

    path = tmp_path / "old.db"
    sv = open_services(path)
    commune = sv.organizations.create(OrgKind.COMMUNE, "Comuna")
    council = sv.organizations.create(OrgKind.COUNCIL, "Consejo", commune.id)
    ids = [sv.residents.add(NewResident(council.id, f"Ana {i}", "Pérez", f"V-{9_000_000 + i}",
                                        date(1980, 1, 1))).id for i in range(10)]
    aid = convene(sv, council.id)
    for rid in ids[:5]:
        sv.assemblies.check_in(aid, rid)
    sv.assemblies.close(aid)
    sv.minutes.approve(aid, "Secretaría")
    sv.close()
    engine = make_engine(sqlite_url(path))
    command.downgrade(alembic_config(engine), "0002_census")
    with engine.begin() as conn:
        columns = {r[1] for r in conn.execute(text("PRAGMA table_info(assembly)"))}
        assert "quorum_base" not in columns
    engine.dispose()
    upgraded = open_services(path)
    try:
        assert upgraded.upgrade is not None
        assert upgraded.upgrade.from_revision == "0002_census"
        upgraded.residents.add_many(NewResident(council.id, f"Luis {i}", "Gil",
                                                f"V-{8_000_000 + i}", date(1980, 1, 1))
                                    for i in range(50))
        assert upgraded.assemblies.quorum(aid).base == 10
        assert upgraded.minutes.verify(aid).ok
    finally:
        upgraded.close()
