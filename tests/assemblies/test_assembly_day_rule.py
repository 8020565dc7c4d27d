"""Issue 10, rule 3: opening and closing are the moments they were recorded, on the assembly's
day, in the organization's zone (America/Caracas) whatever the laptop's (Asia/Tokyo here).

The assembly is convened for Saturday 5 December 2026, 19:00 in Caracas: 00:00 UTC and 09:00
in Tokyo on the 6th, so the laptop's own date is never the assembly's."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from app.cli import main
from app.commands.exit_codes import BAD_INPUT, REFUSED
from app.container import Services
from app.domain.enums import AssemblyKind, AssemblyStatus
from app.domain.errors import DomainError
from app.persistence.rows import AttendanceRow

from tests.assemblies.conftest import Town
from tests.clock import TravelClock, travel_command_line

CARACAS = ZoneInfo("America/Caracas")
CONVENED_FOR = datetime(2026, 12, 5, 19, 0, tzinfo=CARACAS)


@pytest.fixture(autouse=True)
def tokyo_laptop(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def caracas(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 12, day, hour, minute, tzinfo=CARACAS)


def convene(sv: Services, town: Town) -> str:
    return sv.assemblies.create(town.council_a, AssemblyKind.ORDINARY, CONVENED_FOR,
                                "Casa comunal", ["Informe"]).id


def facts(sv: Services) -> int:
    with sv.sessions.begin() as s:
        return int(s.scalar(select(func.count()).select_from(AttendanceRow)) or 0)


def opened(sv: Services, town: Town, clock: TravelClock) -> str:
    aid = convene(sv, town)
    clock.travel_to(caracas(5, 19, 10))
    for rid in town.adults_a[:8]:
        sv.assemblies.check_in(aid, rid)
    return aid


def test_first_check_in_on_another_day_is_refused_and_writes_nothing(
        services: Services, town: Town, clock: TravelClock) -> None:
    sv = services
    aid = convene(sv, town)
    # The evening before in Caracas is already the 5th in Tokyo and in UTC: still refused.
    for moment in (caracas(4, 23, 30), caracas(6, 8, 0)):
        clock.travel_to(moment)
        for attempt in (lambda: sv.assemblies.check_in(aid, town.adults_a[0]),
                        lambda: sv.assemblies.check_in_many(aid, town.adults_a[:3]),
                        lambda: sv.assemblies.set_status(aid, AssemblyStatus.IN_PROGRESS)):
            with pytest.raises(DomainError) as refused:
                attempt()
            assert refused.value.code == "assembly.opens_other_day"
            sentence = str(refused.value)
            assert "05/12/2026" in sentence
            assert moment.strftime("%d/%m/%Y") in sentence
            assert "Corregir convocatoria" in sentence
        assert facts(sv) == 0
        assembly = sv.assemblies.get(aid)
        assert assembly.status is AssemblyStatus.CONVENED
        assert assembly.opened_at is None
        assert sv.assemblies.quorum(aid).present == 0


def test_moved_with_corregir_convocatoria_it_opens(services: Services, town: Town,
                                                   clock: TravelClock) -> None:
    sv = services
    aid = convene(sv, town)
    clock.travel_to(caracas(6, 10, 0))
    sv.assemblies.edit(aid, scheduled_at=datetime(2026, 12, 6, 10, 0))  # the org's clock
    sv.assemblies.check_in(aid, town.adults_a[0])
    assert sv.assemblies.get(aid).status is AssemblyStatus.IN_PROGRESS


def test_on_its_day_it_opens_at_the_first_check_in(services: Services, town: Town,
                                                   clock: TravelClock) -> None:
    sv = services
    aid = convene(sv, town)
    clock.travel_to(caracas(5, 23, 59))  # late evening: 04:00 UTC on the 6th
    sv.assemblies.check_in(aid, town.adults_a[0])
    sv.assemblies.check_in_many(aid, town.adults_a[1:5])
    assembly = sv.assemblies.get(aid)
    assert assembly.status is AssemblyStatus.IN_PROGRESS
    assert assembly.opened_at is not None
    assert assembly.opened_at.astimezone(CARACAS).date() == CONVENED_FOR.date()
    assert facts(sv) == 5


def test_closing_past_midnight_takes_now(services: Services, town: Town,
                                         clock: TravelClock) -> None:
    sv = services
    aid = opened(sv, town, clock)
    clock.travel_to(caracas(6, 1, 40))
    closed = sv.assemblies.close(aid)
    assert closed.closed_at is not None
    assert closed.closed_at.astimezone(CARACAS).strftime("%d %H:%M") == "06 01:40"


def test_closing_the_next_afternoon_needs_the_hour(services: Services, town: Town,
                                                   clock: TravelClock) -> None:
    sv = services
    aid = opened(sv, town, clock)
    clock.travel_to(caracas(6, 15, 0))
    assert sv.assemblies.closing_hour_needed(aid)
    with pytest.raises(DomainError) as refused:
        sv.assemblies.close(aid)
    assert refused.value.code == "assembly.closing_hour_needed"
    assert "05/12/2026" in str(refused.value)
    assert sv.assemblies.get(aid).status is AssemblyStatus.IN_PROGRESS
    closed = sv.assemblies.close(aid, datetime(2000, 1, 1, 21, 45).time())
    assert closed.closed_at == caracas(5, 21, 45)


def test_an_hour_after_midnight_is_the_night_after_the_opening(
        services: Services, town: Town, clock: TravelClock) -> None:
    sv = services
    aid = opened(sv, town, clock)
    clock.travel_to(caracas(7, 9, 0))
    closed = sv.assemblies.close(aid, datetime(2000, 1, 1, 0, 30).time())
    assert closed.closed_at == caracas(6, 0, 30)


def test_a_closing_hour_before_the_opening_or_to_come_is_refused(
        services: Services, town: Town, clock: TravelClock) -> None:
    sv = services
    aid = opened(sv, town, clock)  # opened at 19:10
    clock.travel_to(caracas(6, 15, 0))
    with pytest.raises(DomainError) as refused:
        sv.assemblies.close(aid, datetime(2000, 1, 1, 18, 0).time())
    assert refused.value.code == "assembly.closing_hour_before_opening"
    assert "19:10" in str(refused.value)
    clock.travel_to(caracas(5, 20, 0))
    assert not sv.assemblies.closing_hour_needed(aid)
    with pytest.raises(DomainError) as refused:
        sv.assemblies.close(aid, datetime(2000, 1, 1, 22, 0).time())
    assert refused.value.code == "assembly.closing_hour_future"
    assembly = sv.assemblies.get(aid)
    assert assembly.status is AssemblyStatus.IN_PROGRESS
    assert assembly.closed_at is None


def test_not_constituted_ends_on_its_day_too(services: Services, town: Town,
                                             clock: TravelClock) -> None:
    sv = services
    aid = convene(sv, town)
    clock.travel_to(caracas(5, 19, 5))
    sv.assemblies.check_in(aid, town.adults_a[0])
    clock.travel_to(caracas(8, 10, 0))
    with pytest.raises(DomainError) as refused:
        sv.assemblies.record_not_constituted(aid, "Sin quórum")
    assert refused.value.code == "assembly.closing_hour_needed"
    ended = sv.assemblies.record_not_constituted(aid, "Sin quórum",
                                                 datetime(2000, 1, 1, 20, 5).time())
    assert ended.status is AssemblyStatus.NOT_CONSTITUTED
    assert ended.closed_at == caracas(5, 20, 5)


def test_command_line(db_path, services: Services, town: Town, clock: TravelClock,  # type: ignore[no-untyped-def]
                      monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
                      ) -> None:
    aid = convene(services, town)
    cedula = "V-20000000"
    services.close()
    db = str(db_path)
    travel_command_line(monkeypatch, caracas(4, 18, 0))
    assert main(["assemblies", "check-in", "--db", db, "--assembly", aid,
                 "--person", cedula]) == REFUSED
    err = capsys.readouterr().err
    assert "05/12/2026" in err and "04/12/2026" in err and "Traceback" not in err
    travel_command_line(monkeypatch, caracas(5, 19, 15))
    assert main(["assemblies", "check-in", "--db", db, "--assembly", aid,
                 "--person", cedula]) == 0
    travel_command_line(monkeypatch, caracas(6, 16, 0))
    assert main(["assemblies", "close", "--db", db, "--assembly", aid]) == BAD_INPUT
    assert "--closed-at" in capsys.readouterr().err
    assert main(["assemblies", "close", "--db", db, "--assembly", aid,
                 "--closed-at", "7:90"]) == BAD_INPUT
    assert "HH:MM" in capsys.readouterr().err
    assert main(["assemblies", "close", "--db", db, "--assembly", aid,
                 "--closed-at", "21:30", "--json"]) == 0
    out = capsys.readouterr().out
    assert datetime.fromisoformat(__import__("json").loads(out)["closed_at"]) == \
        caracas(5, 21, 30).astimezone(UTC)
