"""Organización: the commune or circuit and its councils (with territory), each council's
sectors, committees and spokespeople with their terms (an ended term shows as such)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.census.model import Territory
from app.domain.dates import parse_date
from app.domain.enums import OrgKind
from app.domain.errors import DomainError
from app.domain.organizations import Committee, Organization, Sector, Spokesperson

from ui import labels
from ui.context import UiContext
from ui.table_model import Column, RecordTableModel
from ui.widgets import big_button, record_table, text_label


@dataclass(frozen=True)
class OrgDetails:
    organization: Organization
    sectors: list[Sector]
    committees: list[Committee]
    spokespeople: list[Spokesperson]


class OrganizationTab(QWidget):
    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.services = ui.services
        self.details: OrgDetails | None = None
        self._today = date.today()
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 8, 0, 0)
        splitter = QSplitter(self)
        outer.addWidget(splitter)

        left = QWidget(splitter)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.org_model = RecordTableModel([
            Column(self.tr("Organización"), lambda o: o.name),
            Column(self.tr("Tipo"), lambda o: labels.org_kind(o.kind)),
        ], self)
        self.org_table = record_table(left)
        self.org_table.setModel(self.org_model)
        self.org_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        left_layout.addWidget(self.org_table, 1)
        add_row = QHBoxLayout()
        self.new_kind = QComboBox(left)
        for kind in (OrgKind.COUNCIL, OrgKind.COMMUNE, OrgKind.CIRCUIT):
            self.new_kind.addItem(labels.org_kind(kind), kind)
        self.new_council = QLineEdit(left)
        self.new_council.setPlaceholderText(self.tr("Nombre"))
        self.add_council_button = big_button(self.tr("Agregar"), left)
        add_row.addWidget(self.new_kind)
        add_row.addWidget(self.new_council, 1)
        add_row.addWidget(self.add_council_button)
        left_layout.addLayout(add_row)

        right = QWidget(splitter)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        self.status = text_label("", right)
        self.status.setWordWrap(True)
        right_layout.addWidget(self.status)

        details = QGroupBox(self.tr("Datos y territorio"), right)
        form = QFormLayout(details)
        self.name = QLineEdit(details)
        self.state = QLineEdit(details)
        self.municipality = QLineEdit(details)
        self.parish = QLineEdit(details)
        self.registry = QLineEdit(details)
        form.addRow(self.tr("Nombre:"), self.name)
        form.addRow(self.tr("Estado:"), self.state)
        form.addRow(self.tr("Municipio:"), self.municipality)
        form.addRow(self.tr("Parroquia:"), self.parish)
        form.addRow(self.tr("Código de registro:"), self.registry)
        self.save_button = big_button(self.tr("Guardar cambios"), details, primary=True)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.save_button)
        form.addRow(save_row)
        top = QVBoxLayout()  # one above the other: side by side they overflow a netbook
        top.addWidget(details)
        right_layout.addLayout(top)

        sectors = QGroupBox(self.tr("Sectores"), right)
        sectors_layout = QVBoxLayout(sectors)
        self.sector_model = RecordTableModel([
            Column(self.tr("Sector"), lambda s: s.name),
            Column(self.tr("Descripción"), lambda s: s.description or ""),
        ], self)
        self.sector_table = record_table(sectors)
        self.sector_table.setModel(self.sector_model)
        sectors_layout.addWidget(self.sector_table)
        sector_row = QHBoxLayout()
        self.new_sector = QLineEdit(sectors)
        self.new_sector.setPlaceholderText(self.tr("Nombre del sector (calle, vereda, bloque)"))
        self.add_sector_button = big_button(self.tr("Agregar sector"), sectors)
        sector_row.addWidget(self.new_sector, 1)
        sector_row.addWidget(self.add_sector_button)
        sectors_layout.addLayout(sector_row)
        top.addWidget(sectors)

        committees = QGroupBox(self.tr("Comités y voceros"), right)
        committees_layout = QVBoxLayout(committees)
        committee_row = QHBoxLayout()
        self.new_committee = QLineEdit(committees)
        self.new_committee.setPlaceholderText(self.tr("Nuevo comité, p. ej. Comité de Agua"))
        self.add_committee_button = big_button(self.tr("Agregar comité"), committees)
        committee_row.addWidget(self.new_committee, 1)
        committee_row.addWidget(self.add_committee_button)
        committees_layout.addLayout(committee_row)
        self.committee_names: dict[str, str] = {}
        self.spokes_model = RecordTableModel([
            Column(self.tr("Vocero(a)"), lambda p: p.resident_name),
            Column(self.tr("Cargo"), lambda p: p.role or ""),
            Column(self.tr("Desde"), lambda p: p.term_start.strftime("%d/%m/%Y")),
            Column(self.tr("Hasta"),
                   lambda p: p.term_end.strftime("%d/%m/%Y") if p.term_end else ""),
            Column(self.tr("Estado"), self._term_state),
            Column(self.tr("Comité"), lambda p: self.committee_names.get(p.committee_id, "")),
        ], self)
        self.spokes_table = record_table(committees)
        self.spokes_table.setModel(self.spokes_model)
        self.spokes_table.setMinimumHeight(200)
        # Short lists: every column sized to its contents, so "Período vencido" is in view.
        self.spokes_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        committees_layout.addWidget(self.spokes_table, 1)
        spokes_row = QHBoxLayout()  # six fields in two rows: one row overflows a netbook
        spokes_more = QHBoxLayout()
        self.committee = QComboBox(committees)
        self.committee.setMinimumWidth(180)
        self.spokes_person = QLineEdit(committees)
        self.spokes_person.setPlaceholderText(self.tr("Cédula o nombre del habitante"))
        self.spokes_role = QLineEdit(committees)
        self.spokes_role.setPlaceholderText(self.tr("Cargo (principal, suplente)"))
        self.spokes_start = QLineEdit(committees)
        self.spokes_start.setPlaceholderText(self.tr("Desde dd/mm/aaaa"))
        self.spokes_end = QLineEdit(committees)
        self.spokes_end.setPlaceholderText(self.tr("Hasta dd/mm/aaaa"))
        self.add_spokes_button = big_button(self.tr("Agregar vocero"), committees)
        for field in (self.committee, self.spokes_person, self.spokes_role):
            spokes_row.addWidget(field)
        for widget in (self.spokes_start, self.spokes_end, self.add_spokes_button):
            spokes_more.addWidget(widget)
        committees_layout.addLayout(spokes_row)
        committees_layout.addLayout(spokes_more)
        self.end_term_button = big_button(self.tr("Terminar período del vocero elegido"),
                                          committees)
        committees_layout.addWidget(self.end_term_button)
        right_layout.addWidget(committees, 1)
        splitter.setSizes([380, 860])

        self.org_table.selectionModel().currentRowChanged.connect(
            lambda current, _prev: self._load_details(current.row()))
        self.save_button.clicked.connect(self.save_details)
        self.add_council_button.clicked.connect(self.add_council)
        self.add_sector_button.clicked.connect(self.add_sector)
        self.add_committee_button.clicked.connect(self.add_committee)
        self.add_spokes_button.clicked.connect(self.add_spokesperson)
        self.end_term_button.clicked.connect(self.end_selected_term)

    def _term_state(self, p: Spokesperson) -> str:
        if p.term_end is not None and p.term_end < self._today:
            return self.tr("Período vencido")
        if p.term_start > self._today:
            return self.tr("Por comenzar")
        return self.tr("Vigente")

    # -- loading ---------------------------------------------------------------------------

    def refresh(self) -> None:
        self.ui.run(self.services.organizations.list_all, self._show_orgs, self)

    def _show_orgs(self, organizations: list[Organization]) -> None:
        # Keep the row the person chose (its details may still be on their way).
        index = self.org_table.currentIndex()
        current = self.org_model.row_at(index.row()).id if index.isValid() else (
            self.details.organization.id if self.details else None)
        self.org_model.set_rows(organizations)
        ids = [o.id for o in organizations]
        row = ids.index(current) if current in ids else (0 if ids else -1)
        if row >= 0:
            self.org_table.selectRow(row)
            self._load_details(row)

    def _load_details(self, row: int) -> None:
        if not 0 <= row < self.org_model.rowCount():
            return
        org: Organization = self.org_model.row_at(row)
        orgs = self.services.organizations

        def job() -> OrgDetails:
            return OrgDetails(orgs.get(org.id), orgs.sectors(org.id), orgs.committees(org.id),
                              orgs.spokespeople(org_id=org.id))

        self.ui.run(job, self._show_details, self)

    def _show_details(self, details: OrgDetails) -> None:
        self.details = details
        org = details.organization
        self.name.setText(org.name)
        self.state.setText(org.state or "")
        self.municipality.setText(org.municipality or "")
        self.parish.setText(org.parish or "")
        self.registry.setText(org.registry_code or "")
        self.sector_model.set_rows(details.sectors)
        self.committee_names = {c.id: c.name for c in details.committees}
        self.committee.clear()
        for committee in details.committees:
            self.committee.addItem(committee.name, committee.id)
        self.spokes_model.set_rows(details.spokespeople)

    # -- actions ---------------------------------------------------------------------------

    def _run(self, job: Callable[[], object], message: str) -> None:
        # What the job changed reloads the Censo page's tab in view (UiContext.data_changed).
        self.ui.run(job, lambda _r: self.status.setText(message), self)

    def save_details(self) -> None:
        if self.details is None:
            return
        org_id = self.details.organization.id
        name, registry = self.name.text(), self.registry.text()
        territory = Territory(self.state.text(), self.municipality.text(), self.parish.text())
        orgs = self.services.organizations
        self._run(lambda: orgs.update(org_id, name=name, territory=territory,
                                      registry_code=registry),
                  self.tr("Cambios guardados."))

    def add_council(self) -> None:
        """Add a council to the chosen commune or circuit (or beside the chosen council), or
        a new commune or circuit."""
        name = self.new_council.text().strip()
        kind = OrgKind(self.new_kind.currentData())  # Qt hands enums back as plain str
        if not name:
            return
        selected = self.details.organization if self.details else None
        parent_id: str | None = None
        if kind is OrgKind.COUNCIL:
            if selected is None:
                self.status.setText(self.tr("Registre primero la comuna o el circuito comunal."))
                return
            parent_id = selected.parent_id if selected.kind is OrgKind.COUNCIL else selected.id
        orgs = self.services.organizations
        self.new_council.clear()

        def job() -> Organization:
            # A new council takes the territory of its commune as it is saved now.
            parent = orgs.get(parent_id) if parent_id else None
            territory = Territory(parent.state, parent.municipality, parent.parish) \
                if parent else None
            return orgs.create(kind, name, parent_id, territory)

        self._run(job, self.tr("Organización agregada."))

    def add_sector(self) -> None:
        if self.details is None or not self.new_sector.text().strip():
            return
        org_id, name = self.details.organization.id, self.new_sector.text()
        self.new_sector.clear()
        orgs = self.services.organizations
        self._run(lambda: orgs.add_sector(org_id, name), self.tr("Sector agregado."))

    def add_committee(self) -> None:
        if self.details is None or not self.new_committee.text().strip():
            return
        org_id, name = self.details.organization.id, self.new_committee.text()
        self.new_committee.clear()
        orgs = self.services.organizations
        self._run(lambda: orgs.add_committee(org_id, name), self.tr("Comité agregado."))

    def add_spokesperson(self) -> None:
        committee = self.committee.currentData()
        if self.details is None or committee is None:
            self.status.setText(self.tr("Agregue primero un comité."))
            return
        try:
            start = parse_date(self.spokes_start.text()) if self.spokes_start.text().strip() \
                else None
            end = parse_date(self.spokes_end.text()) if self.spokes_end.text().strip() else None
        except DomainError as exc:
            self.status.setText(str(exc))
            return
        who, role = self.spokes_person.text().strip(), self.spokes_role.text().strip() or None
        if not who:
            self.status.setText(self.tr("Escriba la cédula o el nombre del vocero."))
            return
        orgs = self.services.organizations

        def job() -> Spokesperson:
            return orgs.appoint(committee, who, start, end, role)

        for edit in (self.spokes_person, self.spokes_role, self.spokes_start, self.spokes_end):
            edit.clear()
        self._run(job, self.tr("Vocero agregado."))

    def end_selected_term(self) -> None:
        index = self.spokes_table.currentIndex()
        if not index.isValid():
            self.status.setText(self.tr("Elija un vocero en la tabla."))
            return
        person: Spokesperson = self.spokes_model.row_at(index.row())
        orgs, today = self.services.organizations, self._today
        self._run(lambda: orgs.end_term(person.id, today), self.tr("Período terminado."))
