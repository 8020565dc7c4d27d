"""Issue 10 (note s19): sealing an acta counts the attendance sheet's folios from the sheet's
page plan, without drawing it; the count equals the drawn sheet's pages for 0 and 1 attendee,
a page filled exactly, one row more (the closing takes it along), and 5,000 attendees with
60-character names, in Letter and A4, for a council's and a commune's assembly."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime

import pytest

from app.assembly.model import AttendancePaper, Attendee
from app.container import Services
from app.domain.enums import AssemblyKind
from app.printing import attendance_sheet
from app.printing.attendance_sheet import attendance_folios, attendance_sheet_pdf
from app.printing.pages import page_count

from tests.conftest import Place
from tests.pdf import page_texts

LONG = "Hernández de la Santísima Trinidad, María de los Ángeles {n}"


def _paper(sv: Services, org_id: str, council_id: str, attendees: int,
           blank_rows: int = 0) -> AttendancePaper:
    aid = sv.assemblies.create(org_id, AssemblyKind.ORDINARY, datetime(2026, 12, 5, 16, 0),
                               "Casa comunal del sector " * 4, ["Informe"]).id
    paper = sv.assemblies.attendance_paper(aid, blank_rows)
    people = tuple(Attendee(f"r{n}", (LONG if n % 3 else "Pérez, Ana {n}").format(n=n),
                            f"V-{10_000_000 + n}", council_id, n % 17 == 0,
                            datetime(2026, 12, 5, 20, 0, tzinfo=UTC))
                   for n in range(attendees))
    return dataclasses.replace(paper, attendees=people)


def _one_page_exactly(paper: AttendancePaper, page: str) -> int:
    """The most attendees the first page holds with the closing count below them."""
    n = 1
    while attendance_folios(dataclasses.replace(paper, attendees=paper.attendees[:n + 1]),
                            page) == 1:
        n += 1
    return n


@pytest.mark.parametrize("page", ["letter", "a4"])
@pytest.mark.parametrize("commune", [False, True])
def test_the_folio_count_is_the_drawn_sheets_pages(services: Services, place: Place,
                                                   page: str, commune: bool) -> None:
    org = place.commune_id if commune else place.council_id
    many = _paper(services, org, place.council_id, 5_000)
    full = _one_page_exactly(many, page)
    for count, blank in ((0, 0), (0, 15), (1, 0), (full, 0), (full + 1, 0), (full - 1, 2),
                         (2 * full + 1, 15)):
        paper = dataclasses.replace(many, attendees=many.attendees[:count], blank_rows=blank)
        drawn = attendance_sheet_pdf(paper, page)
        assert attendance_folios(paper, page) == page_count(drawn), (count, blank)
        assert "Presentes con derecho a voto" in page_texts(drawn)[-1]
    assert attendance_folios(dataclasses.replace(many, attendees=many.attendees[:full]),
                             page) == 1
    assert attendance_folios(dataclasses.replace(many, attendees=many.attendees[:full + 1]),
                             page) == 2
    drawn_pages = page_count(attendance_sheet_pdf(many, page))
    # Counting must not draw (drawing 5,000 rows took about 15 s at sealing): with the PDF
    # builder taken away, the count still comes out.
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(attendance_sheet, "build_pdf", _refuse_to_draw)
        assert attendance_folios(many, page) == drawn_pages


def _refuse_to_draw(*_args: object, **_kwargs: object) -> bytes:
    raise AssertionError("the folio count drew the sheet")

