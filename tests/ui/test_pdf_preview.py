"""The preview of a long paper (issue 17, point 1): only the pages near the view are rendered,
scrolling to the end renders the last ones, a closed preview is freed, and a double click on
«Imprimir…» prints one copy."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator
from pathlib import Path
from typing import Any, cast

import pypdfium2 as pdfium
import pytest
from PySide6 import QtPrintSupport
from PySide6.QtCore import QCoreApplication, QEvent, QThread
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QAbstractScrollArea, QDialog, QWidget

from app.container import WindowServices
from app.printing.paper import paper

import ui.pdf_preview as pdf_preview
import ui.print_job as print_job
from benchmarks.preview import register_pdf
from ui.context import UiContext
from ui.page_view import CACHE_PAGES
from ui.pdf_pages import PdfPages
from ui.pdf_preview import PdfPreviewDialog
from ui.tasks import TaskRunner

PAGES = 300


@pytest.fixture(scope="module")
def long_pdf() -> bytes:
    return register_pdf(PAGES)


@pytest.fixture
def ui(qtbot) -> Iterator[UiContext]:  # type: ignore[no-untyped-def]
    context = UiContext(cast(WindowServices, object()), TaskRunner())  # no database read
    yield context
    context.runner.wait_idle()
    context.runner.shutdown()


@pytest.fixture
def rendered(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The pages the preview renders, in order: every page is taken from the document by
    index before it is drawn (the seam: PdfDocument.get_page, behind `document[index]`)."""
    indices: list[int] = []
    get_page = pdfium.PdfDocument.get_page

    def counted(self: pdfium.PdfDocument, index: int) -> Any:
        indices.append(index)
        return get_page(self, index)

    monkeypatch.setattr(pdfium.PdfDocument, "get_page", counted)
    return indices


def _open(qtbot, ui: UiContext, data: bytes,  # type: ignore[no-untyped-def]
          parent: QWidget | None = None) -> PdfPreviewDialog:
    dialog = PdfPreviewDialog(ui, "Cuaderno", lambda: paper(data, "cuaderno"), parent)
    dialog.resize(900, 700)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.print_button.isEnabled(), timeout=30_000)
    ui.runner.wait_idle()
    return dialog


def _scroll_to_end(qtbot, ui: UiContext, dialog: QDialog) -> None:  # type: ignore[no-untyped-def]
    area = dialog.findChild(QAbstractScrollArea)
    assert area is not None
    bar = area.verticalScrollBar()
    bar.setValue(bar.maximum())
    view = getattr(dialog, "view", None)

    def settled() -> bool:  # each page rendered asks for the next one it wants
        ui.runner.wait_idle()
        return view is None or view.wanted_page() is None

    qtbot.waitUntil(settled, timeout=20_000)


def test_only_the_pages_in_view_are_rendered(qtbot, ui: UiContext, long_pdf: bytes,
                                             rendered: list[int]) -> None:
    dialog = _open(qtbot, ui, long_pdf)
    assert dialog.status.text().startswith("300 páginas")
    assert 0 in rendered
    # The first page or two fill the view; a neighbour or two may be prepared, no more.
    assert len(rendered) <= 4, rendered
    assert max(rendered) <= 3
    dialog.close()


def test_scrolling_to_the_end_renders_the_last_pages_only(qtbot, ui: UiContext,
                                                          long_pdf: bytes,
                                                          rendered: list[int]) -> None:
    dialog = _open(qtbot, ui, long_pdf)
    rendered.clear()
    _scroll_to_end(qtbot, ui, dialog)
    assert PAGES - 1 in rendered
    assert rendered and min(rendered) >= PAGES - 4, rendered
    assert len(rendered) <= 4
    # Back through the whole paper, a page at a time: the images held stay a handful.
    view = dialog.view
    for index in [*range(PAGES - 1, 0, -7), 0]:
        view.scroll_to_page(index)
        qtbot.waitUntil(lambda: ui.runner.wait_idle() and view.wanted_page() is None)
        assert len(view.cached) <= CACHE_PAGES
    assert 0 in rendered
    dialog.close()


def test_pages_are_opened_and_rendered_off_the_window_thread(
        qtbot, ui: UiContext, long_pdf: bytes, monkeypatch: pytest.MonkeyPatch) -> None:
    """A test double notes the thread of every PDFium call the preview makes (opening the
    document, rendering a page): none is the window's thread, where a render would stall."""
    threads: list[QThread] = []
    render, opened = PdfPages.render, PdfPages.__init__

    def noted_render(self: PdfPages, index: int, width_px: int) -> Any:
        threads.append(QThread.currentThread())
        return render(self, index, width_px)

    def noted_open(self: PdfPages, data: bytes) -> None:
        threads.append(QThread.currentThread())
        opened(self, data)

    monkeypatch.setattr(PdfPages, "render", noted_render)
    monkeypatch.setattr(PdfPages, "__init__", noted_open)
    dialog = _open(qtbot, ui, long_pdf)
    _scroll_to_end(qtbot, ui, dialog)
    window_thread = QCoreApplication.instance().thread()  # type: ignore[union-attr]
    assert len(threads) >= 3  # the document and the pages at both ends
    assert all(thread is not window_thread for thread in threads)
    dialog.close()


def _deferred_deletes() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()
    gc.collect()


def test_a_closed_preview_is_freed(qtbot, ui: UiContext, long_pdf: bytes) -> None:
    page = QWidget()  # the page that opened it, and outlives it
    qtbot.addWidget(page)
    dialog = _open(qtbot, ui, long_pdf, page)
    _scroll_to_end(qtbot, ui, dialog)
    gone = weakref.ref(dialog)
    dialog.close()
    del dialog
    ui.runner.wait_idle()  # the document is closed on the worker, after any render
    _deferred_deletes()
    assert gone() is None


def test_a_closed_preview_kept_by_its_page_holds_nothing(qtbot, ui: UiContext,
                                                         long_pdf: bytes) -> None:
    """The pages that open a preview keep it in an attribute (`self.preview`): once closed,
    it must not keep the PDF, the open document or the page images in there."""
    kept = _open(qtbot, ui, long_pdf)
    _scroll_to_end(qtbot, ui, kept)
    opened = getattr(kept, "_document", None)
    document = weakref.ref(opened) if opened is not None else None
    del opened
    kept.close()
    ui.runner.wait_idle()
    _deferred_deletes()
    assert kept.pdf is None
    assert document is not None and document() is None


class _AcceptingPrintDialog:
    """Stands for Qt's print dialog: the person presses «Imprimir» twice quickly, and the
    second click reaches the button while the print dialog is opening."""

    opened = 0
    preview: PdfPreviewDialog | None = None

    def __init__(self, printer: QPrinter, parent: object) -> None:
        self.printer = printer

    def exec(self) -> QDialog.DialogCode:
        cls = _AcceptingPrintDialog
        cls.opened += 1
        if cls.opened == 1 and cls.preview is not None:
            cls.preview.print_button.click()  # the double click's second half
        self.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        self.printer.setOutputFileName(str(_AcceptingPrintDialog.out))
        return QDialog.DialogCode.Accepted

    out = Path()


def test_a_double_click_on_print_prints_once(qtbot, ui: UiContext, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = _open(qtbot, ui, register_pdf(2))
    started: list[object] = []
    monkeypatch.setattr(QtPrintSupport, "QPrintDialog", _AcceptingPrintDialog)
    monkeypatch.setattr(_AcceptingPrintDialog, "preview", dialog)
    monkeypatch.setattr(_AcceptingPrintDialog, "opened", 0)
    monkeypatch.setattr(_AcceptingPrintDialog, "out", tmp_path / "impreso.pdf")
    thread_class = print_job.PrintThread

    def counted(*args: Any) -> Any:
        thread = thread_class(*args)
        started.append(thread)
        return thread

    monkeypatch.setattr(print_job, "PrintThread", counted)
    dialog.print_button.click()
    qtbot.waitUntil(lambda: "enviadas a la impresora" in dialog.status.text(), timeout=60_000)
    for thread in started:
        cast(print_job.PrintThread, thread).wait()
    assert len(started) == 1
    assert len(pdfium.PdfDocument((tmp_path / "impreso.pdf").read_bytes())) == 2
    dialog.close()


def test_a_narrower_window_keeps_the_page_in_view_and_redraws_it(qtbot, ui: UiContext,
                                                                 long_pdf: bytes) -> None:
    dialog = _open(qtbot, ui, long_pdf)
    view = dialog.view
    view.scroll_to_page(150)
    qtbot.waitUntil(lambda: ui.runner.wait_idle() and view.wanted_page() is None)
    assert dialog.position.text() == "Página 151 de 300"
    wide = view.width_for(150)
    dialog.resize(500, 600)  # a netbook's half screen: the sheets shrink to fit
    qtbot.waitUntil(lambda: ui.runner.wait_idle() and view.wanted_page() is None)
    assert dialog.position.text() == "Página 151 de 300"
    assert view.width_for(150) < wide
    assert len(view.cached) <= CACHE_PAGES
    dialog.close()


def test_a_broken_pdf_says_so_and_offers_nothing_to_print(qtbot, ui: UiContext,
                                                          monkeypatch: pytest.MonkeyPatch
                                                          ) -> None:
    shown: list[BaseException] = []
    monkeypatch.setattr(pdf_preview, "show_error", lambda _parent, exc: shown.append(exc))
    dialog = PdfPreviewDialog(ui, "Roto", lambda: paper(b"%PDF-1.4 cortado", "roto"))
    dialog.show()
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert dialog.status.text() == "No se pudo preparar el documento."
    assert not dialog.print_button.isEnabled() and not dialog.save_button.isEnabled()
    assert dialog.view.page_count == 0
    dialog.close()


def test_offering_a_preview_does_not_load_pdfium_or_printing() -> None:
    """Every page that offers a preview imports ui.pdf_preview on its first show: PDFium
    (about 100 ms) comes on the worker with the first document, Qt's printing with a print."""
    import subprocess
    import sys

    code = ("import sys, ui.pdf_preview; "
            "print(sorted(m for m in ('pypdfium2', 'PySide6.QtPrintSupport') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=Path(__file__).resolve().parents[2])
    assert out.stdout.strip() == "[]"


def test_a_page_keeps_its_colours(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Rendered in the screen's own pixel order: red stays red, blue stays blue."""
    from io import BytesIO

    from reportlab.pdfgen.canvas import Canvas

    from ui.pdf_pages import PdfPages

    buffer = BytesIO()
    c = Canvas(buffer, pagesize=(200, 100))
    c.setFillColorRGB(1, 0, 0)
    c.rect(0, 0, 100, 100, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 1)
    c.rect(100, 0, 100, 100, stroke=0, fill=1)
    c.save()
    pages = PdfPages(buffer.getvalue())
    image = pages.render(0, 200)
    pages.close()
    assert (image.width(), image.height()) == (200, 100)
    assert image.pixelColor(50, 50).getRgb()[:3] == (255, 0, 0)
    assert image.pixelColor(150, 50).getRgb()[:3] == (0, 0, 255)
