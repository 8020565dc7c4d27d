"""Issue 10, rule 3: a sealed acta keeps the sentences with its dates and hours exactly as it
printed them, and an acta cannot close before it opens."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from app.container import Services
from app.domain.enums import AssemblyStatus
from app.domain.errors import DomainError
from app.persistence.rows import MinutesRow
from app.printing import minutes as minutes_paper

from tests.assemblies.conftest import Town, convene
from tests.pdf import pdf_text


def words(data: bytes) -> str:
    return " ".join(pdf_text(data).split())


def sealed(sv: Services, town: Town) -> str:
    aid = convene(sv, town.council_a)
    for rid in town.adults_a[:8]:
        sv.assemblies.check_in(aid, rid)
    item = sv.assemblies.agenda(aid)[0]
    sv.assemblies.add_agreement(item.id, "Limpiar la cancha", votes_for=1, votes_against=0,
                                abstentions=1)
    sv.assemblies.close(aid)
    sv.minutes.approve(aid, "Secretaría")
    return aid


def test_a_later_program_version_cannot_move_a_sealed_actas_hours(
        services: Services, town: Town, monkeypatch: pytest.MonkeyPatch) -> None:
    sv = services
    aid = sealed(sv, town)
    before = words(sv.papers.minutes(aid).data)
    printed = dict(sv.minutes.paper(aid).content.printed)
    assert set(printed) >= {"date", "opening", "closing", "approved", "vote:1"}
    assert "1 voto a favor" in printed["vote:1"]
    # A later version that writes hours differently (here: every hour as 23:59).
    monkeypatch.setattr(minutes_paper, "at_hour", lambda _moment: "las 23:59")
    monkeypatch.setattr(minutes_paper, "clock_time", lambda _moment: "23:59")
    again = words(sv.papers.minutes(aid).data)
    assert again == before
    assert "23:59" not in again
    # The draft of another assembly follows the program of the day.
    draft = convene(sv, town.council_b)
    sv.assemblies.check_in(draft, town.adults_b[0])
    assert "23:59" in words(sv.papers.minutes(draft).data)
    check = sv.minutes.verify(aid)
    assert check.stored_intact and check.record_matches


def test_verify_notices_a_changed_printed_sentence(services: Services, town: Town) -> None:
    sv = services
    aid = sealed(sv, town)
    opening = dict(sv.minutes.paper(aid).content.printed)["opening"]
    with sv.ctx.sessions.begin() as s:
        row = s.scalars(select(MinutesRow).where(MinutesRow.assembly_id == aid)).one()
        hour = opening.split("siendo ")[1].split(" del día")[0]
        row.body = row.body.replace(hour, "las 3:00\u00a0a.\u00a0m.")
    check = sv.minutes.verify(aid)
    assert not check.stored_intact


def test_an_acta_cannot_close_before_it_opens(services: Services, town: Town,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    sv = services
    aid = convene(sv, town.council_a)
    sv.assemblies.check_in(aid, town.adults_a[0])
    opened = sv.minutes.compose(aid).opened_at
    assert opened is not None
    clock = sv.ctx.clock
    earlier = clock.now() - timedelta(hours=2)
    monkeypatch.setattr(clock, "now", lambda: earlier)
    with pytest.raises(DomainError) as err:
        sv.assemblies.close(aid)
    assert err.value.code == "assembly.closes_before_opening"
    assert sv.assemblies.get(aid).status is AssemblyStatus.IN_PROGRESS
    with pytest.raises(DomainError):
        sv.assemblies.record_not_constituted(aid)
