"""The look: large type, high contrast, big targets (old laptops, bright rooms, tired eyes)."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication

from resources import resource_path

FONTS = resource_path("fonts")

STYLE = """
QWidget { font-size: 14px; color: #1d2630; }
QMainWindow, QStackedWidget > QWidget, #pageContent { background: #f6f7f9; }
#sidebar { background: #1f3a5f; }
#sidebar QPushButton {
    color: #ffffff; background: transparent; border: none; text-align: left;
    padding: 10px 18px; font-size: 15px; border-radius: 6px; margin: 2px 8px;
}
#sidebar QPushButton:hover { background: #2c4d78; }
#sidebar QPushButton:checked { background: #f2b705; color: #1d2630; font-weight: bold; }
#appName { color: #ffffff; font-size: 20px; font-weight: bold; padding: 16px 18px 4px 18px; }
#appTagline { color: #c9d6e6; font-size: 12px; padding: 0 18px 12px 18px; }
#pageTitle { font-size: 24px; font-weight: bold; color: #1f3a5f; }
#sectionTitle { font-size: 17px; font-weight: bold; color: #1f3a5f; margin-top: 8px; }
#orgName { font-size: 19px; font-weight: bold; }
#muted { color: #5b6775; }
#statCard { background: #ffffff; border: 1px solid #d5dbe3; border-radius: 8px; }
#statValue { font-size: 30px; font-weight: bold; color: #1f3a5f; }
#statCaption { color: #3d4956; }
#pendingList, #detailPanel {
    background: #ffffff; border: 1px solid #d5dbe3; border-radius: 8px; padding: 10px;
}
#fingerprint { font-family: "DejaVu Sans Mono", monospace; font-size: 22px; font-weight: bold; }
#banner { background: #fff4cc; border: 1px solid #e0c060; padding: 8px; border-radius: 6px; }
#errorBanner { background: #fde2e1; border: 1px solid #d9534f; padding: 8px; border-radius: 6px; }
QPushButton#bigButton, QPushButton#primaryButton {
    padding: 8px 18px; border-radius: 6px; font-size: 15px; border: 1px solid #9aa7b6;
    background: #ffffff;
}
QPushButton#primaryButton { background: #1f6f43; color: #ffffff; border: none; font-weight: bold; }
QPushButton#primaryButton:disabled { background: #9fbfae; }
QPushButton#bigButton:disabled { color: #9aa3ad; background: #eef1f4; border-color: #d5dbe3; }
QTableView { background: #ffffff; alternate-background-color: #f0f3f7; gridline-color: #e1e6ec; }
QHeaderView::section { background: #e6ebf1; padding: 6px; border: none; font-weight: bold; }
QLineEdit, QComboBox, QSpinBox, QDateEdit, QTimeEdit { padding: 5px; min-height: 24px; }
QGroupBox { font-weight: bold; border: 1px solid #d5dbe3; border-radius: 8px; margin-top: 14px;
            padding: 12px; background: #ffffff; }
QGroupBox::title { subcontrol-origin: margin; left: 12px; padding: 0 4px; }
"""


def app_icon() -> QIcon:
    """The program's icon from its PNG sizes (the frozen program carries no SVG renderer)."""
    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256):
        icon.addFile(str(resource_path("icons", f"asamblea-{size}.png")))
    return icon


def apply_theme(app: QApplication) -> None:
    app.setWindowIcon(app_icon())
    # Wayland and the task bar match the window to the menu entry (asamblea.desktop) by this.
    app.setDesktopFileName("asamblea")
    family = None
    for path in sorted(FONTS.glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        family = family or (families[0] if families else None)
    if family:
        app.setFont(QFont(family, 10))
    app.setStyleSheet(STYLE)
