"""Configuración: the organization this laptop works for, its rules, paper and language."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.census.model import Territory
from app.domain.enums import OrgKind
from app.domain.organizations import SECOND_CALL_AFTER, Organization
from app.domain.settings import Settings

from ui import labels
from ui.context import UiContext
from ui.pages.base import Page
from ui.pages.settings_hub import HubSettingsBox
from ui.safety.backups_panel import BackupsPanel
from ui.widgets import big_button, text_label


@dataclass(frozen=True)
class SettingsData:
    settings: Settings
    organizations: list[Organization]


class SettingsPage(Page):
    watches = frozenset({"organization"})

    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ui, self.tr("Configuración"), parent)
        self.organizations: list[Organization] = []

        general = QGroupBox(self.tr("Este equipo"), self)
        form = QFormLayout(general)
        self.organization = QComboBox(general)
        self.page_size = QComboBox(general)
        self.page_size.addItem(self.tr("Carta (Letter)"), "letter")
        self.page_size.addItem(self.tr("A4"), "a4")
        self.language = QComboBox(general)
        self.language.addItem("Español", "es")
        self.language.addItem("English", "en")
        form.addRow(self.tr("Organización con la que trabaja:"), self.organization)
        form.addRow(self.tr("Tamaño del papel:"), self.page_size)
        form.addRow(self.tr("Idioma (al reiniciar):"), self.language)
        self.layout_.addWidget(general)

        rules = QGroupBox(self.tr("Reglas de la organización"), self)
        rules_form = QFormLayout(rules)
        self.first_pct = self._spin(1, 100, "%")
        self.second_pct = self._spin(1, 100, "%")
        self.voting_age = self._spin(10, 21, self.tr(" años"))
        self.second_after = self._spin(*SECOND_CALL_AFTER, self.tr(" minutos después"))
        self.second_after.setSingleStep(15)
        rules_form.addRow(self.tr("Quórum en primera convocatoria:"), self.first_pct)
        rules_form.addRow(self.tr("Quórum en segunda convocatoria:"), self.second_pct)
        rules_form.addRow(self.tr("Segunda convocatoria, el mismo día:"), self.second_after)
        rules_form.addRow(self.tr("Edad mínima para votar:"), self.voting_age)
        note = text_label(self.tr("Los porcentajes se calculan sobre los habitantes con la edad "
                              "mínima para votar."), rules)
        note.setObjectName("muted")
        note.setWordWrap(True)
        rules_form.addRow(note)
        self.layout_.addWidget(rules)

        row = QHBoxLayout()
        self.save_button = big_button(self.tr("Guardar configuración"), self, primary=True)
        self.saved_label = text_label("", self)
        row.addWidget(self.save_button)
        row.addWidget(self.saved_label, 1)
        self.layout_.addLayout(row)

        create = QGroupBox(self.tr("Registrar una organización nueva"), self)
        create_form = QFormLayout(create)
        self.new_kind = QComboBox(create)
        for kind in (OrgKind.COMMUNE, OrgKind.CIRCUIT, OrgKind.COUNCIL):
            self.new_kind.addItem(labels.org_kind(kind), kind.value)
        self.new_name = QLineEdit(create)
        self.new_state = QLineEdit(create)
        self.new_municipality = QLineEdit(create)
        self.new_parish = QLineEdit(create)
        create_form.addRow(self.tr("Tipo:"), self.new_kind)
        create_form.addRow(self.tr("Nombre:"), self.new_name)
        create_form.addRow(self.tr("Estado:"), self.new_state)
        create_form.addRow(self.tr("Municipio:"), self.new_municipality)
        create_form.addRow(self.tr("Parroquia:"), self.new_parish)
        self.create_button = big_button(self.tr("Registrar"), create)
        create_form.addRow(self.create_button)
        self.layout_.addWidget(create)
        self.backups = BackupsPanel(ui, self)
        self.layout_.addWidget(self.backups)
        self.layout_.addWidget(HubSettingsBox(ui, self))
        self.layout_.addStretch(1)
        self._scroll_below_title()

        self.save_button.clicked.connect(self.save)
        self.create_button.clicked.connect(self.create_organization)
        self.organization.currentIndexChanged.connect(lambda _i: self._show_rules())

    def _scroll_below_title(self) -> None:
        """Everything under the title in a scroll area: the sections need more height than a
        1024x600 screen has, and squeezed they overlap."""
        content = QWidget(self)
        box = QVBoxLayout(content)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(self.layout_.spacing())
        while (item := self.layout_.takeAt(1)) is not None:
            widget, layout = item.widget(), item.layout()
            if widget is not None:
                box.addWidget(widget)
            elif layout is not None:
                box.addLayout(layout)
            else:
                box.addItem(item)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        self.layout_.addWidget(scroll, 1)

    def _spin(self, low: int, high: int, suffix: str) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(low, high)
        spin.setSuffix(suffix)
        spin.setMinimumWidth(120)
        return spin

    def refresh(self) -> None:
        self.backups.refresh()
        sv = self.services
        self.ui.run(lambda: SettingsData(sv.settings.all(), sv.organizations.list_all()),
                    self._show, self)

    def _show(self, data: SettingsData) -> None:
        self.organizations = data.organizations
        self.organization.blockSignals(True)
        self.organization.clear()
        for org in data.organizations:
            self.organization.addItem(f"{org.name} ({labels.org_kind(org.kind)})", org.id)
        index = self.organization.findData(data.settings.organization_id)
        self.organization.setCurrentIndex(max(index, 0))
        self.organization.blockSignals(False)
        self.page_size.setCurrentIndex(max(self.page_size.findData(data.settings.page_size), 0))
        self.language.setCurrentIndex(max(self.language.findData(data.settings.language), 0))
        self._show_rules()

    def _current_org(self) -> Organization | None:
        org_id = self.organization.currentData()
        return next((o for o in self.organizations if o.id == org_id), None)

    def _show_rules(self) -> None:
        org = self._current_org()
        for spin in (self.first_pct, self.second_pct, self.voting_age, self.second_after):
            spin.setEnabled(org is not None)
        if org is not None:
            self.first_pct.setValue(org.quorum_first_call_pct)
            self.second_pct.setValue(org.quorum_second_call_pct)
            self.voting_age.setValue(org.voting_age)
            self.second_after.setValue(org.second_call_after_min)

    def save(self) -> None:
        sv = self.services
        org = self._current_org()
        page_size, language = self.page_size.currentData(), self.language.currentData()
        first, second, age, after = (self.first_pct.value(), self.second_pct.value(),
                                     self.voting_age.value(), self.second_after.value())

        def job() -> None:
            sv.settings.set("page_size", page_size)
            sv.settings.set("language", language)
            if org is not None:
                sv.settings.set("organization_id", org.id)
                sv.organizations.update_rules(org.id, first, second, age, after)

        self.saved_label.setText("")
        self.ui.run(job, lambda _r: self.saved_label.setText(self.tr("Configuración guardada.")),
                    self)

    def create_organization(self) -> None:
        sv = self.services
        kind = OrgKind(self.new_kind.currentData())
        name = self.new_name.text()
        territory = Territory(self.new_state.text().strip() or None,
                              self.new_municipality.text().strip() or None,
                              self.new_parish.text().strip() or None)
        parent = self._current_org()
        parent_id = parent.id if kind is OrgKind.COUNCIL and parent is not None and \
            parent.kind is not OrgKind.COUNCIL else None

        def job() -> Organization:
            org = sv.organizations.create(kind, name, parent_id, territory)
            if not sv.settings.get("organization_id"):
                sv.settings.set("organization_id", org.id)
            return org

        def done(org: Organization) -> None:
            self.new_name.clear()
            self.saved_label.setText(self.tr("Organización registrada: {name}").format(
                name=org.name))

        self.ui.run(job, done, self)
