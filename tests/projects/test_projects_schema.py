"""The 0006_projects revision: a database from 0002_census with projects (and an expense
written by hand) upgrades, keeps its data, and the expense counts at face value."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from sqlalchemy import text

from app.container import open_services
from app.domain.enums import AssemblyKind, Currency, OrgKind, ProblemCategory, ProjectStatus
from app.persistence.engine import make_engine, sqlite_url
from app.persistence.migrate import alembic_config
from app.persistence.rows import ProjectRow


def test_upgrade_from_0002_keeps_projects_and_expenses(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    services = open_services(path)
    commune = services.organizations.create(OrgKind.COMMUNE, "Comuna")
    project = services.projects.create(commune.id, "Tanque", ProblemCategory.WATER, 500_000)
    # Funded through the change log, as an older program did: `check` compares every synced
    # row with its log (issue 12), so a status set in SQL alone would be reported as rot.
    with services.sessions.begin() as s:
        services.ctx.log.update(s, s.get_one(ProjectRow, project.id), status="funded")
    services.close()
    engine = make_engine(sqlite_url(path))
    command.downgrade(alembic_config(engine), "0002_census")
    with engine.begin() as conn:
        columns = {r[1] for r in conn.execute(text("PRAGMA table_info(expense)"))}
        assert "value_cents" not in columns
        conn.execute(text(
            "INSERT INTO expense (id, project_id, spent_on, description, amount_cents, "
            "currency, created_at) VALUES ('e1', :id, '2026-01-02', 'Tubos', 12345, 'USD', "
            "'2026-01-02 10:00:00')"), {"id": project.id})
    engine.dispose()
    upgraded = open_services(path)
    try:
        assert upgraded.upgrade is not None
        assert upgraded.upgrade.from_revision == "0002_census"
        ledger = upgraded.project_money.ledger(project.id)
        assert ledger.project.status is ProjectStatus.FUNDED
        assert ledger.spent_cents == 12345
        assert [e.description for e in upgraded.project_money.expenses(project.id)] == ["Tubos"]
        assert upgraded.info.integrity_problems() == []
    finally:
        upgraded.close()


def test_upgrade_from_0005_links_projects_and_keeps_assemblies(tmp_path: Path) -> None:
    """0011_project_links: an assembly convened before it keeps its data and links nothing;
    after it, a rendición de cuentas names its project and a project names its people."""
    path = tmp_path / "old.db"
    services = open_services(path)
    commune = services.organizations.create(OrgKind.COMMUNE, "Comuna")
    project = services.projects.create(commune.id, "Tanque", ProblemCategory.WATER, 500_000)
    services.project_status.fund(project.id, 500_000, Currency.USD, "Ana")
    when = datetime(2027, 3, 1, 9, tzinfo=UTC)
    old = services.assemblies.create(commune.id, AssemblyKind.ACCOUNTABILITY, when, "Casa",
                                     ["Cuentas"])
    services.close()
    engine = make_engine(sqlite_url(path))
    command.downgrade(alembic_config(engine), "0005_sync_local")
    with engine.begin() as conn:
        assert "project_id" not in {r[1] for r in conn.execute(
            text("PRAGMA table_info(assembly)"))}
        assert conn.execute(text(
            "SELECT name FROM sqlite_master WHERE name = 'project_person'")).first() is None
    engine.dispose()
    upgraded = open_services(path)
    try:
        assert upgraded.upgrade is not None
        assert upgraded.upgrade.from_revision == "0005_sync_local"
        [kept] = upgraded.assemblies.list_all()
        assert (kept.id, kept.place, kept.project_id) == (old.id, "Casa", None)
        linked = upgraded.assemblies.create(commune.id, AssemblyKind.ACCOUNTABILITY,
                                            when.replace(day=2), "Casa comunal",
                                            project_id=project.id)
        assert linked.project_id == project.id
        assert upgraded.info.integrity_problems() == []
    finally:
        upgraded.close()
