"""Inicio: the organization, its figures at a glance, and what is pending."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QVBoxLayout, QWidget

from app.domain.dashboard import Dashboard

from ui import labels
from ui.context import UiContext
from ui.flow_layout import FlowLayout
from ui.pages.base import Page
from ui.widgets import big_button, rich_label, section_title, text_label


class StatCard(QFrame):
    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statCard")
        layout = QVBoxLayout(self)
        self.value = text_label("…", self)
        self.value.setObjectName("statValue")
        self.caption = text_label(caption, self)
        self.caption.setObjectName("statCaption")
        self.caption.setWordWrap(True)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)


class DashboardPage(Page):
    # An empty laptop's two ways to start: the main window opens the page asked for.
    receive_requested = Signal()
    register_requested = Signal()

    watches = frozenset({"organization", "resident", "assembly", "minutes", "problem",
                         "project", "consultation", "nomination"})

    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ui, self.tr("Inicio"), parent)
        self.org_label = text_label("", self)
        self.org_label.setObjectName("orgName")
        self.territory_label = text_label("", self)
        self.territory_label.setObjectName("muted")
        self.layout_.addWidget(self.org_label)
        self.layout_.addWidget(self.territory_label)
        # Shown only while the laptop is empty: its data usually comes from another laptop.
        self.start = QWidget(self)
        start = FlowLayout(self.start)
        self.receive_button = big_button(self.tr("Recibir datos de otra laptop…"), self.start,
                                         primary=True)
        self.register_button = big_button(self.tr("Registrar la organización…"), self.start)
        start.add_widgets(self.receive_button, self.register_button)
        self.start.hide()
        self.layout_.addWidget(self.start)
        self.receive_button.clicked.connect(self.receive_requested.emit)
        self.register_button.clicked.connect(self.register_requested.emit)

        grid = QGridLayout()
        grid.setSpacing(12)
        self.cards = {
            "councils": StatCard(self.tr("Consejos comunales"), self),
            "residents": StatCard(self.tr("Habitantes en el censo"), self),
            "voting": StatCard("", self),
            "assemblies": StatCard(self.tr("Asambleas registradas"), self),
            "problems": StatCard(self.tr("Problemas sin proyecto"), self),
            "projects": StatCard(self.tr("Proyectos"), self),
        }
        for i, card in enumerate(self.cards.values()):
            grid.addWidget(card, i // 3, i % 3)
        self.layout_.addLayout(grid)

        self.layout_.addWidget(section_title(self.tr("Pendiente"), self))
        self.pending = rich_label("", self)
        self.pending.setObjectName("pendingList")
        self.pending.setTextFormat(Qt.TextFormat.RichText)
        self.pending.setWordWrap(True)
        self.pending.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.layout_.addWidget(self.pending, 1)

    def refresh(self) -> None:
        org_id = self.services.settings.get("organization_id") or None
        self.ui.run(lambda: self.services.dashboard.load(org_id), self.show_dashboard, self)

    def show_dashboard(self, d: Dashboard) -> None:
        if d.organization is None:
            self.org_label.setText(self.tr("Aún no hay una organización registrada"))
            self.territory_label.setText(self.tr(
                "Reciba los datos de la laptop de otra vocería con una memoria USB, registre su "
                "comuna o consejo comunal, o inicie con «asamblea demo» para ver datos de "
                "ejemplo."))
            self.territory_label.setWordWrap(True)
        self.start.setVisible(d.organization is None)
        if d.organization is not None:
            org = d.organization
            self.org_label.setText(org.name)
            where = ", ".join(p for p in (org.parish, org.municipality, org.state) if p)
            kind = labels.org_kind(org.kind)
            self.territory_label.setText(f"{kind} · {where}" if where else kind)
        age = d.organization.voting_age if d.organization else 15
        self.cards["voting"].caption.setText(
            self.tr("De {age} años o más (base del quórum)").format(age=age))
        values = {
            "councils": d.councils, "residents": d.residents, "voting": d.voting_age_residents,
            "assemblies": d.assemblies, "problems": d.open_problems, "projects": d.projects,
        }
        for key, value in values.items():
            self.cards[key].value.setText(labels.number(value))
        self.pending.setText(self._pending_html(d))

    def _pending_html(self, d: Dashboard) -> str:
        items: list[str] = []
        for a in d.upcoming:
            when = self.ui.local(a.scheduled_at).strftime("%d/%m/%Y %H:%M")
            items.append(self.tr("Asamblea convocada: {org}, {when}, en {place}").format(
                org=a.organization_name, when=when, place=a.place))
        for m in d.draft_minutes:
            when = self.ui.local(m.scheduled_at).strftime("%d/%m/%Y")
            items.append(self.tr("Acta sin aprobar: asamblea del {when}, {org}").format(
                when=when, org=m.organization_name))
        if d.consultation is not None:
            c = d.consultation
            items.append(self.tr("{name}: votación el {day}, {n} proyectos postulados").format(
                name=c.name, day=c.vote_date.strftime("%d/%m/%Y"), n=c.candidates))
        if d.pending_changes:
            items.append(self.tr("{n} cambios recibidos esperan un registro que aún no llega")
                         .format(n=d.pending_changes))
        if d.open_conflicts:
            items.append(self.tr("{n} conflictos de sincronización por resolver")
                         .format(n=d.open_conflicts))
        if not items:
            return self.tr("No hay nada pendiente.")
        return "<ul>" + "".join(f"<li>{escape(i)}</li>" for i in items) + "</ul>"
