"""Check-in, quorum, agreements and the locks of an approved acta, through the services."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from app.container import Services
from app.domain.enums import (
    AssemblyKind,
    AssemblyStatus,
    PrioritizationMethod,
    ProblemCategory,
    TieRule,
)
from app.domain.errors import DomainError
from app.persistence.rows import ResidentRow

from tests.assemblies.conftest import Town, convene


def code_of(call) -> str:
    with pytest.raises(DomainError) as err:
        call()
    return err.value.code


def test_quorum_counts_voting_age_and_children_apart(services: Services, town: Town) -> None:
    sv = services
    aid = convene(sv, town.council_a)
    status = sv.assemblies.quorum(aid)
    assert (status.base, status.percent, status.required) == (20, 30, 6)
    for rid in town.adults_a[:5]:
        status = sv.assemblies.check_in(aid, rid)
    assert (status.present, status.met) == (5, False)
    status = sv.assemblies.check_in(aid, town.children_a[0])
    assert (status.present, status.under_age, status.met) == (5, 1, False)
    status = sv.assemblies.check_in(aid, town.adults_a[5])
    assert (status.present, status.met) == (6, True)
    assert sv.assemblies.get(aid).status is AssemblyStatus.IN_PROGRESS


def test_second_call_needs_fewer(services: Services, town: Town) -> None:
    aid = convene(services, town.council_a, call=2)
    assert services.assemblies.quorum(aid).required == 4  # 20 % of 20


def test_commune_assembly_counts_every_council(services: Services, town: Town) -> None:
    sv = services
    aid = convene(sv, town.commune_id)
    assert sv.assemblies.quorum(aid).base == 30
    sv.assemblies.check_in(aid, town.adults_a[0])
    assert sv.assemblies.check_in(aid, town.adults_b[0]).present == 2


def test_council_assembly_refuses_another_council(services: Services, town: Town) -> None:
    aid = convene(services, town.council_a)
    assert code_of(lambda: services.assemblies.check_in(aid, town.adults_b[0])) == \
        "attendance.outside_territory"
    assert code_of(lambda: services.assemblies.check_in_text(aid, "V-40000001")) == \
        "attendance.outside_territory"
    assert services.assemblies.present_count(aid) == 0


def test_no_double_check_in_and_undo_is_a_withdrawal(services: Services, town: Town) -> None:
    sv = services
    aid = convene(sv, town.council_a)
    sv.assemblies.check_in(aid, town.adults_a[0])
    assert code_of(lambda: sv.assemblies.check_in(aid, town.adults_a[0])) == \
        "attendance.already_present"
    assert sv.assemblies.withdraw(aid, town.adults_a[0]).present == 0
    assert code_of(lambda: sv.assemblies.withdraw(aid, town.adults_a[0])) == \
        "attendance.not_present"
    assert sv.assemblies.check_in(aid, town.adults_a[0]).present == 1
    with services.sessions.begin() as s:
        facts = s.execute(text("SELECT action FROM attendance ORDER BY at, id")).scalars().all()
    assert facts == ["check_in", "withdraw", "check_in"]  # nothing erased


def test_merged_duplicate_is_one_person(services: Services, town: Town) -> None:
    sv = services
    aid = convene(sv, town.council_a)
    loser, kept = town.adults_a[0], town.adults_a[1]
    sv.assemblies.check_in(aid, loser)
    with sv.sessions.begin() as s:  # what the census merge does: the loser points on
        sv.ctx.log.update(s, s.get_one(ResidentRow, loser), merged_into_id=kept)
    assert sv.assemblies.present_count(aid) == 1
    assert code_of(lambda: sv.assemblies.check_in(aid, kept)) == "attendance.already_present"
    assert [a.resident_id for a in sv.assemblies.attendees(aid)] == [kept]


def test_check_in_by_text(services: Services, town: Town) -> None:
    sv = services
    aid = convene(sv, town.council_a)
    match, status = sv.assemblies.check_in_text(aid, "v-20000003")
    assert match.resident_id == town.adults_a[3]
    assert status.present == 1
    match, _ = sv.assemblies.check_in_text(aid, "20.000.004")  # digits, dots, no letter
    assert match.resident_id == town.adults_a[4]
    assert code_of(lambda: sv.assemblies.check_in_text(aid, "V-2000000")) == \
        "attendance.not_found"  # never a prefix of a longer number
    assert code_of(lambda: sv.assemblies.check_in_text(aid, "Ana")) == "attendance.ambiguous"
    match, _ = sv.assemblies.check_in_text(aid, "ana 12 perez nunez")  # accents folded
    assert match.resident_id == town.adults_a[12]


def test_agreement_vote_checked_against_present(services: Services, town: Town) -> None:
    sv = services
    aid = convene(sv, town.council_a)
    item = sv.assemblies.agenda(aid)[0].id
    assert code_of(lambda: sv.assemblies.add_agreement(item, "Algo", 1, 0, 0)) == \
        "agreement.nobody_present"
    for rid in town.adults_a[:7]:
        sv.assemblies.check_in(aid, rid)
    assert code_of(lambda: sv.assemblies.add_agreement(item, "Algo", 5, 2, 1)) == \
        "agreement.votes_exceed_present"
    assert code_of(lambda: sv.assemblies.add_agreement(item, "Algo", 1, 0, 0,
                                                       by_acclamation=True)) == \
        "agreement.acclamation_with_votes"
    assert code_of(lambda: sv.assemblies.add_agreement(item, "Algo")) == "agreement.no_votes"
    agreement = sv.assemblies.add_agreement(item, "Se aprueba", 5, 1, 1)
    assert (agreement.present_at_vote, agreement.quorum_required_at_vote,
            agreement.quorum_met_at_vote) == (7, 6, True)
    sv.assemblies.withdraw(aid, town.adults_a[0])
    sv.assemblies.withdraw(aid, town.adults_a[1])
    # 5 present, 6 needed: without quorum nothing is decided, whatever the hands say.
    assert code_of(lambda: sv.assemblies.add_agreement(
        item, "Por aclamación", by_acclamation=True)) == "agreement.no_quorum"
    # What was recorded at the first vote does not move.
    assert [a.present_at_vote for a in sv.assemblies.agreements(aid)] == [7]


def test_closed_assembly_takes_no_more_check_ins_or_votes(services: Services,
                                                          town: Town) -> None:
    sv = services
    aid = convene(sv, town.council_a)
    sv.assemblies.check_in(aid, town.adults_a[0])
    sv.assemblies.close(aid)
    assert code_of(lambda: sv.assemblies.check_in(aid, town.adults_a[1])) == "assembly.closed"
    item = sv.assemblies.agenda(aid)[0].id
    assert code_of(lambda: sv.assemblies.add_agreement(item, "x", 1, 0, 0)) == \
        "assembly.closed"


def approved_assembly(sv: Services, town: Town) -> str:
    aid = convene(sv, town.council_a)
    for rid in town.adults_a[:8]:
        sv.assemblies.check_in(aid, rid)
    item = sv.assemblies.agenda(aid)[1]
    sv.assemblies.set_item_notes(item.id, "Se habló del agua.")
    sv.assemblies.add_intervention(item.id, "Ana Pérez", "Pide cisterna")
    sv.assemblies.add_agreement(item.id, "Pedir cisterna", 6, 1, 1)
    org = town.council_a
    ids = [sv.problems.create(org, t, ProblemCategory.WATER, 5, assembly_id=aid).id
           for t in ("Agua", "Luz", "Muro")]
    prio = sv.problems.start_prioritization(aid, PrioritizationMethod.BORDA)
    sv.problems.add_ballots(prio.id, [[ids[1], ids[0], ids[2]], [ids[0], ids[1], ids[2]]])
    sv.problems.break_tie(prio.id, TieRule.SECOND_VOTE, [ids[1], ids[0]], "Manos: 5 a 3")
    sv.minutes.save_draft(aid, '{"closing": "Se levanta la sesión."}')
    assert code_of(lambda: sv.minutes.approve(aid, "Secretaría")) == "minutes.not_closed"
    sv.assemblies.close(aid)
    sv.minutes.approve(aid, "María Pérez")
    return aid


def test_approved_acta_refuses_every_edit(services: Services, town: Town) -> None:
    sv = services
    aid = approved_assembly(sv, town)
    item = sv.assemblies.agenda(aid)[0].id
    problem = sv.problems.list_all(assembly_id=aid)[0]
    prio = sv.problems.current(aid)
    assert prio is not None
    attempts = {
        "save_draft": lambda: sv.minutes.save_draft(aid, "{}"),
        "update_text": lambda: sv.minutes.update_text(aid, closing="tarde"),
        "approve": lambda: sv.minutes.approve(aid, "Otra"),
        "check_in": lambda: sv.assemblies.check_in(aid, town.adults_a[10]),
        "withdraw": lambda: sv.assemblies.withdraw(aid, town.adults_a[0]),
        "notes": lambda: sv.assemblies.set_item_notes(item, "cambio"),
        "intervention": lambda: sv.assemblies.add_intervention(item, "X"),
        "agreement": lambda: sv.assemblies.add_agreement(item, "x", 1, 0, 0),
        "agenda": lambda: sv.assemblies.add_agenda_item(aid, "Punto nuevo"),
        "status": lambda: sv.assemblies.set_status(aid, AssemblyStatus.IN_PROGRESS),
        "problem": lambda: sv.problems.create(town.council_a, "Nuevo", ProblemCategory.OTHER,
                                              assembly_id=aid),
        "problem_edit": lambda: sv.problems.update(problem.id, "Otro", problem.category, 1),
        "prioritize": lambda: sv.problems.start_prioritization(aid,
                                                               PrioritizationMethod.APPROVAL),
        "ballots": lambda: sv.problems.add_ballots(prio.prioritization.id, [[problem.id]]),
    }
    for name, attempt in attempts.items():
        assert code_of(attempt) in ("assembly.locked", "minutes.locked"), name
    assert sv.minutes.verify(aid).ok


def test_minutes_text_changes_only_the_parts_given(services: Services, town: Town) -> None:
    sv = services
    aid = convene(sv, town.council_a)
    sv.minutes.update_text(aid, opening="Presidió Ana", observations="Sin novedad")
    sv.minutes.update_text(aid, closing="Se levantó la sesión")
    text = sv.minutes.text(aid)
    assert (text.opening, text.closing, text.observations) == (
        "Presidió Ana", "Se levantó la sesión", "Sin novedad")
    sv.minutes.update_text(aid, observations="")
    assert sv.minutes.text(aid).observations == ""


def test_verify_detects_tampering_and_checks_paper_codes(services: Services,
                                                         town: Town) -> None:
    sv = services
    aid = approved_assembly(sv, town)
    check = sv.minutes.verify(aid)
    assert check.ok
    assert check.record_matches
    assert check.stored_intact
    assert sv.minutes.verify(aid, check.code).code_matches is True
    assert sv.minutes.verify(aid, check.content_hash).code_matches is True
    assert sv.minutes.verify(aid, f"ASAMBLEA-ACTA:{aid}:{check.content_hash}").code_matches
    wrong = sv.minutes.verify(aid, "0000-0000-0000")
    assert wrong.code_matches is False
    assert not wrong.ok
    content = sv.minutes.paper(aid).content
    assert content.tie_break == "second_vote"
    assert content.tie_break_note == "Manos: 5 a 3"
    assert content.items[1].speakers[0].name == "Ana Pérez"
    # Someone edits the record behind the program's back: the record no longer matches.
    with sv.sessions.begin() as s:
        s.execute(text("UPDATE agreement SET votes_for = 7"))
    tampered = sv.minutes.verify(aid)
    assert tampered.stored_intact
    assert not tampered.record_matches
    assert not tampered.ok
    # ...or edits the stored acta itself: its seal no longer matches.
    with sv.sessions.begin() as s:
        s.execute(text("UPDATE minutes SET body = replace(body, 'María Pérez', 'Mario Pérez')"))
    assert not sv.minutes.verify(aid).stored_intact


def test_addendum_and_signed_copy(services: Services, town: Town) -> None:
    sv = services
    aid = approved_assembly(sv, town)
    addendum = sv.minutes.add_addendum(aid, "Donde dice cisterna debe decir camión cisterna.",
                                       "María Pérez")
    paper = sv.minutes.paper(aid)
    assert paper.approved
    assert [a.id for a in paper.addenda] == [addendum.id]
    check = sv.minutes.verify(aid)
    assert check.ok
    assert check.addenda == 1
    assert code_of(lambda: sv.minutes.attach_signed_copy(aid, "acta.txt", b"x",
                                                         "text/plain")) == "attachment.type"
    photo = b"\x89PNG fake photo of the signed paper"
    attached = sv.minutes.attach_signed_copy(aid, "acta-firmada.png", photo, "image/png")
    assert [a.filename for a in sv.minutes.attachments(aid)] == ["acta-firmada.png"]
    assert sv.minutes.attachment_data(attached.id) == photo


def test_bad_ballot_stops_the_batch(services: Services, town: Town) -> None:
    sv = services
    aid = convene(sv, town.council_a, kind=AssemblyKind.BASE)
    ids = [sv.problems.create(town.council_a, t, ProblemCategory.ROADS, assembly_id=aid).id
           for t in ("Calle", "Escuela")]
    prio = sv.problems.start_prioritization(aid, PrioritizationMethod.SCORE, 5)
    with pytest.raises(DomainError) as err:
        sv.problems.add_ballots(prio.id, [{ids[0]: 5}, {ids[0]: 3, ids[1]: 3}])
    assert err.value.code == "ballot.too_many_points"
    assert err.value.params["number"] == 2
    result = sv.problems.result(prio.id)
    assert result.ballots == 0  # nothing half saved
    sv.problems.add_ballots(prio.id, [{ids[0]: 2, ids[1]: 3}, {ids[0]: 3, ids[1]: 2}])
    result = sv.problems.close_prioritization(prio.id)
    assert result.has_ties
    assert result.closed
    assert code_of(lambda: sv.problems.add_ballots(prio.id, [{ids[0]: 1}])) == \
        "prioritization.closed"
