"""Issue 10, points 8 and 10: the voter register's fingerprint boxes are at least 20 × 25 mm
and its blank lines are numbered."""

from __future__ import annotations

import pytest
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from app.container import Services
from app.printing.voter_register import voter_register_pdf

from tests.consultation.conftest import Small
from tests.pdf import pdf_text


@pytest.mark.parametrize("page", ["letter", "a4"])
def test_fingerprint_boxes_are_at_least_20_by_25_mm(services: Services, small: Small,
                                                    page: str,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    register = services.voting_tables.register(small.consultation_id, "1")
    boxes: list[tuple[float, float]] = []
    original = Canvas.rect

    def record(self: Canvas, x: float, y: float, width: float, height: float,
               *args: object, **kwargs: object) -> None:
        boxes.append((width, height))
        original(self, x, y, width, height, *args, **kwargs)

    monkeypatch.setattr(Canvas, "rect", record)
    voter_register_pdf(register, page, blank_lines=5)
    # The grey heading band is a rect too; the fingerprint boxes are the stroked squares.
    finger = [(w, h) for w, h in boxes if h > 10 * mm]
    assert len(finger) >= len(register.voters) + 5
    assert all(w >= 20 * mm - 0.01 and h >= 25 * mm - 0.01 for w, h in finger)


def test_blank_lines_are_numbered(services: Services, small: Small) -> None:
    register = services.voting_tables.register(small.consultation_id, "1")
    listed = len(register.voters)
    text = pdf_text(voter_register_pdf(register, blank_lines=3))
    lines = [line.strip() for line in text.splitlines()]
    for number in range(listed + 1, listed + 4):
        assert str(number) in lines, number


def test_the_register_opens_and_closes_with_every_signer(services: Services,
                                                         small: Small) -> None:
    register = services.voting_tables.register(small.consultation_id, "1")
    text = " ".join(pdf_text(voter_register_pdf(register, blank_lines=3)).split())
    assert f"se abre este cuaderno con {len(register.voters)} electores inscritos" in text
    assert "se cierra este cuaderno" in text
    # President, secretary and a witness at least, each with a C.I. line.
    assert text.count("C.I.:") >= 3


def test_the_register_and_the_guide_name_the_commune(services: Services, small: Small) -> None:
    cid = small.consultation_id
    org = services.consultations.organization(cid)
    register = " ".join(pdf_text(services.papers.voter_register(cid, "1").data).split())
    assert org.name in register
    guide = " ".join(pdf_text(services.papers.project_guide(cid).data).split())
    assert org.name in guide
