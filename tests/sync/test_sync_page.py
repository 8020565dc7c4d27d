"""The Sincronizar page: receive from a stranger after accepting its fingerprint, send, and
settle a conflict, all through the page's own widgets."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.container import Services
from app.persistence.rows import OrganizationRow
from app.sync.model import BundleInfo

from tests.sync.conftest import Laptop
from tests.sync.helpers import add_council, edit, export, org_name, send
from ui.context import UiContext
from ui.pages.sync import SyncPage
from ui.tasks import TaskRunner


@pytest.fixture
def pair(laptop: Laptop) -> tuple[Services, Services]:
    return laptop("a"), laptop("b")


@pytest.fixture
def page(qtbot, pair: tuple[Services, Services], stick: Path) -> Iterator[SyncPage]:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    view = SyncPage(UiContext(pair[1], runner))
    qtbot.addWidget(view)
    view.show()
    view.add_folder(stick)
    view.add_source(stick)  # the Recibir tab chooses its own stick or folder
    yield view
    runner.wait_idle()
    runner.shutdown()


def test_receive_from_an_unknown_laptop_only_after_accepting_its_fingerprint(
    qtbot, page: SyncPage, pair: tuple[Services, Services], stick: Path  # type: ignore[no-untyped-def]
) -> None:
    a, b = pair
    council = add_council(a)
    export(a, stick)
    page.scan()
    qtbot.waitUntil(lambda: page.bundles_model.rowCount() == 1)
    asked: list[BundleInfo] = []

    def refuse(info: BundleInfo) -> bool:
        asked.append(info)
        return False

    page.confirm_trust = refuse
    page.import_selected()
    assert asked[0].sender_fingerprint == a.device.fingerprint
    assert "no se aceptó" in page.import_result.text()
    with b.sessions.begin() as s:
        assert s.get(OrganizationRow, council) is None

    page.confirm_trust = lambda info: True
    page.import_selected()
    qtbot.waitUntil(lambda: page.import_result.text().startswith("Importado"))
    assert b.organizations.get(council).name == "Consejo Comunal La Ceiba"
    page.import_selected()  # the same bundle again
    qtbot.waitUntil(lambda: "ya se había importado" in page.import_result.text())


def test_send_says_when_the_stick_can_be_removed(
    qtbot, page: SyncPage, pair: tuple[Services, Services], stick: Path  # type: ignore[no-untyped-def]
) -> None:
    page.export()
    qtbot.waitUntil(lambda: "Ya puede retirarla" in page.export_result.text())
    written = list(stick.glob("*.asamblea"))
    assert len(written) == 1
    assert not list(stick.glob("*.partial"))
    assert ":" not in written[0].name


def test_choose_a_value_in_the_conflicts_view(
    qtbot, page: SyncPage, pair: tuple[Services, Services], stick: Path  # type: ignore[no-untyped-def]
) -> None:
    a, b = pair
    council = add_council(a)
    send(a, b, stick, full=True)
    send(b, a, stick, full=True)
    edit(a, OrganizationRow, council, name="Nombre de A")
    edit(b, OrganizationRow, council, name="Nombre de B")
    send(a, b, stick)
    page.refresh()
    qtbot.waitUntil(lambda: page.conflicts_model.rowCount() == 1)
    # The field by its name on the forms, not the column's ("name").
    assert page.conflicts_model.index(0, 1).data() == "Nombre"
    page.conflicts_table.selectRow(0)
    qtbot.waitUntil(lambda: page.choices.count() == 2)
    page.choices.setCurrentIndex(
        page.choices.findText("Nombre de A", Qt.MatchFlag.MatchStartsWith))
    page.resolve_selected()
    qtbot.waitUntil(lambda: page.conflicts_model.rowCount() == 0)
    assert org_name(b, council) == "Nombre de A"
    assert "0 conflictos" in page.summary.text()


def test_the_receive_list_names_damaged_and_own_bundles(
    qtbot, page: SyncPage, pair: tuple[Services, Services], stick: Path  # type: ignore[no-untyped-def]
) -> None:
    a, b = pair
    add_council(a)
    export(a, stick)
    own = export(b, stick).path  # this laptop's own bundle, left on the stick
    (stick / "roto.asamblea").write_bytes(b"esto no es un paquete")
    page.scan()
    qtbot.waitUntil(lambda: page.bundles_model.rowCount() == 3)
    states = {page.bundles_model.row_at(i).path.name:
              page.bundles_model.data(page.bundles_model.index(i, 4))
              for i in range(3)}
    assert states[own.name] == "escrito por este equipo"
    assert states["roto.asamblea"].startswith("dañado: ")
    assert "no es un paquete de Asamblea" in states["roto.asamblea"]
    row = next(i for i in range(3) if page.bundles_model.row_at(i).path == own)
    page.bundles_table.selectRow(row)
    page.import_selected()
    assert "este mismo equipo" in page.import_result.text()
