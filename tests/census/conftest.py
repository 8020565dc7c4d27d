"""Fixtures for the census tests: a commune with two councils and their sectors."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from app.census.model import Territory
from app.container import Services
from app.domain.enums import OrgKind


@dataclass(frozen=True)
class Place:
    commune_id: str
    council_id: str
    other_council_id: str
    sector_id: str  # "El Tanque", in council_id
    other_sector_id: str  # "La Ceiba", in other_council_id


@pytest.fixture
def place(services: Services) -> Place:
    orgs = services.organizations
    territory = Territory("Miranda", "Sucre", "Petare")
    commune = orgs.create(OrgKind.COMMUNE, "Comuna El Guaire", territory=territory)
    council = orgs.create(OrgKind.COUNCIL, "Consejo Comunal Brisas", commune.id, territory)
    other = orgs.create(OrgKind.COUNCIL, "Consejo Comunal Cañaveral", commune.id, territory)
    sector = orgs.add_sector(council.id, "El Tanque")
    other_sector = orgs.add_sector(other.id, "La Ceiba")
    return Place(commune.id, council.id, other.id, sector.id, other_sector.id)


@pytest.fixture
def make_ui(qapp: object):  # type: ignore[no-untyped-def]
    """A UiContext over some services, with its worker shut down after the test."""
    from ui.context import UiContext
    from ui.tasks import TaskRunner

    made: list[UiContext] = []

    def make(services: Services) -> UiContext:
        ui = UiContext(services, TaskRunner())
        made.append(ui)
        return ui

    yield make
    for ui in made:
        ui.runner.wait_idle()
        ui.runner.shutdown()
