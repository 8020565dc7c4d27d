"""Benchmark: 77 pages of ballots (462 ballots) sent to a PDF printer from the printing thread,
while a 10 ms timer on the GUI thread measures how long the window goes without answering.

Run: QT_QPA_PLATFORM=offscreen python benchmarks/print_pages.py [--gray]
(goals, issue 17: no gap between the timer's ticks over 50 ms; peak memory under 400 MB).
Before: 460 ballots froze the window 336 s and used about 3 GB; then, printed page by page,
the 100 ms timer this benchmark used saw gaps of 116-206 ms.
"""

from __future__ import annotations

import os
import resource
import sys
import tempfile
import time
from itertools import pairwise
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pypdfium2 as pdfium
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from app.consultation.model import BallotRun
from app.domain.enums import BallotStyle
from app.printing import ballots

from benchmarks.ballots import CANDIDATES, CONSULTATION, TABLE
from ui.print_job import PrintThread

BALLOTS = 462  # six to a page: 77 pages
TICK_MS = 10


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    run = BallotRun(CONSULTATION, TABLE, CANDIDATES, BallotStyle.NUMBER, 1, BALLOTS)
    pdf = ballots.ballots_pdf(run)
    pages = len(pdfium.PdfDocument(pdf))
    out = Path(tempfile.mkdtemp()) / "impreso.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    if "--gray" in sys.argv:
        printer.setColorMode(QPrinter.ColorMode.GrayScale)
    before = rss_mb()

    ticks: list[float] = []
    peak = [before]

    def tick() -> None:
        ticks.append(time.perf_counter())
        peak[0] = max(peak[0], rss_mb())

    timer = QTimer()
    timer.setInterval(TICK_MS)
    timer.timeout.connect(tick)
    loop = QEventLoop()
    thread = PrintThread(printer, pdf)
    result: list[object] = []
    thread.finished_printing.connect(lambda sent, error: (result.extend((sent, error)),
                                                          loop.quit()))
    start = time.perf_counter()
    ticks.append(start)
    timer.start()
    thread.start()
    loop.exec()
    thread.wait()
    elapsed = time.perf_counter() - start
    timer.stop()
    gaps = sorted(b - a for a, b in pairwise(ticks))
    longest = gaps[-1] * 1000 if gaps else elapsed * 1000
    p99 = gaps[int(len(gaps) * 0.99)] * 1000 if gaps else longest
    over = sum(g > 0.05 for g in gaps)
    max_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    printed = len(pdfium.PdfDocument(out.read_bytes()))
    print(f"{pages} pages of ballots ({BALLOTS} ballots) to a PDF printer: {elapsed:.1f} s, "
          f"{printed} pages written, error: {result[1]}")
    print(f"  event loop: {len(ticks) - 1} ticks of {TICK_MS} ms, longest gap {longest:.0f} ms, "
          f"p99 {p99:.0f} ms, {over} gaps over 50 ms (goal: none; load "
          f"{os.getloadavg()[0]:.1f})")
    print(f"  memory: {before:.0f} MB before printing, peak {peak[0]:.0f} MB while printing, "
          f"process peak {max_rss:.0f} MB (goal < 400 MB)")
    del app


if __name__ == "__main__":
    main()
