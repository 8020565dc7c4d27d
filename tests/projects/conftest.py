"""A funded project on an empty database: the small consultation, counted and closed."""

from __future__ import annotations

import pytest

from app.consultation.model import TallyFigures
from app.container import Services

from tests.consultation.conftest import Small, small  # noqa: F401  (the fixture, reused)

# Project 1 wins clearly at both tables.
TABLE_1 = TallyFigures({1: 2, 2: 0, 3: 0}, 0, 0, 2, 2, 0, 0, ballots_received=2)
TABLE_2 = TallyFigures({1: 1, 2: 0, 3: 0}, 0, 0, 1, 1, 0, 0, ballots_received=1)


def close_consultation(services: Services, consultation_id: str) -> None:
    for who in ("Ana", "Luis"):
        services.tallies.enter(consultation_id, "1", TABLE_1, who, observation="sin boletas")
        services.tallies.enter(consultation_id, "2", TABLE_2, who, observation="sin boletas")


@pytest.fixture
def funded(services: Services, small: Small) -> str:  # noqa: F811
    """The id of the project the closed consultation funded."""
    close_consultation(services, small.consultation_id)
    return next(p.id for p in services.projects.list_all() if p.title == "Tubería de agua")
