"""Start the window: language, theme, the database (migrated), then the main window."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from app.container import Services, open_services
from app.domain.errors import DomainError

from ui.context import UiContext
from ui.main_window import MainWindow
from ui.tasks import TaskRunner
from ui.theme import apply_theme

TRANSLATIONS = Path(__file__).resolve().parent.parent / "resources" / "translations"


def install_translators(app: QApplication, lang: str) -> list[QTranslator]:
    """Our strings are written in Spanish; English comes from asamblea_en.qm."""
    kept: list[QTranslator] = []
    qt_own = QTranslator(app)
    if qt_own.load(QLocale(lang), "qtbase", "_",
                   QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        kept.append(qt_own)
    if lang != "es":
        ours = QTranslator(app)
        if ours.load(str(TRANSLATIONS / f"asamblea_{lang}.qm")):
            app.installTranslator(ours)
            kept.append(ours)
    return kept


def choose_language(args: argparse.Namespace, services: Services | None) -> str:
    if getattr(args, "lang", None):
        return str(args.lang)
    if os.environ.get("ASAMBLEA_LANG"):
        return os.environ["ASAMBLEA_LANG"][:2]
    if services is not None:
        return services.settings.get("language")
    return "es"


def build_window(services: Services, runner: TaskRunner) -> MainWindow:
    return MainWindow(UiContext(services, runner))


def run(args: argparse.Namespace) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Asamblea")
    apply_theme(app)
    try:
        db = getattr(args, "db", None)
        services = open_services(Path(db) if db else None)
    except DomainError as exc:
        if args.screenshot or os.environ.get("QT_QPA_PLATFORM") == "offscreen":
            print(f"Error: {exc}", file=sys.stderr)
        else:
            QMessageBox.critical(None, "Asamblea", str(exc))
        return 2
    lang = choose_language(args, services)
    os.environ["ASAMBLEA_LANG"] = lang  # domain messages follow the window's language
    translators = install_translators(app, lang)
    runner = TaskRunner()
    window = build_window(services, runner)
    width, _, height = str(args.size).partition("x")
    window.resize(int(width or 1280), int(height or 800))
    window.show_page(args.page)
    window.show()
    runner.submit(services.info.quick_check,
                  lambda problems: problems and window.show_problem(
                      QCoreApplication.translate(
                          "MainWindow", "La base de datos tiene daños: {d}. Ejecute «asamblea "
                          "check» y restaure una copia de seguridad.").format(d=problems[0])))
    try:
        if args.screenshot:
            runner.wait_idle()
            app.processEvents()
            runner.wait_idle()
            ok = window.grab().save(args.screenshot)
            if not ok:
                print(f"Error: no se pudo guardar {args.screenshot}", file=sys.stderr)
                return 1
            return 0
        return int(app.exec())
    finally:
        runner.shutdown()
        services.close()
        del translators
