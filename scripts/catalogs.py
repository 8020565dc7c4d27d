"""Compile every translation the program ships: app/'s gettext catalogs and the window's Qt one.

    app/locale/<lang>/LC_MESSAGES/*.po  -> asamblea.mo   (Babel: scripts/messages.py)
    resources/translations/*.ts         -> *.qm          (lrelease, shipped inside PySide6)

The compiled files are built, never committed (a binary would conflict on every merge). One
script, called by every build: scripts/_env.sh (scripts/run, scripts/test), setup.py (a wheel,
`pip install .`) and scripts/package (the frozen program). It fails loudly: a program built
without them would speak only Spanish.

    python scripts/catalogs.py
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"


def lrelease() -> Path:
    """The lrelease program of the PySide6 that is installed (the build needs PySide6)."""
    import PySide6

    folder = Path(PySide6.__file__).parent
    for name in ("lrelease", "lrelease.exe"):
        if (folder / name).exists():
            return folder / name
    raise SystemExit(f"lrelease not found in {folder}")


def compile_qt() -> list[Path]:
    built = []
    tool = lrelease()
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run([str(tool), "-silent", str(ts), "-qm", str(qm)], check=True)
        built.append(qm)
    return built


def compile_gettext() -> list[Path]:
    sys.path.insert(0, str(ROOT / "scripts"))
    from messages import compile_all

    return compile_all()


def main() -> int:
    compile_gettext()
    compile_qt()
    return 0


if __name__ == "__main__":
    sys.exit(main())
