"""The frozen program's entry point: the same `asamblea` command a pip install makes."""

import multiprocessing
import sys

# A print runs in a process of its own (ui/print_process.py), started by running this program
# again: that copy becomes the print's process here, before the command line is loaded.
multiprocessing.freeze_support()

from app.cli import main  # noqa: E402

sys.exit(main())
