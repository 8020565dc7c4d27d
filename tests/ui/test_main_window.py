"""The main window over the demo commune, driven through its real widgets."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QPushButton

from app.cli import main
from app.container import Services
from app.domain.text import fold

from tests.clock import TravelClock
from ui.context import UiContext
from ui.main_window import PAGES, MainWindow
from ui.paged_model import PagedTableModel
from ui.table_model import Column, RecordTableModel
from ui.tasks import TaskRunner


@pytest.fixture
def window(qtbot, demo_services: Services) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    win = MainWindow(UiContext(demo_services, runner))
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    yield win
    runner.wait_idle()
    runner.shutdown()


def test_dashboard_shows_the_commune_and_its_figures(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                                     demo_services: Services, demo,
                                                     clock: TravelClock) -> None:
    page = window.pages["inicio"]
    qtbot.waitUntil(lambda: page.org_label.text() == "Comuna Socialista Guaire Productivo")
    assert page.cards["residents"].value.text() == "1.200"
    assert page.cards["councils"].value.text() == "4"
    assert "Primera Consulta Popular 2026" in page.pending.text()
    # Every closed assembly of the demo has its acta approved; one closed now has not.
    assert "Acta sin aprobar" not in page.pending.text()
    from datetime import UTC, datetime

    from app.domain.enums import AssemblyKind

    held = demo_services.assemblies.create(demo.council_ids[0], AssemblyKind.ORDINARY,
                                           datetime(2026, 11, 21, 13, 0, tzinfo=UTC), "Plaza")
    clock.travel_to(datetime(2026, 11, 21, 15, 0, tzinfo=UTC))  # held on its day
    demo_services.assemblies.close(held.id)
    page.refresh()  # written here, not through the window: it is asked to read again
    qtbot.waitUntil(lambda: "Acta sin aprobar" in page.pending.text(), timeout=10_000)


def test_every_area_shows_real_data(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    # The seven candidates of the consultation and the last round's funded project.
    expected_rows = {"asambleas": 6, "problemas": 8, "proyectos": 8}
    for key, rows in expected_rows.items():
        page = window.show_page(key)
        qtbot.waitUntil(lambda p=page, n=rows: p.model.rowCount() == n)
    consulta = window.show_page("consulta")
    qtbot.waitUntil(lambda: consulta.chooser.count() == 1)
    qtbot.waitUntil(lambda: consulta.candidates.model.rowCount() == 7)
    censo = window.show_page("censo")
    qtbot.waitUntil(lambda: censo.model.rowCount() == 200)  # the first page only
    qtbot.waitUntil(lambda: censo.residents.count_label.text() == "1.200 habitantes")
    sync = window.show_page("sincronizar")
    qtbot.waitUntil(lambda: sync.fingerprint.text() == window.ui.services.device.fingerprint)


def test_census_search_ignores_accents(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    censo = window.show_page("censo")
    qtbot.waitUntil(lambda: censo.model.rowCount() > 0)
    censo.search.setText("jose")
    qtbot.waitUntil(lambda: 0 < censo.model.rowCount() < 200, timeout=5000)
    qtbot.waitUntil(lambda: not censo.model.loading)
    people = [censo.model.row_at(i) for i in range(censo.model.rowCount())]
    assert all("jose" in fold(p.full_name) for p in people)
    assert any("José" in p.first_names for p in people)  # found without typing the accent


def test_settings_change_the_quorum_rule(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = window.show_page("configuracion")
    qtbot.waitUntil(lambda: page.organization.count() == 5)
    page.first_pct.setValue(35)
    page.second_after.setValue(60)
    page.page_size.setCurrentIndex(page.page_size.findData("a4"))
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.saved_label.text() == "Configuración guardada.")
    services = window.ui.services
    org_id = page.organization.currentData()
    assert services.organizations.get(org_id).quorum_first_call_pct == 35
    assert services.organizations.get(org_id).second_call_after_min == 60
    assert services.settings.get("page_size") == "a4"


def test_settings_refuse_a_bad_quorum_without_changing_anything(services: Services) -> None:
    from app.domain.enums import OrgKind
    from app.domain.errors import DomainError

    org = services.organizations.create(OrgKind.COUNCIL, "Consejo")
    with pytest.raises(DomainError):
        services.organizations.update_rules(org.id, 0, 20, 15)
    assert services.organizations.get(org.id).quorum_first_call_pct == 30


def test_table_models_follow_qt_rules(qtmodeltester, qtbot, demo_services: Services) -> None:  # type: ignore[no-untyped-def]
    model = RecordTableModel([Column("Nombre", lambda r: r.name)])
    model.set_rows(demo_services.organizations.list_all())
    qtmodeltester.check(model)
    runner = TaskRunner()
    paged = PagedTableModel([Column("Apellidos", lambda r: r.last_names)], runner,
                            page_size=50)
    from app.census.model import ResidentQuery

    paged.set_loader(lambda a, n: demo_services.residents.page_after(ResidentQuery(), a, n))
    qtbot.waitUntil(lambda: paged.rowCount() == 50)
    qtmodeltester.check(paged)  # it may itself fetch more pages
    qtbot.waitUntil(lambda: not paged.loading)
    held = paged.rowCount()
    assert paged.canFetchMore(), held
    paged.fetchMore()
    qtbot.waitUntil(lambda: paged.rowCount() == held + 50)
    runner.shutdown()


def _ink(image: QImage, area: QRect) -> float:
    """The share of the area's pixels that differ from its commonest colour."""
    part = image.copy(area).convertToFormat(QImage.Format.Format_RGB32)
    pixels = memoryview(bytes(part.constBits())).cast("I")
    counts = Counter(pixels)
    return 1 - counts.most_common(1)[0][1] / len(pixels)


# Where each page shows the demo's records: the screenshot must show rows there.
RECORD_TABLES = {
    "censo": lambda page: page.table,
    "asambleas": lambda page: page.table,
    "problemas": lambda page: page.table,
    "proyectos": lambda page: page.table,
    "consulta": lambda page: page.candidates.table,
}


def _first_rows(window: MainWindow, key: str) -> QRect | None:
    """Where the page's record table shows its first rows, in a window of the same size."""
    page = window.show_page(key)
    if key not in RECORD_TABLES or page is None:
        return None
    viewport = RECORD_TABLES[key](page).viewport()
    return QRect(viewport.mapTo(window, QPoint(0, 0)), QSize(viewport.width(), 60))


def test_screenshot_command_shows_the_page(qtbot, window: MainWindow, demo_db: Path,  # type: ignore[no-untyped-def]
                                           tmp_path: Path) -> None:
    window.resize(1024, 700)
    pictures: dict[str, bytes] = {}
    for key, _module, _cls in PAGES:
        target = tmp_path / f"{key}.png"
        assert main(["--db", str(demo_db), "gui", "--screenshot", str(target), "--page", key,
                     "--size", "1024x700"]) == 0
        image = QImage(str(target))
        assert (image.width(), image.height()) == (1024, 700)
        assert _ink(image, image.rect()) > 0.05, key  # not one flat colour
        rows = _first_rows(window, key)
        if rows is not None:
            assert _ink(image, rows) > 0.1, key  # the table is not empty in the picture
        pictures[key] = bytes(image.convertToFormat(QImage.Format.Format_RGB32).constBits())
    assert len(set(pictures.values())) == len(PAGES)  # each page looks like itself


def test_sidebar_buttons_open_their_areas(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    for key, _module, _cls in PAGES:
        button = window.findChild(QPushButton, f"nav_{key}")
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert window.stack.currentWidget() is window.pages[key]
        assert button.isChecked()
