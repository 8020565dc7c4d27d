"""Small rules a secretary notices: the cédula as the card prints it, two-digit years, one
council per name, a second call that lowers the quorum."""

from __future__ import annotations

from datetime import date

import pytest

from app.census.model import ResidentDraft
from app.census.resident_rules import check_draft
from app.container import Services
from app.domain.census import NewResident
from app.domain.dates import parse_date
from app.domain.enums import OrgKind
from app.domain.errors import DomainError

from tests.conftest import Place


def test_the_cedula_as_printed_on_the_card_finds_the_person(services: Services,
                                                             place: Place) -> None:
    ana = services.residents.add(NewResident(place.council_id, "Ana", "Pérez",
                                             national_id="V-12705728"))
    services.residents.add(NewResident(place.council_id, "Luis", "Pérez",
                                       national_id="V-12705729"))
    for typed in ("12.705.728", "V-12.705.728", "12705728", "v12705728"):
        assert [r.id for r in services.residents.search(typed)] == [ana.id], typed


def test_a_two_digit_year_is_never_in_the_future() -> None:
    today = date(2026, 12, 1)
    assert parse_date("05/03/30", today) == date(1930, 3, 5)
    assert parse_date("05/03/26", today) == date(2026, 3, 5)
    assert parse_date("05/03/27", today) == date(1927, 3, 5)
    assert parse_date("05/03/2030", today) == date(2030, 3, 5)  # four digits: as written


def test_a_second_council_with_a_name_already_used_is_refused(services: Services,
                                                              place: Place) -> None:
    before = len(services.organizations.list_all())
    with pytest.raises(DomainError) as refused:
        services.organizations.create(OrgKind.COUNCIL, "consejo comunal BRISAS",
                                      place.commune_id)
    assert refused.value.code == "organization.name_taken"
    assert "consejo comunal BRISAS" in str(refused.value)
    assert len(services.organizations.list_all()) == before
    # Another kind may share it: a commune named like a council is not a repeat.
    services.organizations.create(OrgKind.COMMUNE, "Consejo Comunal Brisas")


def test_the_second_call_cannot_ask_more_than_the_first(services: Services,
                                                        place: Place) -> None:
    with pytest.raises(DomainError) as refused:
        services.organizations.update_rules(place.council_id, 20, 30, 15)
    assert refused.value.code == "quorum.second_above_first"
    council = next(o for o in services.organizations.list_all() if o.id == place.council_id)
    assert (council.quorum_first_call_pct, council.quorum_second_call_pct) == (30, 20)
    services.organizations.update_rules(place.council_id, 25, 25, 15)  # equal is allowed


def test_the_form_takes_a_phone_of_digits_and_a_sane_length() -> None:
    """The resident form (not an import, whose rows keep whatever the sheet says)."""
    def draft(phone: str) -> ResidentDraft:
        return ResidentDraft(council_id="c", first_names="Rosa", last_names="Mata",
                             national_id="", birth_date="", sex=None, sector_id=None,
                             address="", phone=phone, household="")

    checked = check_draft(draft(" +58 (412) 123-45-67 "), date(2026, 12, 1))
    assert checked.resident is not None
    assert checked.resident.phone == "+58 (412) 123-45-67"
    for bad in ("llamar a su hija", "123", "0412-1234567 0414-7654321 casa"):
        refused = check_draft(draft(bad), date(2026, 12, 1))
        assert refused.resident is None
        assert "teléfono" in refused.errors["phone"]
