"""Every string a person reads in the window has its English, and English really loads."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QPushButton

from ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


def load_tool():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("translations", ROOT / "scripts" /
                                                  "translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_ui_string_has_english(tmp_path: Path) -> None:
    tool = load_tool()
    ts = tmp_path / "check_en.ts"
    tool.run_lupdate(ts)
    missing = tool.fill(ts, tool.load_tsv())
    assert missing == [], f"{len(missing)} sin traducción, p. ej. {missing[:5]}"


def test_the_window_speaks_english_with_the_translation(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    tool = load_tool()
    ts = tmp_path / "asamblea_en.ts"
    tool.run_lupdate(ts)
    tool.fill(ts, tool.load_tsv())
    qm = tmp_path / "asamblea_en.qm"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), str(ts), "-qm", str(qm)], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        window = MainWindow()
        qtbot.addWidget(window)
        census = window.findChild(QPushButton, "nav_censo")
        settings = window.findChild(QPushButton, "nav_configuracion")
        assert census.text() == "Census"
        assert settings.text() == "Settings"
    finally:
        QCoreApplication.removeTranslator(translator)


def test_a_fresh_copy_with_only_the_ts_still_speaks_english(qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                            monkeypatch) -> None:
    """`--lang en` from a checkout where nobody built the .qm: it is built at start."""
    from PySide6.QtCore import QStandardPaths

    from ui.launcher import window_catalog

    shipped = tmp_path / "shipped"
    shipped.mkdir()
    (shipped / "asamblea_en.ts").write_bytes(
        (ROOT / "resources" / "translations" / "asamblea_en.ts").read_bytes())
    monkeypatch.setattr(QStandardPaths, "writableLocation",
                        lambda _where: str(tmp_path / "cache"))
    catalog = window_catalog("en", shipped)
    assert catalog == tmp_path / "cache" / "asamblea_en.qm"
    translator = QTranslator()
    assert translator.load(str(catalog))
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("MainWindow", "Censo") == "Census"
    finally:
        QCoreApplication.removeTranslator(translator)
    assert window_catalog("fr", shipped) is None  # no source: Spanish, no error
