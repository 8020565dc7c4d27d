"""The shared paper frame: Spanish glyphs embedded, numbered pages, QR codes that decode."""

from __future__ import annotations

import pypdfium2 as pdfium
from reportlab.platypus import Paragraph, Spacer

from app.printing.codes import read_codes
from app.printing.document import build_pdf, styles

from tests.pdf import page_texts


def test_spanish_text_survives_and_pages_are_numbered() -> None:
    st = styles()
    story = [Paragraph("¿Quién firmó el acta? ¡Señora Núñez, vocera de Educación!", st.body)]
    story += [Spacer(1, 200) for _ in range(8)]
    data = build_pdf(story, page="a4", header_left="Comuna El Güire")
    pages = page_texts(data)
    assert len(pages) > 1
    assert "¿Quién firmó el acta? ¡Señora Núñez" in pages[0]
    assert "Comuna El Güire" in pages[0]
    assert f"Página 1 de {len(pages)}" in pages[0]
    assert f"Página {len(pages)} de {len(pages)}" in pages[-1]


def test_a_printed_qr_decodes_from_a_150_dpi_render() -> None:
    import io

    from reportlab.lib.pagesizes import LETTER
    from reportlab.pdfgen.canvas import Canvas

    from app.printing.codes import draw_qr

    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=LETTER)
    draw_qr(canvas, "ASAMBLEA|acta|3f9a1c", 72, 500, 90)
    canvas.save()
    doc = pdfium.PdfDocument(buffer.getvalue())
    image = doc[0].render(scale=150 / 72).to_pil()
    doc.close()
    assert read_codes(image) == ["ASAMBLEA|acta|3f9a1c"]
