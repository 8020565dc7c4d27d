"""Import a census spreadsheet: a dry run first shows what would be added and every bad row;
the secretary then imports for real (the same checks, nothing else)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.census.model import ImportReport

from ui import labels
from ui.census.choices import CensusChoices
from ui.context import UiContext, error_text
from ui.table_model import Column, RecordTableModel
from ui.tasks import Progress
from ui.widgets import big_button, fit_columns, fit_to_screen, record_table, text_label


class ImportDialog(QDialog):
    def __init__(self, ui: UiContext, choices: CensusChoices, path: str,
                 council_id: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.path = path
        self.report: ImportReport | None = None
        self.imported: ImportReport | None = None
        self.setWindowTitle(self.tr("Importar censo"))
        fit_to_screen(self, 900, 640)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.addRow(self.tr("Archivo:"), text_label(Path(path).name, self))
        self.council = QComboBox(self)
        self.council.addItem(self.tr("Según la columna «Consejo comunal» del archivo"), None)
        for council in choices.councils:
            self.council.addItem(council.name, council.id)
        wanted = council_id or choices.default_council_id
        self.council.setCurrentIndex(max(self.council.findData(wanted), 0))
        form.addRow(self.tr("Consejo comunal:"), self.council)
        layout.addLayout(form)

        self.summary = text_label(self.tr("Revisando el archivo…"), self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.tabs = QTabWidget(self)
        self.preview_model = RecordTableModel([
            Column(self.tr("Cédula"), lambda r: r.national_id or ""),
            Column(self.tr("Nombres"), lambda r: r.first_names),
            Column(self.tr("Apellidos"), lambda r: r.last_names),
            Column(self.tr("Nacimiento"),
                   lambda r: r.birth_date.strftime("%d/%m/%Y") if r.birth_date else ""),
            Column(self.tr("Sexo"), lambda r: r.sex.value if r.sex else ""),
            Column(self.tr("Dirección"), lambda r: r.address or ""),
        ], self)
        self.errors_model = RecordTableModel([
            Column(self.tr("Fila"), lambda e: e.row, align_right=True),
            Column(self.tr("Columna"), lambda e: e.column),
            Column(self.tr("Motivo"), lambda e: e.reason),
        ], self)
        self.preview_table = record_table(self)
        self.preview_table.setModel(self.preview_model)
        self.errors_table = record_table(self)
        self.errors_table.setModel(self.errors_model)
        self.tabs.addTab(self.preview_table, self.tr("Vista previa"))
        self.tabs.addTab(self.errors_table, self.tr("Filas con errores"))
        layout.addWidget(self.tabs, 1)

        buttons = QHBoxLayout()
        self.import_button = big_button(self.tr("Importar"), self, primary=True)
        self.import_button.setEnabled(False)
        self.close_button = big_button(self.tr("Cerrar"), self)
        self.stop_button = big_button(self.tr("Detener"), self)
        self.stop_button.hide()
        buttons.addWidget(self.stop_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.import_button)
        layout.addLayout(buttons)
        self.close_button.clicked.connect(self.accept)
        self.import_button.clicked.connect(self.run_import)
        self.stop_button.clicked.connect(self.stop)
        self._progress: Progress | None = None
        ui.runner.progressed.connect(self._progressed)
        self.council.currentIndexChanged.connect(lambda _i: self.check())
        self.check()

    def _run(self, dry_run: bool, new_sectors: bool = True,
             update_missing: bool = False) -> None:
        files, path, council = self.ui.services.census_files, self.path, self.council.currentData()
        self.import_button.setEnabled(False)
        self.stop_button.setEnabled(True)
        self.stop_button.show()

        def job(progress: Progress) -> ImportReport:
            def on_rows(rows: int) -> bool:
                progress.report(rows, 0)
                return not progress.cancelled

            return files.import_file(path, council, dry_run, on_rows, new_sectors,
                                     update_missing)

        self._progress = self.ui.runner.submit_long(job, self._show, self._failed)

    def _progressed(self, done: int, _total: int) -> None:
        if self._progress is not None:
            self.summary.setText(labels.count(
                done, self.tr("Leyendo… {n} fila"),
                self.tr("Leyendo… {n} filas")))

    def stop(self) -> None:
        """Stop at the next rows read; what was saved stays, a new import adds the rest."""
        if self._progress is not None:
            self._progress.cancel()
            self.stop_button.setEnabled(False)

    def check(self) -> None:
        """The dry run: nothing is saved."""
        self.summary.setText(self.tr("Revisando el archivo…"))
        self._run(dry_run=True)

    def run_import(self) -> None:
        create = True
        if self.report is not None and self.report.new_sectors:
            # Asked once for the whole file: a ministry spreadsheet may name many sectors.
            names = ", ".join(name for _council, name in self.report.new_sectors)
            answer = QMessageBox.question(
                self, self.tr("Sectores nuevos"),
                self.tr("El archivo nombra sectores que el consejo comunal no tiene: {names}. "
                        "¿Crearlos al importar? (Con «No», esas filas no se importan.)")
                .format(names=names))
            create = answer == QMessageBox.StandardButton.Yes
        complete = False
        if self.report is not None and self.report.completable:
            # Asked once: a field that has a value is never overwritten either way.
            answer = QMessageBox.question(
                self, self.tr("Datos que faltan"),
                labels.count(self.report.completable,
                             self.tr("{n} persona ya registrada tiene datos que faltan: "
                                     "¿completarlos?"),
                             self.tr("{n} personas ya registradas tienen datos que faltan: "
                                     "¿completarlos?")))
            complete = answer == QMessageBox.StandardButton.Yes
        self.summary.setText(self.tr("Importando…"))
        self.council.setEnabled(False)
        self._run(dry_run=False, new_sectors=create, update_missing=complete)

    def _show(self, report: ImportReport) -> None:
        self._progress = None
        self.stop_button.hide()
        self.preview_model.set_rows(report.preview)
        self.errors_model.set_rows(report.errors)
        self.tabs.setTabText(1, self.tr("Filas con errores (%n)", "", len(report.errors)))
        fit_columns(self.preview_table)
        fit_columns(self.errors_table)
        counts = self.tr(
            "Filas leídas: {rows}. Ya estaban en el censo: {present}. Repetidas en el archivo: "
            "{repeated}. Filas con errores: {errors}.").format(
            rows=report.rows, present=report.already_present,
            repeated=report.repeated_in_file, errors=len(report.errors))
        sectors = ", ".join(name for _council, name in report.new_sectors)
        if sectors:
            counts += " " + (self.tr("Sectores nuevos (se crearán): {names}.") if report.dry_run
                             else self.tr("Sectores nuevos creados: {names}.")).format(
                names=sectors)
        if report.completable and report.dry_run:
            counts += " " + self.tr("Personas ya registradas con datos que faltan y el archivo "
                                    "trae: {n}.").format(n=report.completable)
        elif report.completed:
            counts += " " + self.tr("Personas ya registradas completadas: {n}.").format(
                n=report.completed)
        if report.dry_run:
            self.report = report
            self.summary.setText(labels.count(report.added, self.tr("Se agregará {n} habitante."),
                                              self.tr("Se agregarán {n} habitantes."))
                                 + " " + counts)
            self.import_button.setText(labels.count(
                report.added, self.tr("Importar {n} habitante"),
                self.tr("Importar {n} habitantes")) if report.added or not report.completable
                else labels.count(report.completable, self.tr("Completar {n} persona"),
                                  self.tr("Completar {n} personas")))
            self.import_button.setEnabled(report.added > 0 or report.completable > 0)
            if report.errors and not report.added:
                self.tabs.setCurrentIndex(1)
            return
        self.imported = report
        stopped = self.tr("Importación detenida: importe el mismo archivo otra vez para "
                          "agregar lo que falta.") + " " if report.cancelled else ""
        self.summary.setText(stopped + labels.count(
            report.added, self.tr("Se agregó {n} habitante."),
            self.tr("Se agregaron {n} habitantes.")) + " " + counts)
        self.import_button.setText(self.tr("Importado"))

    def _failed(self, exc: BaseException) -> None:
        self._progress = None
        self.stop_button.hide()
        self.council.setEnabled(True)
        self.summary.setText(error_text(exc))
