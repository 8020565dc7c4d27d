"""Where every word of a PDF sits (`pdftotext -bbox-layout`), and what a readable paper must
not have: two words over each other, or a word outside the printable area."""

from __future__ import annotations

import re
import subprocess
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

MARGIN_PT = 12.0  # printers leave about 4 mm unprinted at each edge
TOLERANCE_PT = 0.8  # glyph boxes of neighbouring words may touch


@dataclass(frozen=True)
class Word:
    page: int
    text: str
    x0: float
    y0: float
    x1: float
    y1: float


@dataclass(frozen=True)
class Page:
    number: int
    width: float
    height: float
    words: tuple[Word, ...]


def pages_of(data: bytes) -> list[Page]:
    with tempfile.TemporaryDirectory() as folder:
        pdf = Path(folder) / "paper.pdf"
        pdf.write_bytes(data)
        html = subprocess.run(["pdftotext", "-bbox-layout", str(pdf), "-"], check=True,
                              capture_output=True).stdout
    root = ET.fromstring(re.sub(rb"<!DOCTYPE[^>]*>", b"", html, count=1))
    ns = {"h": "http://www.w3.org/1999/xhtml"}
    pages = []
    for number, page in enumerate(root.iter("{http://www.w3.org/1999/xhtml}page"), start=1):
        words = tuple(Word(number, w.text or "", float(w.get("xMin", 0)),
                           float(w.get("yMin", 0)), float(w.get("xMax", 0)),
                           float(w.get("yMax", 0)))
                      for w in page.iterfind(".//h:word", ns))
        pages.append(Page(number, float(page.get("width", 0)), float(page.get("height", 0)),
                          words))
    return pages


def overlaps(page: Page) -> list[tuple[Word, Word]]:
    """Pairs of words whose boxes cross by more than the tolerance both ways."""
    found = []
    words = sorted(page.words, key=lambda w: w.x0)
    for i, a in enumerate(words):
        for b in words[i + 1:]:
            if b.x0 >= a.x1 - TOLERANCE_PT:
                break
            if min(a.y1, b.y1) - max(a.y0, b.y0) > TOLERANCE_PT and \
                    min(a.x1, b.x1) - max(a.x0, b.x0) > TOLERANCE_PT:
                found.append((a, b))
    return found


def outside(page: Page) -> list[Word]:
    return [w for w in page.words
            if w.x0 < MARGIN_PT or w.y0 < MARGIN_PT or w.x1 > page.width - MARGIN_PT
            or w.y1 > page.height - MARGIN_PT]


def problems(data: bytes) -> list[str]:
    out: list[str] = []
    for page in pages_of(data):
        for a, b in overlaps(page)[:5]:
            out.append(f"p{page.number}: «{a.text}» over «{b.text}» at "
                       f"({a.x0:.0f},{a.y0:.0f})/({b.x0:.0f},{b.y0:.0f})")
        for w in outside(page)[:5]:
            out.append(f"p{page.number}: «{w.text}» outside the printable area at "
                       f"({w.x0:.0f},{w.y0:.0f})-({w.x1:.0f},{w.y1:.0f})")
    return out


def fonts_not_embedded(data: bytes) -> list[str]:
    """Fonts `pdffonts` lists as not embedded (a printer would substitute its own)."""
    with tempfile.TemporaryDirectory() as folder:
        pdf = Path(folder) / "paper.pdf"
        pdf.write_bytes(data)
        listing = subprocess.run(["pdffonts", str(pdf)], check=True, capture_output=True,
                                 text=True).stdout.splitlines()[2:]
    # Columns: name, type (one or two words), encoding, emb, sub, uni, object, generation.
    return [line.split()[0] for line in listing if line.split()[-5] != "yes"]
