"""The project guide and the tally sheet: what they show, and the sheet's QR names its table."""

from __future__ import annotations

import pypdfium2 as pdfium

from app.consultation.serials import parse_sheet
from app.container import Services
from app.domain.enums import TableRole
from app.printing.codes import read_codes
from app.printing.project_guide import project_guide_pdf
from app.printing.tally_sheet import tally_sheet_pdf

from tests.consultation.conftest import Small


def test_project_guide_lists_every_number_and_title(services: Services, small: Small) -> None:
    consultation = services.consultations.get(small.consultation_id)
    candidates = services.consultations.candidates(small.consultation_id)
    page = pdfium.PdfDocument(project_guide_pdf(consultation, candidates))[0]
    text = page.get_textpage().get_text_range()
    assert "GUÍA DE PROYECTOS" in text
    for nomination in candidates:
        assert nomination.title in text
    assert "NÚMERO" in text


def test_tally_sheet_is_prefilled_and_its_code_names_the_table(services: Services,
                                                               small: Small) -> None:
    services.voting_tables.add_member(small.tables[1], "Rosa Díaz", TableRole.PRESIDENT,
                                      "V-12345678")
    consultation = services.consultations.get(small.consultation_id)
    candidates = services.consultations.candidates(small.consultation_id)
    table = services.voting_tables.table(small.consultation_id, "2")
    page = pdfium.PdfDocument(tally_sheet_pdf(consultation, table, candidates))[0]
    text = page.get_textpage().get_text_range()
    for expected in ("ACTA DE ESCRUTINIO", "Casa Comunal Dos", "Tubería de agua", "Votos nulos",
                     "Boletas halladas en la urna", "Rosa Díaz", "Presidente(a)", "Testigo"):
        assert expected in text
    codes = read_codes(page.render(scale=150 / 72).to_pil())
    assert [parse_sheet(c) for c in codes] == [small.tables[1]]

