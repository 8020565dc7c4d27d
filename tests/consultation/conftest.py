"""A small consultation on an empty database: a commune, two councils, residents, two tables."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from app.container import Services
from app.domain.census import NewResident
from app.domain.enums import ProblemCategory

from tests.conftest import Place

VOTE_DAY = date(2026, 12, 6)


@dataclass(frozen=True)
class Small:
    consultation_id: str
    commune_id: str
    councils: tuple[str, str]
    tables: tuple[str, str]


def add_person(sv: Services, council: str, first: str, last: str, born: date,
               cedula: str | None = None) -> str:
    return sv.residents.add(NewResident(council_id=council, first_names=first, last_names=last,
                                        national_id=cedula, birth_date=born)).id


@pytest.fixture
def small(services: Services, place: Place) -> Small:
    """The shared commune with two councils (tests/conftest.py), voting on three projects."""
    sv = services
    commune, a, b = place.commune_id, place.council_id, place.other_council_id
    consultation = sv.consultations.create(commune, "Consulta de prueba", VOTE_DAY)
    for index, title in enumerate(("Tubería de agua", "Alumbrado", "Cancha"), start=1):
        project = sv.projects.create(commune, title, ProblemCategory.OTHER, index * 100_000)
        sv.consultations.nominate(consultation.id, project.id)
    add_person(sv, a, "Ana", "Zambrano", date(1980, 1, 1), "V-10000001")
    add_person(sv, a, "Ángel", "Ávila", date(1990, 5, 5), "V-10000002")
    add_person(sv, b, "Beatriz", "Blanco", date(1970, 3, 3), "V-10000003")
    centre_1 = sv.voting_tables.add_centre(consultation.id, "Escuela Uno")
    centre_2 = sv.voting_tables.add_centre(consultation.id, "Casa Comunal Dos")
    table_1 = sv.voting_tables.add_table(centre_1.id)
    table_2 = sv.voting_tables.add_table(centre_2.id)
    sv.voting_tables.set_rule(table_1, "council", [a])
    sv.voting_tables.set_rule(table_2, "council", [b])
    return Small(consultation.id, commune, (a, b), (table_1, table_2))
