"""A count of one reads in the singular on every paper: «Asistió 1 habitante», «1 persona»,
«1 papeleta o conteo», «1 elector inscrito», never «1 personas»; other counts read as before."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from app.container import Services, open_services
from app.demo.commune import DemoSummary, build_demo
from app.domain.enums import BallotStyle
from app.domain.messages import message_for
from app.i18n import in_language
from app.printing.paper import PaperOptions
from app.printing.project_notice import MAX_LINES, notice_pdf
from app.printing.results import over_register_details, participation_sentence

from tests.pdf import pdf_text

# A 1 before a plural noun (or a plural participle that agrees with it): the bug.
ONE_PLURAL = re.compile(
    r"\b1 (personas|habitantes|papeletas|folios|votos|familias|mesas|boletas|electores|"
    r"partidas|hojas|reimpresas|abstenciones|gastos)\b")
OTHER_PLURAL = re.compile(r"\bOtras 1 partidas\b")


def flat(text: str) -> str:
    """One space between words: a phrase may break across lines on the page."""
    return " ".join(text.split())


def wrong(text: str) -> list[str]:
    return [m.group(0) for m in ONE_PLURAL.finditer(text)] + OTHER_PLURAL.findall(text)


@pytest.fixture(scope="module")
def one(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Services, DemoSummary]]:
    """The demo for a single resident: attendance, quorum, census and register of one."""
    sv = open_services(Path(tmp_path_factory.mktemp("one")) / "one.db")
    try:
        yield sv, build_demo(sv, residents=1)
    finally:
        sv.close()


def assembly_papers(sv: Services, page: str) -> dict[str, str]:
    options = PaperOptions(page_size=page)
    out: dict[str, str] = {}
    for a in sv.assemblies.list_all():
        out[f"convocation {a.id}"] = flat(pdf_text(sv.papers.convocation(a.id, options).data))
        out[f"attendance {a.id}"] = flat(pdf_text(
            sv.papers.attendance_sheet(a.id, options=options).data))
        out[f"priorities {a.id}"] = flat(pdf_text(sv.papers.priorities(a.id, options).data))
        out[f"minutes {a.id}"] = flat(pdf_text(sv.papers.minutes(a.id, options).data))
    return out


@pytest.mark.parametrize("page", ["letter", "a4"])
def test_assembly_papers_for_one_resident_read_in_the_singular(
        one: tuple[Services, DemoSummary], page: str) -> None:
    sv, _demo = one
    texts = assembly_papers(sv, page)
    every = " ".join(texts.values())
    for name, text in texts.items():
        assert not wrong(text), (name, wrong(text))
    for phrase in (
            # the acta: who attended, of whom, the quorum, each vote, the prioritization
            "Asistió 1 habitante con derecho a voto, de 1 habitante de 15 años o más "
            "registrado en el censo",
            "es decir, 1 persona.",
            "estando presente 1 persona con derecho a voto (con quórum; requerido: 1)",
            "con 1 papeleta o conteo.",
            # the convocation (first and second call) and the attendance sheet
            "de los habitantes de 15 años o más (1 persona). ¡Tu participación es importante!",
            "con la presencia del 20 % (1 persona).",
            "Quórum requerido: 1 (30 % de 1 habitante de 15 años o más)."):
        assert phrase in every, phrase
    # Nobody came to one assembly: zero keeps its plural.
    assert "Asistieron 0 habitantes con derecho a voto, de 1 habitante" in every


def test_consultation_papers_for_one_voter_read_in_the_singular(
        one: tuple[Services, DemoSummary]) -> None:
    sv, demo = one
    cid = demo.consultation_id
    table = "1"
    printed, _ballots = sv.papers.ballots(cid, table, 1, BallotStyle.NUMBER)
    sv.papers.ballot_reprint(cid, table, printed.first, printed.first, reason="mojada")
    texts = {
        "register": flat(pdf_text(sv.papers.voter_register(cid, table).data)),
        "sheet": flat(pdf_text(sv.papers.tally_sheet(cid, table).data)),
        "results": flat(pdf_text(sv.papers.results(cid).data)),
    }
    for council in demo.council_ids:
        texts[f"census {council}"] = flat(pdf_text(sv.papers.census(council).data))
    for name, text in texts.items():
        assert not wrong(text), (name, wrong(text))
    assert "se abre este cuaderno con 1 elector inscrito." in texts["register"]
    assert "; 1 boleta, más 1 reimpresa: 2 hojas)" in texts["sheet"]
    assert "Participación: 0 boletas de 1 elector (" in texts["results"]


def test_results_sentences_agree_with_each_count(one: tuple[Services, DemoSummary]) -> None:
    """The command line shows the same over-register sentence as the paper."""
    sv, demo = one
    results = sv.tallies.results(demo.consultation_id)
    assert over_register_details(replace(results, ballots_in_box=1, eligible=0)) == \
        "total: 1 boleta, 0 electores"
    assert over_register_details(replace(results, ballots_in_box=3, eligible=2)) == \
        "total: 3 boletas, 2 electores"
    assert "Participación: <b>1</b> boleta de <b>1</b> elector (" in participation_sentence(
        replace(results, ballots_in_box=1, eligible=1))
    assert "Participación: <b>2</b> boletas de <b>3</b> electores (" in \
        participation_sentence(replace(results, ballots_in_box=2, eligible=3))
    with in_language("en"):
        assert over_register_details(replace(results, ballots_in_box=1, eligible=0)) == \
            "total: 1 ballot, 0 voters"


def test_notice_names_one_remaining_line_in_the_singular(
        one: tuple[Services, DemoSummary]) -> None:
    sv, _demo = one
    project = sv.projects.list_all()[0]
    content = sv.project_money.paper(project.id)
    line = content.ledger.lines[0]
    for extra, expected in ((1, "1 partida más"), (2, "Otras 2 partidas")):
        lines = tuple(replace(line, line_id=f"line-{n}", name=f"Partida {n}")
                      for n in range(MAX_LINES + extra))
        paper = replace(content, ledger=replace(content.ledger, lines=lines))
        text = flat(pdf_text(notice_pdf(paper)))
        assert expected in text
        assert not wrong(text)


@pytest.mark.parametrize(("code", "params", "one", "many"), [
    ("agreement.no_quorum", {"present": 1, "required": 3},
     "hay 1 persona con derecho a voto presente y se necesitan 3.",
     "hay 2 personas con derecho a voto presentes y se necesitan 3."),
    ("agreement.votes_exceed_present", {"present": 1},
     "más personas que la 1 persona presente.", "más personas que las 2 presentes."),
    ("prioritization.hands_exceed_present", {"hands": 4, "present": 1},
     "pero hay 1 persona presente.", "pero hay 2 personas presentes."),
    ("tally.check.sum", {"valid": 0, "null": 0, "blank": 0, "total": 0, "box": 1},
     "en la urna había 1 boleta.", "en la urna había 2 boletas."),
    ("tally.check.received_printed", {"received": 1, "printed": 2, "ranges": "1-2"},
     "El acta dice 1 boleta recibida", "El acta dice 2 boletas recibidas"),
    ("funding.partial", {"counted": 0, "total": 1},
     "0 de 1 mesa escrutada; ningún proyecto se da por financiado hasta contarla.",
     "0 de 2 mesas escrutadas; ningún proyecto se da por financiado hasta contar todas."),
    ("tie.pending_draw", {"numbers": "1 y 2", "votes": 1},
     "con 1 voto: se decide por sorteo", "con 2 votos: se decide por sorteo"),
    ("tie.pending_second_vote", {"numbers": "1 y 2", "votes": 1},
     "con 1 voto: se decide en una segunda votación", "con 2 votos: se decide en una"),
    ("funding.top_n", {"n": 1}, "Se financia 1 proyecto: el más votado.",
     "Se financian los 2 proyectos más votados."),
    ("warning.no_receipt_more", {"n": 1},
     "Y 1 gasto más sin comprobante adjunto: está marcado",
     "Y 2 gastos más sin comprobante adjunto: están marcados"),
])
def test_messages_with_a_count_agree_with_it(code: str, params: dict[str, object], one: str,
                                             many: str) -> None:
    """Errors and notes the command line, the window and the results paper show."""
    count = next(name for name in ("present", "box", "received", "total", "votes", "n")
                 if name in params)
    assert one in message_for(code, params, "es")
    assert many in message_for(code, {**params, count: 2}, "es")
    english = message_for(code, params, "en")
    assert english != message_for(code, {**params, count: 2}, "en")
    assert not re.search(r"\b1 (people|ballots|votes|tables|projects|expenses)\b", english), english
