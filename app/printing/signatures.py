"""Signature lines, two to a row: a line to sign on, the name, and the role under it."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Table, TableStyle

from app.i18n import _
from app.printing.assembly_words import esc
from app.printing.document import styles


def signature_grid(signers: Sequence[tuple[str, str]], width: float) -> Table:
    """`signers` are (name, role); a blank name leaves room to write it by hand."""
    st = styles()
    cells = []
    for name, role in signers:
        written = esc(name) if name else _("Nombre: ____________________")
        cells.append([Paragraph("_" * 34, st.cell),
                      Paragraph(written, st.cell),
                      Paragraph(esc(role) + "<br/>" + _("C.I.: ______________"), st.small)])
    rows = []
    for i in range(0, len(cells), 2):
        pair = cells[i:i + 2]
        if len(pair) == 1:
            pair.append([Paragraph("", st.cell)] * 3)
        rows.append([pair[0], pair[1]])
    flat = [[Table([[c] for c in left], colWidths=[width / 2 - 6 * mm]),
             Table([[c] for c in right], colWidths=[width / 2 - 6 * mm])]
            for left, right in rows]
    grid = Table(flat, colWidths=[width / 2, width / 2])
    grid.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("TOPPADDING", (0, 0), (-1, -1), 14)]))
    return grid
