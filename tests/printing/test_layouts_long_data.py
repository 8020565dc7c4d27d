"""Issue 10, point 7: every paper, in Letter and A4, with long and awkward data (60-character
names, a 90-character organization, seven 120-character titles, a 2,000-character agreement,
4-digit counts): no two words over each other, nothing outside the printable area, and the
blocks that must stay together on the same page."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from app.consultation.model import BallotRun
from app.container import Services, open_services
from app.domain.enums import BallotStyle
from app.printing.ballots import ballots_pdf
from app.printing.consultation_words import where_parts
from app.printing.paper import PaperOptions

from tests.printing.long_data import AGREEMENT, LongWorld, build_long_world
from tests.printing.word_boxes import fonts_not_embedded, pages_of, problems

PAGES = ("letter", "a4")


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Services, LongWorld]]:
    sv = open_services(tmp_path_factory.mktemp("long") / "long.db")
    world = build_long_world(sv, residents=1_200, attendees=400)
    sv.minutes.approve(world.held, "Secretaría de la asamblea")
    yield sv, world
    sv.close()


def real_ballots(sv: Services, w: LongWorld, style: BallotStyle, page: str) -> bytes:
    """Serials 9,995 to 10,000 as a run prints them (a specimen's MUESTRA crosses the text
    on purpose), without recording them, with the commune's line under their heading."""
    runs: list[BallotRun] = []
    sv.ballots.specimen(w.consultation_id, "1", 6, style, lambda r: runs.append(r) or b"")
    where = where_parts(sv.consultations.organization(w.consultation_id))
    return ballots_pdf(replace(runs[0], specimen=False, first=9_995, last=10_000), page, where)


PAPERS: dict[str, Callable[[Services, LongWorld, str], bytes]] = {
    "censo": lambda sv, w, p: sv.papers.census(w.council_id, PaperOptions(p)).data,
    "convocatoria": lambda sv, w, p: sv.papers.convocation(w.held, PaperOptions(p)).data,
    "asistencia": lambda sv, w, p: sv.papers.attendance_sheet(
        w.held, options=PaperOptions(p)).data,
    "priorizacion": lambda sv, w, p: sv.papers.priorities(w.held, PaperOptions(p)).data,
    "acta": lambda sv, w, p: sv.papers.minutes(w.held, PaperOptions(p)).data,
    "acta-no-constituida": lambda sv, w, p: sv.papers.minutes(w.empty, PaperOptions(p)).data,
    "guia": lambda sv, w, p: sv.papers.project_guide(w.consultation_id, PaperOptions(p)).data,
    "cuaderno": lambda sv, w, p: sv.papers.voter_register(
        w.consultation_id, "1", options=PaperOptions(p)).data,
    "boletas-numero": lambda sv, w, p: real_ballots(sv, w, BallotStyle.NUMBER, p),
    "boletas-lista": lambda sv, w, p: real_ballots(sv, w, BallotStyle.LIST, p),
    "escrutinio": lambda sv, w, p: sv.papers.tally_sheet(w.consultation_id, "1",
                                                         PaperOptions(p)).data,
    "resultados": lambda sv, w, p: sv.papers.results(w.consultation_id, PaperOptions(p)).data,
}


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("name", sorted(PAPERS))
def test_no_word_over_another_nor_off_the_page(world: tuple[Services, LongWorld], name: str,
                                               page: str, tmp_path: Path) -> None:
    sv, w = world
    data = PAPERS[name](sv, w, page)
    assert problems(data) == [], name
    assert fonts_not_embedded(data) == [], name  # no Helvetica left to the printer


def words_by_page(data: bytes) -> list[str]:
    return [" ".join(word.text for word in p.words) for p in pages_of(data)]


@pytest.mark.parametrize("page", PAGES)
def test_blocks_stay_with_their_signatures(world: tuple[Services, LongWorld],
                                           page: str) -> None:
    sv, w = world
    # The acta de escrutinio: the figures and the signers on one page.
    tally = words_by_page(PAPERS["escrutinio"](sv, w, page))
    assert len(tally) == 1
    assert "TOTAL" in tally[0] and "Firmas de los miembros" in tally[0]
    # The acta: its closing, its signers and its seal (with the code) together.
    acta = words_by_page(PAPERS["acta"](sv, w, page))
    last = acta[-1]
    assert "Se dio por concluida" in last and "Secretaría de la asamblea" in last
    assert "Código de verificación" in last
    # Verified in words a community understands, not with a shell command.
    assert "Verifique en el programa Asamblea" in last and "minutes verify" not in last
    # The long agreement is printed whole.
    assert AGREEMENT.split()[-1] in " ".join(acta)



@pytest.fixture(scope="module")
def crowd(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Services, LongWorld]]:
    """5,000 people checked in at once (check_in_many: one by one took minutes)."""
    sv = open_services(tmp_path_factory.mktemp("crowd") / "crowd.db")
    yield sv, build_long_world(sv, residents=5_000, attendees=5_000)
    sv.close()


@pytest.mark.parametrize("page", PAGES)
def test_the_attendance_sheet_of_5000_attendees(crowd: tuple[Services, LongWorld],
                                                page: str) -> None:
    """Point 7's 5,000 attendees: 5,000 rows of 60-character names, every word inside the
    page and none over another, every row printed once, and the closing count after the
    last row."""
    sv, w = crowd
    data = sv.papers.attendance_sheet(w.held, options=PaperOptions(page)).data
    assert problems(data) == []
    assert fonts_not_embedded(data) == []
    pages = pages_of(data)
    numbers = [word.text for p in pages for word in p.words if word.x0 < 100]
    assert [n for n in numbers if n in ("1", "2.500", "5.000")] == ["1", "2.500", "5.000"]
    last = " ".join(word.text for word in pages[-1].words)
    assert "Presentes con derecho a voto: 5.000." in last
