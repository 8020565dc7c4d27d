"""A small commune with residents of known ages, for the assembly service tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

import pytest

from app.container import Services
from app.domain.census import NewResident
from app.domain.enums import AssemblyKind

from tests.conftest import Place


@dataclass(frozen=True)
class Town:
    commune_id: str
    council_a: str
    council_b: str
    adults_a: list[str]  # resident ids, cédulas V-20000001...
    children_a: list[str]
    adults_b: list[str]


def birth(age: int) -> date:
    today = date.today()
    return today.replace(year=today.year - age) - timedelta(days=40)


@pytest.fixture
def town(services: Services, place: Place) -> Town:
    """The shared commune with two councils (tests/conftest.py), with residents."""
    sv = services

    def add(council: str, n: int, first: int, age: int, name: str) -> list[str]:
        return [sv.residents.add(NewResident(
            council, f"{name} {i}", f"Pérez Núñez {i}", f"V-{first + i}", birth(age))).id
            for i in range(n)]

    a, b = place.council_id, place.other_council_id
    adults_a = add(a, 20, 20_000_000, 30, "Ana")
    children_a = add(a, 3, 30_000_000, 10, "Niño")
    adults_b = add(b, 10, 40_000_000, 40, "Beto")
    return Town(place.commune_id, a, b, adults_a, children_a, adults_b)


def convene(sv: Services, org_id: str, call: int = 1,
            kind: AssemblyKind = AssemblyKind.ORDINARY) -> str:
    when = datetime.now().astimezone().replace(microsecond=0)
    return sv.assemblies.create(org_id, kind, when, "Casa comunal",
                                ["Apertura", "Nudos críticos"], call=call).id
