"""The project's forms that were command-line only, in the window: funding by hand, a status
change, a progress report with a photo, an inspection with inspectors found in the census, and
the people responsible. A double click on OK records once; every form fits 1024×600."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from app.container import Services
from app.demo.receipts import receipt_png
from app.domain.enums import ProjectRole, ProjectStatus

from tests.pdf import pdf_text
from ui.context import UiContext
from ui.form_dialog import FormDialog
from ui.projects.record_forms import ResidentPicker
from ui.projects.view import ProjectView
from ui.tasks import TaskRunner


@pytest.fixture
def ui(qtbot: QtBot, demo_services: Services, monkeypatch: pytest.MonkeyPatch
       ) -> Iterator[UiContext]:
    # A refusal would open a modal box and wait for a click nobody gives: fail instead.
    def no_refusal(_parent: object, exc: BaseException) -> None:
        raise AssertionError(f"refused: {exc}")

    monkeypatch.setattr("ui.submit.show_error", no_refusal)
    monkeypatch.setattr("ui.context.show_error", no_refusal)
    context = UiContext(demo_services, TaskRunner())
    yield context
    context.runner.wait_idle()
    context.runner.shutdown()


def _view(qtbot: QtBot, ui: UiContext, project_id: str) -> ProjectView:
    view = ProjectView(ui)
    qtbot.addWidget(view)
    view.resize(1024, 600)
    view.show()
    view.open(project_id)
    qtbot.waitUntil(lambda: view.shown is not None, timeout=10_000)
    return view


def _double_ok(qtbot: QtBot, ui: UiContext, view: ProjectView) -> None:
    """Two clicks on OK before the first save ends (what a double click sends a button)."""
    form = view.form
    assert isinstance(form, FormDialog)
    assert form.sizeHint().height() <= 600 and form.sizeHint().width() <= 1024
    ok = form.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    ui.runner.wait_idle()
    qtbot.waitUntil(lambda: not form.isVisible(), timeout=10_000)


def _tick(qtbot: QtBot, picker: ResidentPicker, text: str, count: int) -> list[str]:
    picker.search.setText(text)
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: picker.found.count() >= count, timeout=10_000)
    for row in range(count):
        picker.found.item(row).setCheckState(Qt.CheckState.Checked)
    return picker.chosen()


def test_fund_by_hand_and_change_status_record_once(qtbot: QtBot, ui: UiContext) -> None:
    sv = ui.services
    proposed = next(p for p in sv.projects.list_all()
                    if p.status in (ProjectStatus.PROPOSED, ProjectStatus.CANDIDATE))
    view = _view(qtbot, ui, proposed.id)
    assert view.fund_button.isVisibleTo(view) and not view.status_button.isVisibleTo(view)
    qtbot.mouseClick(view.fund_button, Qt.MouseButton.LeftButton)
    view.form.amount.setText("12.500,00")  # type: ignore[union-attr]
    view.form.by.setText("Carmen Rivas")  # type: ignore[union-attr]
    _double_ok(qtbot, ui, view)
    history = sv.project_status.history(proposed.id)
    assert [(h.status, h.changed_by) for h in history] == [(ProjectStatus.FUNDED,
                                                            "Carmen Rivas")]
    assert sv.project_money.ledger(proposed.id).funding.cents == 1_250_000  # type: ignore[union-attr]

    view.refresh()
    qtbot.waitUntil(lambda: view.status_button.isVisibleTo(view), timeout=10_000)
    qtbot.mouseClick(view.status_button, Qt.MouseButton.LeftButton)
    form = view.form
    form.status.setCurrentIndex(form.status.findData(  # type: ignore[union-attr]
        ProjectStatus.IN_PROGRESS.value))
    form.note.setText("Llegaron los materiales")  # type: ignore[union-attr]
    form.by.setText("Carmen Rivas")  # type: ignore[union-attr]
    _double_ok(qtbot, ui, view)
    assert [h.status for h in sv.project_status.history(proposed.id)] == [
        ProjectStatus.FUNDED, ProjectStatus.IN_PROGRESS]


def test_progress_inspection_and_people_record_once(qtbot: QtBot, ui: UiContext,
                                                    tmp_path: Path) -> None:
    sv = ui.services
    funded = next(p for p in sv.projects.list_all() if p.status is ProjectStatus.IN_PROGRESS)
    view = _view(qtbot, ui, funded.id)
    before = sv.project_oversight.oversight(funded.id)

    photo = tmp_path / "obra.png"
    photo.write_bytes(receipt_png(5))
    view.tabs.setCurrentWidget(view.progress)
    qtbot.mouseClick(view.progress.report_button, Qt.MouseButton.LeftButton)
    form = view.form
    assert form.percent.value() == before.percent  # type: ignore[union-attr]
    form.percent.setValue(70)  # type: ignore[union-attr]
    form.text.setPlainText("Tanque instalado; falta la cerca")  # type: ignore[union-attr]
    form.photos.setText(str(photo))  # type: ignore[union-attr]
    _double_ok(qtbot, ui, view)
    after = sv.project_oversight.oversight(funded.id)
    assert len(after.progress) == len(before.progress) + 1
    assert (after.percent, len(after.progress[-1].photos)) == (70, 1)

    view.tabs.setCurrentWidget(view.oversight)
    qtbot.mouseClick(view.oversight.inspect_button, Qt.MouseButton.LeftButton)
    form = view.form
    chosen = _tick(qtbot, form.inspectors, "a", 2)  # type: ignore[union-attr]
    assert len(chosen) == 2
    form.checked.setText("La cerca perimetral")  # type: ignore[union-attr]
    form.findings.setPlainText("Faltan dos postes\n\nAlambre oxidado")  # type: ignore[union-attr]
    _double_ok(qtbot, ui, view)
    inspections = sv.project_oversight.oversight(funded.id).inspections
    assert len(inspections) == len(before.inspections) + 1
    newest = inspections[-1]
    assert [f.text for f in newest.findings] == ["Faltan dos postes", "Alambre oxidado"]
    assert len(newest.inspectors) == 2

    named_before = sv.project_status.people(funded.id)  # the demo names three
    qtbot.mouseClick(view.people_button, Qt.MouseButton.LeftButton)
    form = view.form
    form.role.setCurrentIndex(form.role.findData(ProjectRole.COMMITTEE.value))  # type: ignore[union-attr]
    _tick(qtbot, form.people, "Zapata", 2)  # type: ignore[union-attr]
    _double_ok(qtbot, ui, view)
    people = [p for p in sv.project_status.people(funded.id) if p not in named_before]
    assert [p.role for p in people] == [ProjectRole.COMMITTEE] * 2
    view.refresh()  # (the Proyectos page does it when the change log announces them)
    qtbot.waitUntil(lambda: people[0].name in view.summary.text(), timeout=10_000)
    statement = " ".join(pdf_text(sv.papers.accountability(funded.id).data).split())
    assert all(p.name in statement for p in people)  # their signature lines
