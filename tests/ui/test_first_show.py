"""The first show of Consulta, Censo and Asambleas imports nothing heavy on the window's thread
(issue 17, point 5): no paper module, no ReportLab, no PDF renderer, no spreadsheet library,
no service (the launcher builds them on the worker), and nothing of the assembly day (its tabs
cost more than the list Asambleas first shows: built when an assembly is opened). What is
imported is measured, not the time: the machine is noisy. Each module is attributed to the
thread that imported it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PAGES = ("consulta", "censo", "asambleas")
HEAVY = ("app.printing", "reportlab", "pypdfium2", "openpyxl", "ui.pdf_preview",
         "ui.print_job", "app.consultation.export", "app.services", "PySide6.QtPrintSupport",
         "ui.assembly.")

SCRIPT = """
import importlib.abc, json, sys, threading
seen = []
class Recorder(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        seen.append((name, threading.get_ident()))
        return None
sys.meta_path.insert(0, Recorder())
from PySide6.QtWidgets import QApplication
app = QApplication([])
from ui.launcher import open_database
from ui.context import UiContext
from ui.main_window import MainWindow
from ui.tasks import TaskRunner
from pathlib import Path
runner = TaskRunner()
window = MainWindow(UiContext(open_database(Path(sys.argv[1])), runner))
window.resize(1024, 600)
window.show()
runner.wait_idle()
app.processEvents()
gui, found = threading.get_ident(), {}
for key in sys.argv[2:]:
    del seen[:]
    window.show_page(key)
    for _ in range(3):  # the page's reads come back and are shown, on this thread too
        runner.wait_idle()
        app.processEvents()
    found[key] = sorted({n for n, t in seen if t == gui and n in sys.modules})
runner.shutdown()
print(json.dumps(found))
"""


def test_first_show_imports_nothing_heavy_on_the_window_thread(demo_db: Path) -> None:
    run = subprocess.run([sys.executable, "-c", SCRIPT, str(demo_db), *PAGES], cwd=ROOT,
                         capture_output=True, text=True, check=True,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=300)
    found: dict[str, list[str]] = json.loads(run.stdout.strip().splitlines()[-1])
    assert set(found) == set(PAGES)
    assert "ui.pages.consultation" in found["consulta"]  # the recorder saw the pages built
    assert "ui.pages.assemblies" in found["asambleas"]
    heavy = {page: [m for m in modules if m.startswith(HEAVY)] for page, modules in found.items()}
    assert heavy == {page: [] for page in PAGES}
