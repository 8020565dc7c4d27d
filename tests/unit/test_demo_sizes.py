"""`asamblea demo --residents N` for a small N: a smaller commune with the same kinds of records,
built through the services, whose figures hold. Before, most N under ~50 stopped halfway: an
agreement of `present - 6` votes (negative), more table members sampled than a council has
adults, the first attendee of an assembly nobody came to."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from app.census.model import ResidentQuery
from app.cli import main
from app.commands.exit_codes import DONE
from app.container import Services, open_services
from app.demo.commune import DemoSummary, build_demo
from app.domain.enums import AssemblyKind, AssemblyStatus, MinutesStatus

SIZES = (1, 2, 5, 7, 12, 20, 40)
SEEDS = (2026, 52, 7)
HELD = (AssemblyStatus.CLOSED, AssemblyStatus.NOT_CONSTITUTED)


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("residents", SIZES)
def test_a_small_demo_is_built_and_its_figures_hold(tmp_path: Path, residents: int,
                                                    seed: int) -> None:
    services = open_services(tmp_path / "demo.db")
    try:
        summary = build_demo(services, residents, seed)
        assert services.info.integrity_problems() == []
        _census_holds(services, summary, residents)
        _assemblies_hold(services)
        _tables_hold(services, summary)
    finally:
        services.close()


@pytest.mark.parametrize("residents", [1, 7])
def test_the_command_line_builds_a_small_demo(tmp_path: Path, residents: int,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "demo.db")
    assert main(["--db", db, "demo", "--residents", str(residents)]) == DONE
    out = capsys.readouterr().out
    people = "1 habitante" if residents == 1 else f"{residents} habitantes"
    assert f"Comuna de demostración creada: {people}, 4 consejos comunales, 6 asambleas." in out
    assert main(["--db", db, "check"]) == DONE


def _census_holds(services: Services, summary: DemoSummary, residents: int) -> None:
    people = services.residents.page(ResidentQuery(), 0, 1000)
    assert len(people) == summary.residents == residents
    households = {(p.council_id, p.household) for p in people}
    problems = services.problems.list_all()
    assert problems  # the base assembly of the first council always meets: it has adults
    for problem in problems:
        assert 1 <= problem.families_affected <= len(households), problem.title


def _assemblies_hold(services: Services) -> None:
    assemblies = services.assemblies.list_all()
    kinds = Counter(a.kind for a in assemblies)
    assert kinds == {AssemblyKind.BASE: 2, AssemblyKind.ORDINARY: 2,
                     AssemblyKind.EXTRAORDINARY: 1, AssemblyKind.ACCOUNTABILITY: 1}
    # The plaza's assembly is the demo's one without quorum, whatever the commune's size.
    plaza = next(a for a in assemblies if a.kind is AssemblyKind.EXTRAORDINARY)
    assert plaza.status is AssemblyStatus.NOT_CONSTITUTED
    for assembly in assemblies:
        if assembly.status not in HELD:
            assert assembly.kind is AssemblyKind.ACCOUNTABILITY  # convened for later
            continue
        minutes = services.minutes.get(assembly.id)
        assert minutes is not None and minutes.status is MinutesStatus.APPROVED
        check = services.minutes.verify(assembly.id)
        assert check.stored_intact and check.record_matches
        quorum = services.assemblies.quorum(assembly.id)
        agreements = services.assemblies.agreements(assembly.id)
        if assembly.status is AssemblyStatus.NOT_CONSTITUTED:
            assert not quorum.met and not agreements
            continue
        assert quorum.met and quorum.present >= 1
        assert agreements
        for agreement in agreements:
            votes = (agreement.votes_for, agreement.votes_against, agreement.abstentions)
            assert min(votes) >= 0 and agreement.votes_for > sum(votes) // 2
            assert sum(votes) <= agreement.present_at_vote <= quorum.base
            assert agreement.quorum_met_at_vote
        prioritization = services.problems.current(assembly.id)
        if prioritization is not None:
            assert 1 <= prioritization.ballots <= quorum.present  # a ballot a person


def _tables_hold(services: Services, summary: DemoSummary) -> None:
    councils = {p.id: p.council_id for p in services.residents.page(ResidentQuery(), 0, 1000)}
    tables = services.voting_tables.tables(summary.consultation_id)
    assert len(tables) == 2
    members = [m for t in tables for m in t.members]
    assert len({m.resident_id for m in members}) == len(members)  # no one at two tables
    for table in tables:
        assert len(table.members) <= 5
        served = table.rule["ids"] if table.rule else ()
        for member in table.members:
            assert member.resident_id is not None
            assert councils[member.resident_id] in served  # a voter of the table's councils
