"""Start the window: language, theme, the frame at once, then the database and the pages.

The database (imports, migration with its backup, identity) is opened on the worker thread,
so the window appears immediately even on an old laptop, and a long upgrade never freezes it.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QStandardPaths,
    QTimer,
    QTranslator,
)
from PySide6.QtWidgets import QApplication, QMessageBox

from app.domain.errors import DomainError
from app.services.saved_language import saved_language

from resources import resource_path
from ui.context import UiContext, error_text
from ui.main_window import MainWindow
from ui.tasks import TaskRunner
from ui.theme import apply_theme

if TYPE_CHECKING:
    from app.container import Services

    from ui.hub_sync import HubSync

TRANSLATIONS = resource_path("translations")


def window_catalog(lang: str, folder: Path = TRANSLATIONS) -> Path | None:
    """The compiled window translation for `lang`. A copy run from the sources (a fresh
    checkout, `pip install -e`) may have only the .ts: then it is compiled once, with the
    lrelease that ships inside PySide6, into the user's cache folder (the program's own
    folder may be read-only). None when neither can be had: the window stays in Spanish."""
    shipped = folder / f"asamblea_{lang}.qm"
    source = folder / f"asamblea_{lang}.ts"
    if shipped.exists() or not source.exists():
        return shipped if shipped.exists() else None
    import PySide6

    tool = Path(PySide6.__file__).parent / ("lrelease.exe" if os.name == "nt" else "lrelease")
    cache = Path(QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.CacheLocation) or folder)
    built = cache / f"asamblea_{lang}.qm"
    if built.exists() and built.stat().st_mtime >= source.stat().st_mtime:
        return built
    try:
        built.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run([str(tool), "-silent", str(source), "-qm", str(built)], check=True,
                       capture_output=True, timeout=120)
    except (OSError, subprocess.SubprocessError):
        return None
    return built if built.exists() else None


def language_locale(lang: str) -> QLocale:
    """The conventions of the program's language: Venezuelan Spanish or US English."""
    if lang.startswith("en"):
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return QLocale(QLocale.Language.Spanish, QLocale.Country.Venezuela)


def install_translators(app: QApplication, lang: str) -> list[QTranslator]:
    """Our strings are written in Spanish; English comes from asamblea_en.qm. Numbers typed
    in spin boxes and dates in date fields follow the same language, not the system's
    locale (LANG): widgets made after this read the default locale set here."""
    QLocale.setDefault(language_locale(lang))
    kept: list[QTranslator] = []
    qt_own = QTranslator(app)
    if qt_own.load(QLocale(lang), "qtbase", "_",
                   QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        kept.append(qt_own)
    if lang != "es":
        ours = QTranslator(app)
        catalog = window_catalog(lang)
        if catalog is not None and ours.load(str(catalog)):
            app.installTranslator(ours)
            kept.append(ours)
    return kept


def choose_language(args: argparse.Namespace, db: Path | None) -> str:
    if getattr(args, "lang", None):
        return str(args.lang)
    if os.environ.get("ASAMBLEA_LANG"):
        return os.environ["ASAMBLEA_LANG"][:2]
    return saved_language(db) or "es"


def open_database(db: Path | None) -> Services:
    """Runs on the worker thread: import the database layer, migrate, build the services."""
    from app.container import open_services

    services = open_services(db)
    services.build_all()  # built lazily for the command line; all of them here, off the GUI
    return services


class Startup:
    """Holds what start-up made, so the event loop can finish it step by step."""

    def __init__(self, app: QApplication, args: argparse.Namespace) -> None:
        self.app = app
        self.args = args
        self.db = Path(args.db) if getattr(args, "db", None) else None
        self.runner = TaskRunner()
        self.window = MainWindow()
        self.services: Services | None = None
        self.hub_sync: HubSync | None = None
        self.exit_code = 0

    def begin(self) -> None:
        self.runner.submit(lambda: open_database(self.db), self.opened, self.refused)

    def opened(self, services: Services) -> None:
        self.services = services
        ui = UiContext(services, self.runner)
        ui.restore_backup = self.restore_backup
        if not self.args.screenshot:
            from ui.hub_sync import HubSync

            ui.hub_sync = self.hub_sync = HubSync(ui, parent=self.window)
            self.hub_sync.start()
        # Who is in charge is asked at every start of the window (not for a screenshot).
        self.window.attach(ui, ask_operator=not self.args.screenshot,
                           operator=getattr(self.args, "operator", None))
        if services.incarnation is not None:
            from app.safety.sentences import incarnation_sentence

            self.window.show_problem(incarnation_sentence(services.incarnation))
        self.runner.submit(services.info.quick_check, self.checked)
        self._watch_wal(services)
        if self.args.screenshot:
            QTimer.singleShot(0, self.screenshot)
        else:  # the papers and the preview, loaded in the background once the page is up
            from ui.warm_up import start_warm_up

            QTimer.singleShot(1000, start_warm_up)

    def _watch_wal(self, services: Services) -> None:
        """Every 15 s: a `-wal` file deleted under the open database is folded in at once."""
        timer = QTimer(self.window)
        timer.setInterval(15_000)

        def check() -> None:
            if self.services is services:
                self.runner.submit(services.backups.rescue_missing_wal, self._wal_checked)

        timer.timeout.connect(check)
        timer.start()

    def _wal_checked(self, was_missing: bool) -> None:
        if was_missing:
            self.window.show_problem(QCoreApplication.translate(
                "MainWindow", "Alguien borró el archivo de trabajo de la base de datos "
                "(«-wal») mientras el programa la usaba. Lo guardado se pasó a la base ahora "
                "mismo y no se perdió. Para copiar la base use «Copiar respaldo a la memoria "
                "USB» en Configuración, nunca el archivo a mano."))

    def restore_backup(self, backup: Path) -> None:
        """Restore `backup` on the worker, then start the window again on the result."""
        from app.container import restore

        services = self.services
        if services is None:
            return
        def job() -> Services:
            restored = restore(services, backup)
            restored.build_all()  # as open_database does: none is built on the GUI thread
            return restored

        self.runner.submit(job, self.restored,
                           lambda exc: self.window.show_problem(error_text(exc)))

    def restored(self, services: Services) -> None:
        old = self.window
        self.window = MainWindow()
        self.window.resize(old.size())
        self.window.show_page("configuracion")
        self.window.show()
        old.close()
        old.deleteLater()
        self.opened(services)
        text = QCoreApplication.translate(
            "MainWindow", "Se restauró el respaldo; la base de datos anterior quedó respaldada. "
            "Los cambios hechos en este equipo después del respaldo que ya se enviaron a otros "
            "equipos volverán con la próxima sincronización.")
        if services.incarnation is not None:
            from app.safety.sentences import incarnation_sentence

            text += " " + incarnation_sentence(services.incarnation)
        self.window.show_problem(text)

    def checked(self, problems: list[str]) -> None:
        if problems:
            self.window.show_problem(QCoreApplication.translate(
                "MainWindow", "La base de datos tiene daños: {d}. No escriba más en ella: "
                "restaure el último respaldo sano en Configuración › Respaldos (la base dañada "
                "se respalda antes) o ejecute «asamblea check».").format(d=problems[0]))
            self.window.show_page("configuracion")

    def refused(self, exc: BaseException) -> None:
        from app.paths import default_db_path
        from app.safety.write_trouble import write_trouble

        # A full disk or a read-only data folder at start: what to do, not SQLite's words.
        exc = write_trouble(exc, self.db or default_db_path()) or exc
        message = error_text(exc) if isinstance(exc, DomainError) else str(exc)
        self.exit_code = 2 if isinstance(exc, DomainError) else 1
        if self.args.screenshot or os.environ.get("QT_QPA_PLATFORM") == "offscreen":
            print(f"Error: {message}", file=sys.stderr)
        else:
            QMessageBox.critical(self.window, "Asamblea", message)
        self.app.exit(self.exit_code)

    def screenshot(self) -> None:
        self.runner.wait_idle()
        self.app.processEvents()
        self.runner.wait_idle()
        if not self.window.grab().save(self.args.screenshot):
            print(f"Error: no se pudo guardar {self.args.screenshot}", file=sys.stderr)
            self.exit_code = 1
        self.app.exit(self.exit_code)


def run(args: argparse.Namespace) -> int:
    app: Any = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Asamblea")
    apply_theme(app)
    lang = choose_language(args, Path(args.db) if getattr(args, "db", None) else None)
    os.environ["ASAMBLEA_LANG"] = lang  # domain messages follow the window's language
    # Before the first widget: the translators and the default locale are read as it is built.
    translators = install_translators(app, lang)
    start = Startup(app, args)
    width, _, height = str(args.size).partition("x")
    start.window.resize(int(width or 1280), int(height or 800))
    start.window.show_page(args.page)
    start.window.show()
    QTimer.singleShot(0, start.begin)
    try:
        code = int(app.exec())
        return start.exit_code or code
    finally:
        if start.hub_sync is not None:
            start.hub_sync.stop()  # an attempt under way finishes first: nothing is cut half
        start.runner.shutdown()
        if start.services is not None:
            start.services.close()
        del translators
