"""Voter registers: only the eligible (age on the vote date, live, not merged), in order."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from app.consultation.model import TallyFigures
from app.container import Services
from app.domain.census import NewResident
from app.domain.enums import OrgKind
from app.domain.errors import DomainError
from app.persistence.rows import ResidentRow
from app.printing.voter_register import voter_register_pdf

from tests.consultation.conftest import VOTE_DAY, Small, add_person
from tests.pdf import pdf_text


def test_register_holds_only_eligible_voters_in_surname_order(services: Services,
                                                              small: Small) -> None:
    a = small.councils[0]
    # 15 exactly on the vote day: votes. 15 the day after: does not.
    add_person(services, a, "Carla", "Díaz", VOTE_DAY.replace(year=VOTE_DAY.year - 15))
    add_person(services, a, "Pedro", "Díaz", date(2011, 12, 7))
    gone = add_person(services, a, "Luis", "Borrado", date(1960, 1, 1))
    # The same person registered twice (an import brings her again; typing her twice in a
    # moment is refused as a double click).
    services.residents.add_many([NewResident(council_id=a, first_names="Ana",
                                             last_names="Zambrano", national_id="V-10000001",
                                             birth_date=date(1980, 1, 1))])
    other = services.organizations.create(OrgKind.COMMUNE, "Otra comuna")
    outsider_council = services.organizations.create(OrgKind.COUNCIL, "Ajeno",
                                                     parent_id=other.id)
    add_person(services, outsider_council.id, "Xavier", "Aaron", date(1980, 1, 1))
    with services.sessions.begin() as s:
        services.ctx.log.delete(s, s.get_one(ResidentRow, gone))
        first_ana, twin = s.scalars(select(ResidentRow.id).where(
            ResidentRow.first_names == "Ana").order_by(ResidentRow.id)).all()
        services.ctx.log.update(s, s.get_one(ResidentRow, twin), merged_into_id=first_ana)

    register = services.voting_tables.register(small.consultation_id, "1")

    names = [f"{v.last_names}, {v.first_names}" for v in register.voters]
    # Accents do not push "Ávila" after "Zambrano"; minors, tombstones, merged and outsiders
    # are not listed.
    assert names == ["Ávila, Ángel", "Díaz, Carla", "Zambrano, Ana"]
    other_table = services.voting_tables.register(small.consultation_id, "2")
    assert [v.last_names for v in other_table.voters] == ["Blanco"]


def test_register_paper_lists_voters_pages_and_totals(services: Services, small: Small) -> None:
    register = services.voting_tables.register(small.consultation_id, "1")
    text = pdf_text(voter_register_pdf(register, blank_lines=40))
    assert "CUADERNO DE VOTACIÓN" in text
    assert "Ávila, Ángel" in text
    assert "V-10.000.002" in text
    assert "Ordenado por apellidos y nombres" in text
    # 42 lines, 7 to a page (fingerprint boxes of 20 × 25 mm), and the closing page.
    assert "Página 1 de 7" in text
    assert "Página 7 de 7" in text
    assert "Electores en este cuaderno: 2" in text
    assert "Líneas en blanco" in text


def test_split_evenly_puts_every_voter_on_exactly_one_table(services: Services,
                                                            small: Small) -> None:
    for index in range(9):
        add_person(services, small.councils[1], f"Persona {index}", f"Apellido {index}",
                   date(1985, 1, 1))
    services.voting_tables.split_evenly(small.consultation_id)
    first = services.voting_tables.register(small.consultation_id, "1").voters
    second = services.voting_tables.register(small.consultation_id, "2").voters
    ids = [v.resident_id for v in first + second]
    assert len(ids) == len(set(ids)) == 12
    assert abs(len(first) - len(second)) <= 1
    # Alphabetical halves: the first table ends where the second begins.
    assert first[-1].last_names <= second[0].last_names
    overview = services.tallies.overview(small.consultation_id)
    assert overview.eligible == 12
    assert overview.unassigned == 0


def test_registers_are_fixed_once_counting_starts(services: Services, small: Small) -> None:
    with pytest.raises(DomainError, match="al menos un consejo"):
        services.voting_tables.set_rule(small.tables[0], "council", [])
    figures = TallyFigures({1: 1}, 0, 0, 1, 1, 0, 0)
    services.tallies.enter(small.consultation_id, "1", figures, "Ana")
    with pytest.raises(DomainError, match="no se pueden cambiar"):
        services.voting_tables.split_evenly(small.consultation_id)
    with pytest.raises(DomainError, match="no se pueden cambiar"):
        services.voting_tables.set_rule(small.tables[0], "council", [small.councils[1]])
    assert [v.last_names for v in
            services.voting_tables.register(small.consultation_id, "2").voters] == ["Blanco"]
