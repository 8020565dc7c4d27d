"""Censo: residents (search, filters, form, import, print), the organization, duplicates."""

from __future__ import annotations

from PySide6.QtWidgets import QScrollArea, QTabWidget, QWidget

from ui.census.duplicates_tab import DuplicatesTab
from ui.census.organization_tab import OrganizationTab
from ui.census.residents_tab import ResidentsTab
from ui.context import UiContext
from ui.pages.base import Page
from ui.widgets import scrolled


class CensusPage(Page):
    watches = frozenset({"resident", "organization", "sector", "committee", "spokesperson"})

    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ui, self.tr("Censo"), parent)
        self.tabs = QTabWidget(self)
        self.residents = ResidentsTab(ui, self.tabs)
        self.organization = OrganizationTab(ui, self.tabs)
        self.duplicates = DuplicatesTab(ui, self.tabs)
        self.tabs.addTab(self.residents, self.tr("Habitantes"))
        self.tabs.addTab(scrolled(self.organization), self.tr("Organización"))
        self.tabs.addTab(self.duplicates, self.tr("Duplicados"))
        self.layout_.addWidget(self.tabs, 1)
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        # Kept for callers that knew the single-table page.
        self.search = self.residents.search
        self.model = self.residents.model
        self.table = self.residents.table

    def refresh(self) -> None:
        """Only the tab in view loads; the others load when they are opened."""
        shown = self.tabs.currentWidget()
        current = shown.widget() if isinstance(shown, QScrollArea) else shown
        if isinstance(current, ResidentsTab | OrganizationTab | DuplicatesTab):
            current.refresh()
