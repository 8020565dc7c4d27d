"""The assembly day: one screen with tabs for check-in, agenda, problems and the acta."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QTabWidget, QVBoxLayout, QWidget

from app.assembly.model import AssemblyHeading
from app.domain.changes import OpChanges
from app.domain.organizations import Organization

from ui import labels
from ui.assembly.agenda import AgendaPanel
from ui.assembly.alive import while_alive
from ui.assembly.check_in import CheckInPanel
from ui.assembly.minutes_panel import MinutesPanel
from ui.assembly.problems_panel import ProblemsPanel
from ui.context import UiContext
from ui.flow_layout import FlowLayout
from ui.safety.history_dialog import history_button
from ui.widgets import big_button, text_label

if TYPE_CHECKING:
    from app.printing.paper import Paper

    from ui.pdf_preview import PdfPreviewDialog


@dataclass(frozen=True)
class DayData:
    heading: AssemblyHeading
    councils: list[Organization]
    locked: bool


class AssemblyDayView(QWidget):
    back_requested = Signal()

    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.services = ui.services
        self.assembly_id = ""
        self.preview: PdfPreviewDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.back_button = big_button(self.tr("← Volver a la lista"), self)
        self.heading = text_label("", self)
        self.heading.setObjectName("sectionTitle")
        self.heading.setWordWrap(True)
        top.addWidget(self.back_button)
        top.addWidget(self.heading, 1)
        layout.addLayout(top)
        # Their own row, wrapping on a netbook; each says it prints (it opens the preview).
        papers = FlowLayout()
        self.print_convocation = big_button(self.tr("Imprimir convocatoria…"), self)
        self.print_attendance = big_button(self.tr("Imprimir lista de asistencia…"), self)
        self.print_priorities = big_button(self.tr("Imprimir priorización…"), self)
        papers.add_widgets(self.print_convocation, self.print_attendance, self.print_priorities,
                           history_button(ui, self, lambda: self.assembly_id))
        layout.addLayout(papers)
        self.tabs = QTabWidget(self)
        self.check_in = CheckInPanel(ui, self)
        self.agenda = AgendaPanel(ui, self)
        self.problems = ProblemsPanel(ui, self)
        self.minutes = MinutesPanel(ui, self)
        self.tabs.addTab(self.check_in, self.tr("Asistencia"))
        self.tabs.addTab(self.agenda, self.tr("Orden del día y acuerdos"))
        self.tabs.addTab(self.problems, self.tr("Problemas y priorización"))
        self.tabs.addTab(self.minutes, self.tr("Acta"))
        layout.addWidget(self.tabs, 1)
        self.back_button.clicked.connect(self.back_requested.emit)
        self.print_convocation.clicked.connect(self.preview_convocation)
        self.print_attendance.clicked.connect(self.preview_attendance)
        self.print_priorities.clicked.connect(self.preview_priorities)
        self.tabs.currentChanged.connect(self._tab_changed)
        ui.data_changed.connect(self._data_changed)

    def open(self, assembly_id: str) -> None:
        self.assembly_id = assembly_id
        sv = self.services

        def job() -> DayData:
            heading = sv.assemblies.heading(assembly_id)
            councils = sv.organizations.councils_of(heading.organization.id)
            return DayData(heading, councils, sv.assemblies.is_locked(assembly_id))

        self.ui.run(job, while_alive(self, self._opened), self)

    def _opened(self, data: DayData) -> None:
        a, org = data.heading.assembly, data.heading.organization
        self.heading.setText(self.tr("{kind} · {org} · {when} · {place}").format(
            kind=labels.assembly_kind(a.kind), org=org.name,
            when=self.ui.local(a.scheduled_at).strftime("%d/%m/%Y %H:%M"), place=a.place)
            + (self.tr(" · acta aprobada") if data.locked else ""))
        self.check_in.load(self.assembly_id, data.councils, data.locked)
        self.agenda.load(self.assembly_id, data.locked)
        self.problems.load(self.assembly_id, org.id, data.locked)
        self.minutes.load(self.assembly_id)
        self.check_in.focus_search()

    def _tab_changed(self, index: int) -> None:
        if not self.assembly_id:
            return
        panel = self.tabs.widget(index)
        if panel is self.agenda:
            self.agenda.refresh()
        elif panel is self.minutes:
            self.minutes.refresh()
        elif panel is self.problems:
            self.problems.refresh()

    def _data_changed(self, changes: OpChanges) -> None:
        # Approving the acta locks everything: reopen so every panel turns read-only.
        if "minutes" in changes.entities and self.assembly_id and self.isVisible():
            self.open(self.assembly_id)

    def _preview(self, title: str, make: Callable[[], Paper]) -> None:
        from ui.pdf_preview import PdfPreviewDialog  # the PDF renderer: loaded when first used

        self.preview = PdfPreviewDialog(self.ui, title, make, self)
        self.preview.show()

    def preview_convocation(self) -> None:
        papers, assembly_id = self.services.papers, self.assembly_id
        self._preview(self.tr("Convocatoria"), lambda: papers.convocation(assembly_id))

    def preview_attendance(self) -> None:
        papers, assembly_id = self.services.papers, self.assembly_id
        self._preview(self.tr("Lista de asistencia"),
                      lambda: papers.attendance_sheet(assembly_id))

    def preview_priorities(self) -> None:
        papers, assembly_id = self.services.papers, self.assembly_id
        self._preview(self.tr("Priorización"), lambda: papers.priorities(assembly_id))
