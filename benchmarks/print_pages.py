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
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pypdfium2 as pdfium
from PySide6.QtCore import QEventLoop
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from app.consultation.model import BallotRun
from app.domain.enums import BallotStyle
from app.printing import ballots

from benchmarks.ballots import CANDIDATES, CONSULTATION, TABLE
from benchmarks.preview import TICK_MS, Watch, idle_gaps, rss_mb
from ui.print_job import PrintThread

BALLOTS = 462  # six to a page: 77 pages


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
    idle = idle_gaps()
    before = rss_mb()
    watch = Watch()
    loop = QEventLoop()
    thread = PrintThread(printer, pdf)
    result: list[object] = []
    thread.finished_printing.connect(lambda sent, error: (result.extend((sent, error)),
                                                          loop.quit()))
    start = time.perf_counter()
    watch.start()
    thread.start()
    loop.exec()
    thread.wait()
    elapsed = time.perf_counter() - start
    gaps = watch.stop()
    max_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    printed = len(pdfium.PdfDocument(out.read_bytes()))
    print(f"{pages} pages of ballots ({BALLOTS} ballots) to a PDF printer: {elapsed:.1f} s, "
          f"{printed} pages written, error: {result[1]}; load {os.getloadavg()[0]:.1f}")
    print(f"  event loop: {gaps['ticks']} ticks of {TICK_MS} ms, longest gap "
          f"{gaps['longest_gap_ms']:.0f} ms, p99 {gaps['p99_gap_ms']:.0f} ms, "
          f"{gaps['gaps_over_50ms']} gaps over 50 ms (goal: none); with nothing running, "
          f"longest {idle['longest_gap_ms']:.0f} ms, p99 {idle['p99_gap_ms']:.0f} ms")
    print(f"  memory: {before:.0f} MB before printing, peak {gaps['peak_mb']:.0f} MB while "
          f"printing, process peak {max_rss:.0f} MB (goal < 400 MB)")
    del app


if __name__ == "__main__":
    main()
