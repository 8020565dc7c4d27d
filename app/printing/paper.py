"""A composed paper as the window and the command line receive it: the PDF and a file name."""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.domain.text import fold

# ReportLab writes each page as its own uncompressed object `/Type /Page`; `/Type /Pages`
# is the page tree, which the lookahead leaves out.
_PAGE_OBJECT = re.compile(rb"/Type\s*/Page(?![A-Za-z])")
_UNSAFE = re.compile(r"[^a-z0-9]+")
# FAT32 allows 255 characters, but a USB stick's folder listing and old printers' menus show
# far fewer; a short name also survives being typed back by hand.
MAX_STEM = 60


@dataclass(frozen=True)
class Paper:
    """PDF bytes, a FAT32-safe file name to offer when saving, and how many pages it has."""

    data: bytes
    file_name: str
    pages: int


def paper(data: bytes, *name_parts: object) -> Paper:
    return Paper(data, safe_file_name(*name_parts), count_pages(data))


def safe_file_name(*parts: object, suffix: str = ".pdf") -> str:
    """Join the parts with dashes in lowercase ASCII: no accents, spaces, `:` or slashes.

    >>> safe_file_name("Acta de escrutinio", "Mesa 3")
    'acta-de-escrutinio-mesa-3.pdf'
    """
    words = (_UNSAFE.sub("-", fold(str(p)).lower()).strip("-") for p in parts)
    stem = "-".join(w for w in words if w)[:MAX_STEM].rstrip("-")
    return (stem or "documento") + suffix


def count_pages(data: bytes) -> int:
    return len(_PAGE_OBJECT.findall(data))


@dataclass(frozen=True)
class PaperOptions:
    """None means: the page size of the settings, the language of the program."""

    page_size: str | None = None
    language: str | None = None
