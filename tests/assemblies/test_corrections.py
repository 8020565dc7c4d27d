"""Nothing counted twice: an identical repeat a moment later is refused, and what was recorded
by mistake before the acta is sealed can be removed, with the removal in the change log."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from app.cli import main
from app.container import Services, open_services
from app.domain.enums import AssemblyStatus, PrioritizationMethod, ProblemCategory
from app.domain.errors import DomainError
from app.persistence.rows import AssemblyRow, ChangeRow

from tests.assemblies.conftest import Town, convene

# Agreements need quorum at the vote (issue 10): 30 % of the council's adults of the town.
QUORUM = 6


def _deletes(sv: Services, entity: str) -> list[str]:
    with sv.sessions.begin() as s:
        return list(s.scalars(select(ChangeRow.entity_id).where(
            ChangeRow.entity == entity, ChangeRow.op == "delete")))


def test_a_repeated_agreement_is_refused_and_a_duplicate_can_be_removed(
        services: Services, town: Town) -> None:
    sv = services
    aid = convene(sv, town.council_a)
    for person in town.adults_a[:QUORUM]:
        sv.assemblies.check_in(aid, person)
    item = sv.assemblies.agenda(aid)[0].id
    first = sv.assemblies.add_agreement(item, "Jornada de limpieza", votes_for=5)
    with pytest.raises(DomainError) as refused:
        sv.assemblies.add_agreement(item, "Jornada de limpieza", votes_for=5)
    assert refused.value.code == "repeat.just_recorded"
    # A different agreement in the same moment is not a repeat.
    second = sv.assemblies.add_agreement(item, "Comprar bombillos", votes_for=4)
    assert [a.id for a in sv.assemblies.agreements(aid)] == [first.id, second.id]

    sv.assemblies.remove_agreement(second.id)

    assert [a.id for a in sv.assemblies.agreements(aid)] == [first.id]
    assert _deletes(sv, "agreement") == [second.id]


def test_repeats_of_every_record_added_on_the_day_are_refused(
        services: Services, town: Town) -> None:
    sv = services
    aid = convene(sv, town.council_a)
    item = sv.assemblies.agenda(aid)[1].id
    sv.assemblies.add_agenda_item(aid, "Varios")
    sv.assemblies.add_intervention(item, "María Pérez", "Pide alumbrado")
    sv.problems.create(town.council_a, "Bote de agua", ProblemCategory.WATER,
                       assembly_id=aid)
    for repeat in (lambda: sv.assemblies.add_agenda_item(aid, "Varios"),
                   lambda: sv.assemblies.add_intervention(item, "María Pérez", "Pide alumbrado"),
                   lambda: sv.problems.create(town.council_a, "Bote de agua",
                                              ProblemCategory.WATER, assembly_id=aid)):
        with pytest.raises(DomainError) as refused:
            repeat()
        assert refused.value.code == "repeat.just_recorded"
    assert [i.title for i in sv.assemblies.agenda(aid)][-1] == "Varios"
    assert len(sv.assemblies.interventions(aid)) == 1
    assert len(sv.problems.list_all(assembly_id=aid)) == 1


def test_a_paper_typed_twice_is_refused_and_a_wrong_one_removed(
        services: Services, town: Town) -> None:
    sv = services
    aid = convene(sv, town.council_a)
    water = sv.problems.create(town.council_a, "Bote de agua", ProblemCategory.WATER,
                               assembly_id=aid).id
    road = sv.problems.create(town.council_a, "Calle rota", ProblemCategory.ROADS,
                              assembly_id=aid).id
    prio = sv.problems.start_prioritization(aid, PrioritizationMethod.BORDA)
    sv.problems.add_ballots(prio.id, [[water, road]])
    with pytest.raises(DomainError):
        sv.problems.add_ballots(prio.id, [[water, road]])
    sv.problems.add_ballots(prio.id, [[road, water]])
    papers = sv.problems.ballots(prio.id)
    assert [p.number for p in papers] == [1, 2]

    sv.problems.remove_ballot(papers[1].id)

    assert sv.problems.result(prio.id).ballots == 1
    assert _deletes(sv, "prioritization_ballot") == [papers[1].id]
    sv.problems.close_prioritization(prio.id)
    with pytest.raises(DomainError) as closed:
        sv.problems.remove_ballot(papers[0].id)
    assert closed.value.code == "prioritization.closed"
    with pytest.raises(DomainError) as final:
        sv.problems.remove(water)
    assert final.value.code == "problem.in_final_ranking"


def test_an_agenda_item_with_an_agreement_is_not_removed_with_it(
        services: Services, town: Town) -> None:
    sv = services
    aid = convene(sv, town.council_a)
    for person in town.adults_a[:QUORUM]:
        sv.assemblies.check_in(aid, person)
    opening, issues = sv.assemblies.agenda(aid)
    sv.assemblies.add_agreement(opening.id, "Se abre", by_acclamation=True)
    with pytest.raises(DomainError) as refused:
        sv.assemblies.remove_agenda_item(opening.id)
    assert refused.value.code == "agenda.item_not_empty"
    sv.assemblies.remove_agenda_item(issues.id)
    assert [i.id for i in sv.assemblies.agenda(aid)] == [opening.id]


def test_removals_from_the_command_line(capsys: pytest.CaptureFixture[str], db_path: Path,
                                        town: Town, services: Services) -> None:
    aid = convene(services, town.council_a)
    for person in town.adults_a[:QUORUM]:
        services.assemblies.check_in(aid, person)
    item = services.assemblies.agenda(aid)[0].id
    services.assemblies.add_agreement(item, "Limpieza", votes_for=3)
    services.assemblies.add_agreement(item, "Limpieza (otra vez)", votes_for=3)
    services.close()
    db = str(db_path)

    assert main(["assemblies", "remove-agreement", "--db", db, "--assembly", aid,
                 "--item", "1", "--number", "2"]) == 0
    assert "Acuerdo quitado." in capsys.readouterr().out
    assert main(["assemblies", "remove-agreement", "--db", db, "--assembly", aid,
                 "--item", "1", "--number", "5"]) == 2
    capsys.readouterr()
    assert main(["assemblies", "show", "--db", db, "--assembly", aid, "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert [a["text"] for a in shown["agreements"]] == ["Limpieza"]
    sv = open_services(db_path)
    assert len(_deletes(sv, "agreement")) == 1
    sv.close()


def test_closing_can_be_undone_until_the_acta_is_approved(services: Services,
                                                          town: Town) -> None:
    sv = services
    aid = convene(sv, town.council_a)
    with pytest.raises(DomainError) as not_closed:
        sv.assemblies.reopen(aid)
    assert not_closed.value.code == "assembly.not_closed"
    sv.assemblies.close(aid)
    reopened = sv.assemblies.reopen(aid)
    assert reopened.status is AssemblyStatus.IN_PROGRESS
    with sv.sessions.begin() as s:
        assert s.get_one(AssemblyRow, aid).closed_at is None
