"""Builds compile the translations first, so a wheel (and `pip install .`) carries them.

Everything else about the package is in pyproject.toml; setuptools reads this file only for
the build step below. The build needs Babel and PySide6 ([build-system] requires).
"""

import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py


class BuildWithCatalogs(build_py):
    def run(self) -> None:
        script = Path(__file__).resolve().parent / "scripts" / "catalogs.py"
        subprocess.run([sys.executable, str(script)], check=True)
        super().run()


setup(cmdclass={"build_py": BuildWithCatalogs})
