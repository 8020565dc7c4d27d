"""Issue 13 point 5 in the window: the Historial dialog lists a resident's changes."""

from __future__ import annotations

from datetime import date

from app.container import Services
from app.domain.census import NewResident
from app.domain.enums import OrgKind, Sex

from ui.context import UiContext
from ui.safety.history_dialog import HistoryDialog
from ui.tasks import TaskRunner


def test_historial_shows_each_change_with_old_and_new_values(
        qtbot, services: Services) -> None:  # type: ignore[no-untyped-def]
    org = services.organizations.create(OrgKind.COUNCIL, "Consejo Comunal El Valle")
    person = services.residents.add(NewResident(org.id, "Ana", "Pérez", "V-14555666"))
    services.residents.update(person.id, phone="0414-1234567")
    runner = TaskRunner()
    dialog = HistoryDialog(UiContext(services, runner), person.id)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.tree.topLevelItemCount() == 2, timeout=10_000)
    created, edited = dialog.tree.topLevelItem(0), dialog.tree.topLevelItem(1)
    assert created is not None and edited is not None
    assert "Creado" in created.text(0) and services.device.fingerprint in created.text(0)
    assert "Modificado" in edited.text(0)
    [phone] = [edited.child(i) for i in range(edited.childCount())]
    assert phone is not None
    # Named as the conflicts name it: the label, not the column.
    assert (phone.text(0), phone.text(1), phone.text(2)) == ("Teléfono", "(vacío)", "0414-1234567")
    assert "Ana Pérez, V-14555666" in dialog.heading.text()
    runner.wait_idle()
    runner.shutdown()


def test_historial_shows_names_dates_and_labels_not_stored_values(
        qtbot, services: Services) -> None:  # type: ignore[no-untyped-def]
    org = services.organizations.create(OrgKind.COUNCIL, "Consejo Comunal El Valle")
    person = services.residents.add(NewResident(org.id, "Ana", "Pérez", "V-14555666",
                                                birth_date=date(1990, 7, 26), sex=Sex.FEMALE))
    services.operators.take("Yelitza Acosta")
    services.residents.update(person.id, phone="0414-1234567")
    runner = TaskRunner()
    dialog = HistoryDialog(UiContext(services, runner), person.id)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.tree.topLevelItemCount() == 2, timeout=10_000)
    created, edited = dialog.tree.topLevelItem(0), dialog.tree.topLevelItem(1)
    assert created is not None and edited is not None
    rows = {}
    for i in range(created.childCount()):
        child = created.child(i)
        assert child is not None
        rows[child.text(0)] = child.text(2)
    assert rows["Consejo comunal"] == "Consejo Comunal El Valle"
    assert rows["Fecha de nacimiento"] == "26/07/1990"
    assert rows["Sexo"] == "Femenino"
    assert org.id not in " ".join(rows.values())
    assert "nadie a cargo" in created.text(0)
    assert "a cargo: Yelitza Acosta" in edited.text(0)
    runner.wait_idle()
    runner.shutdown()
