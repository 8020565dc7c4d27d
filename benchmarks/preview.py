"""Benchmark: the preview of a 1,000-page PDF (see main)."""

from __future__ import annotations

import sys
from io import BytesIO
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen.canvas import Canvas

NAMES = ("María José", "Pérez Rodríguez", "Carlos Eduardo", "Gómez Salazar", "Ana Lucía",
         "Hernández Blanco", "José Gregorio", "Martínez Rivas")
ROWS = 45


def register_pdf(pages: int) -> bytes:
    """A voter register's shape: a title and 45 numbered rows of names and boxes a page."""
    buffer = BytesIO()
    c = Canvas(buffer, pagesize=letter, pageCompression=1)
    _, height = letter
    row = 0
    for page in range(pages):
        c.setFont("Helvetica-Bold", 13)
        c.drawString(50, height - 50, f"Cuaderno de votación · Mesa 1 · página {page + 1} "
                                      f"de {pages}")
        c.setFont("Helvetica", 9)
        for line in range(ROWS):
            row += 1
            y = height - 80 - line * 15
            c.drawString(50, y, f"{row:>6}")
            c.drawString(95, y, f"V-{10_000_000 + row * 37:,}".replace(",", "."))
            c.drawString(170, y, f"{NAMES[row * 3 % 8]} {NAMES[(row * 5 + 1) % 8]}")
            c.rect(430, y - 3, 120, 12)
        c.showPage()
    c.save()
    return buffer.getvalue()
