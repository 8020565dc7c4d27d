"""Render every paper with the layout test's long data and lay them out on one contact sheet
per page size: resources/screenshots/papers/contact-letter.png and contact-a4.png.

Each tile is a paper's first page and, when it has more, its last page (where the signatures
are), at 40 dpi, captioned with the paper's name and page count. The sheets are committed so a
change to a paper shows in review; regenerate them after changing one:

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/paper_contact_sheet.py

Needs pdftoppm (poppler-utils) and Pillow (installed with ReportLab).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.container import open_services  # noqa: E402

from tests.printing.long_data import build_long_world  # noqa: E402
from tests.printing.test_layouts_long_data import PAGES, PAPERS  # noqa: E402

OUT = ROOT / "resources" / "screenshots" / "papers"
DPI = 40
COLUMNS = 6
GAP = 12
CAPTION = 16


def page_images(pdf: Path, folder: Path) -> tuple[list[Path], int]:
    """The first page and, when there are more, the last one, as PNG at DPI; and the count."""
    subprocess.run(["pdftoppm", "-png", "-r", str(DPI), "-f", "1", "-l", "1", str(pdf),
                    str(folder / f"{pdf.stem}-first")], check=True)
    count = int(next(line.split()[-1] for line in subprocess.run(
        ["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout.splitlines()
        if line.startswith("Pages:")))
    images = sorted(folder.glob(f"{pdf.stem}-first*.png"))
    if count > 1:
        subprocess.run(["pdftoppm", "-png", "-r", str(DPI), "-f", str(count), "-l", str(count),
                        str(pdf), str(folder / f"{pdf.stem}-last")], check=True)
        images += sorted(folder.glob(f"{pdf.stem}-last*.png"))
    return images, count


def contact_sheet(tiles: list[tuple[str, list[Path]]], out: Path) -> None:
    pages = [(name, image) for name, images in tiles for image in images]
    opened = [(name, Image.open(path).convert("RGB")) for name, path in pages]
    width = max(im.width for _, im in opened)
    height = max(im.height for _, im in opened)
    rows = -(-len(opened) // COLUMNS)
    sheet = Image.new("RGB", (COLUMNS * (width + GAP) + GAP,
                              rows * (height + CAPTION + GAP) + GAP), "#d0d0d0")
    draw = ImageDraw.Draw(sheet)
    for index, (name, image) in enumerate(opened):
        x = GAP + (index % COLUMNS) * (width + GAP)
        y = GAP + (index // COLUMNS) * (height + CAPTION + GAP)
        draw.text((x, y), name, fill="black")
        sheet.paste(image, (x, y + CAPTION))
    out.parent.mkdir(parents=True, exist_ok=True)
    # A 64-colour palette keeps the committed sheets small; paper is mostly black on white.
    sheet.convert("P", palette=Image.Palette.ADAPTIVE, colors=64).save(out, optimize=True)


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        services = open_services(folder / "long.db")
        try:
            world = build_long_world(services, residents=1_200, attendees=400)
            services.minutes.approve(world.held, "Secretaría de la asamblea")
            for page in PAGES:
                tiles: list[tuple[str, list[Path]]] = []
                for name in sorted(PAPERS):
                    pdf = folder / f"{name}-{page}.pdf"
                    pdf.write_bytes(PAPERS[name](services, world, page))
                    images, count = page_images(pdf, folder)
                    tiles.append((f"{name} ({count} p.)", images))
                contact_sheet(tiles, OUT / f"contact-{page}.png")
                print(OUT / f"contact-{page}.png")
        finally:
            services.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
