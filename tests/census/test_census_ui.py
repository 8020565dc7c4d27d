"""The Censo page driven as a secretary would: search, filters, form, import, merge, print."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.census.model import ResidentQuery
from app.container import Services
from app.domain.census import NewResident
from app.domain.enums import Sex

from tests.conftest import Place
from ui.census.duplicates_tab import DuplicatesTab
from ui.census.import_dialog import ImportDialog
from ui.census.resident_form import ResidentDialog
from ui.pages.census import CensusPage


def _residents(n: int) -> str:
    """How the count reads: «1 habitante», «1.200 habitantes» (never «habitante(s)»)."""
    return f"{n:,}".replace(",", ".") + (" habitante" if n == 1 else " habitantes")


def _page(qtbot, ui) -> CensusPage:  # type: ignore[no-untyped-def]
    page = CensusPage(ui)
    # Deliver every pending result before the widgets are deleted at the end of the test.
    qtbot.addWidget(page, before_close_func=lambda _w: ui.runner.wait_idle())
    page.resize(1200, 800)
    page.show()
    qtbot.waitUntil(lambda: page.residents.model.rowCount() > 0 or
                    page.residents.count_label.text() != "", timeout=10_000)
    ui.runner.wait_idle()
    return page


def test_search_filters_and_model(qtbot, qtmodeltester, demo_services: Services,  # type: ignore[no-untyped-def]
                                  make_ui) -> None:
    ui = make_ui(demo_services)
    page = _page(qtbot, ui)
    tab = page.residents
    total = demo_services.residents.count()
    assert tab.count_label.text() == _residents(total)
    qtmodeltester.check(tab.model)
    assert tab.model.rowCount() == 200  # one page; the rest comes as the view scrolls
    for _ in range(total // 200 + 2):  # scroll to the end: page after page, off the GUI
        tab.table.scrollToBottom()
        if tab.model.canFetchMore():
            tab.model.fetchMore()
        ui.runner.wait_idle()
    assert tab.model.rowCount() == total
    qtmodeltester.check(tab.model)

    tab.search.setText("JOSÉ")
    qtbot.waitUntil(lambda: tab.count_label.text() != _residents(total), timeout=5000)
    ui.runner.wait_idle()
    expected = demo_services.residents.count(ResidentQuery(text="jose"))
    assert 0 < expected < total
    assert tab.count_label.text() == _residents(expected)
    assert all("jose" in (r.first_names + r.last_names).lower().replace("é", "e")
               for r in (tab.model.row_at(i) for i in range(tab.model.rowCount())))

    tab.search.clear()
    council = tab.council.itemData(1)
    tab.council.setCurrentIndex(1)
    ui.runner.wait_idle()
    qtbot.waitUntil(lambda: tab.sector.isEnabled())
    tab.age_group.setCurrentIndex(1)  # under 15
    today = date.today()

    def filtered() -> bool:
        rows = [tab.model.row_at(i) for i in range(tab.model.rowCount())]
        return not tab.model.loading and bool(rows) and \
            all(r.council_id == council and r.age_on(today) < 15 for r in rows)

    qtbot.waitUntil(filtered, timeout=5000)


def test_form_validates_inline_and_warns_of_duplicates(qtbot, services: Services, place: Place,  # type: ignore[no-untyped-def]
                                                       make_ui) -> None:
    ui = make_ui(services)
    page = _page(qtbot, ui)
    tab = page.residents
    dialog: ResidentDialog = tab.open_form(None)
    qtbot.addWidget(dialog)
    dialog.first_names.setText("José")
    dialog.last_names.setText("Pérez")
    dialog.national_id.setText("V-12")
    dialog.birth_date.setText("31/02/1990")
    dialog.save_button.click()
    assert dialog.errors["national_id"].isVisible()
    assert "no es válida" in dialog.errors["national_id"].text()
    assert "no es válida" in dialog.errors["birth_date"].text()
    ui.runner.wait_idle()
    assert services.residents.count() == 0

    dialog.national_id.setText("v12.345.678")
    dialog.birth_date.setText("01/05/1980")
    dialog.sex.setCurrentIndex(dialog.sex.findData(Sex.FEMALE))
    assert "año" in dialog.age_label.text()
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    saved = services.residents.search("12345678")[0]
    assert (saved.national_id, saved.sex) == ("V-12345678", Sex.FEMALE)
    qtbot.waitUntil(lambda: tab.count_label.text() == "1 habitante", timeout=5000)

    again: ResidentDialog = tab.open_form(None)
    qtbot.addWidget(again)
    again.first_names.setText("Jose")
    again.last_names.setText("Perez")
    again.birth_date.setText("01/05/1980")
    again.save_button.click()
    qtbot.waitUntil(lambda: again.warning.isVisible(), timeout=5000)
    assert "Posible duplicado" in again.warning.text()
    assert services.residents.count() == 1
    again.save_button.click()  # "Guardar de todos modos"
    qtbot.waitUntil(lambda: not again.isVisible(), timeout=5000)
    assert services.residents.count() == 2


def test_import_dialog_previews_then_imports(qtbot, qtmodeltester, services: Services,  # type: ignore[no-untyped-def]
                                             place: Place, make_ui, tmp_path: Path) -> None:
    path = tmp_path / "censo.csv"
    with path.open("w", encoding="cp1252", newline="") as fh:
        writer = csv.writer(fh, delimiter=";")
        writer.writerow(["Cédula", "Nombres", "Apellidos", "Fecha de nacimiento"])
        writer.writerow(["12345678", "Ángel", "Núñez", "01/01/1970"])
        writer.writerow(["bad", "Mala", "Cédula", "01/01/1970"])
    ui = make_ui(services)
    page = _page(qtbot, ui)
    dialog: ImportDialog = page.residents.open_import(str(path))
    qtbot.addWidget(dialog)
    # Two councils and no council column: the dialog asks which council first.
    qtbot.waitUntil(lambda: "--council" in dialog.summary.text()
                    or "consejo comunal" in dialog.summary.text(), timeout=5000)
    assert not dialog.import_button.isEnabled()
    dialog.council.setCurrentIndex(dialog.council.findData(place.council_id))
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=5000)
    assert dialog.preview_model.rowCount() == 1
    assert dialog.errors_model.rowCount() == 1
    qtmodeltester.check(dialog.preview_model)
    qtmodeltester.check(dialog.errors_model)
    error_row = [dialog.errors_model.index(0, c).data() for c in range(3)]
    assert error_row[:2] == ["3", "Cédula"]
    assert services.residents.count() == 0  # the preview saved nothing
    assert dialog.import_button.isEnabled()
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.imported is not None, timeout=5000)
    assert services.residents.search("angel nunez")[0].national_id == "V-12345678"
    qtbot.waitUntil(lambda: page.residents.count_label.text() == "1 habitante",
                    timeout=5000)


def test_duplicates_tab_merges(qtbot, qtmodeltester, services: Services, place: Place,  # type: ignore[no-untyped-def]
                               make_ui, monkeypatch) -> None:
    add = services.residents.add
    kept = add(NewResident(place.council_id, "José", "Pérez", national_id="V-12345678"))
    other = add(NewResident(place.council_id, "Jose Gregorio", "Perez",
                            national_id="V-12345678", phone="0412-5551234"))
    ui = make_ui(services)
    page = _page(qtbot, ui)
    page.tabs.setCurrentIndex(2)
    tab: DuplicatesTab = page.duplicates
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=5000)
    qtmodeltester.check(tab.model)
    dialog = tab.open_merge(0)
    assert dialog is not None
    qtbot.addWidget(dialog)
    dialog.choice_groups["first_names"].button(1).setChecked(True)
    assert dialog.plan() == (kept.id, other.id, ["first_names", "phone"])
    # The question that names both people is tests/census/test_baja_ui.py's.
    monkeypatch.setattr("ui.census.merge_dialog.ask_plain", lambda *_a: True)
    dialog.merge_button.click()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 0, timeout=5000)
    survivor = services.residents.get(kept.id)
    assert (survivor.first_names, survivor.phone) == ("Jose Gregorio", "0412-5551234")
    assert services.residents.resolve(other.id) == kept.id


def test_organization_tab_terms(qtbot, qtmodeltester, services: Services, place: Place,  # type: ignore[no-untyped-def]
                                make_ui) -> None:
    services.residents.add(NewResident(place.council_id, "Carmen", "Rojas",
                                       national_id="V-7654321"))
    ui = make_ui(services)
    page = _page(qtbot, ui)
    page.tabs.setCurrentIndex(1)
    tab = page.organization
    qtbot.waitUntil(lambda: tab.org_model.rowCount() == 3, timeout=5000)
    council_row = next(i for i in range(3) if tab.org_model.row_at(i).id == place.council_id)
    tab.org_table.selectRow(council_row)
    qtbot.waitUntil(lambda: tab.details is not None
                    and tab.details.organization.id == place.council_id, timeout=5000)
    tab.parish.setText("Leoncio Martínez")
    tab.save_button.click()
    qtbot.waitUntil(lambda: services.organizations.get(place.council_id).parish
                    == "Leoncio Martínez", timeout=5000)
    tab.new_committee.setText("Comité de Agua")
    tab.add_committee_button.click()
    qtbot.waitUntil(lambda: tab.committee.count() == 1, timeout=5000)
    tab.spokes_person.setText("7654321")
    tab.spokes_start.setText("01/01/2020")
    tab.spokes_end.setText("31/12/2021")
    tab.add_spokes_button.click()
    qtbot.waitUntil(lambda: tab.spokes_model.rowCount() == 1, timeout=5000)
    qtmodeltester.check(tab.spokes_model)
    qtmodeltester.check(tab.org_model)
    qtmodeltester.check(tab.sector_model)
    cells = [tab.spokes_model.index(0, c).data() for c in range(6)]
    assert cells == ["Carmen Rojas", "", "01/01/2020", "31/12/2021", "Período vencido",
                     "Comité de Agua"]


def test_print_census_preview(qtbot, demo_services: Services, demo, make_ui) -> None:  # type: ignore[no-untyped-def]
    ui = make_ui(demo_services)
    page = _page(qtbot, ui)
    council = demo.council_ids[0]
    dialog = page.residents.print_census(council)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.pdf is not None, timeout=20_000)
    assert dialog.pdf is not None
    text = pdfium.PdfDocument(dialog.pdf)[0].get_textpage().get_text_range()
    name = demo_services.organizations.get(council).name
    assert name in text
    assert "base del quórum" in text
    # The window shows what the PaperService composes, under the name it suggests.
    assert dialog.suggested_name == demo_services.papers.census(council).file_name
    assert dialog.suggested_name.startswith("censo-consejo-comunal-")
    assert dialog.save_button.isEnabled()
    assert dialog.print_button.isEnabled()


def test_organization_tab_creates_commune_council_and_sector(qtbot, services: Services,  # type: ignore[no-untyped-def]
                                                              make_ui) -> None:
    from app.domain.enums import OrgKind

    ui = make_ui(services)
    page = _page(qtbot, ui)
    page.tabs.setCurrentIndex(1)
    tab = page.organization
    ui.runner.wait_idle()
    tab.new_kind.setCurrentIndex(tab.new_kind.findData(OrgKind.COMMUNE))
    tab.new_council.setText("Comuna Guaicaipuro")
    tab.add_council_button.click()
    qtbot.waitUntil(lambda: tab.details is not None, timeout=5000)
    tab.state.setText("Miranda")
    tab.save_button.click()
    qtbot.waitUntil(lambda: services.organizations.list_all()[0].state == "Miranda",
                    timeout=5000)
    tab.new_kind.setCurrentIndex(tab.new_kind.findData(OrgKind.COUNCIL))
    tab.new_council.setText("Consejo Comunal Los Teques")
    tab.add_council_button.click()
    qtbot.waitUntil(lambda: tab.org_model.rowCount() == 2, timeout=5000)
    council = next(o for o in services.organizations.list_all() if o.kind is OrgKind.COUNCIL)
    assert council.state == "Miranda"  # the territory of its commune
    assert council.parent_id == services.organizations.list_all()[0].id
    tab.org_table.selectRow(1)
    qtbot.waitUntil(lambda: tab.details is not None
                    and tab.details.organization.id == council.id, timeout=5000)
    tab.new_sector.setText("La Macarena")
    tab.add_sector_button.click()
    qtbot.waitUntil(lambda: tab.sector_model.rowCount() == 1, timeout=5000)
    assert [s.name for s in services.organizations.sectors(council.id)] == ["La Macarena"]


def test_add_resident_preselects_the_council_being_viewed(qtbot, services: Services,  # type: ignore[no-untyped-def]
                                                          place: Place, make_ui) -> None:
    """Viewing Cañaveral, «Agregar habitante» offers Cañaveral, not Brisas (first by name)."""
    services.residents.add(NewResident(place.other_council_id, "Luisa", "Mora",
                                       national_id="V-9876543"))
    page = _page(qtbot, make_ui(services))
    tab = page.residents
    assert tab.council.itemText(1) == "Consejo Comunal Brisas"  # alphabetical: viewed is 2nd
    tab.council.setCurrentIndex(tab.council.findData(place.other_council_id))
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, ResidentDialog) and w.isVisible())
    qtbot.addWidget(dialog)
    assert dialog.council.currentData() == place.other_council_id
    assert [dialog.sector.itemText(i) for i in range(dialog.sector.count())
            if dialog.sector.itemData(i)] == ["La Ceiba"]
    dialog.reject()
