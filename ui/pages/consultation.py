"""Consulta: the whole day of a popular consultation, from the candidates to the results."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QTabWidget, QWidget

from app.consultation.model import ConsultationOverview, Results
from app.domain.consultation import Consultation
from app.domain.enums import OrgKind

from ui import labels
from ui.consultation.candidates import CandidatesTab
from ui.consultation.dialogs import NewConsultationDialog
from ui.consultation.results import ResultsTab
from ui.consultation.tables import TablesTab
from ui.consultation.tally import TallyTab
from ui.context import UiContext
from ui.pages.base import Page
from ui.submit import save_before_closing
from ui.widgets import big_button, text_label


class ConsultationPage(Page):
    watches = frozenset({"consultation", "nomination", "project", "voting_centre",
                         "voting_table", "table_member", "voter_assignment", "ballot_batch",
                         "tally_entry", "tally_acceptance", "resident"})

    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ui, self.tr("Consulta popular"), parent)
        top = QHBoxLayout()
        top.addWidget(text_label(self.tr("Consulta:"), self))
        self.chooser = QComboBox(self)
        self.chooser.setMinimumWidth(220)
        self.chooser.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        top.addWidget(self.chooser)
        self.status = text_label("", self)
        self.status.setWordWrap(True)  # a long state wraps rather than widen the page
        top.addWidget(self.status, 1)
        self.new_button = big_button(self.tr("Nueva consulta…"), self)
        top.addWidget(self.new_button)
        self.new_button.clicked.connect(self.new_consultation)
        self.layout_.addLayout(top)
        self.tabs = QTabWidget(self)
        self.candidates = CandidatesTab(ui, self.tabs)
        self.tables = TablesTab(ui, self.tabs)
        self.tally = TallyTab(ui, self.tabs)
        self.results = ResultsTab(ui, self.tabs)
        self.tabs.addTab(self.candidates, self.tr("Proyectos postulados"))
        self.tabs.addTab(self.tables, self.tr("Centros, mesas y papeles"))
        self.tabs.addTab(self.tally, self.tr("Escrutinio"))
        self.tabs.addTab(self.results, self.tr("Resultados"))
        self.layout_.addWidget(self.tabs, 1)
        self.consultations: list[Consultation] = []
        self._wanted: str | None = None  # a consultation just created, to show next
        self.chooser.currentIndexChanged.connect(lambda _i: self.load())

    def refresh(self) -> None:
        services = self.services  # read on the worker (a service is built on first use)
        self.ui.run(lambda: services.consultations.list_all(), self._show_list, self)

    def _show_list(self, consultations: list[Consultation]) -> None:
        current = self._wanted or self.current_id()
        self._wanted = None
        self.consultations = consultations
        self.chooser.blockSignals(True)
        self.chooser.clear()
        for c in consultations:
            self.chooser.addItem(f"{c.name} · {c.vote_date.strftime('%d/%m/%Y')}", c.id)
        ids = [c.id for c in consultations]
        self.chooser.setCurrentIndex(ids.index(current) if current in ids else 0)
        self.chooser.blockSignals(False)
        if not consultations:
            self.status.setText(self.tr("Todavía no hay consultas."))
        self.load()

    def new_consultation(self) -> None:
        services = self.services

        def communes() -> list[tuple[str, str]]:
            return [(o.id, o.name) for o in services.organizations.list_all()
                    if o.kind is not OrgKind.COUNCIL]

        def ask(organizations: list[tuple[str, str]]) -> None:
            dialog = NewConsultationDialog(organizations, self)

            def job() -> Callable[[], str]:
                name, org_id, day = dialog.values()

                def create() -> str:
                    limit = services.settings.all().max_candidates
                    return services.consultations.create(org_id, name, day,
                                                         max_candidates=limit).id
                return create

            def chosen(consultation_id: str) -> None:
                self._wanted = consultation_id

            save_before_closing(dialog, dialog.buttons, self.ui, job, chosen)
            dialog.exec()

        self.ui.run(communes, ask, self)

    def current_id(self) -> str | None:
        value = self.chooser.currentData()
        return str(value) if value else None

    def load(self) -> None:
        cid = self.current_id()
        if cid is None:
            return
        services = self.services  # one read: the registers are built once for every tab
        self.ui.run(lambda: services.tallies.overview_and_results(cid), self._show_read, self)

    def _show_read(self, read: tuple[ConsultationOverview, Results]) -> None:
        overview, results = read
        if overview.consultation.id != self.current_id():
            return  # another consultation was chosen meanwhile
        status = labels.consultation_status(overview.consultation.status)
        self.status.setText(self.tr("Estado: {status}").format(status=status) + " · "
                            + labels.count(overview.eligible, self.tr("{n} elector"),
                                           self.tr("{n} electores")) + " · "
                            + labels.count(len(overview.tables), self.tr("{n} mesa"),
                                           self.tr("{n} mesas")))
        self.candidates.show_overview(overview)
        self.tables.show_overview(overview)
        self.tally.show_overview(overview)
        self.results.show_results(results)
