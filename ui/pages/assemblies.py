"""Asambleas: every assembly with its agenda and agreements."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSplitter, QWidget

from app.domain.assemblies import AgendaItem, Agreement, Assembly

from ui import labels
from ui.context import UiContext
from ui.pages.base import Page
from ui.table_model import Column, RecordTableModel
from ui.widgets import fit_columns, record_table


@dataclass(frozen=True)
class AssemblyDetail:
    agenda: list[AgendaItem]
    agreements: list[Agreement]
    present: int


class AssembliesPage(Page):
    watches = frozenset({"assembly", "agenda_item", "agreement", "attendance", "minutes"})

    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ui, self.tr("Asambleas"), parent)
        self.org_names: dict[str, str] = {}
        self.model = RecordTableModel([
            Column(self.tr("Fecha"),
                   lambda a: a.scheduled_at.astimezone().strftime("%d/%m/%Y %H:%M")),
            Column(self.tr("Organización"), lambda a: self.org_names.get(a.organization_id, "")),
            Column(self.tr("Tipo"), lambda a: labels.assembly_kind(a.kind)),
            Column(self.tr("Convocatoria"),
                   lambda a: self.tr("Primera") if a.call == 1 else self.tr("Segunda")),
            Column(self.tr("Estado"), lambda a: labels.assembly_status(a.status)),
            Column(self.tr("Lugar"), lambda a: a.place),
        ], self)
        self.table = record_table(self)
        self.table.setModel(self.model)
        self.detail = QLabel(self.tr("Seleccione una asamblea para ver su orden del día."), self)
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail.setObjectName("detailPanel")
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setSizes([400, 250])
        self.layout_.addWidget(split, 1)
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _p: self._select(cur))

    def refresh(self) -> None:
        sv = self.services

        def load() -> tuple[dict[str, str], list[Assembly]]:
            return ({o.id: o.name for o in sv.organizations.list_all()},
                    sv.assemblies.list_all())

        self.ui.run(load, self._show, self)

    def _show(self, data: tuple[dict[str, str], list[Assembly]]) -> None:
        self.org_names, assemblies = data
        self.model.set_rows(assemblies)
        fit_columns(self.table)
        if assemblies:
            self.table.selectRow(0)

    def _select(self, index: object) -> None:
        row = self.table.currentIndex().row()
        if row < 0:
            return
        assembly: Assembly = self.model.row_at(row)
        sv = self.services

        def load() -> AssemblyDetail:
            return AssemblyDetail(sv.assemblies.agenda(assembly.id),
                                  sv.assemblies.agreements(assembly.id),
                                  sv.assemblies.present_count(assembly.id))

        self.ui.run(load, self._show_detail, self)

    def _show_detail(self, d: AssemblyDetail) -> None:
        parts = [f"<p><b>{self.tr('Presentes')}:</b> {d.present}</p>",
                 f"<b>{self.tr('Orden del día')}</b><ol>"]
        by_item: dict[str, list[Agreement]] = {}
        for agreement in d.agreements:
            by_item.setdefault(agreement.agenda_item_id, []).append(agreement)
        for item in d.agenda:
            parts.append(f"<li>{item.title}")
            for a in by_item.get(item.id, []):
                votes = self.tr("por aclamación") if a.by_acclamation else self.tr(
                    "a favor {f}, en contra {c}, abstenciones {ab}").format(
                    f=a.votes_for, c=a.votes_against, ab=a.abstentions)
                parts.append(f"<br/><i>{self.tr('Acuerdo')}:</i> {a.text} ({votes})")
            parts.append("</li>")
        parts.append("</ol>")
        self.detail.setText("".join(parts))
