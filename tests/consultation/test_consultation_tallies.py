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
from tests.pdf import pdf_text

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


def test_reprints_count_as_sheets_received_and_their_originals_as_voided() -> None:
    """120 serials and 2 reprinted: the table held 122 sheets; received = used + unused +
    voided, and the voided include the 2 replaced ballots."""
    figures = TallyFigures({1: 90}, 5, 5, 100, 100, 4, 18)
    checks = {c.code: c for c in check_sheet(figures, 120, "1–120", reprinted=2)}
    assert all(c.passed for c in checks.values()), [c.message for c in checks.values()]
    short = TallyFigures({1: 90}, 5, 5, 100, 100, 1, 21)
    checks = {c.code: c for c in check_sheet(short, 120, "1–120", reprinted=2)}
    assert checks["balance"].passed
    assert not checks["voided"].passed
    assert "1 boletas anuladas" not in checks["voided"].message
    assert "se reimprimieron 2 seriales" in checks["voided"].message


def test_a_table_with_reprints_balances_with_its_voided_ballots(services: Services,
                                                               small: Small) -> None:
    """The service, the tally sheet and the command line agree: 120 serials, 2 reprinted,
    so 122 sheets = 100 in the box + 18 unused + 4 voided (2 replaced, 2 damaged)."""
    cid = small.consultation_id
    services.ballots.print_run(cid, "1", 120, BallotStyle.NUMBER, ballots_pdf)
    services.ballots.reprint(cid, "1", 7, 8, BallotStyle.NUMBER, ballots_pdf,
                             reason="Lluvia sobre la mesa")
    sheet = " ".join(pdf_text(services.papers.tally_sheet(cid, "1").data).split())
    assert "120 boletas, más 2 reimpresas: 122 hojas" in sheet
    assert "boletas recibidas = boletas en la urna + sobrantes + anuladas" in sheet
    assert "Boletas anuladas" in sheet
    # What a real acta de escrutinio carries (issue 10, point 10).
    org = services.consultations.organization(cid)
    assert org.name in sheet
    for part in ("Instalación de la mesa", "Cierre de la votación", "Inicio del escrutinio",
                 "Fin del escrutinio", "En letras", "Electores inscritos en el cuaderno",
                 "contar las firmas", "Talones (matrices)", "Sello",
                 "Se levantan 3 ejemplares", "Incidencias y observaciones"):
        assert part in sheet, part
    assert sheet.count("C.I.") >= 4  # every signer, named or blank
    balanced = TallyFigures({1: 90}, 5, 5, 100, 100, 4, 18)
    for who in ("Ana", "Luis"):
        state = services.tallies.enter(cid, "1", balanced, who)
    assert state.state == TallyState.ACCEPTED, [c.message for c in state.checks]


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


def test_results_are_an_acta_de_totalizacion(services: Services, small: Small) -> None:
    """Date and hour, the commune, the proclamation (none while tables are missing) and the
    electoral commission's signatures."""
    cid = small.consultation_id
    services.ballots.print_run(cid, "1", 120, BallotStyle.NUMBER, ballots_pdf)
    for who in ("Ana", "Luis"):
        services.tallies.enter(cid, "1", GOOD, who)
    text = " ".join(pdf_text(services.papers.results(cid).data).split())
    assert "Acta de totalización" in text
    assert "Totalización al " in text
    assert services.consultations.organization(cid).name in text
    assert "No se proclama ningún proyecto: faltan actas por escrutar" in text
    assert text.count("Comisión electoral") == 4
