"""The 0006_projects revision: a database from 0002_census with projects (and an expense
written by hand) upgrades, keeps its data, and the expense counts at face value."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import text

from app.container import open_services
from app.domain.enums import OrgKind, ProblemCategory, ProjectStatus
from app.persistence.engine import make_engine, sqlite_url
from app.persistence.migrate import alembic_config


def test_upgrade_from_0002_keeps_projects_and_expenses(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    services = open_services(path)
    commune = services.organizations.create(OrgKind.COMMUNE, "Comuna")
    project = services.projects.create(commune.id, "Tanque", ProblemCategory.WATER, 500_000)
    services.close()
    engine = make_engine(sqlite_url(path))
    command.downgrade(alembic_config(engine), "0002_census")
    with engine.begin() as conn:
        columns = {r[1] for r in conn.execute(text("PRAGMA table_info(expense)"))}
        assert "value_cents" not in columns
        conn.execute(text("UPDATE project SET status = 'funded' WHERE id = :id"),
                     {"id": project.id})
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
