"""Benchmark: the preview of a 1,000-page PDF, beside a bare render-one-page floor.

    QT_QPA_PLATFORM=offscreen python benchmarks/preview.py [--pages 1000] [--rounds 3]

The parent writes a voter register's shape (45 rows a page) to a temporary PDF, then runs two
children in turn, each a fresh process:
- floor: a QApplication, the PDF opened with PDFium and its first page rendered to a QImage at
  the preview's width (what any preview must at least hold);
- preview: PdfPreviewDialog opened offscreen at 900x700 on the same PDF, scrolled from the first
  page to the last one viewport at a time (each step waits until the pages in view are drawn,
  as a reader would), closed; three times, then once more over its first 150 viewports
  while the dialog prints it.
A 10 ms timer on the GUI thread samples the resident memory (VmRSS) and notes how long the
event loop went without answering; a bare process beside it with the same timer (Probe) shows
what the machine's load alone costs at the same moments. Goals (issue 17): peak under 300 MB,
no gap over 50 ms, memory after each close back near where it started.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from io import BytesIO
from itertools import pairwise
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

NAMES = ("María José", "Pérez Rodríguez", "Carlos Eduardo", "Gómez Salazar", "Ana Lucía",
         "Hernández Blanco", "José Gregorio", "Martínez Rivas")
ROWS = 45
TICK_MS = 10
SIZE = (900, 700)
PRINTING_STEPS = 150  # while printing, each page in view waits for the printer's page


def register_pdf(pages: int) -> bytes:
    """A voter register's shape: a title and 45 numbered rows of names and boxes a page."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen.canvas import Canvas

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


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


class Watch:
    """A 10 ms timer on the GUI thread: the longest wait between its ticks, and the peak
    resident memory seen at them."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.ticks: list[float] = []
        self.peak = 0.0
        self._timer = QTimer()
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        self.ticks.append(time.perf_counter())
        self.peak = max(self.peak, rss_mb())

    def start(self) -> None:
        self.ticks, self.peak = [time.perf_counter()], rss_mb()
        self._timer.start()

    def stop(self, first_s: float = 1.0) -> dict[str, float]:
        """The figures, and the longest gap in the first `first_s` seconds (a print's
        start: the printer opened, the first page drawn)."""
        self._timer.stop()
        self._tick()
        spans = list(pairwise(self.ticks))
        gaps = sorted(b - a for a, b in spans)
        start = [b - a for a, b in spans if a - self.ticks[0] < first_s]
        return {"peak_mb": self.peak, "longest_gap_ms": gaps[-1] * 1000,
                "p99_gap_ms": gaps[int(len(gaps) * 0.99)] * 1000,
                "gaps_over_50ms": sum(g > 0.05 for g in gaps), "ticks": len(gaps),
                "start_longest_ms": max(start, default=0.0) * 1000}


def wait_until(condition: Callable[[], bool], timeout_s: float = 60.0) -> None:
    """Run the event loop (not a busy wait: the worker needs Python's lock) until true."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(2)
    poll.timeout.connect(lambda: loop.quit() if condition() else None)
    deadline = time.perf_counter() + timeout_s
    poll.start()
    while not condition():
        if time.perf_counter() > deadline:
            raise TimeoutError("the preview did not settle")
        loop.exec()
    poll.stop()


def child_floor(pdf_path: str) -> dict[str, Any]:
    import pypdfium2 as pdfium
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    before = rss_mb()
    document = pdfium.PdfDocument(Path(pdf_path).read_bytes())
    page = document[0]
    width_pt, _ = page.get_size()
    bitmap = page.render(scale=765 / width_pt, rev_byteorder=True)  # 90 dpi on Letter
    formats = {1: QImage.Format.Format_Grayscale8, 3: QImage.Format.Format_RGB888}
    image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                   formats.get(bitmap.n_channels, QImage.Format.Format_RGBX8888)).copy()
    result = {"before_mb": before, "rss_mb": rss_mb(), "image": [image.width(), image.height()]}
    bitmap.close()
    page.close()
    document.close()
    del app
    return result


class Probe:
    """A bare process beside the benchmark, with the same 10 ms timer and nothing else: the
    gaps it sees at the same moments are the machine's load alone (the benchmark's own
    threads and processes included), so what the benchmark sees beyond them is its own."""

    def start(self) -> None:
        self._process = subprocess.Popen([sys.executable, __file__, "--child", "probe"],
                                         stdout=subprocess.PIPE, text=True)
        assert self._process.stdout is not None
        self._process.stdout.readline()  # its timer runs

    def stop(self) -> dict[str, float]:
        self._process.send_signal(signal.SIGTERM)
        out, _ = self._process.communicate()
        return json.loads(out.strip().splitlines()[-1])  # type: ignore[no-any-return]


def child_probe() -> dict[str, float]:
    from PySide6.QtCore import QCoreApplication, QTimer

    app = QCoreApplication(sys.argv[:1])
    signal.signal(signal.SIGTERM, lambda *_: app.quit())  # run between two ticks
    watch = Watch()
    watch.start()
    QTimer.singleShot(0, lambda: print("ticking", flush=True))
    app.exec()
    return watch.stop()


def idle_gaps(seconds: float = 2.0) -> dict[str, float]:
    """The 10 ms timer with nothing else running: what the machine's load alone costs."""
    from PySide6.QtCore import QEventLoop, QTimer

    watch = Watch()
    loop = QEventLoop()
    QTimer.singleShot(round(seconds * 1000), loop.quit)
    watch.start()
    loop.exec()
    return watch.stop()


def child_preview(pdf_path: str, rounds: int) -> dict[str, Any]:
    from typing import cast

    from PySide6.QtWidgets import QApplication, QScrollArea

    from app.container import WindowServices

    from ui.context import UiContext
    from ui.pdf_pages import PdfPages
    from ui.tasks import TaskRunner
    from ui.warm_up import PREVIEW_MODULES

    app = QApplication(sys.argv[:1])
    # PySide builds some Qt types' Python enums the first time a widget is handed back to
    # Python (35-60 ms, once a process). The window's lists pay it long before any preview
    # (ui/widgets.fit_columns reads a viewport); a bare process here pays it now, untimed.
    QScrollArea().viewport()
    # The window imports the preview's and the print's modules on its warm-up thread a
    # second after it shows (ui/warm_up.py), long before a person prints: so here, untimed.
    for name in PREVIEW_MODULES:
        importlib.import_module(name)
    ui = UiContext(cast(WindowServices, object()), TaskRunner())  # the paper reads no database
    rendered = [0]
    render = PdfPages.render

    def counted(self: PdfPages, index: int, width_px: int) -> Any:
        rendered[0] += 1
        return render(self, index, width_px)

    PdfPages.render = counted  # type: ignore[method-assign]
    data = Path(pdf_path).read_bytes()
    result: dict[str, Any] = {"before_mb": rss_mb(), "idle": idle_gaps(), "rounds": []}
    for number in range(rounds + 1):
        rendered[0] = 0
        figures = one_round(ui, data, printing=number == rounds)
        figures["rendered"] = rendered[0]
        gc.collect()  # the benchmark's own full collection: outside the timed gaps
        figures["after_close_mb"] = rss_mb()
        result["rounds"].append(figures)
    ui.runner.shutdown()
    del app
    return result


def one_round(ui: Any, data: bytes, printing: bool = False) -> dict[str, Any]:
    """Open the preview, scroll it to the last page a viewport at a time, close it. With
    `printing`, the dialog prints to a PDF file meanwhile and the scroll stops after
    PRINTING_STEPS (closing cancels the print): PDFium serves both threads, one call at a
    time."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtPrintSupport import QPrinter

    from app.printing.paper import paper

    from ui.pdf_preview import PdfPreviewDialog

    watch = Watch()
    probe = Probe()
    probe.start()
    start = time.perf_counter()
    watch.start()
    dialog = PdfPreviewDialog(ui, "Cuaderno", lambda: paper(data, "cuaderno"))
    dialog.resize(*SIZE)
    dialog.show()
    wait_until(dialog.print_button.isEnabled)
    view = dialog.view
    bar = view.verticalScrollBar()
    steps = 0
    if printing:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(Path(tempfile.mkdtemp()) / "impreso.pdf"))
        dialog.start_printing(printer)
    while True:
        wait_until(lambda: ui.runner.pending == 0 and view.wanted_page() is None)
        if bar.value() >= bar.maximum() or (printing and steps == PRINTING_STEPS):
            break
        bar.setValue(bar.value() + bar.pageStep())
        steps += 1
    figures: dict[str, Any] = {"steps": steps, "pages": view.page_count,
                               "held_at_end": view.cached, "printing": printing}
    dialog.close()
    ui.runner.wait_idle()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()
    figures.update(watch.stop(), seconds=time.perf_counter() - start, beside=probe.stop())
    return figures


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--child", choices=("floor", "preview", "probe"))
    parser.add_argument("--pdf")
    args = parser.parse_args()
    if args.child == "floor":
        print(json.dumps(child_floor(args.pdf)))
        return
    if args.child == "preview":
        print(json.dumps(child_preview(args.pdf, args.rounds)))
        return
    if args.child == "probe":
        print(json.dumps(child_probe()))
        return

    pdf = Path(tempfile.mkdtemp()) / "cuaderno.pdf"
    made = time.perf_counter()
    pdf.write_bytes(register_pdf(args.pages))
    print(f"{args.pages} pages ({pdf.stat().st_size / 1e6:.1f} MB of PDF) written in "
          f"{time.perf_counter() - made:.1f} s; load {os.getloadavg()[0]:.1f}")

    def child(*extra: str) -> dict[str, Any]:
        out = subprocess.run([sys.executable, __file__, "--pdf", str(pdf), *extra],
                             capture_output=True, text=True, check=True)
        return json.loads(out.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]

    floor = child("--child", "floor")
    print(f"floor (QApplication, PDFium, page 1 rendered at {floor['image'][0]}x"
          f"{floor['image'][1]}): {floor['rss_mb']:.0f} MB "
          f"({floor['before_mb']:.0f} MB with the bare QApplication)")
    preview = child("--child", "preview", "--rounds", str(args.rounds))
    idle = preview["idle"]
    print(f"preview process before the first dialog: {preview['before_mb']:.0f} MB; the "
          f"{TICK_MS} ms timer with nothing running: longest gap {idle['longest_gap_ms']:.0f} "
          f"ms, p99 {idle['p99_gap_ms']:.0f} ms (the machine's load alone)")
    for number, r in enumerate(preview["rounds"], start=1):
        what = "while printing it (cancelled at the end)" if r["printing"] else ""
        print(f"  round {number} {what}: {r['pages']} pages, {r['steps']} scroll steps in "
              f"{r['seconds']:.1f} s, {r['rendered']} pages rendered, images held at the "
              f"end {r['held_at_end']}")
        print(f"    peak {r['peak_mb']:.0f} MB ({r['peak_mb'] / floor['rss_mb']:.2f}x the "
              f"floor; goal < 300 MB), after close {r['after_close_mb']:.0f} MB")
        print(f"    {TICK_MS} ms timer: longest gap {r['longest_gap_ms']:.0f} ms (in the "
              f"first second, the opening: {r['start_longest_ms']:.0f} ms), p99 "
              f"{r['p99_gap_ms']:.0f} ms, {r['gaps_over_50ms']} gaps over 50 ms of "
              f"{r['ticks']} (goal: none); meanwhile a bare process with the same timer: "
              f"longest {r['beside']['longest_gap_ms']:.0f} ms, "
              f"{r['beside']['gaps_over_50ms']} gaps over 50 ms")


if __name__ == "__main__":
    main()
