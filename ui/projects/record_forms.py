"""The project's forms that were command-line only: funding by hand, a progress report with
its photos, an inspection with inspectors chosen from the census, and the people who answer
for the project. Each returns what was typed; the services refuse bad input with a sentence."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.census import Resident
from app.domain.enums import ProjectRole

from ui import labels
from ui.context import UiContext
from ui.projects.dialogs import _Form


class _SearchField(QLineEdit):
    """Enter searches and stops there: in a form it would otherwise also press OK and save
    the form before anyone was chosen."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()


class ResidentPicker(QWidget):
    """Residents of the census found by name or cédula; the ones ticked are chosen (and stay
    chosen across searches)."""

    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self._chosen: dict[str, str] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.search = _SearchField(self)
        self.search.setPlaceholderText(self.tr("nombre o cédula"))
        self.search_button = QPushButton(self.tr("Buscar"), self)
        row.addWidget(self.search, 1)
        row.addWidget(self.search_button)
        layout.addLayout(row)
        self.found = QListWidget(self)
        self.found.setMaximumHeight(110)  # the form fits 1024×600 with its other rows
        layout.addWidget(self.found)
        self.search.returnPressed.connect(self.look_up)
        self.search_button.clicked.connect(self.look_up)
        self.found.itemChanged.connect(self._ticked)

    def look_up(self) -> None:
        residents, text = self.ui.services.residents, self.search.text()
        self.ui.run(lambda: residents.search(text, limit=30), self.show_found, self)

    def show_found(self, people: list[Resident]) -> None:
        self.found.blockSignals(True)
        self.found.clear()
        for person in people:
            item = QListWidgetItem(
                f"{person.full_name} · {person.national_id or self.tr('sin cédula')}")
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, person.full_name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if person.id in self._chosen
                               else Qt.CheckState.Unchecked)
            self.found.addItem(item)
        self.found.blockSignals(False)

    def _ticked(self, item: QListWidgetItem) -> None:
        resident_id = str(item.data(Qt.ItemDataRole.UserRole))
        if item.checkState() == Qt.CheckState.Checked:
            self._chosen[resident_id] = str(item.data(Qt.ItemDataRole.UserRole + 1))
        else:
            self._chosen.pop(resident_id, None)

    def chosen(self) -> list[str]:
        return list(self._chosen)


class FundDialog(_Form):
    def __init__(self, by: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Registrar el proyecto como financiado"), parent)
        self.amount = QLineEdit(labels.amount(1_000_000), self)
        self.currency = self.currency_field()
        self.by = QLineEdit(by, self)
        self.form.addRow(self.tr("Monto"), self.amount)
        self.form.addRow(self.tr("Moneda"), self.currency)
        self.form.addRow(self.tr("Quién lo registra"), self.by)
        self.finish()


@dataclass(frozen=True)
class ProgressTyped:
    day: date
    percent: int
    text: str
    photos: tuple[Path, ...]


class ProgressDialog(_Form):
    def __init__(self, last_percent: int, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Informe de avance"), parent)
        self.day = self.day_field()
        self.percent = QSpinBox(self)
        self.percent.setRange(0, 100)
        self.percent.setSuffix(" %")
        self.percent.setValue(last_percent)
        self.text = QPlainTextEdit(self)
        self.text.setMaximumHeight(90)
        self.photos = QLineEdit(self)
        self.photos.setPlaceholderText(self.tr("fotos de la obra (.jpg, .png), separadas por ;"))
        choose = QPushButton(self.tr("Elegir…"), self)
        choose.clicked.connect(self._choose)
        row = QHBoxLayout()
        row.addWidget(self.photos, 1)
        row.addWidget(choose)
        self.form.addRow(self.tr("Fecha"), self.day)
        self.form.addRow(self.tr("Avance"), self.percent)
        self.form.addRow(self.tr("Cómo va la obra"), self.text)
        self.form.addRow(self.tr("Fotos"), row)
        self.finish()

    def _choose(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Fotos de la obra"), "", self.tr("Imágenes (*.jpg *.jpeg *.png)"))
        if paths:
            self.photos.setText(";".join(paths))

    def typed(self) -> ProgressTyped:
        photos = tuple(Path(p.strip()) for p in self.photos.text().split(";") if p.strip())
        return ProgressTyped(self.day.date().toPython(), self.percent.value(),  # type: ignore[arg-type]
                             self.text.toPlainText(), photos)


class InspectionDialog(_Form):
    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Inspección de la contraloría social"), parent)
        self.day = self.day_field()
        self.inspectors = ResidentPicker(ui, self)
        self.checked = QLineEdit(self)
        self.findings = QPlainTextEdit(self)
        self.findings.setPlaceholderText(self.tr("un hallazgo por línea"))
        self.findings.setMaximumHeight(80)
        self.observations = QLineEdit(self)
        self.form.addRow(self.tr("Fecha"), self.day)
        self.form.addRow(self.tr("Contralores"), self.inspectors)
        self.form.addRow(self.tr("Qué se revisó"), self.checked)
        self.form.addRow(self.tr("Hallazgos"), self.findings)
        self.form.addRow(self.tr("Observaciones"), self.observations)
        self.finish()

    def finding_lines(self) -> list[str]:
        return [line for line in self.findings.toPlainText().splitlines() if line.strip()]


class PeopleDialog(_Form):
    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Responsables del proyecto"), parent)
        self.role = QComboBox(self)
        for role in ProjectRole:
            self.role.addItem(labels.project_role(role), role.value)
        self.people = ResidentPicker(ui, self)
        self.form.addRow(self.tr("Rol"), self.role)
        self.form.addRow(self.tr("Habitantes"), self.people)
        self.finish()

    def chosen_role(self) -> ProjectRole:
        return ProjectRole(str(self.role.currentData()))
