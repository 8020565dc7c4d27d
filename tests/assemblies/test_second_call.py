"""Issue 10, point 10: the convocation states the second call's day, hour and quorum, from the
organization's rule (minutes after the first call, the same day), changed on the command line
and in Configuración; databases from before the rule get 30 minutes."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import text

from app.cli import main
from app.container import Services, open_services
from app.domain.enums import AssemblyKind
from app.domain.errors import DomainError
from app.persistence.engine import make_engine, sqlite_url
from app.persistence.migrate import alembic_config

from tests.assemblies.conftest import Town
from tests.pdf import pdf_text


def words(data: bytes) -> str:
    return " ".join(pdf_text(data).replace("\u00a0", " ").split())


def test_the_convocation_prints_the_second_calls_hour_and_quorum(services: Services,
                                                                 town: Town) -> None:
    sv = services
    aid = sv.assemblies.create(town.council_a, AssemblyKind.ORDINARY,
                               datetime(2026, 12, 5, 16, 0), "Casa comunal", ["Informe"]).id
    notice = words(sv.papers.convocation(aid).data)
    assert "segunda convocatoria el sábado 5 de diciembre de 2026 a las 4:30 p. m." in notice
    assert "______" not in notice.split("segunda convocatoria el")[1].split("personas")[0]
    # 20 adults in the council (10 more in the other): 20 % of 20 is 4 people.
    assert "con la presencia del 20 % (4 personas)" in notice
    sv.organizations.update_rules(town.council_a, 30, 20, 15, second_call_after_min=60)
    assert "a las 5:00 p. m." in words(sv.papers.convocation(aid).data)
    # Convened directly at second call, there is no later one to announce.
    second = sv.assemblies.create(town.council_a, AssemblyKind.ORDINARY,
                                  datetime(2026, 12, 12, 16, 0), "Casa comunal", ["Informe"],
                                  call=2).id
    assert "se reunirá en segunda convocatoria" not in words(sv.papers.convocation(second).data)


@pytest.mark.parametrize("minutes", [0, 14, 241, -30])
def test_the_rule_keeps_the_second_call_the_same_afternoon(services: Services, town: Town,
                                                           minutes: int) -> None:
    with pytest.raises(DomainError) as refused:
        services.organizations.update_rules(town.council_a, 30, 20, 15, minutes)
    assert refused.value.code == "quorum.second_call_after_range"
    assert services.organizations.get(town.council_a).second_call_after_min == 30


def test_command_line(db_path: Path, services: Services, town: Town,
                      capsys: pytest.CaptureFixture[str]) -> None:
    services.close()
    db = str(db_path)
    assert main(["assemblies", "rules", "--db", db, "--organization", town.council_a,
                 "--second-call-after", "45", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["second_call_after_min"] == 45
    assert shown["quorum_first_call_pct"] == 30  # the other rules kept
    assert main(["assemblies", "rules", "--db", db, "--organization", town.council_a]) == 0
    assert "45 minutos después" in capsys.readouterr().out
    assert main(["assemblies", "rules", "--db", db, "--organization", town.council_a,
                 "--second-call-after", "5"]) == 2
    assert "entre 15 y 240 minutos" in capsys.readouterr().err


def test_upgrade_from_0009_gives_every_organization_thirty_minutes(tmp_path: Path) -> None:
    from app.domain.enums import OrgKind

    path = tmp_path / "old.db"
    services = open_services(path)
    org = services.organizations.create(OrgKind.COUNCIL, "Consejo Comunal Brisas del Este")
    services.organizations.update_rules(org.id, 40, 25, 16)
    services.close()
    engine = make_engine(sqlite_url(path))
    command.downgrade(alembic_config(engine), "0009_sync_files")
    with engine.begin() as conn:
        columns = [row[1] for row in conn.execute(text("PRAGMA table_info(organization)"))]
        assert "second_call_after_min" not in columns
    engine.dispose()
    upgraded = open_services(path)
    try:
        assert upgraded.upgrade is not None
        assert upgraded.upgrade.from_revision == "0009_sync_files"
        kept = upgraded.organizations.get(org.id)
        assert (kept.quorum_first_call_pct, kept.quorum_second_call_pct, kept.voting_age,
                kept.second_call_after_min) == (40, 25, 16, 30)
    finally:
        upgraded.close()
