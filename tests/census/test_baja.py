"""Dar de baja: a resident who moved away or died leaves the quorum base, the census counts and
the voter registers from a day on, stays in history and in bases already frozen, and comes back
with "reincorporar"; on the command line as `residents baja|bajas|reincorporar`."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from alembic import command
from sqlalchemy import text

from app.census.model import ResidentQuery
from app.cli import main
from app.container import Services, open_services
from app.domain.census import NewResident
from app.domain.enums import AssemblyKind
from app.domain.errors import DomainError
from app.persistence.engine import make_engine, sqlite_url
from app.persistence.migrate import alembic_config

from tests.conftest import Place


def _adults(sv: Services, council: str, n: int) -> list[str]:
    return [sv.residents.add(NewResident(council, f"Vecino{i}", "Rojas",
                                         national_id=f"V-{9_000_000 + i}",
                                         birth_date=date(1980, 1, 1 + i))).id
            for i in range(n)]


def _convene(sv: Services, council: str, place: str = "Casa comunal") -> str:
    when = datetime.now().astimezone().replace(microsecond=0)
    return sv.assemblies.create(council, AssemblyKind.ORDINARY, when, place, ["Apertura"]).id


def test_baja_leaves_counts_base_and_registers_but_not_frozen_bases(
        services: Services, place: Place) -> None:
    sv = services
    ids = _adults(sv, place.council_id, 4)
    held = _convene(sv, place.council_id)
    sv.assemblies.check_in(held, ids[0])  # opens it: its base (4) is frozen
    assert sv.assemblies.quorum(held).base == 4
    consultation = sv.consultations.create(place.council_id, "Consulta",
                                           sv.residents.today() + timedelta(days=5))
    sv.voting_tables.add_centre_with_tables(consultation.id, "Escuela", None, 1)
    sv.voting_tables.split_evenly(consultation.id)

    gone = sv.residents.baja(ids[1], "Se mudó a Maracay")
    # The organization's day (Caracas), whatever the laptop's time zone.
    caracas = datetime.now(ZoneInfo("America/Caracas")).date()
    assert (gone.left_on, gone.left_reason) == (caracas, "Se mudó a Maracay")

    assert sv.residents.count() == 3
    assert sv.residents.count_of_age((place.council_id,), 18) == 3
    assert [r.id for r in sv.residents.page(ResidentQuery(left=True), 0, 10)] == [ids[1]]
    assert ids[1] not in {r.id for r in sv.residents.page(ResidentQuery(), 0, 10)}
    assert sv.assemblies.quorum(held).base == 4  # frozen when it opened: the acta's figure
    assert sv.assemblies.quorum(_convene(sv, place.other_council_id)).base == 0
    later = _convene(sv, place.council_id, "Cancha")
    assert sv.assemblies.quorum(later).base == 3
    voters = sv.voting_tables.register(consultation.id, "1").voters
    assert len(voters) == 3 and ids[1] not in {v.resident_id for v in voters}
    assert len(sv.residents.census_sheet(place.council_id).residents) == 3
    with pytest.raises(DomainError) as refused:
        sv.assemblies.check_in(later, ids[1])
    assert refused.value.code == "resident.left"
    assert sv.residents.get(ids[1]).full_name == "Vecino1 Rojas"  # kept, not deleted

    back = sv.residents.reinstate(ids[1])
    assert back.left_on is None
    assert sv.residents.count() == 4
    assert sv.assemblies.quorum(later).base == 4
    sv.assemblies.check_in(later, ids[1])


def test_baja_dated_in_the_past_counts_from_that_day(services: Services, place: Place) -> None:
    sv = services
    ids = _adults(sv, place.council_id, 2)
    today = sv.residents.today()
    sv.residents.baja(ids[0], "Falleció", today - timedelta(days=30))
    assert sv.residents.count_of_age((place.council_id,), 18) == 1
    # On a day before the baja the person still lived here.
    assert sv.residents.count_of_age((place.council_id,), 18,
                                     on=today - timedelta(days=31)) == 2


@pytest.mark.parametrize(("reason", "day", "code"), [
    ("  ", None, "resident.left_reason_empty"),
    ("Se mudó", "tomorrow", "resident.left_future"),
])
def test_bad_baja_is_refused_and_changes_nothing(services: Services, place: Place,
                                                 reason: str, day: str | None,
                                                 code: str) -> None:
    rid = _adults(services, place.council_id, 1)[0]
    on = services.residents.today() + timedelta(days=1) if day else None
    with pytest.raises(DomainError) as refused:
        services.residents.baja(rid, reason, on)
    assert refused.value.code == code
    assert services.residents.get(rid).left_on is None


def test_twice_and_reinstating_someone_here_are_refused(services: Services,
                                                         place: Place) -> None:
    rid = _adults(services, place.council_id, 1)[0]
    with pytest.raises(DomainError) as refused:
        services.residents.reinstate(rid)
    assert refused.value.code == "resident.not_left"
    services.residents.baja(rid, "Se mudó")
    with pytest.raises(DomainError) as refused:
        services.residents.baja(rid, "Otra vez")
    assert refused.value.code == "resident.left"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_command_line(db_path: Path, services: Services, place: Place,
                      capsys: pytest.CaptureFixture[str]) -> None:
    rid = _adults(services, place.council_id, 1)[0]
    services.close()
    db = str(db_path)
    code, out, _ = run(capsys, "residents", "baja", rid, "--db", db, "--reason", "Falleció",
                       "--date", "02/03/2024")
    assert code == 0 and "Vecino0 Rojas" in out and "02/03/2024" in out
    code, out, _ = run(capsys, "residents", "bajas", "--db", db, "--json")
    assert [(r["id"], r["left_on"], r["left_reason"]) for r in json.loads(out)] == [
        (rid, "2024-03-02", "Falleció")]
    code, _, err = run(capsys, "residents", "baja", rid, "--db", db, "--reason", "x")
    assert code == 1 and "de baja desde el 02/03/2024" in err
    code, out, _ = run(capsys, "residents", "reincorporar", rid, "--db", db)
    assert code == 0 and "vuelve al censo" in out
    code, out, _ = run(capsys, "residents", "bajas", "--db", db)
    assert "No hay habitantes dados de baja" in out
    code, _, err = run(capsys, "residents", "baja", rid, "--db", db, "--reason", "")
    assert code == 2 and "motivo" in err


def test_upgrade_from_0005_keeps_residents_here(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    sv = open_services(path)
    from app.domain.enums import OrgKind

    council = sv.organizations.create(OrgKind.COUNCIL, "Consejo Brisas")
    rid = sv.residents.add(NewResident(council.id, "Ana", "Pérez", national_id="V-1234567",
                                       birth_date=date(1970, 1, 1))).id
    sv.close()
    engine = make_engine(sqlite_url(path))
    command.downgrade(alembic_config(engine), "0005_sync_local")
    with engine.begin() as conn:
        columns = {r[1] for r in conn.execute(text("PRAGMA table_info(resident)"))}
        assert "left_on" not in columns
    engine.dispose()
    upgraded = open_services(path)
    try:
        assert upgraded.upgrade is not None
        assert upgraded.upgrade.from_revision == "0005_sync_local"
        assert upgraded.residents.count() == 1
        assert upgraded.residents.get(rid).left_on is None
        upgraded.residents.baja(rid, "Se mudó")
        assert upgraded.residents.count() == 0
        assert upgraded.info.integrity_problems() == []
    finally:
        upgraded.close()
