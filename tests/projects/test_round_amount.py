"""The round's money is a setting of the consultation (amount and currency): the project it
funds gets that amount in that currency; without one, 10,000 USD."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.cli import main
from app.container import Services, open_services
from app.domain.enums import Currency, FundingRule, ProjectStatus

from tests.consultation.conftest import Small, small  # noqa: F401  (the fixture, reused)
from tests.projects.conftest import close_consultation


def _funding(services: Services) -> tuple[int, Currency]:
    project = next(p for p in services.projects.list_all() if p.title == "Tubería de agua")
    assert project.status is ProjectStatus.FUNDED
    funding = services.project_money.ledger(project.id).funding
    assert funding is not None
    return funding.cents, funding.currency


def test_the_round_amount_and_currency_fund_the_winner(services: Services,
                                                        small: Small) -> None:  # noqa: F811
    services.consultations.set_rules(small.consultation_id, FundingRule.MOST_VOTED,
                                     budget_cents=365_000_000, currency=Currency.VES)
    close_consultation(services, small.consultation_id)
    assert _funding(services) == (365_000_000, Currency.VES)


def test_without_a_round_amount_it_is_ten_thousand_dollars(services: Services,
                                                           small: Small) -> None:  # noqa: F811
    close_consultation(services, small.consultation_id)
    assert _funding(services) == (1_000_000, Currency.USD)


def test_the_command_line_sets_the_round_currency(services: Services, small: Small,  # noqa: F811
                                                  db_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    services.close()
    assert main(["consultation", "rules", small.consultation_id, "--funding", "el-mas-votado",
                 "--budget", "5000", "--currency", "EUR", "--db", str(db_path)]) == 2
    assert "EUR" in capsys.readouterr().err
    assert main(["consultation", "rules", small.consultation_id, "--funding", "el-mas-votado",
                 "--budget", "5000", "--currency", "ves", "--db", str(db_path)]) == 0
    capsys.readouterr()
    again = open_services(db_path)
    try:
        close_consultation(again, small.consultation_id)
        assert _funding(again) == (500_000, Currency.VES)
    finally:
        again.close()
