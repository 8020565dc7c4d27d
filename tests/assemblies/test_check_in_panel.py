"""The check-in panel: a new neighbour registered inline, children counted apart, refusals."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from app.assembly.model import attendee_order
from app.census.model import ResidentQuery
from app.container import Services
from app.demo.commune import DemoSummary

from tests.assemblies.conftest import convene
from ui.assembly.check_in import CheckInPanel
from ui.context import UiContext
from ui.tasks import TaskRunner


def test_new_resident_inline_and_child_counted_apart(qtbot, demo_services: Services,
                                                     demo: DemoSummary) -> None:
    sv = demo_services
    ui = UiContext(sv, TaskRunner())
    council = demo.council_ids[2]
    aid = convene(sv, council)
    panel = CheckInPanel(ui)
    qtbot.addWidget(panel)
    panel.show()
    panel.load(aid, sv.organizations.councils_of(council), locked=False)
    qtbot.waitUntil(lambda: panel.banner.status is not None)
    base = panel.banner.status.base

    # Someone not in the census: typed cédula is carried into the inline form.
    panel.search.setText("V-31999888")
    qtbot.keyClick(panel.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "No hay nadie en el censo" in panel.message.text())
    panel.new_button.click()
    assert panel.new_form.isVisible()
    assert panel.new_id.text() == "V-31999888"
    panel.new_first.setText("Yusmary")
    panel.new_last.setText("Rondón Piñango")
    panel.new_birth.setText("03/02/1990")
    panel.new_save.click()
    qtbot.waitUntil(lambda: panel.banner.status.present == 1)
    qtbot.waitUntil(lambda: panel.banner.status.base == base + 1)  # the census grew
    assert not panel.new_form.isVisible()
    assert "Yusmary Rondón Piñango" in panel.message.text()

    # A child of the council: present, but counted apart from the quorum.
    panel.new_button.click()
    panel.new_first.setText("Niño")
    panel.new_last.setText("Rondón")
    panel.new_birth.setText(date.today().replace(year=date.today().year - 9).strftime(
        "%d/%m/%Y"))
    panel.new_save.click()
    qtbot.waitUntil(lambda: panel.banner.status.under_age == 1)
    assert panel.banner.status.present == 1
    assert "Menores de 15 años (aparte): 1" in panel.banner.text()
    qtbot.waitUntil(lambda: panel.present_model.rowCount() == 2)

    # A bad date is refused beside the form; nothing is saved.
    panel.new_button.click()
    panel.new_first.setText("Otra")
    panel.new_birth.setText("31/02/2000")
    panel.new_save.click()
    assert "no es válida" in panel.message.text()
    ui.runner.wait_idle()
    assert panel.banner.status.total_present == 2


def test_an_arrival_adds_one_row_without_reloading_the_list(qtbot, demo_services: Services,
                                                            demo: DemoSummary) -> None:
    """At 4,000 present, loading the whole list again after each arrival cost more than the
    check-in: the present list gets the one new row, in surname order, and nothing else."""
    sv = demo_services
    ui = UiContext(sv, TaskRunner())
    council = demo.council_ids[1]
    aid = convene(sv, council)
    adults = sv.residents.page(ResidentQuery(council_ids=(council,), min_age=18), 0, 40)
    people = [sv.assemblies.single_match(aid, r.national_id)
              for r in adults if r.national_id][:6]
    base = sv.assemblies.quorum_base(aid)
    for person in people[:3]:
        sv.assemblies.check_in(aid, person.resident_id, quorum_base=base)
    panel = CheckInPanel(ui)
    qtbot.addWidget(panel, before_close_func=lambda _w: ui.runner.wait_idle())
    panel.show()
    panel.load(aid, sv.organizations.councils_of(council), locked=False)
    qtbot.waitUntil(lambda: panel.present_model.rowCount() == 3)
    ui.runner.wait_idle()
    loads: list[str] = []
    whole_list = sv.assemblies.attendees
    sv.assemblies.attendees = lambda a: loads.append(a) or whole_list(a)  # type: ignore[method-assign]
    inserted: list[int] = []
    panel.present_model.rowsInserted.connect(lambda _p, first, last: inserted.append(
        last - first + 1))
    resets: list[bool] = []
    panel.present_model.modelReset.connect(lambda: resets.append(True))
    for n, person in enumerate(people[3:], start=4):
        panel.search.setText(person.national_id or "")
        qtbot.keyClick(panel.search, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda n=n: panel.present_model.rowCount() == n)
    ui.runner.wait_idle()
    assert loads == [] and resets == [] and inserted == [1, 1, 1]
    shown = [panel.present_model.row_at(r) for r in range(6)]
    assert shown == sorted(shown, key=attendee_order)
    assert shown == whole_list(aid)  # what a full reload would show
    assert panel.present_title.text().endswith("(6)")
