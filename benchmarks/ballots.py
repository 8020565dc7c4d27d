"""Benchmark: 10,000 ballots with stubs, serials and QR codes against a bare ReportLab loop
that draws the same text and boxes without codes, in the same run; and a 10,000-voter
register.

Run: python benchmarks/ballots.py   (goals: ballots < 5 s, <= 1.5x the bare loop,
< 2 KB of PDF per ballot; register < 3 s)
"""

from __future__ import annotations

import sys
import time
from datetime import date
from io import BytesIO
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from app.consultation.model import BallotRun, Voter, VoterRegister, VotingTable
from app.domain.consultation import Consultation, Nomination
from app.domain.enums import (
    BallotStyle,
    ConsultationStatus,
    Currency,
    FundingRule,
    TieRule,
)
from app.printing import ballots
from app.printing.fast_canvas import binary_streams
from app.printing.fonts import register_fonts
from app.printing.voter_register import voter_register_pdf

COUNT = 10_000
CONSULTATION = Consultation(
    "019a1b2c-3d4e-7f60-8182-93a4b5c6d7e8", "019a1b2c-3d4e-7f60-8182-93a4b5c6d7e0",
    "Primera Consulta Popular 2026", date(2026, 12, 6), 7, FundingRule.MOST_VOTED, 1, None,
    Currency.USD, TieRule.SECOND_VOTE, ConsultationStatus.READY)
TABLE = VotingTable("019a1b2c-3d4e-7f60-8182-93a4b5c6d7e9", "c", "Escuela Básica Cañaveral",
                    1, None, COUNT)
CANDIDATES = tuple(Nomination(f"n{i}", CONSULTATION.id, f"p{i}", i, title) for i, title in
                   enumerate(("Sustitución de tubería de aguas blancas",
                              "Alumbrado público con luminarias LED",
                              "Construcción de muro de contención"), start=1))


def bare_loop(count: int) -> bytes:
    """The same text and boxes drawn afresh for every ballot: no forms, no codes."""
    regular, bold = register_fonts()
    layout = ballots._Layout("letter")
    buffer = BytesIO()
    c = Canvas(buffer, pagesize=(layout.width, layout.height), pageCompression=1)
    for index in range(count):
        if index and index % 6 == 0:
            c.showPage()
        ox, oy = layout.origin(index)
        c.saveState()
        c.translate(ox, oy)
        h = layout.cell_h
        c.setDash(2, 2)
        c.line(ballots.STUB_WIDTH, 3 * mm, ballots.STUB_WIDTH, h - 3 * mm)
        c.setDash()
        for x, y in ((0, 0), (layout.cell_w, 0), (0, h), (layout.cell_w, h)):
            c.line(x - 4, y, x + 4, y)
            c.line(x, y - 4, x, y + 4)
        c.setFont(bold, 10)
        c.drawCentredString(40, h - 20, "TALÓN")
        c.setFont(regular, 6)
        c.drawCentredString(40, h - 28, "Queda en el cuadernillo")
        c.setFont(regular, 6.5)
        c.drawString(10, h - 40, "Primera Consulta")
        c.drawString(10, h - 48, "Popular 2026")
        c.drawString(10, h - 58, "Escuela Básica")
        c.drawString(10, h - 66, "Cañaveral")
        c.setFont(bold, 10)
        c.drawString(10, h - 80, "Mesa 1")
        c.setFont(regular, 6.5)
        c.drawString(10, h - 92, "N.º de serie")
        c.setFont(bold, 15)
        c.drawCentredString(40, 110, f"{index + 1:06d}")
        c.setFont(bold, 7)
        c.drawCentredString(180, h - 20, "CONSULTA POPULAR · BOLETA")
        c.setFont(bold, 9.5)
        c.drawCentredString(180, h - 32, "Primera Consulta")
        c.drawCentredString(180, h - 44, "Popular 2026")
        c.setFont(regular, 7)
        c.drawCentredString(180, h - 54, "06/12/2026")
        c.setFont(regular, 8)
        c.drawCentredString(165, h - 70, "Escriba en el recuadro el NÚMERO del")
        c.drawCentredString(165, h - 80, "proyecto de su preferencia, según la guía")
        c.drawCentredString(165, h - 90, "de proyectos.")
        c.setLineWidth(1.6)
        c.rect(105, 60, 42 * mm, 30 * mm)
        c.setLineWidth(1)
        c.setFont(regular, 7)
        c.drawCentredString(165, 50, "Número del proyecto")
        c.setFont(regular, 6.5)
        c.drawCentredString(165, 40, "Vote por UN solo proyecto. Doble la boleta y")
        c.drawCentredString(165, 32, "deposítela en la urna.")
        c.setFont(regular, 5.5)
        c.drawCentredString(165, 10, "Código de autenticidad ABCD-EFGH")
        c.restoreState()
    c.showPage()
    with binary_streams():  # the same stream setting as the real ballots
        c.save()
    return buffer.getvalue()


def timed(label: str, job: object) -> tuple[float, bytes]:
    start = time.perf_counter()
    data = job()  # type: ignore[operator]
    elapsed = time.perf_counter() - start
    print(f"{label}: {elapsed:.2f} s, {len(data) / 1024:.0f} KB")
    return elapsed, data


def main() -> None:
    register_fonts()
    bare_s, _bare = timed(f"bare ReportLab loop, {COUNT:,} ballots, no codes",
                          lambda: bare_loop(COUNT))
    run = BallotRun(CONSULTATION, TABLE, CANDIDATES, BallotStyle.NUMBER, 1, COUNT)
    real_s, data = timed(f"Asamblea ballots, {COUNT:,} with stubs, serials and QR",
                         lambda: ballots.ballots_pdf(run))
    per_ballot = len(data) / COUNT
    print(f"  ratio to the bare loop: {real_s / bare_s:.2f}x (goal <= 1.5x); "
          f"{per_ballot:.0f} bytes per ballot (goal < 2048); under 5 s: {real_s < 5}")
    voters = tuple(Voter(f"r{i}", f"V-{10_000_000 + i}", f"Pérez González {i % 997}",
                         f"María José {i}", "c", None, date(1980, 1, 1)) for i in range(COUNT))
    register = VoterRegister(CONSULTATION, TABLE, voters, 15)
    register_s, _data = timed(f"voter register, {COUNT:,} voters",
                              lambda: voter_register_pdf(register))
    print(f"  register under 3 s: {register_s < 3}")


if __name__ == "__main__":
    main()
