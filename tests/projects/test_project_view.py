"""The project view from the demo, in the window: record an expense with its receipt photo,
see the balance move and the warning of a line spent past its plan, see the photo beside its
expense."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from app.container import Services
from app.demo.receipts import receipt_png

from tests.pdf import page_count, pdf_text
from ui.context import UiContext
from ui.pages.projects import ProjectsPage
from ui.projects import view as project_view
from ui.projects.dialogs import ExpenseDialog
from ui.projects.oversight_tabs import AnswerDialog
from ui.tasks import TaskRunner


@pytest.fixture
def page(qtbot: QtBot, demo_services: Services) -> Iterator[ProjectsPage]:
    ui = UiContext(demo_services, TaskRunner())
    widget = ProjectsPage(ui)
    widget.resize(1024, 600)
    widget.show()
    qtbot.waitUntil(lambda: widget.model.rowCount() > 0, timeout=10_000)
    yield widget
    ui.runner.wait_idle()
    widget.close()
    widget.deleteLater()
    ui.runner.wait_idle()
    ui.runner.shutdown()


def test_an_expense_with_its_receipt_in_the_window(qtbot: QtBot, page: ProjectsPage,
                                                   tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    services = page.services
    funded = next(p for p in services.projects.list_all() if p.status.value == "in_progress")
    row = next(i for i in range(page.model.rowCount())
               if page.model.row_at(i).project.id == funded.id)
    page.table.selectRow(row)
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    view = page.view
    qtbot.waitUntil(lambda: view.shown is not None, timeout=10_000)
    assert "Saldo <b>USD 270,53</b>" in view.accounts.text()
    assert "Transporte" in view.summary.text()  # the demo's overspent line
    assert "«Materiales»" not in view.summary.text()

    photo = tmp_path / "factura-9001.png"
    photo.write_bytes(receipt_png(99))

    def fill(dialog: QDialog) -> bool:
        assert isinstance(dialog, ExpenseDialog)
        dialog.day.setDate(QDate(2026, 9, 2))
        dialog.amount.setText("1.800,00")
        dialog.supplier.setText("Ferretería y Materiales El Tanque, C.A.")
        dialog.rif.setText("J-40123456-7")
        dialog.invoice.setText("9001")
        dialog.description.setText("Tubos y conexiones para el último tramo")
        dialog.line.setCurrentIndex(dialog.line.findText("Materiales"))
        dialog.paid_by.setText("Carmen Rivas")
        dialog.receipt.setText(str(photo))
        return True

    monkeypatch.setattr(project_view, "_ask", fill)
    view.tabs.setCurrentWidget(view.money)
    qtbot.mouseClick(view.money.spend_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Gasto registrado" in view.note.text(), timeout=10_000)
    # The change log announces the expense: the page reloads the view by itself.
    qtbot.waitUntil(lambda: "USD -1.529,47" in view.accounts.text(), timeout=10_000)
    assert "se pasó en 49,47 USD" in view.summary.text()  # Materiales: 6.049,47 of 6.000,00
    assert "más de lo recibido" in view.summary.text()

    spent = view.money.spent
    # The expenses come by pages, after the accounts: wait for the new one's row.
    qtbot.waitUntil(lambda: any(spent.row_at(i).invoice == "9001"
                                for i in range(spent.rowCount())), timeout=10_000)
    new = next(i for i in range(spent.rowCount()) if spent.row_at(i).invoice == "9001")
    assert spent.row_at(new).receipt is not None
    view.money.spent_table.selectRow(new)
    qtbot.waitUntil(lambda: view.money.receipt_image.pixmap() is not None
                    and not view.money.receipt_image.pixmap().isNull(), timeout=10_000)
    assert view.money.receipt_name.text() == "factura-9001.png"

    # The oversight unit's open finding, answered in the Contraloría tab.
    view.tabs.setCurrentWidget(view.oversight)
    findings = view.oversight.findings
    open_row = next(i for i in range(findings.rowCount()) if findings.row_at(i).finding.open)
    view.oversight.table.selectRow(open_row)
    assert "hallazgos abiertos: 1" in view.oversight.summary.text()

    def answer(dialog: QDialog) -> bool:
        assert isinstance(dialog, AnswerDialog)
        dialog.answer.setPlainText("Las 4 válvulas llegaron el 03/09; quedan en el depósito.")
        dialog.by.setText("Carmen Rivas")
        return True

    monkeypatch.setattr(project_view, "_ask", answer)
    qtbot.mouseClick(view.oversight.answer_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "hallazgos abiertos: 0" in view.oversight.summary.text(),
                    timeout=10_000)
    oversight = services.project_oversight.oversight(funded.id)
    assert oversight.open_findings == ()
    assert oversight.percent == 55

    # The statement and the notice, composed by PaperService, shown in the preview.
    view.tabs.setCurrentIndex(0)
    for button, one_page in ((view.statement_button, False), (view.notice_button, True)):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        preview = view.preview
        assert preview is not None
        qtbot.waitUntil(lambda p=preview: bool(p.pdf), timeout=20_000)
        assert (page_count(preview.pdf) == 1) == one_page
        assert "-1.529,47 USD" in pdf_text(preview.pdf)  # the balance after the expense
        preview.close()
