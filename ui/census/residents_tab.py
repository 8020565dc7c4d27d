"""Habitantes: the census searched as you type and filtered in SQL, a page at a time."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QStandardPaths, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.census.age_groups import AgeGroup
from app.census.model import ResidentQuery
from app.domain.census import Resident

from ui import labels
from ui.census.baja_dialog import BajaDialog
from ui.census.choices import CensusChoices, age_group_label, load_choices
from ui.census.import_dialog import ImportDialog
from ui.census.resident_form import ResidentDialog
from ui.context import UiContext, error_text
from ui.flow_layout import FlowLayout
from ui.paged_model import PagedTableModel
from ui.table_model import Column
from ui.widgets import ask_plain, big_button, fit_columns, record_table, text_label

if TYPE_CHECKING:
    from ui.pdf_preview import PdfPreviewDialog


class ResidentsTab(QWidget):
    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.services = ui.services
        self.choices = CensusChoices((), (), None)
        self._today = date.today()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)

        bar = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Buscar por nombre o cédula…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumHeight(36)
        bar.addWidget(self.search, 1)
        self.council = QComboBox(self)
        self.sector = QComboBox(self)
        self.age_group = QComboBox(self)
        self.age_group.addItem(self.tr("Todas las edades"), None)
        for group in AgeGroup:
            self.age_group.addItem(age_group_label(group), group)
        for combo, width in ((self.council, 170), (self.sector, 130), (self.age_group, 130)):
            combo.setMinimumWidth(width)
            bar.addWidget(combo)
        layout.addLayout(bar)

        actions = FlowLayout()  # wraps on a narrow screen
        self.add_button = big_button(self.tr("Agregar habitante"), self, primary=True)
        self.edit_button = big_button(self.tr("Editar"), self)
        self.import_button = big_button(self.tr("Importar…"), self)
        self.export_button = big_button(self.tr("Exportar…"), self)
        self.print_button = big_button(self.tr("Imprimir censo…"), self)
        # "Dar de baja…" on the census, "Reincorporar" on the list of bajas.
        self.baja_button = big_button(self.tr("Dar de baja…"), self)
        for button in (self.add_button, self.edit_button, self.import_button,
                       self.export_button, self.print_button, self.baja_button):
            actions.addWidget(button)
        self.show_left = QCheckBox(self.tr("Ver bajas"), self)
        actions.addWidget(self.show_left)
        self.count_label = text_label("", self)
        self.count_label.setObjectName("muted")
        actions.addWidget(self.count_label)
        layout.addLayout(actions)

        columns = [
            Column(self.tr("Cédula"), lambda r: r.national_id or self.tr("sin cédula")),
            Column(self.tr("Apellidos"), lambda r: r.last_names),
            Column(self.tr("Nombres"), lambda r: r.first_names),
            Column(self.tr("Edad"), lambda r: r.age_on(self._today), align_right=True),
            Column(self.tr("Sexo"), lambda r: r.sex.value if r.sex else ""),
            Column(self.tr("Consejo comunal"), lambda r: self.choices.council_name(r.council_id)),
            Column(self.tr("Sector"), lambda r: self.choices.sector_name(r.sector_id)),
            Column(self.tr("Dirección"), lambda r: r.address or ""),
            Column(self.tr("Baja"), lambda r: "" if r.left_on is None else
                   f"{r.left_on:%d/%m/%Y}: {r.left_reason or ''}"),
        ]
        self.model = PagedTableModel(columns, ui.runner, parent=self)
        self.table = record_table(self)
        self.table.setModel(self.model)
        layout.addWidget(self.table, 1)
        self.model.page_loaded.connect(self._after_page)
        self.model.page_failed.connect(lambda exc: self.count_label.setText(error_text(exc)))
        self._fitted = False
        self._shown_query: ResidentQuery | None = None

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.council.currentIndexChanged.connect(self._council_changed)
        self.sector.currentIndexChanged.connect(lambda _i: self.reload())
        self.age_group.currentIndexChanged.connect(lambda _i: self.reload())
        self.table.doubleClicked.connect(self._edit_index)
        self.add_button.clicked.connect(lambda: self.open_form(None))
        self.edit_button.clicked.connect(self._edit_selected)
        self.import_button.clicked.connect(self.choose_import_file)
        self.export_button.clicked.connect(self.choose_export_file)
        self.print_button.clicked.connect(self._print_clicked)
        self.baja_button.clicked.connect(self._baja_clicked)
        self.show_left.toggled.connect(self._left_toggled)
        self._loading_choices = False

    # -- loading ---------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the councils and sectors, then the residents."""
        self.ui.run(lambda: load_choices(self.services), self._set_choices, self)

    def _set_choices(self, choices: CensusChoices) -> None:
        self.choices = choices
        self._loading_choices = True
        current = self.council.currentData()
        self.council.clear()
        self.council.addItem(self.tr("Todos los consejos"), None)
        for council in choices.councils:
            self.council.addItem(council.name, council.id)
        self.council.setCurrentIndex(max(self.council.findData(current), 0))
        self._fill_sectors()
        self._loading_choices = False
        self.reload()

    def _council_changed(self, _index: int) -> None:
        if self._loading_choices:
            return
        self._fill_sectors()
        self.reload()

    def _fill_sectors(self) -> None:
        blocked = self.sector.blockSignals(True)
        current = self.sector.currentData()
        self.sector.clear()
        self.sector.addItem(self.tr("Todos los sectores"), None)
        council = self.council.currentData()
        for sector in self.choices.sectors_of(council):
            self.sector.addItem(sector.name, sector.id)
        self.sector.setCurrentIndex(max(self.sector.findData(current), 0))
        self.sector.setEnabled(council is not None)
        self.sector.blockSignals(blocked)

    def query(self) -> ResidentQuery:
        council = self.council.currentData()
        return ResidentQuery(
            text=self.search.text(),
            council_ids=(council,) if council else (),
            sector_id=self.sector.currentData(),
            age_group=AgeGroup(group) if (group := self.age_group.currentData()) else None,
            left=self.show_left.isChecked(),
        )

    def reload(self) -> None:
        """Show the residents the filters ask for: the same query is refreshed in place, so
        the selection and the scroll position survive an edit."""
        query = self.query()
        residents = self.services.residents
        if query == self._shown_query:
            self.model.refresh()
        else:
            self._shown_query = query
            self.model.set_loader(lambda after, limit: residents.page_after(query, after, limit))
        self.ui.run(lambda: residents.count(query), self._set_count, self)

    def _set_count(self, total: int) -> None:
        if self.show_left.isChecked():
            self.count_label.setText(self.tr("Bajas: {count}").format(count=total))
        else:
            self.count_label.setText(labels.count(
                total, self.tr("{n} habitante"),
                self.tr("{n} habitantes")))

    def _after_page(self, rows: int) -> None:
        if rows and not self._fitted:
            fit_columns(self.table)
            self._fitted = True

    def selected(self) -> Resident | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    # -- actions ---------------------------------------------------------------------------

    def open_form(self, resident: Resident | None) -> ResidentDialog:
        dialog = ResidentDialog(self.ui, self.choices, resident,
                                council_id=self.council.currentData(), parent=self)
        dialog.setModal(True)
        dialog.show()
        return dialog

    def _edit_index(self, index: QModelIndex) -> None:
        self.open_form(self.model.row_at(index.row()))

    def _edit_selected(self) -> None:
        resident = self.selected()
        if resident is not None:
            self.open_form(resident)

    def _left_toggled(self, left: bool) -> None:
        self.baja_button.setText(self.tr("Reincorporar") if left else self.tr("Dar de baja…"))
        self.reload()

    def _baja_clicked(self) -> None:
        resident = self.selected()
        if resident is None:
            return
        if resident.left_on is None:
            self.open_baja(resident)
        elif ask_plain(self, self.tr("Reincorporar"), self.tr(
                "¿Devolver a {name} ({national_id}) al censo? Volverá a contar para el "
                "quórum.").format(name=resident.full_name,
                                   national_id=resident.national_id or self.tr("sin cédula"))):
            residents = self.services.residents
            # The page reloads itself from the change log (CensusPage.watches).
            self.ui.write((self.baja_button,), lambda: residents.reinstate(resident.id),
                          parent=self)

    def open_baja(self, resident: Resident) -> BajaDialog:
        dialog = BajaDialog(self.ui, resident, parent=self)
        dialog.setModal(True)
        dialog.show()
        return dialog

    def choose_import_file(self) -> None:
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Importar censo"), folder,
            self.tr("Hojas de cálculo (*.csv *.xlsx *.txt)"))
        if path:
            self.open_import(path)

    def open_import(self, path: str) -> ImportDialog:
        dialog = ImportDialog(self.ui, self.choices, path,
                              council_id=self.council.currentData(), parent=self)
        dialog.setModal(True)
        dialog.show()
        return dialog

    def choose_export_file(self) -> None:
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Exportar censo"), f"{folder}/censo.xlsx",
            self.tr("Libro de Excel (*.xlsx);;CSV (*.csv)"))
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> None:
        council = self.council.currentData()
        files = self.services.census_files
        self.ui.run(lambda: files.export_file(path, (council,) if council else ()),
                    lambda n: self.count_label.setText(
                        labels.count(n, self.tr("{n} habitante exportado"),
                                     self.tr("{n} habitantes exportados"))), self)

    def _print_clicked(self) -> None:
        council = self.council.currentData() or self.choices.default_council_id
        if council is None:
            names = [c.name for c in self.choices.councils]
            if not names:
                return
            name, ok = QInputDialog.getItem(self, self.tr("Imprimir censo"),
                                            self.tr("Consejo comunal:"), names, 0, False)
            if not ok:
                return
            council = self.choices.councils[names.index(name)].id
        self.print_census(council)

    def print_census(self, council_id: str) -> PdfPreviewDialog:
        from ui.pdf_preview import PdfPreviewDialog  # the PDF renderer: loaded when first used

        papers = self.services.papers
        name = self.choices.council_name(council_id)
        dialog = PdfPreviewDialog(self.ui, self.tr("Censo de {name}").format(name=name),
                                  lambda: papers.census(council_id), self)
        dialog.show()
        return dialog
