"""Consulta: the whole day of a popular consultation, from the candidates to the results."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QTabWidget, QWidget

from app.consultation.model import ConsultationOverview, Results
from app.domain.consultation import Consultation
from app.domain.enums import OrgKind

from ui import labels
from ui.context import UiContext
from ui.pages.base import Page
from ui.submit import save_before_closing
from ui.widgets import big_button, text_label

if TYPE_CHECKING:
    from ui.consultation.candidates import CandidatesTab
    from ui.consultation.results import ResultsTab
    from ui.consultation.tables import TablesTab
    from ui.consultation.tally import TallyTab

# The tabs in order: (module, class). Each is imported and built when first shown, so the
# page's first show builds one tab, not four (issue 17, point 5).
TABS = (("ui.consultation.candidates", "CandidatesTab"), ("ui.consultation.tables", "TablesTab"),
        ("ui.consultation.tally", "TallyTab"), ("ui.consultation.results", "ResultsTab"))


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
        self._titles = (self.tr("Proyectos postulados"), self.tr("Centros, mesas y papeles"),
                        self.tr("Escrutinio"), self.tr("Resultados"))
        self._built: dict[int, QWidget] = {}
        self._replacing = False
        self._read: tuple[ConsultationOverview, Results] | None = None  # the last one shown
        for title in self._titles:  # stand-ins until each tab is first shown
            self.tabs.addTab(QWidget(self.tabs), title)
        self.tabs.currentChanged.connect(self._tab_shown)
        self._tab(0)
        self.layout_.addWidget(self.tabs, 1)
        self.consultations: list[Consultation] = []
        self._wanted: str | None = None  # a consultation just created, to show next
        self.chooser.currentIndexChanged.connect(lambda _i: self.load())

    @property
    def candidates(self) -> CandidatesTab:
        return cast("CandidatesTab", self._tab(0))

    @property
    def tables(self) -> TablesTab:
        return cast("TablesTab", self._tab(1))

    @property
    def tally(self) -> TallyTab:
        return cast("TallyTab", self._tab(2))

    @property
    def results(self) -> ResultsTab:
        return cast("ResultsTab", self._tab(3))

    def _tab_shown(self, index: int) -> None:
        if not self._replacing and index >= 0:
            self._tab(index)

    def _tab(self, index: int) -> QWidget:
        """The tab at `index`, built (its module imported) the first time, in place of its
        stand-in, and given what the page last read."""
        if index not in self._built:
            module, name = TABS[index]
            tab: QWidget = getattr(importlib.import_module(module), name)(self.ui, self.tabs)
            self._built[index] = tab
            self._replacing = True  # removing and inserting moves the current tab
            current = self.tabs.currentIndex()
            stand_in = self.tabs.widget(index)
            self.tabs.removeTab(index)
            if stand_in is not None:
                stand_in.deleteLater()
            self.tabs.insertTab(index, tab, self._titles[index])
            self.tabs.setCurrentIndex(current)
            self._replacing = False
            if self._read is not None:
                self._show_in(index, *self._read)
        return self._built[index]

    def _show_in(self, index: int, overview: ConsultationOverview, results: Results) -> None:
        if index == 0:
            self.candidates.show_overview(overview)
        elif index == 1:
            self.tables.show_overview(overview)
        elif index == 2:
            self.tally.show_overview(overview)
        else:
            self.results.show_results(results)

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
            from ui.consultation.dialogs import NewConsultationDialog

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
        self._read = overview, results
        for index in self._built:  # the others are given it when first shown
            self._show_in(index, overview, results)
