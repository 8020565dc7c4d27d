"""Results entry: two typings by two people, differences, reconciliation checks, acceptance."""

from __future__ import annotations

import pytest

from app.consultation.model import TallyFigures, TallyState
from app.consultation.reconciliation import check_sheet
from app.container import Services
from app.domain.enums import BallotStyle, ConsultationStatus
from app.domain.errors import DomainError
from app.printing.ballots import ballots_pdf

from tests.consultation.conftest import Small

GOOD = TallyFigures({1: 50, 2: 30, 3: 10}, 5, 5, 100, 100, 2, 18)


def test_checks_say_what_does_not_add_up() -> None:
    ok = check_sheet(GOOD, 120, "1–120")
    assert all(c.passed for c in ok)
    bad = check_sheet(TallyFigures({1: 50, 2: 30, 3: 10}, 5, 4, 100, 98, 2, 10), 120, "1–120")
    failed = {c.code: c.message for c in bad if not c.passed}
    assert set(failed) == {"sum", "signatures", "balance"}
    assert "= 99" in failed["sum"]
    assert "100 boletas" in failed["sum"]
    assert "firmaron el cuaderno: 98" in failed["signatures"]
    assert "Boletas recibidas (120)" in failed["balance"]
    assert "= 112" in failed["balance"]
    written = check_sheet(TallyFigures({1: 90}, 5, 5, 100, 100, 2, 18, ballots_received=150),
                          120, "1–120")
    received = next(c for c in written if c.code == "received")
    assert not received.passed
    assert "se imprimieron 120 (1–120)" in received.message


def test_double_entry_accepts_only_when_two_people_agree(services: Services,
                                                         small: Small) -> None:
    cid = small.consultation_id
    services.ballots.print_run(cid, "1", 120, BallotStyle.NUMBER, ballots_pdf)
    state = services.tallies.enter(cid, "1", GOOD, "Ana")
    assert state.state == TallyState.WAITING
    # The second typing is by a second person (issue 11, point 8): the same name is refused.
    with pytest.raises(DomainError) as refused:
        services.tallies.enter(cid, "1", GOOD, "ana ")
    assert refused.value.code == "tally.same_person"
    assert len(services.tallies.tally(cid, "1").entries) == 1
    typo = TallyFigures({1: 50, 2: 3, 3: 10}, 5, 5, 100, 100, 2, 18)
    state = services.tallies.enter(cid, "1", typo, "Luis")
    assert state.state == TallyState.MISMATCH
    assert [(d.field, d.first, d.second) for d in state.differences] == [("votes.2", 30, 3)]
    assert state.differences[0].label == "Votos del proyecto 2"
    assert services.tallies.results(cid).tables_counted == 0
    state = services.tallies.enter(cid, "1", GOOD, "Luis")
    assert state.state == TallyState.ACCEPTED
    assert state.accepted == GOOD
    assert services.consultations.get(cid).status is ConsultationStatus.COUNTING
    with pytest.raises(DomainError, match="ya fue aceptada"):
        services.tallies.enter(cid, "1", GOOD, "Pedro")


def test_failing_sheet_needs_a_written_observation(services: Services, small: Small) -> None:
    cid = small.consultation_id
    services.ballots.print_run(cid, "2", 120, BallotStyle.NUMBER, ballots_pdf)
    short = TallyFigures({1: 50, 2: 30, 3: 10}, 5, 5, 102, 100, 0, 18)
    services.tallies.enter(cid, "2", short, "Ana")
    state = services.tallies.enter(cid, "2", short, "Luis")
    assert state.state == TallyState.NEEDS_OBSERVATION
    with pytest.raises(DomainError, match="observación"):
        services.tallies.accept(cid, "2", "  ", "Ana")
    state = services.tallies.accept(cid, "2", "Dos boletas sin firma en el cuaderno.", "Ana")
    assert state.state == TallyState.ACCEPTED
    assert state.accepted_observation == "Dos boletas sin firma en el cuaderno."
    results = services.tallies.results(cid)
    table = next(t for t in results.tables if t.accepted)
    assert table.observation
    assert table.ballots_in_box == 102


def test_bad_input_is_refused_and_changes_nothing(services: Services, small: Small) -> None:
    cid = small.consultation_id
    with pytest.raises(DomainError, match="número 9 no está"):
        services.tallies.enter(cid, "1", TallyFigures({9: 1}, 0, 0, 1, 1, 0, 0), "Ana")
    with pytest.raises(DomainError, match="negativas"):
        services.tallies.enter(cid, "1", TallyFigures({1: -1}, 0, 0, 1, 1, 0, 0), "Ana")
    with pytest.raises(DomainError, match="quién"):
        services.tallies.enter(cid, "1", GOOD, " ")
    assert services.tallies.tally(cid, "1").entries == ()


def test_results_add_tables_and_count_participation(services: Services, small: Small) -> None:
    cid = small.consultation_id
    one = TallyFigures({1: 1, 2: 0, 3: 0}, 0, 0, 1, 1, 0, 0, ballots_received=1)
    two = TallyFigures({1: 0, 2: 1, 3: 0}, 0, 1, 2, 2, 0, 0, ballots_received=2)
    for who in ("Ana", "Luis"):
        services.tallies.enter(cid, "1", one, who, observation="sin boletas impresas")
        services.tallies.enter(cid, "2", two, who, observation="sin boletas impresas")
    results = services.tallies.results(cid)
    assert results.tables_counted == 2
    assert results.eligible == 3
    assert results.ballots_in_box == 3
    assert results.blank_votes == 1
    assert results.participation == pytest.approx(1.0)
    # 1 and 2 tie with one vote each: the most voted cannot be named until it is settled.
    assert results.funded_numbers == ()
    assert results.tie_note
    assert "EMPATE" in results.tie_note
    assert "1, 2" in results.tie_note
    assert [c.tied for c in results.candidates[:2]] == [True, True]
    services.consultations.resolve_tie(cid, [2, 1], "Segunda vuelta del 13/12")
    settled = services.tallies.results(cid)
    assert settled.funded_numbers == (2,)
    assert settled.tie_note
    assert "resuelto" in settled.tie_note
    assert services.consultations.get(cid).status is ConsultationStatus.CLOSED
