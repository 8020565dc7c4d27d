"""A command that prints nothing starts without the drawing library (issue 17, point 6):
ReportLab and the paper modules are imported by the PaperService method that draws."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_listing_does_not_import_the_papers(db_path: Path) -> None:
    run = subprocess.run([sys.executable, "-X", "importtime", "-m", "app.cli", "--db",
                          str(db_path), "list", "consultas"], cwd=ROOT, capture_output=True,
                         text=True, check=True)
    imported = {line.rsplit("|", 1)[-1].strip() for line in run.stderr.splitlines()}
    assert "app.services.papers" in imported  # the services were all built
    assert not {m for m in imported if m.startswith(("reportlab", "app.printing.census"))}


def test_the_census_page_shows_without_the_drawing_library() -> None:
    """Issue 17, point 5: the first show of Censo imported ReportLab on the window's thread
    (for saving a PDF); it is imported when a PDF is saved."""
    run = subprocess.run([sys.executable, "-c",
                          "import sys, ui.pages.census; "
                          "print(sorted(m for m in sys.modules if m.startswith('reportlab')))"],
                         cwd=ROOT, capture_output=True, text=True, check=True,
                         env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""})
    assert run.stdout.strip() == "[]"
