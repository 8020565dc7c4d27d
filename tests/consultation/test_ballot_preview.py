"""Looking at ballots takes no serial numbers: the preview is a specimen, and the run is
recorded only when the ballots are printed or saved, once."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtPrintSupport import QPrinter

from app.container import Services
from app.domain.enums import BallotStyle

from tests.consultation.conftest import Small
from ui.context import UiContext
from ui.pdf_preview import PdfPreviewDialog
from ui.tasks import TaskRunner


def test_a_ballot_preview_records_nothing_until_printed(qtbot, services: Services,
                                                        small: Small, tmp_path: Path) -> None:
    ui = UiContext(services, TaskRunner())
    cid, table = small.consultation_id, small.tables[0]
    papers = services.papers
    dialog = PdfPreviewDialog(
        ui, "Boletas", lambda: papers.ballot_specimen(cid, table, 12, BallotStyle.NUMBER),
        make_final=lambda: papers.ballots(cid, table, 30, BallotStyle.NUMBER)[1],
        final_name="boletas-mesa-1.pdf")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.print_button.isEnabled(), timeout=20_000)
    assert services.ballots.ranges(table) == []
    assert dialog.suggested_name == "boletas-mesa-1.pdf"

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "boletas.pdf"))
    printer.setColorMode(QPrinter.ColorMode.GrayScale)
    dialog.with_final(lambda: dialog.start_printing(printer))
    qtbot.waitUntil(lambda: "enviadas a la impresora" in dialog.status.text(), timeout=60_000)
    assert [(r.first, r.last) for r in services.ballots.ranges(table)] == [(1, 30)]

    dialog.save_to(str(tmp_path / "copia.pdf"))  # the same run, saved: no new serials
    dialog.with_final(lambda: None)
    ui.runner.wait_idle()
    assert [(r.first, r.last) for r in services.ballots.ranges(table)] == [(1, 30)]
    dialog.done(0)
    ui.runner.shutdown()
