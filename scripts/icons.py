"""Render resources/icons/asamblea.svg to the PNG sizes menus use and to packaging/asamblea.ico.

The PNGs and the .ico are committed (they change only with the drawing), so building the
program needs no SVG renderer and the frozen program leaves Qt's SVG support out.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/icons.py
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "asamblea.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(SVG)).render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico(pngs: dict[int, bytes]) -> bytes:
    """An .ico holding PNG images (Windows Vista onwards reads them)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, blobs = b"", b""
    for size, png in pngs.items():
        side = 0 if size >= 256 else size  # 0 means 256 in an icon directory
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    return header + entries + blobs


def main() -> int:
    QGuiApplication(sys.argv[:1])
    pngs = {size: render(size) for size in SIZES}
    for size, png in pngs.items():
        (SVG.parent / f"asamblea-{size}.png").write_bytes(png)
    (ROOT / "packaging" / "asamblea.ico").write_bytes(ico({s: pngs[s] for s in (16, 32, 48, 256)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
