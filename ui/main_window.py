"""The main window: a sidebar of areas, the page of the chosen area, a busy indicator."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.context import UiContext, error_text
from ui.pages.assemblies import AssembliesPage
from ui.pages.base import Page
from ui.pages.census import CensusPage
from ui.pages.consultation import ConsultationPage
from ui.pages.dashboard import DashboardPage
from ui.pages.problems import ProblemsPage
from ui.pages.projects import ProjectsPage
from ui.pages.settings import SettingsPage
from ui.pages.sync import SyncPage

PageFactory = Callable[[UiContext], Page]

# (key used by --page, factory). The order is the sidebar's.
PAGES: tuple[tuple[str, PageFactory], ...] = (
    ("inicio", DashboardPage),
    ("censo", CensusPage),
    ("asambleas", AssembliesPage),
    ("problemas", ProblemsPage),
    ("consulta", ConsultationPage),
    ("proyectos", ProjectsPage),
    ("sincronizar", SyncPage),
    ("configuracion", SettingsPage),
)


class MainWindow(QMainWindow):
    def __init__(self, ui: UiContext) -> None:
        super().__init__()
        self.ui = ui
        self.setWindowTitle(self.tr("Asamblea"))
        self.setMinimumSize(960, 640)
        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)

        sidebar = QFrame(central)
        sidebar.setObjectName("sidebar")
        sidebar.setFixedWidth(220)
        side = QVBoxLayout(sidebar)
        side.setContentsMargins(0, 0, 0, 12)
        side.setSpacing(0)
        name = QLabel(self.tr("Asamblea"), sidebar)
        name.setObjectName("appName")
        tagline = QLabel(self.tr("Registro comunal"), sidebar)
        tagline.setObjectName("appTagline")
        side.addWidget(name)
        side.addWidget(tagline)

        right = QWidget(central)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.setSpacing(0)
        self.banner = QLabel("", right)
        self.banner.setObjectName("errorBanner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.stack = QStackedWidget(right)
        right_layout.addWidget(self.banner)
        right_layout.addWidget(self.stack, 1)

        self.buttons = QButtonGroup(self)
        self.buttons.setExclusive(True)
        self.pages: dict[str, Page] = {}
        for key, factory in PAGES:
            page = factory(ui)
            self.pages[key] = page
            self.stack.addWidget(page)
            button = QPushButton(page.title_label.text(), sidebar)
            button.setCheckable(True)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setObjectName(f"nav_{key}")
            button.clicked.connect(lambda _c=False, k=key: self.show_page(k))
            self.buttons.addButton(button)
            side.addWidget(button)
        side.addStretch(1)
        self.busy = QLabel("", sidebar)
        self.busy.setObjectName("appTagline")
        side.addWidget(self.busy)

        layout.addWidget(sidebar)
        layout.addWidget(right, 1)
        self.setCentralWidget(central)
        ui.runner.busy_changed.connect(self._busy)
        ui.runner.failed.connect(lambda exc: self.show_problem(error_text(exc)))
        self.show_page("inicio")

    def show_page(self, key: str) -> Page:
        page = self.pages[key]
        self.stack.setCurrentWidget(page)
        for button in self.buttons.buttons():
            button.setChecked(button.objectName() == f"nav_{key}")
        return page

    def show_problem(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.show()

    def _busy(self, busy: bool) -> None:
        self.busy.setText(self.tr("Trabajando…") if busy else "")
