"""Respaldos, a section of Configuración: the newest backup, making one now, copying one to a
USB stick, and the list of backups to restore one from (a dialog: the window then starts
again on the restored database). The section is one line and a row of buttons, so it fits
a 1024x600 screen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from app.safety.model import BackupCheck, BackupInfo

from ui.context import UiContext
from ui.table_model import Column, RecordTableModel
from ui.widgets import big_button, fit_columns, record_table, text_label

KB = 1024


class BackupsPanel(QGroupBox):
    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Respaldos"), parent)
        self.ui = ui
        self.dialog: BackupsDialog | None = None
        layout = QVBoxLayout(self)
        self.latest = text_label("", self)
        self.latest.setWordWrap(True)
        layout.addWidget(self.latest)
        self.create_button = big_button(self.tr("Hacer un respaldo ahora"), self)
        self.copy_button = big_button(self.tr("Copiar respaldo a la memoria USB"), self)
        self.list_button = big_button(self.tr("Ver y restaurar respaldos…"), self)
        # Two rows: three big buttons side by side are wider than a 1024x600 screen leaves.
        for buttons in ((self.create_button, self.list_button), (self.copy_button,)):
            row = QHBoxLayout()
            for button in buttons:
                row.addWidget(button)
            row.addStretch(1)
            layout.addLayout(row)
        self.create_button.clicked.connect(self.make_backup)
        self.copy_button.clicked.connect(self.copy_to_stick)
        self.list_button.clicked.connect(self.open_list)

    def refresh(self) -> None:
        backups = self.ui.services.backups
        if not backups.available:
            self.setEnabled(False)
            return
        self.ui.run(backups.list, self._show, self)

    def _show(self, found: list[BackupInfo]) -> None:
        if not found:
            self.latest.setText(self.tr("Todavía no hay respaldos. El programa guarda uno al "
                                        "empezar cada día y antes de importar o restaurar."))
            return
        self.latest.setText(self.tr(
            "Último respaldo: {date} ({n} guardados en la carpeta «copias»). La llave de este "
            "equipo nunca va en un respaldo.").format(
            date=self.ui.local(found[0].made_at).strftime("%d/%m/%Y %H:%M"), n=len(found)))

    def make_backup(self) -> None:
        self.ui.write([self.create_button], self.ui.services.backups.create,
                      lambda _made: self.refresh(), self)

    def copy_to_stick(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Elija la memoria USB donde copiar el respaldo"))
        if not folder:
            return

        def done(path: Path) -> None:
            QMessageBox.information(self, self.tr("Respaldo copiado"), self.tr(
                "Respaldo escrito y comprobado en {path}. Ya puede retirar la memoria; "
                "guárdela en un lugar seguro: contiene el censo completo.").format(path=path))
            self.refresh()

        self.ui.write([self.copy_button],
                      lambda: self.ui.services.backups.copy_to(Path(folder)), done, self)

    def open_list(self) -> None:
        self.dialog = BackupsDialog(self.ui, self)
        self.dialog.show()
        self.dialog.refresh()


class BackupsDialog(QDialog):
    """The backups kept, newest first; choosing one shows what it holds; restore it."""

    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Respaldos"))
        self.resize(640, 420)
        self.ui = ui
        self.backups: list[BackupInfo] = []
        layout = QVBoxLayout(self)
        self.model = RecordTableModel([
            Column(self.tr("Fecha"),
                   lambda b: ui.local(b.made_at).strftime("%d/%m/%Y %H:%M")),
            Column(self.tr("Motivo"), lambda b: self._reason(b.reason)),
            Column(self.tr("Tamaño"),
                   lambda b: self.tr("{kb} KB").format(kb=max(1, b.size // KB)), True),
        ], self, key=lambda b: str(b.path))
        self.table = record_table(self)
        self.table.setModel(self.model)
        self.table.setMinimumHeight(110)
        layout.addWidget(self.table, 1)
        self.details = text_label("", self)
        self.details.setWordWrap(True)
        layout.addWidget(self.details)
        row = QHBoxLayout()
        self.restore_button = big_button(self.tr("Restaurar este respaldo"), self)
        self.restore_button.setEnabled(False)
        close = big_button(self.tr("Cerrar"), self)
        row.addWidget(self.restore_button)
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)
        self.restore_button.clicked.connect(self.restore)
        close.clicked.connect(self.reject)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._selected())

    def refresh(self) -> None:
        self.ui.run(self.ui.services.backups.list, self._show, self)

    def _show(self, found: list[BackupInfo]) -> None:
        self.backups = found
        self.model.set_rows(found)
        fit_columns(self.table)
        self._selected()

    def _current(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.backups):
            return None
        return self.backups[rows[0].row()]

    def _selected(self) -> None:
        backup = self._current()
        self.restore_button.setEnabled(False)
        if backup is None:
            self.details.setText(self.tr("Elija un respaldo para ver lo que contiene."))
            return
        self.details.setText(self.tr("Comprobando el respaldo…"))
        self.ui.run(lambda: self.ui.services.backups.verify(backup.path), self._checked, self)

    def _checked(self, check: BackupCheck) -> None:
        backup = self._current()
        if backup is None or backup.path != check.path:
            return
        if not check.ok:
            self.details.setText(self.tr("Este respaldo está dañado ({d}); no se puede "
                                         "restaurar.").format(d=check.problems[0]))
            return
        c = check.counts
        self.details.setText(self.tr(
            "{residents} habitantes, {assemblies} asambleas, {projects} proyectos, {changes} "
            "cambios. Sano.").format(
            residents=c.get("resident", 0), assemblies=c.get("assembly", 0),
            projects=c.get("project", 0), changes=c.get("change", 0)))
        self.restore_button.setEnabled(self.ui.restore_backup is not None)

    def restore(self) -> None:
        backup = self._current()
        restore = self.ui.restore_backup
        if backup is None or restore is None:
            return
        answer = QMessageBox.question(self, self.tr("Restaurar respaldo"), self.tr(
            "¿Restaurar el respaldo del {date}? La base de datos actual se respalda primero. "
            "Los cambios hechos en este equipo después de esa fecha que ya se enviaron a otros "
            "equipos volverán con la próxima sincronización; los demás se pierden.").format(
            date=self.ui.local(backup.made_at).strftime("%d/%m/%Y %H:%M")))
        if answer == QMessageBox.StandardButton.Yes:
            self.restore_button.setEnabled(False)
            self.accept()
            restore(backup.path)

    def _reason(self, reason: str) -> str:
        names = {
            "diaria": self.tr("diario"),
            "manual": self.tr("a pedido"),
            "antes-de-importar": self.tr("antes de importar"),
            "antes-de-actualizar": self.tr("antes de actualizar"),
            "antes-de-restaurar": self.tr("antes de restaurar"),
        }
        return names.get(reason, reason)
