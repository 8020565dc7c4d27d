"""The frozen program's entry point: the same `asamblea` command a pip install makes."""

import sys

from app.cli import main

sys.exit(main())
