"""Start-up: process start -> main window shown, on a 50,000-resident database.

Beside it, in the same run, a bare PySide6 window started the same way. Both are timed by this
parent process from the moment it starts the child until the child says its window is up
(the first turn of the event loop after show()). Goal: Asamblea at most 4x the bare window,
under 1.5 s, peak memory under 250 MB.

With --frozen (the PyInstaller program, e.g. dist/asamblea/asamblea or /usr/bin/asamblea), it
also times the frozen program against the same program from the venv, both started the same
way (`asamblea gui --screenshot`: start, window with the data, picture saved, exit), since
code cannot be slipped into the frozen one. Goal (issue 14): frozen within 1.5x the venv.

With --cli, the command line instead (issue 17, point 6): `asamblea list consultas`, process
start to exit, beside three floors in the same run: the bare interpreter (`python -c pass`),
the import of SQLAlchemy's ORM and SQLite dialect, and the least any command reading through
the ORM pays (import it, map one table, open the file, select). Wall time and CPU time (user +
system: steadier on a loaded machine), with the load average. Goal: under 0.3 s. With
--instructions as well, each command once under Valgrind's callgrind: the instructions it
executes, which the machine's other work does not change (a shared machine makes the clock and
CPU figures wander by a tenth).

    .venv/bin/python benchmarks/startup.py [--db PATH] [--residents 50000] [--runs 5]
                                          [--frozen dist/asamblea/asamblea] [--cli]
                                          [--instructions]
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def child_bare() -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QLabel("Hola"))
    window.resize(1280, 800)
    window.show()
    QTimer.singleShot(0, lambda: _report_and_quit(app))
    app.exec()


def child_asamblea(db: str) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    # Fires on the first turn of the event loop, i.e. once the launcher has shown the window.
    QTimer.singleShot(0, lambda: print("SHOWN", flush=True))
    poll = QTimer()
    poll.timeout.connect(lambda: _when_filled(app))
    poll.start(2)
    sys.path.insert(0, str(ROOT))
    from app.cli import main

    main(["--db", db, "gui"])


def _when_filled(app: Any) -> None:
    """The dashboard shows the organization: the data is on screen."""
    for widget in app.topLevelWidgets():
        page = getattr(widget, "pages", {}).get("inicio")
        if page is not None and page.org_label.text():
            _report_and_quit(app, "FILLED")


def _report_and_quit(app: object, what: str = "SHOWN") -> None:
    import resource

    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"{what} {peak_kb}", flush=True)
    app.quit()  # type: ignore[attr-defined]


def time_child(args: list[str]) -> tuple[float, float, float]:
    """(seconds to window shown, seconds to data shown, peak MB)."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, __file__, *args], stdout=subprocess.PIPE,
                            text=True, env=env, cwd=ROOT)
    assert proc.stdout is not None
    shown = None
    for line in proc.stdout:
        if line.startswith("SHOWN"):
            shown = time.perf_counter() - start
            if len(line.split()) > 1:  # the bare window reports once
                proc.wait(timeout=60)
                return shown, shown, int(line.split()[1]) / 1024
        elif line.startswith("FILLED") and shown is not None:
            filled = time.perf_counter() - start
            proc.wait(timeout=60)
            return shown, filled, int(line.split()[1]) / 1024
    proc.wait(timeout=60)
    raise SystemExit(f"the child {args} never showed its window (exit {proc.returncode})")


def time_screenshot(program: list[str], db: Path) -> float:
    """Seconds from starting `program` to its exit after saving the window's picture."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with tempfile.TemporaryDirectory() as folder:
        start = time.perf_counter()
        subprocess.run([*program, "--db", str(db), "gui", "--screenshot",
                        str(Path(folder) / "w.png")], check=True, env=env, cwd=ROOT,
                       capture_output=True)
        return time.perf_counter() - start


def compare_frozen(frozen: str, db: Path, runs: int) -> None:
    venv = [sys.executable, "-m", "app.cli"]
    frozen_cmd = [str(Path(frozen).resolve())]
    for program in (venv, frozen_cmd):  # warm the file cache once
        time_screenshot(program, db)
    from_venv, from_frozen = [], []
    for _ in range(runs):
        from_venv.append(time_screenshot(venv, db))
        from_frozen.append(time_screenshot(frozen_cmd, db))
    v, f = statistics.median(from_venv), statistics.median(from_frozen)
    print(f"window + data + picture, venv  : median {v * 1000:6.0f} ms")
    print(f"window + data + picture, frozen: median {f * 1000:6.0f} ms  ({frozen})")
    print(f"ratio frozen/venv              : {f / v:.2f}  (goal <= 1.5)")


# The least a command that reads through the ORM can cost: SQLAlchemy imported, one table
# mapped, the database opened and read.
ORM_FLOOR = """
import sys
from sqlalchemy import String, create_engine, select
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, sessionmaker
class Base(DeclarativeBase):
    pass
class Consultation(Base):
    __tablename__ = "consultation"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
engine = create_engine("sqlite:///" + sys.argv[1])
with sessionmaker(engine).begin() as s:
    print(len(s.scalars(select(Consultation)).all()))
"""


def time_process(command: list[str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds of the child) from start to exit.

    Bytecode is written and read as an installed program's is: without it every module of
    the program would be compiled on each start, and the floor (site-packages, compiled)
    would not be a fair comparison."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, check=True, cwd=ROOT, capture_output=True, env=env)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def instructions(command: list[str]) -> int:
    """Instructions executed by `command` (start to exit), counted by callgrind."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    done = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null",
                           *command], check=True, cwd=ROOT, capture_output=True, text=True,
                          env=env)
    found = re.search(r"Collected : (\d+)", done.stderr)
    if found is None:
        raise SystemExit(f"callgrind counted nothing for {command}: {done.stderr[-500:]}")
    return int(found.group(1))


# Less still: SQLAlchemy's ORM and SQLite dialect imported, nothing mapped nor opened.
IMPORT_FLOOR = "import sqlalchemy.orm, sqlalchemy.dialects.sqlite"


def compare_cli(db: Path, runs: int, count_instructions: bool = False) -> None:
    commands = {
        "python -c pass": [sys.executable, "-c", "pass"],
        "import the ORM": [sys.executable, "-c", IMPORT_FLOOR],
        "ORM floor (one table)": [sys.executable, "-c", ORM_FLOOR, str(db)],
        "asamblea list consultas": [sys.executable, "-m", "app.cli", "--db", str(db), "list",
                                    "consultas"],
    }
    for command in commands.values():  # warm the file cache (and today's backup) once
        time_process(command)
    walls: dict[str, list[float]] = {name: [] for name in commands}
    cpus: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs):  # interleaved, so machine noise hits all alike
        for name, command in commands.items():
            wall, cpu = time_process(command)
            walls[name].append(wall)
            cpus[name].append(cpu)
    print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}, {runs} runs each")
    for name in commands:
        w, c = statistics.median(walls[name]), statistics.median(cpus[name])
        print(f"{name:24}: wall median {w * 1000:5.0f} ms, min {min(walls[name]) * 1000:5.0f}"
              f" ms; CPU median {c * 1000:5.0f} ms")
    ours = statistics.median(walls["asamblea list consultas"])
    floor = statistics.median(walls["ORM floor (one table)"])
    print(f"list / ORM floor (wall)  : {ours / floor:.2f}")
    print(f"list / import the ORM    : "
          f"{ours / statistics.median(walls['import the ORM']):.2f} (wall)")
    print(f"absolute, list           : {ours:.2f} s  (goal < 0.3 s)")
    if not count_instructions:
        return
    if shutil.which("valgrind") is None:
        raise SystemExit("--instructions needs valgrind")
    counted = {name: instructions(command) for name, command in commands.items()}
    for name, count in counted.items():
        print(f"{name:24}: {count / 1e9:6.3f} G instructions")
    print(f"list / ORM floor (instr.): "
          f"{counted['asamblea list consultas'] / counted['ORM floor (one table)']:.2f}")
    print(f"list / import the ORM    : "
          f"{counted['asamblea list consultas'] / counted['import the ORM']:.2f} (instr.)")


def ensure_db(path: Path, residents: int) -> None:
    if path.exists():
        return
    print(f"Creating a demo database with {residents} residents at {path} ...", flush=True)
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "app.cli", "--db", str(path), "demo",
                    "--residents", str(residents)], check=True, cwd=ROOT)
    print(f"  made in {time.perf_counter() - started:.1f} s")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--child", choices=("bare", "asamblea"))
    parser.add_argument("--db")
    parser.add_argument("--residents", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--frozen", metavar="PROGRAM",
                        help="also compare this frozen program with the venv")
    parser.add_argument("--cli", action="store_true",
                        help="time the command line's start instead of the window's")
    parser.add_argument("--instructions", action="store_true",
                        help="with --cli, also count instructions under valgrind")
    args = parser.parse_args()
    if args.child == "bare":
        child_bare()
        return
    if args.child == "asamblea":
        child_asamblea(args.db)
        return

    db = Path(args.db or Path(tempfile.gettempdir()) / f"asamblea-bench-{args.residents}.db")
    ensure_db(db, args.residents)
    if args.cli:
        compare_cli(db, args.runs, args.instructions)
        return
    time_child(["--child", "asamblea", "--db", str(db)])  # warm the file cache once
    bare, ours, filled, memory = [], [], [], []
    for _ in range(args.runs):  # interleaved, so machine noise hits both alike
        bare.append(time_child(["--child", "bare"])[0])
        shown, data, peak = time_child(["--child", "asamblea", "--db", str(db)])
        ours.append(shown)
        filled.append(data)
        memory.append(peak)
    b, o, f = statistics.median(bare), statistics.median(ours), statistics.median(filled)

    def runs(values: list[float]) -> str:
        return ", ".join(f"{x * 1000:.0f}" for x in values)

    print(f"bare PySide6 window      : median {b * 1000:6.0f} ms  (runs: {runs(bare)})")
    print(f"Asamblea window shown    : median {o * 1000:6.0f} ms  (runs: {runs(ours)})")
    print(f"Asamblea dashboard filled: median {f * 1000:6.0f} ms  (runs: {runs(filled)})")
    print(f"ratio shown/bare         : {o / b:.2f}  (goal <= 4)")
    print(f"ratio filled/bare        : {f / b:.2f}")
    print(f"absolute, window shown   : {o:.2f} s  (goal < 1.5 s)")
    print(f"absolute, data on screen : {f:.2f} s")
    print(f"peak memory              : {max(memory):.0f} MB  (goal < 250 MB)")
    if args.frozen:
        compare_frozen(args.frozen, db, args.runs)


if __name__ == "__main__":
    main()
