"""The resident form and the residents service check a record with the same rules and clock."""

from __future__ import annotations

from datetime import date

from app.census.model import ResidentDraft
from app.census.resident_rules import check_draft
from app.container import Services
from app.domain.enums import Sex

from tests.conftest import Place

TODAY = date(2026, 12, 1)


def test_every_problem_is_reported_beside_its_field() -> None:
    check = check_draft(ResidentDraft("c1", " ", "", "V-12", "31/02/1990"), TODAY)
    assert check.resident is None
    assert set(check.errors) == {"first_names", "national_id", "birth_date"}
    assert "vacío" in check.errors["first_names"]


def test_a_good_draft_is_cleaned_into_a_new_resident() -> None:
    check = check_draft(ResidentDraft("c1", " José  Gregorio ", "Pérez", "v12.345.678",
                                      "01/05/1980", Sex.MALE, None, " Calle 1 ", "", ""),
                        TODAY)
    assert check.errors == {}
    new = check.resident
    assert new is not None
    assert (new.first_names, new.national_id, new.birth_date, new.address, new.phone) == (
        "José Gregorio", "V-12345678", date(1980, 5, 1), "Calle 1", None)


def test_the_future_is_the_services_clock_not_the_laptops() -> None:
    draft = ResidentDraft("c1", "Ana", "Rojas", birth_date="15/12/2026")
    assert "birth_date" in check_draft(draft, TODAY).errors
    assert check_draft(draft, date(2027, 1, 1)).errors == {}


def test_the_service_checks_the_draft_on_its_own_day(services: Services, place: Place) -> None:
    today = services.residents.today()
    born = f"{today.day:02d}/{today.month:02d}/{today.year}"
    check = services.residents.check_draft(ResidentDraft(place.council_id, "Ana", "",
                                                         birth_date=born))
    assert check.resident is not None and check.resident.birth_date == today
    assert services.residents.add(check.resident).first_names == "Ana"
