"""The four papers render, say what they must, and the acta's QR reads back to its seal."""

from __future__ import annotations

import pypdfium2 as pdfium

from app.assembly.minutes_content import parse_qr
from app.container import Services
from app.domain.enums import AssemblyStatus
from app.printing.attendance_sheet import attendance_sheet_pdf
from app.printing.codes import read_codes
from app.printing.convocation import convocation_pdf
from app.printing.minutes import minutes_pdf
from app.printing.priorities import priorities_pdf

from tests.pdf import page_count, pdf_text


def test_minutes_pdf_states_the_record_and_its_qr_reads_back(demo_services: Services,
                                                             held: str) -> None:
    sv = demo_services
    paper = sv.minutes.paper(held)
    assert paper.approved
    pdf = minutes_pdf(paper)
    text = pdf_text(pdf)
    for expected in ("ACTA DE ASAMBLEA DE CIUDADANOS Y CIUDADANAS", "ORDEN DEL DÍA",
                     "DESARROLLO DE LA ASAMBLEA", "PROBLEMAS PLANTEADOS Y SU PRIORIZACIÓN",
                     "Falta de alumbrado público en la Vereda 5", "Borda",
                     "Secretaría de la asamblea", "Comité de Agua", paper.code,
                     f"Asistieron {paper.content.attendance.present} habitantes"):
        assert expected in text, expected
    # The QR on the last page carries the assembly and the seal: a photocopy can be checked.
    document = pdfium.PdfDocument(pdf)
    try:
        image = document[len(document) - 1].render(scale=3).to_pil()
    finally:
        document.close()
    codes = [parse_qr(c) for c in read_codes(image)]
    assert (held, paper.content_hash) in codes
    assert sv.minutes.verify(held, paper.code).ok


def test_draft_minutes_say_draft(demo_services: Services) -> None:
    held_not_approved = next(a for a in demo_services.assemblies.list_all()
                             if a.status is AssemblyStatus.CONVENED)
    text = pdf_text(minutes_pdf(demo_services.minutes.paper(held_not_approved.id)))
    assert "BORRADOR" in text
    assert "Código de verificación" not in text


def test_convocation_attendance_and_priorities(demo_services: Services, held: str) -> None:
    sv = demo_services
    convocation = pdf_text(convocation_pdf(sv.assemblies.convocation_paper(held)))
    assert "CONVOCATORIA" in convocation
    assert "Cancha techada de La Ceiba" in convocation
    assert "Orden del día" in convocation
    assert "Priorización de problemas" in convocation
    assert "sábado 12 de septiembre de 2026".capitalize() in convocation

    paper = sv.assemblies.attendance_paper(held, blank_rows=10)
    sheet = attendance_sheet_pdf(paper, "a4")
    text = pdf_text(sheet)
    assert "Firma" in text
    assert paper.attendees[0].name in text
    assert f"{len(paper.attendees) + 10}" in text  # numbered blank rows for walk-ins

    ranked = pdf_text(priorities_pdf(sv.problems.priorities_paper(held)))
    assert "PRIORIZACIÓN DE PROBLEMAS" in ranked
    assert "Resultado definitivo" in ranked


def test_acta_for_500_attendees_prints(services: Services) -> None:
    """Large attendance changes counts, not length: the acta stays a few pages."""
    from benchmarks.assembly import build_big_assembly

    assembly_id = build_big_assembly(services, attendees=500, residents=2000)
    pdf = minutes_pdf(services.minutes.paper(assembly_id))
    assert page_count(pdf) <= 3
    assert "Asistieron 500 habitantes" in pdf_text(pdf)
