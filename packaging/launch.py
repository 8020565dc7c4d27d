"""The frozen program's entry point: the same `asamblea` command a pip install makes."""

import multiprocessing
import os
import sys

# A print runs in a process of its own (ui/print_process.py), started by running this program
# again: that copy becomes the print's process here, before the command line is loaded.
multiprocessing.freeze_support()

# What PyInstaller's run-time hook for PySide6 did, without importing Qt (packaging/
# asamblea.spec leaves that hook out so the command line starts without Qt): Qt looks for its
# plug-ins (display, image formats, print dialog) in the frozen folder.
_frozen_folder = getattr(sys, "_MEIPASS", None)
if _frozen_folder is not None:
    _qt = ("PySide6",) if sys.platform == "win32" else ("PySide6", "Qt")  # the wheels' layout
    os.environ["QT_PLUGIN_PATH"] = os.path.join(_frozen_folder, *_qt, "plugins")

from app.cli import main  # noqa: E402

sys.exit(main())
