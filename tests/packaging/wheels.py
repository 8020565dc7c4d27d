"""Build a wheel of a source tree and install it into a fresh venv of its own.

The libraries it depends on are borrowed from the test's own environment (a path line, so
that environment's editable install of Asamblea stays out) instead of downloading 200 MB of
Qt for every run; the program itself comes only from the wheel.
"""

from __future__ import annotations

import os
import site
import subprocess
import sys
from pathlib import Path


def run(*args: str, cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=cwd, capture_output=True, text=True, timeout=300,
                          env={**os.environ, "ASAMBLEA_LANG": "es", **env}, check=False)


def build_wheel(source: Path, where: Path) -> Path:
    where.mkdir(parents=True, exist_ok=True)
    built = run(sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(where),
                str(source), cwd=where)
    assert built.returncode == 0, built.stderr
    return next(where.glob("asamblea-*.whl"))


def fresh_venv(where: Path) -> Path:
    """A venv holding nothing of Asamblea; returns its bin folder."""
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(where)], check=True)
    purelib = next((where / "lib").glob("python3*/site-packages"))
    (purelib / "borrowed.pth").write_text(
        "\n".join(p for p in site.getsitepackages() if Path(p).is_dir()) + "\n")
    return where / "bin"


def install(wheel: Path, bin_dir: Path) -> None:
    """Install (or install over what is there) without touching the borrowed libraries."""
    done = run(sys.executable, "-m", "pip", "--python", str(bin_dir / "python"), "install",
               "-q", "--no-deps", "--force-reinstall", str(wheel), cwd=bin_dir)
    assert done.returncode == 0, done.stderr
