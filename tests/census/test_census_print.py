"""The printed census: totals by sex and age group and the quorum base, read from the PDF."""

from __future__ import annotations

from datetime import date

from app.container import Services
from app.domain.census import NewResident
from app.domain.enums import Sex
from app.printing.census import census_pdf

from tests.conftest import Place
from tests.pdf import pdf_text


def test_census_pdf_has_totals_and_every_resident(services: Services, place: Place) -> None:
    today = services.ctx.today()

    def born(age: int) -> date:
        return date(today.year - age, 1, 1)  # birthday already reached this year

    people = [("Ana", Sex.FEMALE, 5), ("Bea", Sex.FEMALE, 20), ("Caro", Sex.FEMALE, 40),
              ("Dan", Sex.MALE, 14), ("Eli", Sex.MALE, 15), ("Fer", Sex.MALE, 70),
              ("Gil", Sex.MALE, None)]
    for name, sex, age in people:
        services.residents.add(NewResident(
            place.council_id, name, "Núñez", sex=sex,
            birth_date=None if age is None else born(age)))
    services.residents.add(NewResident(place.other_council_id, "Otro", "Consejo"))
    sheet = services.residents.census_sheet(place.council_id)
    assert sheet.totals.of_voting_age == 4  # Bea, Caro, Eli, Fer (Gil has no birth date)
    text = pdf_text(census_pdf(sheet))
    assert "Censo de habitantes" in text
    assert "Consejo Comunal Brisas" in text
    assert "Habitantes de 15 años o más (base del quórum): 4" in text
    lines = [" ".join(line.split()) for line in text.splitlines()]
    # Sexo | <15 | 15-29 | 30-59 | 60+ | sin fecha | total
    assert "Mujeres 1 1 1 0 0 3" in lines
    assert "Hombres 1 1 0 1 1 4" in lines
    assert "Total 2 2 1 1 1 7" in lines
    for name, _sex, _age in people:
        assert name in text
    assert "Otro" not in text
    assert "Página 1 de 1" in text


def test_census_pdf_writes_cedulas_and_dates_as_papers_do(services: Services,
                                                          place: Place) -> None:
    services.residents.add(NewResident(place.council_id, "Ana", "Núñez",
                                       national_id="V-12345678", birth_date=date(1990, 3, 5)))
    text = pdf_text(census_pdf(services.residents.census_sheet(place.council_id)))
    assert "V-12.345.678" in text
    assert "05/03/1990" in text
