"""Ballot serials (unique, contiguous, continued, reprints) and what the printed ballot shows."""

from __future__ import annotations

import pypdfium2 as pdfium
import pytest

from app.consultation.serials import (
    ballot_payload,
    describe,
    is_contiguous,
    parse_stub,
    stub_payload,
)
from app.container import Services
from app.domain.enums import BallotStyle
from app.domain.errors import DomainError
from app.printing.ballots import COLUMNS, MARGIN, STUB_WIDTH, ballots_pdf
from app.printing.codes import read_codes

from tests.consultation.conftest import Small


def test_runs_continue_the_numbering_and_reprints_repeat_it(services: Services,
                                                            small: Small) -> None:
    cid = small.consultation_id
    first, _ = services.ballots.print_run(cid, "1", 30, BallotStyle.NUMBER, ballots_pdf)
    second, _ = services.ballots.print_run(cid, "1", 12, BallotStyle.NUMBER, ballots_pdf)
    other, _ = services.ballots.print_run(cid, "2", 5, BallotStyle.NUMBER, ballots_pdf)
    assert (first.first, first.last) == (1, 30)
    assert (second.first, second.last) == (31, 42)
    assert (other.first, other.last) == (1, 5)  # each table numbers its own ballots
    reprint, _ = services.ballots.reprint(cid, "1", 7, 9, BallotStyle.NUMBER, ballots_pdf,
                                          reason="Lluvia sobre la mesa")
    assert reprint.is_reprint
    assert reprint.reason == "Lluvia sobre la mesa"
    assert reprint.reprint_of_id == first.id
    ranges = services.ballots.ranges(small.tables[0])
    assert is_contiguous(ranges)
    assert describe(ranges) == "1–30, 31–42"
    table = services.voting_tables.table(cid, "1")
    assert table.ballots_printed == 42  # a reprint replaces paper, it adds no ballots
    with pytest.raises(DomainError, match="ya impreso"):
        services.ballots.reprint(cid, "1", 40, 45, BallotStyle.NUMBER, ballots_pdf,
                                 reason="Rotas")


def test_specimen_uses_no_serials_and_failed_render_records_nothing(services: Services,
                                                                   small: Small) -> None:
    cid = small.consultation_id
    data = services.ballots.specimen(cid, "1", 6, BallotStyle.NUMBER, ballots_pdf)
    text = pdfium.PdfDocument(data)[0].get_textpage().get_text_range()
    assert "MUESTRA" in text

    def broken(_run: object) -> bytes:
        raise OSError("impresora sin papel")

    with pytest.raises(OSError, match="sin papel"):
        services.ballots.print_run(cid, "1", 10, BallotStyle.NUMBER, broken)
    assert services.ballots.ranges(small.tables[0]) == []
    run, _ = services.ballots.print_run(cid, "1", 3, BallotStyle.NUMBER, ballots_pdf)
    assert run.first == 1


def test_stub_carries_serial_and_body_carries_no_serial(services: Services,
                                                        small: Small) -> None:
    cid = small.consultation_id
    _run, data = services.ballots.print_run(cid, "1", 6, BallotStyle.NUMBER, ballots_pdf)
    page = pdfium.PdfDocument(data)[0]
    image = page.render(scale=150 / 72).to_pil()
    codes = read_codes(image)
    stubs = sorted(parse_stub(c).serial for c in codes if c.startswith("AS1T"))
    assert stubs == [1, 2, 3, 4, 5, 6]
    assert all(parse_stub(c).table_id == small.tables[0] for c in codes if c.startswith("AS1T"))
    bodies = [c for c in codes if not c.startswith("AS1T")]
    assert bodies == [ballot_payload(cid, "number")] * 6  # the same on every ballot
    # The ballot body (right of the perforation) holds no serial in its text.
    width, height = page.get_size()
    cell_w = (width - 2 * MARGIN) / COLUMNS
    textpage = page.get_textpage()
    for col in range(COLUMNS):
        left = MARGIN + col * cell_w + STUB_WIDTH + 1
        body_text = textpage.get_text_bounded(left=left, bottom=0,
                                              right=MARGIN + (col + 1) * cell_w, top=height)
        assert "Número del proyecto" in body_text
        for serial in range(1, 7):
            assert f"{serial:06d}" not in body_text
    stub_text = textpage.get_text_bounded(left=0, bottom=0, right=MARGIN + STUB_WIDTH,
                                          top=height)
    assert "000001" in stub_text


def test_stub_code_round_trips() -> None:
    table = "019a1b2c-3d4e-7f60-8182-93a4b5c6d7e9"
    code = parse_stub(stub_payload("019a1b2c-3d4e-7f60-8182-93a4b5c6d7e8", table, 4312))
    assert (code.table_id, code.serial) == (table, 4312)


def test_reprints_are_marked_on_the_stub(services: Services, small: Small) -> None:
    cid = small.consultation_id
    services.ballots.print_run(cid, "1", 6, BallotStyle.NUMBER, ballots_pdf)
    _r, data = services.ballots.reprint(cid, "1", 2, 3, BallotStyle.NUMBER, ballots_pdf,
                                        reason="Manchadas")
    text = pdfium.PdfDocument(data)[0].get_textpage().get_text_range()
    assert "REIMPRESIÓN" in text
    assert "000002" in text
    assert "000003" in text
    assert "000004" not in text


def test_a_reprint_keeps_the_style_of_its_run(services: Services, small: Small) -> None:
    cid = small.consultation_id
    services.ballots.print_run(cid, "2", 6, BallotStyle.LIST, ballots_pdf)
    reprint, data = services.ballots.reprint(cid, "2", 2, 2, None, ballots_pdf,
                                             reason="Rota")
    assert reprint.style is BallotStyle.LIST
    text = pdfium.PdfDocument(data)[0].get_textpage().get_text_range()
    assert "Marque con una X" in text


def test_the_list_of_candidates_is_fixed_once_ballots_are_printed(services: Services,
                                                                  small: Small) -> None:
    cid = small.consultation_id
    first = services.consultations.candidates(cid)[0]
    services.consultations.move(cid, first.id, 1)  # still a draft: the order can change
    assert services.consultations.candidates(cid)[1].id == first.id
    services.ballots.print_run(cid, "1", 3, BallotStyle.NUMBER, ballots_pdf)
    with pytest.raises(DomainError, match="no pueden cambiar"):
        services.consultations.move(cid, first.id, -1)
    with pytest.raises(DomainError, match="no pueden cambiar"):
        services.consultations.withdraw(cid, first.id)
    assert [n.number for n in services.consultations.candidates(cid)] == [1, 2, 3]


def test_a_centre_and_its_tables_are_added_in_one_unit_of_work(services: Services,
                                                              small: Small) -> None:
    vt = services.voting_tables
    centre, tables = vt.add_centre_with_tables(small.consultation_id, "Escuela Nueva", None, 3)
    numbers = [vt.table(small.consultation_id, t).number for t in tables]
    assert numbers == [3, 4, 5]  # after the fixture's two tables, numbered across centres
    assert centre.name == "Escuela Nueva"
    with pytest.raises(DomainError):
        vt.add_centre_with_tables(small.consultation_id, "  ", None, 2)


def code_of(call: object) -> str:
    with pytest.raises(DomainError) as err:
        call()  # type: ignore[operator]
    return err.value.code


def test_one_style_per_consultation(services: Services, small: Small) -> None:
    """Issue 10, rule 4: the first run fixes the style for every table; a reprint cannot
    change it."""
    cid = small.consultation_id
    assert services.ballots.style_of(cid) is None
    services.ballots.print_run(cid, "1", 4, BallotStyle.LIST, ballots_pdf)
    assert services.ballots.style_of(cid) is BallotStyle.LIST
    assert code_of(lambda: services.ballots.print_run(cid, "2", 4, BallotStyle.NUMBER,
                                                      ballots_pdf)) == "ballots.style_fixed"
    assert code_of(lambda: services.ballots.reprint(cid, "1", 1, 1, BallotStyle.NUMBER,
                                                    ballots_pdf, reason="Rota")) == \
        "ballots.style_fixed"
    other, _ = services.ballots.print_run(cid, "2", 4, None, ballots_pdf)
    assert other.style is BallotStyle.LIST


def test_a_serial_is_reprinted_once_with_its_reason(services: Services, small: Small) -> None:
    cid = small.consultation_id
    services.ballots.print_run(cid, "1", 10, BallotStyle.NUMBER, ballots_pdf)
    assert code_of(lambda: services.ballots.reprint(cid, "1", 3, 3, None, ballots_pdf)) == \
        "ballots.reason_needed"
    services.ballots.reprint(cid, "1", 3, 4, None, ballots_pdf, reason="Boleta rota")
    assert code_of(lambda: services.ballots.reprint(cid, "1", 4, 6, None, ballots_pdf,
                                                    reason="Otra vez")) == \
        "ballots.already_reprinted"
    services.ballots.reprint(cid, "1", 5, 6, None, ballots_pdf, reason="Manchadas")
    reasons = [r.reason for r in services.ballots.ranges(small.tables[0]) if r.is_reprint]
    assert reasons == ["Boleta rota", "Manchadas"]


def test_no_ballots_after_the_tally_is_accepted(services: Services, small: Small) -> None:
    from app.consultation.model import TallyFigures

    cid = small.consultation_id
    services.ballots.print_run(cid, "1", 2, BallotStyle.NUMBER, ballots_pdf)
    sheet = TallyFigures({1: 1, 2: 0, 3: 0}, 0, 0, 1, 1, 0, 1, ballots_received=2)
    for who in ("Ana", "Luis"):
        services.tallies.enter(cid, "1", sheet, who)
    assert services.tallies.tally(cid, "1").accepted == sheet
    assert code_of(lambda: services.ballots.print_run(cid, "1", 2, None, ballots_pdf)) == \
        "ballots.tally_accepted"
    assert code_of(lambda: services.ballots.reprint(cid, "1", 1, 1, None, ballots_pdf,
                                                    reason="Rota")) == "ballots.tally_accepted"


def test_tally_sheet_states_serials_received_and_voided(services: Services,
                                                        small: Small) -> None:
    from tests.pdf import pdf_text

    cid = small.consultation_id
    services.ballots.print_run(cid, "1", 10, BallotStyle.NUMBER, ballots_pdf)
    services.ballots.reprint(cid, "1", 3, 4, None, ballots_pdf, reason="Boleta rota")
    text = " ".join(pdf_text(services.papers.tally_sheet(cid, "1").data).split())
    assert "Registro al" in text
    assert "seriales recibidos 1–10" in text
    assert "que quedan anuladas (2): 3–4 (Boleta rota)" in text


@pytest.mark.parametrize("style", [BallotStyle.NUMBER, BallotStyle.LIST])
def test_every_ballot_names_the_commune_with_its_code_and_parish(
        services: Services, small: Small, style: BallotStyle) -> None:
    """Issue 10, point 10: a ballot found away from its table still says which commune's
    consultation it belongs to (the same line on every ballot: it ties none to a voter)."""
    cid = small.consultation_id
    services.organizations.update(small.commune_id, registry_code="CM-MIR-0001")
    specimen = services.papers.ballot_specimen(cid, "1", 6, style).data
    _range, printed = services.papers.ballots(cid, "1", 6, style)
    for data in (specimen, printed.data):
        document = pdfium.PdfDocument(data)
        text = " ".join(" ".join(document[i].get_textpage().get_text_range().split())
                        for i in range(len(document)))
        document.close()
        for words in ("Comuna El Guaire", "Código CM-MIR-0001", "Parroquia Petare"):
            assert text.count(words) == 6, words


def test_a_long_commune_name_gives_way_to_its_code_and_parish(services: Services,
                                                             small: Small) -> None:
    """On the narrow number ballot a 90-character name is shortened (it is printed whole on
    the register and the acta de escrutinio); the code and the parish stay."""
    runs: list[object] = []
    services.ballots.specimen(small.consultation_id, "1", 6, BallotStyle.NUMBER,
                              lambda r: runs.append(r) or b"")
    where = ("Comuna Socialista Productiva Agroecológica y Cultural Guaicaipuro de los Altos "
             "Mirandinos", "Código CM-MIR-2026-00001", "Parroquia Cecilio Acosta")
    document = pdfium.PdfDocument(ballots_pdf(runs[0], "letter", where))  # type: ignore[arg-type]
    text = " ".join(document[0].get_textpage().get_text_range().split())
    document.close()
    assert text.count("Código CM-MIR-2026-00001") == 6
    assert text.count("Parroquia Cecilio Acosta") == 6
    assert text.count("Comuna Socialista Productiva") == 6
