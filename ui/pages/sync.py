"""Sincronizar: send and receive bundles on a USB stick, see who holds what, settle conflicts.

Everything that touches the database or the stick runs on the worker thread; the page only
shows results. A stick is "safe to remove" only after the bundle was read back from it.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.field_labels import field_label
from app.sync.disk_trouble import readable_name

from ui import labels
from ui.context import UiContext, error_text
from ui.flow_layout import FlowLayout
from ui.hub_status import HubStatusLine
from ui.pages.base import Page
from ui.pages.sync_drives import removable_drives
from ui.pages.sync_texts import bundle_state, notes, shown_value, summary_text
from ui.table_model import Column, RecordTableModel
from ui.widgets import (
    ask_plain,
    big_button,
    fit_columns,
    record_table,
    section_title,
    text_label,
)

if TYPE_CHECKING:  # only named in annotations: the module is not loaded at run time
    from app.sync.model import (
        BundleInfo,
        Conflict,
        ExportPreview,
        ExportResult,
        FoundBundle,
        ImportSummary,
        KnownDevice,
        SyncStatus,
    )

class SyncPage(Page):
    watches = frozenset({"device", "conflict"})

    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ui, self.tr("Sincronizar"), parent)
        form = QFormLayout()
        self.fingerprint = text_label("", self)
        self.fingerprint.setObjectName("fingerprint")
        self.summary = text_label("", self)
        self.summary.setWordWrap(True)  # pending files and a wrong date add sentences
        form.addRow(self.tr("Huella de este equipo (para comparar por teléfono):"),
                    self.fingerprint)
        form.addRow(self.tr("Estado:"), self.summary)
        self.hub_line = HubStatusLine(ui, self)
        form.addRow(self.tr("Hub:"), self.hub_line)
        self.layout_.addLayout(form)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._send_tab(), self.tr("Enviar"))
        self.tabs.addTab(self._receive_tab(), self.tr("Recibir"))
        self.tabs.addTab(self._status_tab(), self.tr("Equipos y paquetes"))
        self.tabs.addTab(self._conflicts_tab(), self.tr("Conflictos"))
        self.layout_.addWidget(self.tabs, 1)
        # Asked before importing from a laptop never seen; tests answer it themselves.
        self.confirm_trust: Callable[[BundleInfo], bool] = self._ask_trust

    # -- building the tabs -------------------------------------------------------------------

    def _send_tab(self) -> QWidget:
        tab = QWidget(self)
        box = QVBoxLayout(tab)
        form = QFormLayout()
        self.drives = QComboBox(tab)
        self.peers = QComboBox(tab)
        form.addRow(self.tr("Memoria USB:"), self.drives)
        form.addRow(self.tr("Para:"), self.peers)
        box.addLayout(form)
        row = FlowLayout()
        self.find_drives_button = big_button(self.tr("Buscar memorias"), tab)
        self.choose_folder_button = big_button(self.tr("Elegir carpeta…"), tab)
        self.export_button = big_button(self.tr("Escribir paquete"), tab, primary=True)
        for button in (self.find_drives_button, self.choose_folder_button, self.export_button):
            row.addWidget(button)
        box.addLayout(row)
        self.preview = text_label("", tab)
        self.export_result = text_label("", tab)
        self.export_result.setObjectName("exportResult")
        self.export_result.setWordWrap(True)
        box.addWidget(self.preview)
        box.addWidget(self.export_result)
        box.addStretch(1)
        self.find_drives_button.clicked.connect(self.find_drives)
        self.choose_folder_button.clicked.connect(self._choose_folder)
        self.export_button.clicked.connect(self.export)
        self.peers.currentIndexChanged.connect(lambda _i: self._load_preview())
        return tab

    def _receive_tab(self) -> QWidget:
        tab = QWidget(self)
        box = QVBoxLayout(tab)
        # Its own stick or folder: receiving from a stick is not sending to it.
        form = QFormLayout()
        self.sources = QComboBox(tab)
        form.addRow(self.tr("Buscar en:"), self.sources)
        box.addLayout(form)
        row = FlowLayout()
        self.find_sources_button = big_button(self.tr("Buscar memorias"), tab)
        self.choose_source_button = big_button(self.tr("Elegir carpeta…"), tab)
        self.scan_button = big_button(self.tr("Buscar paquetes en la memoria"), tab)
        self.import_button = big_button(self.tr("Importar el seleccionado"), tab, primary=True)
        for button in (self.find_sources_button, self.choose_source_button, self.scan_button,
                       self.import_button):
            row.addWidget(button)
        box.addLayout(row)
        self.bundles_model = RecordTableModel([
            Column(self.tr("Archivo"), lambda b: readable_name(b.path)),
            Column(self.tr("De"), lambda b: b.info.sender_name if b.info else "—"),
            Column(self.tr("Huella"), lambda b: b.info.sender_fingerprint if b.info else "—"),
            Column(self.tr("Cambios"), lambda b: b.info.changes if b.info else "—",
                   align_right=True),
            Column(self.tr("Situación"), bundle_state),
        ], self)
        self.bundles_table = record_table(tab)
        self.bundles_table.setModel(self.bundles_model)
        box.addWidget(self.bundles_table, 1)
        self.import_result = text_label("", tab)  # names a laptop: shown as written
        self.import_result.setObjectName("importResult")
        self.import_result.setWordWrap(True)
        box.addWidget(self.import_result)
        self.find_sources_button.clicked.connect(self.find_sources)
        self.choose_source_button.clicked.connect(self._choose_source)
        self.scan_button.clicked.connect(self.scan)
        self.import_button.clicked.connect(self.import_selected)
        return tab

    def _status_tab(self) -> QWidget:
        tab = QWidget(self)
        box = QVBoxLayout(tab)
        box.addWidget(section_title(self.tr("Equipos conocidos"), tab))
        self.devices_model = RecordTableModel([
            Column(self.tr("Equipo"), self._device_name),
            Column(self.tr("Huella"), lambda d: d.fingerprint),
            Column(self.tr("Confianza"), lambda d: self.tr("confiable") if d.trust == "trusted"
                   else self.tr("revocado")),
            Column(self.tr("Cambios que tiene"), lambda d: sum(d.holds.values()),
                   align_right=True),
            Column(self.tr("Último paquete"), lambda d: self.ui.local(d.last_bundle_at)
                   .strftime("%d/%m/%Y %H:%M") if d.last_bundle_at else "—"),
        ], self)
        self.devices_table = record_table(tab)
        self.devices_table.setModel(self.devices_model)
        box.addWidget(self.devices_table, 1)
        box.addWidget(section_title(self.tr("Paquetes enviados y recibidos"), tab))
        self.history_model = RecordTableModel([
            Column(self.tr("Fecha"), lambda b: self.ui.local(b.at).strftime("%d/%m/%Y %H:%M")),
            Column(self.tr("Dirección"), lambda b: self.tr("enviado")
                   if b.direction == "export" else self.tr("recibido")),
            Column(self.tr("Archivo"), lambda b: b.file_name),
        ], self)
        self.history_table = record_table(tab)
        self.history_table.setModel(self.history_model)
        box.addWidget(self.history_table, 1)
        return tab

    def _conflicts_tab(self) -> QWidget:
        tab = QWidget(self)
        box = QVBoxLayout(tab)
        note = text_label(self.tr("El mismo dato se cambió distinto en dos equipos. Mientras nadie "
                              "elija, se muestra el valor marcado; ningún valor se pierde."), tab)
        note.setWordWrap(True)
        box.addWidget(note)
        self.conflicts_model = RecordTableModel([
            Column(self.tr("Registro"), lambda c: c.record or c.entity_id[-8:]),
            Column(self.tr("Dato"), lambda c: field_label(c.entity, c.field)),
            Column(self.tr("Valores"), lambda c: "  |  ".join(
                ("★ " if ch.provisional else "") + shown_value(ch.value) + f" ({ch.device_name})"
                for ch in c.choices)),
        ], self)
        self.conflicts_table = record_table(tab)
        self.conflicts_table.setModel(self.conflicts_model)
        box.addWidget(self.conflicts_table, 1)
        row = QHBoxLayout()
        self.choices = QComboBox(tab)
        self.resolve_button = big_button(self.tr("Quedarse con este valor"), tab, primary=True)
        row.addWidget(text_label(self.tr("Valor:"), tab))
        row.addWidget(self.choices, 1)
        row.addWidget(self.resolve_button)
        box.addLayout(row)
        self.conflicts_table.selectionModel().currentRowChanged.connect(
            lambda current, _prev: self._fill_choices(current.row()))
        self.resolve_button.clicked.connect(self.resolve_selected)
        return tab

    # -- loading -----------------------------------------------------------------------------

    def refresh(self) -> None:
        sync = self.services.sync
        self.ui.run(lambda: (sync.status(), sync.conflicts()), self._show, self)
        self.hub_line.refresh()
        if self.drives.count() == 0:
            self.find_drives()
        if self.sources.count() == 0:
            self.find_sources()

    def _show(self, loaded: tuple[SyncStatus, list[Conflict]]) -> None:
        status, conflicts = loaded
        self.fingerprint.setText(status.fingerprint)
        held = labels.count(status.changes_held, self.tr("{n} cambio guardado"),
                            self.tr("{n} cambios guardados"))
        waiting = labels.count(len(status.pending), self.tr("{n} en espera"),
                               self.tr("{n} en espera"))
        open_ = labels.count(status.open_conflicts, self.tr("{n} conflicto por resolver"),
                             self.tr("{n} conflictos por resolver"))
        self.summary.setText(f"{held}; {waiting}; {open_}."
                             + "".join("\n" + line for line in notes(
                                 0, status.files_pending, 0, status.clock_ahead)))
        self.devices_model.set_rows(status.devices)
        self.history_model.set_rows(status.bundles)
        self.conflicts_model.set_rows(conflicts)
        fit_columns(self.devices_table)
        self._fill_peers(status.devices)
        self._fill_choices(self.conflicts_table.currentIndex().row())

    def _fill_peers(self, devices: list[KnownDevice]) -> None:
        current = self.peers.currentData()
        self.peers.blockSignals(True)
        self.peers.clear()
        self.peers.addItem(self.tr("Cualquier equipo (paquete completo)"), None)
        for device in devices:
            if not device.is_this_device and device.trust == "trusted":
                self.peers.addItem(self.tr("%1 (solo lo que le falta)").replace(
                    "%1", f"{device.name} · {device.fingerprint}"), device.id)
        index = self.peers.findData(current)
        self.peers.setCurrentIndex(max(index, 0))
        self.peers.blockSignals(False)
        self._load_preview()

    def _load_preview(self) -> None:
        peer = self.peers.currentData()
        sync = self.services.sync
        self.ui.run(lambda: sync.preview_export(peer), self._show_preview, self)

    def _show_preview(self, preview: ExportPreview) -> None:
        changes = labels.count(preview.changes, self.tr("Se enviará {n} cambio"),
                               self.tr("Se enviarán {n} cambios"))
        origins = labels.count(len(preview.origins), self.tr("de {n} equipo."),
                               self.tr("de {n} equipos."))
        self.preview.setText(f"{changes} {origins}")

    # -- sending -----------------------------------------------------------------------------

    def find_drives(self) -> None:
        self.drives.clear()
        for drive in removable_drives():
            self.drives.addItem(self.tr("%1 (%2 MB libres)").replace("%1", drive.label)
                                .replace("%2", str(drive.free_mb)), str(drive.path))
        if self.drives.count() == 0:
            self.export_result.setText(self.tr("No se encontró ninguna memoria USB. "
                                               "Conéctela o elija una carpeta."))

    def add_folder(self, folder: Path) -> None:
        """Offer a folder as a destination (chosen by hand, or in tests)."""
        self.drives.addItem(str(folder), str(folder))
        self.drives.setCurrentIndex(self.drives.count() - 1)

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Carpeta para el paquete"))
        if folder:
            self.add_folder(Path(folder))

    def export(self) -> None:
        target = self.drives.currentData()
        if not target:
            self.export_result.setText(self.tr("Elija primero una memoria o carpeta."))
            return
        peer = self.peers.currentData()
        sync = self.services.sync
        self.export_button.setEnabled(False)
        self.export_result.setText(self.tr("Escribiendo el paquete… no retire la memoria."))

        def done(result: ExportResult) -> None:
            self.export_button.setEnabled(True)
            self.export_result.setText(
                self.tr("Listo: %1 (%2 cambios) escrito y verificado en la memoria. "
                        "Ya puede retirarla.").replace("%1", result.path.name)
                .replace("%2", str(result.changes)))

        def failed(exc: BaseException) -> None:
            self.export_button.setEnabled(True)
            self.export_result.setText(error_text(exc))

        self.ui.runner.submit(lambda: sync.export(Path(target), peer=peer), done, failed)

    # -- receiving ---------------------------------------------------------------------------

    def find_sources(self) -> None:
        self.sources.clear()
        for drive in removable_drives():
            self.sources.addItem(drive.label, str(drive.path))

    def add_source(self, folder: Path) -> None:
        """Offer a folder to receive from (chosen by hand, or in tests)."""
        self.sources.addItem(str(folder), str(folder))
        self.sources.setCurrentIndex(self.sources.count() - 1)

    def _choose_source(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Carpeta con paquetes"))
        if folder:
            self.add_source(Path(folder))

    def scan(self) -> None:
        target = self.sources.currentData()
        if not target:
            self.import_result.setText(self.tr("Elija primero una memoria o carpeta."))
            return
        sync = self.services.sync

        def load() -> list[FoundBundle]:
            return sync.scan(Path(target))

        def show(found: list[FoundBundle]) -> None:
            self.bundles_model.set_rows(found)
            fit_columns(self.bundles_table)
            if found:
                self.bundles_table.selectRow(0)
            self.import_result.setText(labels.count(
                len(found), self.tr("{n} paquete encontrado."),
                self.tr("{n} paquetes encontrados.")))

        self.ui.run(load, show, self)

    def import_selected(self) -> None:
        row = self.bundles_table.currentIndex().row()
        if row < 0:
            self.import_result.setText(self.tr("Seleccione un paquete."))
            return
        found: FoundBundle = self.bundles_model.row_at(row)
        info = found.info
        if info is None:
            self.import_result.setText(found.problem)
            return
        if info.from_this_device:
            self.import_result.setText(self.tr("Ese paquete lo escribió este mismo equipo: "
                                               "no hay nada que importar."))
            return
        trust = None
        if not info.sender_known:
            if not self.confirm_trust(info):
                self.import_result.setText(self.tr("No se importó: no se aceptó la huella."))
                return
            trust = info.sender_fingerprint
        sync = self.services.sync

        def done(result: tuple[ImportSummary, int]) -> None:
            self.import_result.setText(summary_text(*result))
            self.refresh()  # what the page shows of its own bundles, devices and conflicts

        def failed(exc: BaseException) -> None:
            self.import_result.setText(error_text(exc))

        # The files still pending are counted after the import, over every attachment held.
        self.ui.runner.submit(lambda: (sync.import_file(info.path, trust), sync.files_pending()),
                              done, failed)

    def _ask_trust(self, info: BundleInfo) -> bool:
        return ask_plain(
            self, self.tr("Equipo desconocido"),
            self.tr("Este paquete viene de «%1», un equipo que este no conoce.\n\n"
                    "Huella: %2\n\nLlame a quien lo envió y compare la huella. "
                    "¿Coincide?").replace("%1", info.sender_name)
            .replace("%2", info.sender_fingerprint))

    def _device_name(self, device: KnownDevice) -> str:
        return device.name + (self.tr(" (este)") if device.is_this_device else "")

    # -- conflicts ---------------------------------------------------------------------------

    def _fill_choices(self, row: int) -> None:
        self.choices.clear()
        if row < 0 or row >= self.conflicts_model.rowCount():
            self.resolve_button.setEnabled(False)
            return
        conflict: Conflict = self.conflicts_model.row_at(row)
        for choice in conflict.choices:
            self.choices.addItem(f"{shown_value(choice.value)} ({choice.device_name})",
                                 json.dumps(choice.value))
        self.resolve_button.setEnabled(True)

    def resolve_selected(self) -> None:
        row = self.conflicts_table.currentIndex().row()
        if row < 0 or self.choices.currentIndex() < 0:
            return
        conflict: Conflict = self.conflicts_model.row_at(row)
        value = json.loads(self.choices.currentData())
        sync = self.services.sync
        self.ui.run(lambda: sync.resolve(conflict.id, value), lambda _c: self.refresh(), self)
