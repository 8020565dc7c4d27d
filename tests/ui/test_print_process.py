"""A print runs in a process of its own (issue 17: no window stall while printing). The
window's process opens no printer and draws no page, so Qt's calls, which keep Python's lock,
never hold up the window; the printed pages are what the dialog chose, cancel still works,
and a printer that refuses is told to the person."""

from __future__ import annotations

import pickle
import threading
from pathlib import Path
from typing import Any, cast

import pypdfium2 as pdfium
import pytest
from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter

from app.container import WindowServices
from app.printing.paper import paper

import ui.print_job as print_job
from benchmarks.preview import register_pdf
from ui.context import UiContext
from ui.pdf_preview import PdfPreviewDialog
from ui.print_job import PrintCancelled, PrintFailed, PrintThread
from ui.printer_settings import PrinterSettings
from ui.tasks import TaskRunner


def _pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setColorMode(QPrinter.ColorMode.GrayScale)
    return printer


def _print(qtbot, thread: PrintThread) -> list[Any]:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(thread.finished_printing, timeout=120_000) as finished:
        thread.start()
    thread.wait()
    return list(finished.args)


def test_the_windows_process_opens_no_printer_and_draws_no_page(
        qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Test doubles in this process record every page drawn and every painter opened on a
    printer here: none, while the file gets every page (drawn in the print's process)."""
    drawn: list[object] = []
    print_pages = print_job.print_pages

    def recorded(*args: Any) -> int:
        drawn.append(args)
        return print_pages(*args)

    class RecordingPainter(QPainter):
        def begin(self, device: Any) -> bool:
            drawn.append(device)
            return super().begin(device)

    monkeypatch.setattr(print_job, "print_pages", recorded)
    monkeypatch.setattr(print_job, "QPainter", RecordingPainter)
    out = tmp_path / "impreso.pdf"
    progress: list[int] = []
    thread = PrintThread(_pdf_printer(out), register_pdf(3))
    thread.progressed.connect(lambda done, _total: progress.append(done))

    assert _print(qtbot, thread) == [3, None]
    assert progress == [1, 2, 3]
    assert len(pdfium.PdfDocument(out.read_bytes())) == 3
    assert drawn == []


def test_a_cancel_while_the_print_starts_stops_it(qtbot, tmp_path: Path) -> None:
    thread = PrintThread(_pdf_printer(tmp_path / "cancelado.pdf"), register_pdf(40))
    thread.cancel()  # pressed before the print's process has opened the printer
    sent, error = _print(qtbot, thread)
    assert isinstance(error, PrintCancelled)
    assert sent == 0


def test_a_printer_that_cannot_be_opened_is_told(qtbot, tmp_path: Path) -> None:
    thread = PrintThread(_pdf_printer(tmp_path / "no-existe" / "impreso.pdf"), register_pdf(2))
    sent, error = _print(qtbot, thread)
    assert isinstance(error, PrintFailed)
    assert "could not be opened" in str(error)
    assert sent == 0


def test_the_print_process_gets_the_printer_the_dialog_set(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    chosen = _pdf_printer(tmp_path / "boletas.pdf")
    chosen.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.Legal),
                                     QPageLayout.Orientation.Landscape,
                                     QMarginsF(5, 6, 7, 8), QPageLayout.Unit.Millimeter))
    chosen.setCopyCount(3)
    chosen.setCollateCopies(False)
    chosen.setDocName("Boletas de la mesa 1")
    chosen.setPageOrder(QPrinter.PageOrder.LastPageFirst)
    chosen.setFullPage(True)

    settings = pickle.loads(pickle.dumps(PrinterSettings.of(chosen)))  # as it travels
    rebuilt = settings.printer()

    assert PrinterSettings.of(rebuilt) == settings
    assert rebuilt.outputFileName() == str(tmp_path / "boletas.pdf")
    assert rebuilt.colorMode() == QPrinter.ColorMode.GrayScale
    assert rebuilt.pageLayout().isEquivalentTo(chosen.pageLayout())
    assert rebuilt.pageRect(QPrinter.Unit.Point) == chosen.pageRect(QPrinter.Unit.Point)
    assert (rebuilt.copyCount(), rebuilt.collateCopies(), rebuilt.docName()) == \
        (3, False, "Boletas de la mesa 1")
    assert rebuilt.pageOrder() == QPrinter.PageOrder.LastPageFirst


def test_a_custom_page_size_travels(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    chosen = _pdf_printer(tmp_path / "carnet.pdf")
    chosen.setPageSize(QPageSize(QPageSize(QPageSize.PageSizeId.A6).size(QPageSize.Unit.Point)
                                 * 1.1, QPageSize.Unit.Point, "Carnet"))
    rebuilt = PrinterSettings.of(chosen).printer()
    assert rebuilt.pageLayout().pageSize().isEquivalentTo(chosen.pageLayout().pageSize())


def test_closing_the_preview_while_printing_does_not_wait_for_the_print(
        qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The print's process, at its lower priority, may take a while to answer a cancel on a
    busy laptop: the closing dialog hands its thread over (let_go) instead of waiting."""
    ui = UiContext(cast(WindowServices, object()), TaskRunner())  # the paper reads no database
    data = register_pdf(40)
    dialog = PdfPreviewDialog(ui, "Cuaderno", lambda: paper(data, "cuaderno"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.print_button.isEnabled, timeout=30_000)
    waited: list[PrintThread] = []
    wait = PrintThread.wait
    monkeypatch.setattr(PrintThread, "wait", lambda self, *a: (waited.append(self),
                                                               wait(self, *a))[1])
    thread = dialog.start_printing(_pdf_printer(tmp_path / "impreso.pdf"))
    assert thread.isRunning()
    progress: list[int] = []
    thread.progressed.connect(lambda done, _total: progress.append(done))

    dialog.close()  # returns at once: nothing waited for the print

    assert waited == []
    assert thread in print_job._LET_GO
    qtbot.waitUntil(lambda: thread not in print_job._LET_GO, timeout=60_000)
    assert thread.isFinished()
    assert progress == []  # told nothing more after the close: a closed dialog hears nothing
    ui.runner.wait_idle()
    ui.runner.shutdown()


def test_the_printed_pages_are_those_drawn_in_the_windows_process_before(
        qtbot, tmp_path: Path) -> None:
    """The same pages, pixel for pixel, as print_pages drawing them here (how every print was
    made before it moved to its own process)."""
    data = register_pdf(2)
    here, there = tmp_path / "aqui.pdf", tmp_path / "alla.pdf"
    print_job.print_pages(_pdf_printer(here), data, lambda _done, _total: None,
                          threading.Event())
    assert _print(qtbot, PrintThread(_pdf_printer(there), data)) == [2, None]

    def pixels(path: Path) -> list[bytes]:
        document = pdfium.PdfDocument(path.read_bytes())
        try:
            return [bytes(page.render(scale=50 / 72, grayscale=True).buffer)
                    for page in document]
        finally:
            document.close()

    assert len(pixels(here)) == 2
    assert pixels(there) == pixels(here)
