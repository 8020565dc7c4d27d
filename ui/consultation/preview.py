"""Opening a paper's preview from the Consulta page.

The preview dialog brings the PDF renderer, and the papers bring ReportLab: both are imported
when a paper is first looked at (or before, on a worker, by ui/warm_up.py), never while the
page is built on the window's thread (issue 17, point 5).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from ui.context import UiContext

if TYPE_CHECKING:
    from app.printing.paper import Paper


def show_preview(ui: UiContext, title: str, make_paper: Callable[[], Paper], parent: QWidget,
                 make_final: Callable[[], Paper] | None = None,
                 final_name: str | None = None) -> None:
    from ui.pdf_preview import PdfPreviewDialog

    PdfPreviewDialog(ui, title, make_paper, parent, make_final=make_final,
                     final_name=final_name).exec()


def preview_ballots() -> int:
    """How many specimen ballots the preview shows: its first pages, six ballots to a page."""
    from ui.pdf_preview import PREVIEW_PAGES

    return 6 * PREVIEW_PAGES


def file_name(*parts: object) -> str:
    """The name offered when the paper is saved («cuaderno-mesa-3.pdf»)."""
    from app.printing.paper import safe_file_name

    return safe_file_name(*parts)
