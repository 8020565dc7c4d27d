"""After the window is shown, the papers and the preview are imported on a thread of their own.

No page imports ReportLab, the paper modules or the PDF renderer when it is first shown (issue
17, point 5): they are imported where a paper is made or previewed. Loaded here beforehand, in
the background, the first preview does not wait for them either. A thread of its own, not the
task runner's worker: the pages' reads queued there must not wait behind it.
"""

from __future__ import annotations

import importlib
import pkgutil
import threading

# What a preview needs besides the papers themselves (app.printing.*).
PREVIEW_MODULES = ("ui.pdf_preview", "ui.print_job")
# The assembly day (check-in, agenda, problems, acta), built when an assembly is first opened:
# imported here, opening it builds widgets only.
ASSEMBLY_DAY_MODULES = ("ui.assembly.day", "ui.assembly.new_dialog",
                        "ui.assembly.schedule_dialogs")


def paper_modules() -> list[str]:
    import app.printing

    return [f"app.printing.{m.name}" for m in pkgutil.iter_modules(app.printing.__path__)]


def _import_all() -> None:
    for name in [*ASSEMBLY_DAY_MODULES, *paper_modules(), *PREVIEW_MODULES]:
        try:
            importlib.import_module(name)
        except Exception:  # it raises again, and is reported, where it is used
            continue


def start_warm_up() -> threading.Thread:
    thread = threading.Thread(target=_import_all, name="asamblea-warm-up")
    thread.start()
    return thread
