"""Files shipped with the program (fonts, the window's compiled translations, the icon).

A package so that they are package data: a wheel, a non-editable `pip install .` and the frozen
program (PyInstaller) all carry them, and code finds them with `importlib.resources` wherever
the program was installed, instead of by a path relative to the source tree.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def resource_path(*parts: str) -> Path:
    """A shipped file or folder as a real path: ReportLab, Qt and gettext open paths.

    Every way the program is installed (source tree, wheel, one-folder frozen program)
    unpacks the files onto disk, so the traversable `files()` returns is a plain path.
    """
    found = files(__name__).joinpath(*parts)
    if not isinstance(found, Path):  # a zipped install: not a way Asamblea is shipped
        raise FileNotFoundError(f"{found} is not on disk")
    return found
