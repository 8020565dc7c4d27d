"""Asambleas: every assembly with its agenda and agreements, and the assembly-day screen."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from html import escape
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QStackedWidget, QVBoxLayout, QWidget

from app.domain.assemblies import AgendaItem, Agreement, Assembly
from app.domain.enums import HAS_ACCOUNTS, AssemblyStatus
from app.domain.organizations import Organization
from app.domain.problems import Project
from app.domain.zone import zone_named

from ui import labels
from ui.context import UiContext
from ui.flow_layout import FlowLayout
from ui.pages.base import Page
from ui.submit import save_before_closing
from ui.table_model import Column, RecordTableModel
from ui.widgets import big_button, fit_columns, record_table, rich_label

if TYPE_CHECKING:
    # The day view and the dialogs are imported where first wanted: the page's first show
    # builds the list only (issue 17, point 5); ui/warm_up.py imports them in the background.
    from ui.assembly.day import AssemblyDayView
    from ui.assembly.schedule_dialogs import CancelAssemblyDialog, EditAssemblyDialog


@dataclass(frozen=True)
class AssemblyDetail:
    agenda: list[AgendaItem]
    agreements: list[Agreement]
    present: int


class AssembliesPage(Page):
    watches = frozenset({"assembly", "agenda_item", "agreement", "attendance", "minutes",
                         "project"})

    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ui, self.tr("Asambleas"), parent)
        self.org_names: dict[str, str] = {}
        self.organizations: list[Organization] = []
        self.funded: list[Project] = []  # what a rendición de cuentas may account for
        self.edit_dialog: EditAssemblyDialog | None = None
        self.stack = QStackedWidget(self)
        self.list_view = QWidget(self.stack)
        list_layout = QVBoxLayout(self.list_view)
        list_layout.setContentsMargins(0, 0, 0, 0)
        bar = FlowLayout()  # wraps on a small screen instead of scrolling sideways
        self.new_button = big_button(self.tr("Convocar asamblea…"), self.list_view, primary=True)
        self.open_button = big_button(self.tr("Abrir el día de la asamblea"), self.list_view)
        # Before the first check-in a convocation can still be corrected or suspended.
        self.edit_button = big_button(self.tr("Corregir convocatoria…"), self.list_view)
        self.edit_button.setToolTip(self.tr("Corregir la fecha, el lugar o la convocatoria"))
        self.cancel_button = big_button(self.tr("Suspender…"), self.list_view)
        for button in (self.new_button, self.open_button, self.edit_button,
                       self.cancel_button):
            bar.addWidget(button)
        list_layout.addLayout(bar)
        self.model = RecordTableModel([
            Column(self.tr("Fecha"),
                   lambda a: self.ui.local(a.scheduled_at).strftime("%d/%m/%Y %H:%M")),
            Column(self.tr("Organización"), lambda a: self.org_names.get(a.organization_id, "")),
            Column(self.tr("Tipo"), lambda a: labels.assembly_kind(a.kind)),
            Column(self.tr("Convocatoria"),
                   lambda a: self.tr("Primera") if a.call == 1 else self.tr("Segunda")),
            Column(self.tr("Estado"), lambda a: labels.assembly_status(a.status)),
            Column(self.tr("Lugar"), lambda a: a.place),
        ], self)
        self.table = record_table(self.list_view)
        self.table.setModel(self.model)
        self.detail = rich_label(self.tr("Seleccione una asamblea para ver su orden del día."),
                             self.list_view)
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail.setObjectName("detailPanel")
        split = QSplitter(Qt.Orientation.Vertical, self.list_view)
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setSizes([400, 250])
        list_layout.addWidget(split, 1)
        self._day: AssemblyDayView | None = None
        self.stack.addWidget(self.list_view)
        self.layout_.addWidget(self.stack, 1)
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _p: self._select(cur))
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.new_button.clicked.connect(self.ask_new)
        self.edit_button.setEnabled(False)
        self.cancel_button.setEnabled(False)
        self.edit_button.clicked.connect(self.ask_edit)
        self.cancel_button.clicked.connect(self.ask_cancel)
        self.open_button.clicked.connect(self.open_selected)

    @property
    def day(self) -> AssemblyDayView:
        """The assembly-day screen, built the first time an assembly is opened: its tabs
        (check-in, agenda, problems, acta) cost more than the whole list to import and build."""
        if self._day is None:
            from ui.assembly.day import AssemblyDayView

            self._day = AssemblyDayView(self.ui, self.stack)
            self.stack.addWidget(self._day)
            self._day.back_requested.connect(self.show_list)
        return self._day

    def refresh(self) -> None:
        if self._day is not None and self.stack.currentWidget() is self._day:
            return  # the day view refreshes its own panels
        sv = self.services

        def load() -> tuple[list[Organization], list[Assembly], list[Project]]:
            return (sv.organizations.list_all(), sv.assemblies.list_all(),
                    [p for p in sv.projects.list_all() if p.status in HAS_ACCOUNTS])

        self.ui.run(load, self._show, self)

    def _show(self, data: tuple[list[Organization], list[Assembly], list[Project]]) -> None:
        self.organizations, assemblies, self.funded = data
        self.org_names = {o.id: o.name for o in self.organizations}
        before = self.table.currentIndex().row()
        self.model.set_rows(assemblies)
        fit_columns(self.table)
        if assemblies:
            self.table.selectRow(0)
        if self.table.currentIndex().row() == before:
            self._select(None)  # the same row, maybe changed: its buttons and detail again

    def selected(self) -> Assembly | None:
        row = self.table.currentIndex().row()
        return self.model.row_at(row) if row >= 0 else None

    def _select(self, index: object) -> None:
        assembly = self.selected()
        convened = assembly is not None and assembly.status is AssemblyStatus.CONVENED
        self.edit_button.setEnabled(convened)
        self.cancel_button.setEnabled(convened)
        if assembly is None:
            return
        sv = self.services

        def load() -> AssemblyDetail:
            return AssemblyDetail(sv.assemblies.agenda(assembly.id),
                                  sv.assemblies.agreements(assembly.id),
                                  sv.assemblies.present_count(assembly.id))

        self.ui.run(load, self._show_detail, self)

    def _show_detail(self, d: AssemblyDetail) -> None:
        parts = [f"<p><b>{self.tr('Presentes')}:</b> {d.present}</p>",
                 f"<b>{self.tr('Orden del día')}</b><ol>"]
        shown = self.selected()
        if shown is not None and shown.cancel_reason:
            parts.insert(0, f"<p><b>{self.tr('Suspendida')}:</b> "
                            f"{escape(shown.cancel_reason)}</p>")
        by_item: dict[str, list[Agreement]] = {}
        for agreement in d.agreements:
            by_item.setdefault(agreement.agenda_item_id, []).append(agreement)
        for item in d.agenda:
            parts.append(f"<li>{escape(item.title)}")
            for a in by_item.get(item.id, []):
                votes = self.tr("por aclamación") if a.by_acclamation else self.tr(
                    "a favor {f}, en contra {c}, abstenciones {ab}").format(
                    f=a.votes_for, c=a.votes_against, ab=a.abstentions)
                parts.append(f"<br/><i>{self.tr('Acuerdo')}:</i> {escape(a.text)} ({votes})")
            parts.append("</li>")
        parts.append("</ol>")
        self.detail.setText("".join(parts))

    # -- convene and open ----------------------------------------------------------------

    def ask_new(self) -> None:
        from ui.assembly.new_dialog import NewAssemblyDialog

        dialog = NewAssemblyDialog(self.organizations, self, self.funded)
        assemblies = self.services.assemblies

        def job() -> Callable[[], Assembly]:
            values: dict[str, Any] = dialog.values()
            return lambda: assemblies.create(**values)

        save_before_closing(dialog, dialog.buttons, self.ui, job,
                            lambda a: self.open_assembly(a.id))
        dialog.exec()

    def ask_edit(self) -> None:
        assembly, sv = self.selected(), self.services
        if assembly is None:
            return

        def opened(zone: ZoneInfo) -> None:
            from ui.assembly.schedule_dialogs import EditAssemblyDialog

            self.edit_dialog = dialog = EditAssemblyDialog(assembly, zone, self)

            def job() -> Callable[[], Assembly]:
                values = dialog.values()
                return lambda: sv.assemblies.edit(assembly.id, **values)

            save_before_closing(dialog, dialog.buttons, self.ui, job)
            dialog.open()

        self.ui.run(lambda: zone_named(sv.settings.get("time_zone")), opened, self)

    def ask_cancel(self) -> CancelAssemblyDialog | None:
        assembly, assemblies = self.selected(), self.services.assemblies
        if assembly is None:
            return None
        from ui.assembly.schedule_dialogs import CancelAssemblyDialog

        dialog = CancelAssemblyDialog(self)

        def job() -> Callable[[], Assembly]:
            reason = dialog.reason.text()
            return lambda: assemblies.cancel(assembly.id, reason)

        save_before_closing(dialog, dialog.buttons, self.ui, job)
        dialog.open()
        return dialog

    def create_assembly(self, values: dict[str, Any]) -> None:
        assemblies = self.services.assemblies
        self.ui.run(lambda: assemblies.create(**values), lambda a: self.open_assembly(a.id),
                    self)

    def open_selected(self) -> None:
        assembly = self.selected()
        if assembly is not None:
            self.open_assembly(assembly.id)

    def open_assembly(self, assembly_id: str) -> None:
        self.stack.setCurrentWidget(self.day)
        self.day.open(assembly_id)

    def show_list(self) -> None:
        self.stack.setCurrentWidget(self.list_view)
        self.refresh()
