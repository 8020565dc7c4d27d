"""Censo: the residents of the organization, searched as you type, a page at a time."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from app.domain.census import Resident
from app.services.residents import ResidentQuery

from ui.context import UiContext
from ui.paged_model import PagedTableModel
from ui.pages.base import Page
from ui.table_model import Column
from ui.widgets import fit_columns, record_table


class CensusPage(Page):
    watches = frozenset({"resident"})

    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ui, self.tr("Censo"), parent)
        self._today = date.today()
        bar = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Buscar por nombre o cédula…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumHeight(36)
        bar.addWidget(self.search, 1)
        self.count_label = QLabel("", self)
        self.count_label.setObjectName("muted")
        bar.addWidget(self.count_label)
        self.layout_.addLayout(bar)

        self.councils: dict[str, str] = {}
        columns = [
            Column(self.tr("Cédula"), lambda r: r.national_id or self.tr("sin cédula")),
            Column(self.tr("Apellidos"), lambda r: r.last_names),
            Column(self.tr("Nombres"), lambda r: r.first_names),
            Column(self.tr("Edad"), lambda r: r.age_on(self._today), align_right=True),
            Column(self.tr("Sexo"), lambda r: r.sex.value if r.sex else ""),
            Column(self.tr("Consejo comunal"), lambda r: self.councils.get(r.council_id, "")),
            Column(self.tr("Dirección"), lambda r: r.address or ""),
        ]
        self.model = PagedTableModel(columns, ui.runner, parent=self)
        self.table = record_table(self)
        self.table.setModel(self.model)
        self.layout_.addWidget(self.table, 1)
        self.model.page_loaded.connect(self._after_page)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self._fitted = False

    def refresh(self) -> None:
        query = ResidentQuery(text=self.search.text())
        residents = self.services.residents

        def load_councils() -> dict[str, str]:
            return {o.id: o.name for o in self.services.organizations.list_all()}

        self.ui.run(load_councils, self._set_councils, self)
        self.model.set_loader(lambda offset, limit: residents.page(query, offset, limit))
        self.ui.run(lambda: residents.count(query), self._set_count, self)

    def _set_councils(self, councils: dict[str, str]) -> None:
        self.councils = councils

    def _set_count(self, total: int) -> None:
        self.count_label.setText(self.tr("%n habitante(s)", "", total))

    def _after_page(self, rows: int) -> None:
        if rows and not self._fitted:
            fit_columns(self.table)
            self._fitted = True

    def selected(self) -> Resident | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None
