"""What a person typed is shown as typed: a name with markup in it is not rendered as markup."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel

from app.container import Services
from app.demo.commune import DemoSummary
from app.domain.census import NewResident

from tests.assemblies.conftest import convene
from ui.assembly.check_in import CheckInPanel
from ui.context import UiContext
from ui.pages.assemblies import AssembliesPage
from ui.tasks import TaskRunner

NAME = "<b>Ana</b>"


def shown(label: QLabel) -> str:
    """The text a person reads on the label, as Qt renders it."""
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and Qt.mightBeRichText(label.text()))
    if not rich:
        return label.text()
    document = QTextDocument()
    document.setHtml(label.text())
    return document.toPlainText()


def test_a_resident_named_with_markup_shows_literally(qtbot, demo_services: Services,  # type: ignore[no-untyped-def]
                                                      demo: DemoSummary) -> None:
    sv = demo_services
    council = demo.council_ids[2]
    sv.residents.add(NewResident(council, NAME, "Marcado", national_id="V-31555444"))
    aid = convene(sv, council)
    sv.assemblies.add_agenda_item(aid, f"Propuesta de {NAME}")
    ui = UiContext(sv, TaskRunner())

    panel = CheckInPanel(ui)
    qtbot.addWidget(panel, before_close_func=lambda _w: ui.runner.wait_idle())
    panel.show()
    panel.load(aid, sv.organizations.councils_of(council), locked=False)
    qtbot.waitUntil(lambda: panel.banner.status is not None)
    panel.search.setText("V-31555444")
    qtbot.keyClick(panel.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Marcado" in panel.message.text())
    assert f"{NAME} Marcado" in shown(panel.message)

    page = AssembliesPage(ui)
    qtbot.addWidget(page, before_close_func=lambda _w: ui.runner.wait_idle())
    page.show()
    qtbot.waitUntil(lambda: any(page.model.row_at(r).id == aid
                                for r in range(page.model.rowCount())))
    row = next(r for r in range(page.model.rowCount()) if page.model.row_at(r).id == aid)
    page.table.selectRow(row)
    qtbot.waitUntil(lambda: "Propuesta de" in page.detail.text())
    assert f"Propuesta de {NAME}" in shown(page.detail)
    ui.runner.wait_idle()
    ui.runner.shutdown()
