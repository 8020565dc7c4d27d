"""The main window: a sidebar of areas, the page of the chosen area, a busy indicator.

The window is built in two steps so that it appears at once on an old laptop: the frame and
the sidebar first, then, when the database has been opened on the worker thread, the pages.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.context import UiContext, error_text
from ui.pages.base import Page
from ui.safety.operator import OperatorBox
from ui.widgets import text_label

if TYPE_CHECKING:
    from app.services.info import DatabaseInfo

# (key used by --page, module, class). The order is the sidebar's. Imported when attached.
PAGES: tuple[tuple[str, str, str], ...] = (
    ("inicio", "ui.pages.dashboard", "DashboardPage"),
    ("censo", "ui.pages.census", "CensusPage"),
    ("asambleas", "ui.pages.assemblies", "AssembliesPage"),
    ("problemas", "ui.pages.problems", "ProblemsPage"),
    ("consulta", "ui.pages.consultation", "ConsultationPage"),
    ("proyectos", "ui.pages.projects", "ProjectsPage"),
    ("sincronizar", "ui.pages.sync", "SyncPage"),
    ("configuracion", "ui.pages.settings", "SettingsPage"),
)


def page_titles() -> dict[str, str]:
    return {
        "inicio": QCoreApplication.translate("MainWindow", "Inicio"),
        "censo": QCoreApplication.translate("MainWindow", "Censo"),
        "asambleas": QCoreApplication.translate("MainWindow", "Asambleas"),
        "problemas": QCoreApplication.translate("MainWindow", "Problemas"),
        "consulta": QCoreApplication.translate("MainWindow", "Consulta popular"),
        "proyectos": QCoreApplication.translate("MainWindow", "Proyectos"),
        "sincronizar": QCoreApplication.translate("MainWindow", "Sincronizar"),
        "configuracion": QCoreApplication.translate("MainWindow", "Configuración"),
    }


class MainWindow(QMainWindow):
    def __init__(self, ui: UiContext | None = None) -> None:
        super().__init__()
        self.ui: UiContext | None = None
        self.pages: dict[str, Page] = {}
        self._wanted = "inicio"
        self.setWindowTitle(QCoreApplication.translate("MainWindow", "Asamblea"))
        self.setMinimumSize(760, 520)  # a 1024×600 netbook, less its panel
        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._sidebar(central))

        right = QWidget(central)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.setSpacing(0)
        self.banner = text_label("", right)
        self.banner.setObjectName("errorBanner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.stack = QStackedWidget(right)
        self.opening = text_label(
            QCoreApplication.translate("MainWindow", "Abriendo la base de datos…"), self.stack)
        self.opening.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.opening.setObjectName("sectionTitle")
        self.stack.addWidget(self.opening)
        right_layout.addWidget(self.banner)
        right_layout.addWidget(self.stack, 1)
        layout.addWidget(right, 1)
        self.setCentralWidget(central)
        if ui is not None:
            self.attach(ui)

    def _sidebar(self, parent: QWidget) -> QFrame:
        sidebar = QFrame(parent)
        sidebar.setObjectName("sidebar")
        sidebar.setFixedWidth(200)
        side = QVBoxLayout(sidebar)
        side.setContentsMargins(0, 0, 0, 12)
        side.setSpacing(0)
        name = text_label(QCoreApplication.translate("MainWindow", "Asamblea"), sidebar)
        name.setObjectName("appName")
        tagline = text_label(QCoreApplication.translate("MainWindow", "Registro comunal"), sidebar)
        tagline.setObjectName("appTagline")
        side.addWidget(name)
        side.addWidget(tagline)
        self.buttons = QButtonGroup(self)
        self.buttons.setExclusive(True)
        titles = page_titles()
        for index, (key, _module, _cls) in enumerate(PAGES):
            button = QPushButton(titles[key], sidebar)
            button.setCheckable(True)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setObjectName(f"nav_{key}")
            self.buttons.addButton(button, index)
            side.addWidget(button)
        # idClicked, not a lambda with a bool default per button: PySide6 mis-counts
        # references to such defaults and crashes at exit (bool_dealloc).
        self.buttons.idClicked.connect(self._nav_clicked)
        side.addStretch(1)
        self.busy = text_label("", sidebar)
        self.busy.setObjectName("appTagline")
        side.addWidget(self.busy)
        self.operator = OperatorBox(sidebar)
        side.addWidget(self.operator)
        self.about = QPushButton(QCoreApplication.translate("MainWindow", "Acerca de"), sidebar)
        self.about.setObjectName("nav_about")
        self.about.setCursor(Qt.CursorShape.PointingHandCursor)
        self.about.setEnabled(False)  # until the database is open: it shows its revision
        self.about.clicked.connect(self.show_about)
        side.addWidget(self.about)
        return sidebar

    def show_about(self) -> None:
        ui = self.ui
        if ui is not None:
            ui.run(lambda: ui.services.info.info(with_digest=False), self._about_read, self)

    def _about_read(self, info: DatabaseInfo) -> None:
        from ui.about import AboutDialog

        # open(), not exec(): the window keeps working behind it (the worker may report).
        self.about_dialog = AboutDialog(info, self)
        self.about_dialog.open()

    def attach(self, ui: UiContext, ask_operator: bool = False,
               operator: str | None = None) -> None:
        """The database is open: show the page asked for. Others are built when first shown,
        so start-up does not import every area (spreadsheets, PDF, sync) up front.
        `ask_operator`: the program's start asks who is in charge of the laptop, unless
        `operator` (`gui --as NAME`) names her."""
        self.ui = ui
        self.about.setEnabled(True)
        self.operator.attach(ui, ask_operator, operator)
        ui.runner.busy_changed.connect(self._busy)
        ui.runner.failed.connect(lambda exc: self.show_problem(error_text(exc)))
        self.show_page(self._wanted)

    def _page(self, key: str) -> Page | None:
        if key not in self.pages and self.ui is not None:
            module, cls = next((m, c) for k, m, c in PAGES if k == key)
            page = getattr(importlib.import_module(module), cls)(self.ui)
            if key == "inicio":  # an empty laptop's ways to start
                page.receive_requested.connect(self.show_receive)
                page.register_requested.connect(lambda: self.show_page("configuracion"))
            self.pages[key] = page
            self.stack.addWidget(page)
        return self.pages.get(key)

    def _nav_clicked(self, index: int) -> None:
        self.show_page(PAGES[index][0])

    def show_page(self, key: str) -> Page | None:
        self._wanted = key
        for button in self.buttons.buttons():
            button.setChecked(button.objectName() == f"nav_{key}")
        page = self._page(key)
        if page is not None:
            self.stack.setCurrentWidget(page)
        return page

    def show_receive(self) -> None:
        """Sincronizar, on its Recibir tab: where a new laptop gets the others' data."""
        page = self.show_page("sincronizar")
        tabs = getattr(page, "tabs", None)
        if tabs is not None:
            tabs.setCurrentIndex(1)

    def show_problem(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.show()

    def _busy(self, busy: bool) -> None:
        self.busy.setText(QCoreApplication.translate("MainWindow", "Trabajando…") if busy else "")
