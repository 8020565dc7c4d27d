"""Issue 10, rules 3 and 6: papers show hours in the organization's time zone, never the
laptop's; a sealed acta keeps the zone and language it was sealed in; the consultation's
legal papers are always Spanish."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from app.container import Services
from app.domain.enums import AssemblyKind
from app.printing.paper import PaperOptions

from tests.assemblies.conftest import Town
from tests.clock import TravelClock
from tests.conftest import DemoSummary
from tests.pdf import pdf_text


@pytest.fixture
def tokyo_laptop(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A laptop whose clock is set to another zone than the organization's."""
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def words(data: bytes) -> str:
    return " ".join(pdf_text(data).split())


def held_assembly(sv: Services, town: Town, clock: TravelClock) -> str:
    # Typed as 9:00 on the organization's clock (no zone given), held that morning.
    aid = sv.assemblies.create(town.council_a, AssemblyKind.ORDINARY,
                               datetime(2026, 12, 5, 9, 0), "Casa comunal", ["Informe"]).id
    clock.travel_to(datetime(2026, 12, 5, 13, 10, tzinfo=UTC))
    for rid in town.adults_a[:6]:
        sv.assemblies.check_in(aid, rid)
    sv.assemblies.close(aid)
    return aid


def test_hours_are_the_organizations_not_the_laptops(services: Services, town: Town,
                                                     tokyo_laptop: None,
                                                     clock: TravelClock) -> None:
    sv = services
    aid = held_assembly(sv, town, clock)
    assert sv.assemblies.get(aid).scheduled_at == datetime(2026, 12, 5, 13, 0, tzinfo=UTC)
    convocation = words(sv.papers.convocation(aid).data)
    assert "9:00 a. m." in convocation
    assert "sábado 5 de diciembre de 2026" in convocation.lower()
    assert sv.papers.convocation(aid).file_name.count("2026-12-05") == 1


def test_time_zone_setting_is_checked(services: Services) -> None:
    from app.domain.errors import DomainError

    services.settings.set("time_zone", "America/Bogota")
    assert services.settings.all().time_zone == "America/Bogota"
    with pytest.raises(DomainError) as err:
        services.settings.set("time_zone", "Marte/Olympus")
    assert err.value.code == "setting.invalid"
    assert services.settings.get("time_zone") == "America/Bogota"


def test_sealed_acta_keeps_its_hours_and_language(services: Services, town: Town,
                                                  monkeypatch: pytest.MonkeyPatch,
                                                  clock: TravelClock) -> None:
    sv = services
    aid = held_assembly(sv, town, clock)
    draft = sv.assemblies.create(town.council_a, AssemblyKind.ORDINARY,
                                 datetime(2026, 12, 6, 9, 0), "Casa comunal", ["Informe"]).id
    sv.minutes.approve(aid, "Secretaría")
    sealed = words(sv.papers.minutes(aid).data)
    assert "5 de diciembre de 2026" in sealed
    sv.settings.set("time_zone", "Europe/Madrid")
    monkeypatch.setenv("ASAMBLEA_LANG", "en")
    assert words(sv.papers.minutes(aid).data) == sealed
    assert words(sv.papers.minutes(aid, PaperOptions(language="en")).data) == sealed
    # A draft follows the settings: the zone changed, and so do its hours and words.
    english_draft = words(sv.papers.minutes(draft).data)
    assert "2:00 p.m." in english_draft or "2:00 p. m." in english_draft  # 13:00 UTC
    assert "ACTA DE ASAMBLEA" not in english_draft


def test_consultation_legal_papers_are_spanish(demo_services: Services, demo: DemoSummary,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ASAMBLEA_LANG", "en")
    papers = demo_services.papers
    english = PaperOptions(language="en")
    tally = words(papers.tally_sheet(demo.consultation_id, "1", english).data)
    register = words(papers.voter_register(demo.consultation_id, "1", options=english).data)
    specimen = words(papers.ballot_specimen(demo.consultation_id, "1", options=english).data)
    assert "ACTA DE ESCRUTINIO" in tally.upper()
    assert "Página" in register
    assert "Page " not in tally + register + specimen
