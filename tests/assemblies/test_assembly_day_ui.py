"""The whole assembly day through the real widgets, on the demo commune."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from app.census.model import ResidentQuery
from app.container import Services
from app.demo.commune import DemoSummary
from app.domain.enums import AssemblyKind, MinutesStatus
from app.domain.errors import DomainError

from ui.assembly.new_dialog import NewAssemblyDialog
from ui.context import UiContext
from ui.pages.assemblies import AssembliesPage
from ui.tasks import TaskRunner

SHOTS = os.environ.get("ASAMBLEA_SHOTS")


def _shot(widget: QWidget, name: str) -> None:
    """Screenshots for a person to look at, when ASAMBLEA_SHOTS names a folder."""
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


@pytest.fixture
def ui(qtbot: object, demo_services: Services) -> UiContext:
    context = UiContext(demo_services, TaskRunner())
    yield context
    context.runner.wait_idle()
    context.runner.shutdown()


def test_assembly_day_end_to_end(qtbot, ui: UiContext, demo: DemoSummary,
                                 qtmodeltester, monkeypatch) -> None:
    sv = ui.services
    page = AssembliesPage(ui)
    qtbot.addWidget(page)
    page.resize(1280, 860)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 6)
    qtmodeltester.check(page.model)

    # Convene: the real dialog's fields, second call (20 % of those aged 15 and over).
    council_id = demo.council_ids[0]
    dialog = NewAssemblyDialog(page.organizations, page)
    dialog.organization.setCurrentIndex(dialog.organization.findData(council_id))
    dialog.kind.setCurrentIndex(dialog.kind.findData(AssemblyKind.BASE.value))
    dialog.call.setCurrentIndex(1)
    dialog.place.setText("Cancha techada de La Ceiba")
    dialog.agenda.setPlainText("Verificación del quórum\nNudos críticos\nPriorización")
    dialog.accept()
    page.create_assembly(dialog.values())
    day = page.day
    qtbot.waitUntil(lambda: day.check_in.assembly_id != "" and day.isVisible())
    ui.runner.wait_idle()
    assembly_id = day.check_in.assembly_id
    banner = day.check_in.banner
    qtbot.waitUntil(lambda: banner.status is not None)
    required = banner.status.required
    assert 0 < required <= 60
    assert not banner.status.met

    # Check in 60 neighbours by cédula and Enter, watching the banner move.
    adults = [r for r in sv.residents.page(ResidentQuery(council_ids=(council_id,),
                                                         min_age=18), 0, 200)
              if r.national_id][:60]
    assert len(adults) == 60
    search = day.check_in.search
    for number, person in enumerate(adults, start=1):
        search.setText(person.national_id or "")
        qtbot.keyClick(search, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda n=number: banner.status.present == n, timeout=5000)
    assert banner.status.met
    assert "HAY QUÓRUM" in banner.text()
    assert f"{60} / requeridos para el quórum: {required}" in banner.text()
    _shot(page, "01_check_in")

    # A second Enter for someone already present is refused beside the field.
    search.setText(adults[0].national_id or "")
    qtbot.keyClick(search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "ya está registrado" in day.check_in.message.text())
    assert banner.status.present == 60

    # Undo of a wrong check-in is a withdrawal fact; checking in again restores the count.
    day.check_in.undo_button.click()
    qtbot.waitUntil(lambda: banner.status.present == 59)
    assert not banner.status.met or required <= 59
    search.setText(adults[-1].national_id or "")
    qtbot.keyClick(search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: banner.status.present == 60)
    assert sv.assemblies.present_count(assembly_id) == 60
    qtbot.waitUntil(lambda: day.check_in.present_model.rowCount() == 60)
    qtmodeltester.check(day.check_in.present_model)
    search.setText(adults[5].last_names)
    qtbot.waitUntil(lambda: day.check_in.matches_model.rowCount() > 0)
    qtmodeltester.check(day.check_in.matches_model)

    # Two agreements with their votes, checked against the 60 present.
    day.tabs.setCurrentWidget(day.agenda)
    agenda = day.agenda
    qtbot.waitUntil(lambda: agenda.items_model.rowCount() == 3)
    agenda.items.selectRow(1)
    agenda.agreement_text.setPlainText("Se aprueba la jornada de limpieza de la quebrada.")
    agenda.votes_for.setValue(50)
    agenda.votes_against.setValue(6)
    agenda.abstentions.setValue(4)
    agenda.add_agreement_button.click()
    qtbot.waitUntil(lambda: agenda.agreements_model.rowCount() == 1)
    agenda.items.selectRow(2)
    qtbot.waitUntil(lambda: agenda.agreements_model.rowCount() == 0)
    agenda.agreement_text.setPlainText("Se aprueba priorizar por el método Borda.")
    agenda.acclamation.setChecked(True)
    agenda.add_agreement_button.click()
    qtbot.waitUntil(lambda: agenda.agreements_model.rowCount() == 1)
    qtmodeltester.check(agenda.agreements_model)
    agreements = sv.assemblies.agreements(assembly_id)
    assert [(a.votes_for, a.by_acclamation, a.present_at_vote, a.quorum_met_at_vote)
            for a in agreements] == [(50, False, 60, True), (0, True, 60, True)]
    _shot(page, "02_agenda")

    # Five problems, ranked by Borda from ballots typed with the problems' numbers.
    day.tabs.setCurrentWidget(day.problems)
    problems = day.problems
    titles = ["Bote de aguas blancas", "Falta de alumbrado", "Muro agrietado",
              "Ambulatorio sin insumos", "Cancha deteriorada"]
    for count, title in enumerate(titles, start=1):
        problems.title.setText(title)
        problems.families.setValue(10 * count)
        problems.add_button.click()
        qtbot.waitUntil(lambda c=count: problems.problems_model.rowCount() == c)
    problems.method.setCurrentIndex(problems.method.findData("borda"))
    problems.start_button.click()
    qtbot.waitUntil(lambda: problems.ballot.isEnabled())
    ballots = ["2,1,4,3,5", "2,4,1,5,3", "4,2,1,3,5", "1,2,4,3,5"]
    for count, ballot in enumerate(ballots, start=1):
        problems.ballot.setText(ballot)
        qtbot.keyClick(problems.ballot, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda c=count: f"{c} papeleta" in problems.ballot_message.text())
    # Borda with 5 problems gives 4,3,2,1,0 points. Worked by hand: 2 -> 4+4+3+3 = 14,
    # 1 -> 3+2+2+4 = 11, 4 -> 2+3+4+2 = 11, 3 -> 1+0+1+1 = 3, 5 -> 0+1+0+0 = 1.
    def ranking() -> list[tuple[str, int, int, bool]]:
        rows = [problems.result_model.row_at(i) for i in range(problems.result_model.rowCount())]
        return [(e.problem.title, e.total, e.place, e.tied) for e in rows]

    assert ranking() == [("Falta de alumbrado", 14, 1, False),
                         ("Bote de aguas blancas", 11, 2, True),
                         ("Ambulatorio sin insumos", 11, 2, True),
                         ("Muro agrietado", 3, 4, False), ("Cancha deteriorada", 1, 5, False)]
    assert problems.tie_box.isVisible()
    # The tie is broken only by a recorded draw, in the order the draw gave.
    problems.tie_kind.setCurrentIndex(problems.tie_kind.findData("draw"))
    problems.tie_order.setText("4,1")
    problems.tie_note.setText("Sorteo con papelitos ante la asamblea.")
    problems.tie_button.click()
    qtbot.waitUntil(lambda: not problems.tie_box.isVisible())
    assert [r[:3] for r in ranking()][1:3] == [("Ambulatorio sin insumos", 11, 2),
                                               ("Bote de aguas blancas", 11, 3)]
    problems.close_button.click()
    qtbot.waitUntil(lambda: "definitivo" in problems.ballot_message.text())
    qtmodeltester.check(problems.result_model)
    _shot(page, "03_problems")

    # The acta: text, close the assembly, approve (the confirmation answered yes), print.
    day.tabs.setCurrentWidget(day.minutes)
    minutes = day.minutes
    qtbot.waitUntil(lambda: minutes.data is not None)
    minutes.opening.setPlainText("Preside la vocera del Comité de Agua.")
    minutes.closing.setPlainText("No habiendo más puntos que tratar, se levanta la sesión.")
    minutes.save_button.click()
    ui.runner.wait_idle()
    # "Cerrar la asamblea" asks first (it can be undone until approval): answered yes.
    monkeypatch.setattr("ui.assembly.minutes_panel.ask_plain", lambda *_a: True)
    minutes.close_button.click()
    qtbot.waitUntil(lambda: minutes.approve_button.isEnabled())
    minutes.approver.setText("María Pérez")
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    minutes.approve_button.click()
    qtbot.waitUntil(lambda: "sellada" in minutes.state.text(), timeout=10_000)
    stored = sv.minutes.get(assembly_id)
    assert stored is not None
    assert stored.status is MinutesStatus.APPROVED
    check = sv.minutes.verify(assembly_id)
    assert check.ok
    assert check.code in minutes.state.text()
    _shot(page, "04_minutes")

    minutes.preview_button.click()
    preview = minutes.preview
    assert preview is not None
    qtbot.waitUntil(lambda: preview.pdf is not None, timeout=15_000)
    assert preview.pdf is not None
    assert preview.pdf.startswith(b"%PDF")
    assert preview.print_button.isEnabled()
    _shot(preview, "05_preview")
    preview.close()

    # Approved: the window offers no edits, and the service refuses them anyway.
    qtbot.waitUntil(lambda: not day.check_in.search.isEnabled())
    assert not minutes.save_button.isEnabled()
    assert minutes.opening.isReadOnly()
    assert not day.agenda.add_agreement_button.isEnabled()
    assert not day.problems.add_button.isEnabled()
    with pytest.raises(DomainError):
        sv.assemblies.check_in(assembly_id, adults[0].id)
    with pytest.raises(DomainError):
        sv.minutes.save_draft(assembly_id, "{}")
    ui.runner.wait_idle()
