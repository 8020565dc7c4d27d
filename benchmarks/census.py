"""Census figures: search among 50,000 residents (p95, trigram index vs a LIKE scan measured
in the same run) and importing a 50,000-row CSV (time and peak memory).

    python benchmarks/census.py [--residents 50000] [--queries 300]
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.census.model import ResidentQuery
from app.container import Services, open_services
from app.demo.commune import build_demo
from app.domain.enums import OrgKind


def peak_rss_mb() -> float:
    """This process's peak resident memory. VmHWM starts afresh at exec, unlike ru_maxrss,
    which Linux carries over from the parent that forked us."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * pct))]


def queries(services: Services, count: int, rng: random.Random) -> list[str]:
    """What secretaries type: part of a surname, a given name, cédula digits, two words."""
    people = services.residents.page(ResidentQuery(), 0, 100_000)
    picked = rng.sample(people, count)
    made: list[str] = []
    for i, r in enumerate(picked):
        kind = i % 4
        if kind == 0:
            made.append(r.last_names.split()[0][:5])
        elif kind == 1:
            made.append(r.first_names.split()[0].lower())
        elif kind == 2 and r.national_id:
            made.append(r.national_id[2:8])
        else:
            made.append(f"{r.first_names.split()[0][:3]} {r.last_names.split()[0][:4]}")
    return made


def time_search(services: Services, texts: list[str]) -> list[float]:
    """One search as the Censo page does it: the first page of 200 and the count."""
    times: list[float] = []
    for text in texts:
        query = ResidentQuery(text=text)
        start = time.perf_counter()
        services.residents.page(query, 0, 200)
        services.residents.count(query)
        times.append((time.perf_counter() - start) * 1000)
    return times


def bench_search(db: Path, residents: int, count: int) -> list[str]:
    services = open_services(db)
    try:
        start = time.perf_counter()
        build_demo(services, residents)
        print(f"demo with {residents} residents built in {time.perf_counter() - start:.1f} s")
        texts = queries(services, count, random.Random(7))
        time_search(services, texts[:20])  # warm the page cache
        indexed = time_search(services, texts)
        services.residents._indexed = False  # the LIKE '%x%' scan, as before the index
        scanned = time_search(services, texts)
    finally:
        services.close()
    for name, times in (("trigram index", indexed), ("LIKE scan (baseline)", scanned)):
        print(f"search {name:22s}: p50 {statistics.median(times):6.2f} ms   "
              f"p95 {percentile(times, 0.95):6.2f} ms   max {max(times):6.2f} ms")
    ratio = percentile(scanned, 0.95) / percentile(indexed, 0.95)
    print(f"search p95 ratio baseline/index: {ratio:.1f}x  (target: p95 < 20 ms)")
    return texts


def bench_duplicates(db: Path) -> None:
    services = open_services(db)
    try:
        start = time.perf_counter()
        groups = services.residents.duplicate_groups()
        elapsed = time.perf_counter() - start
    finally:
        services.close()
    print(f"duplicate scan of the census: {elapsed * 1000:.0f} ms ({len(groups)} groups; "
          "runs on the worker thread)")


def bench_ui(db: Path, texts: list[str]) -> None:
    """The Censo page over the census: the longest time the GUI thread went without
    running its event loop while a person types searches and scrolls to the end."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from ui.context import UiContext
    from ui.pages.census import CensusPage
    from ui.tasks import TaskRunner

    app = QApplication.instance() or QApplication([])
    services = open_services(db)
    ui = UiContext(services, TaskRunner())
    page = CensusPage(ui)
    page.resize(1280, 800)
    page.show()
    ui.runner.wait_idle()
    clock = QElapsedTimer()
    clock.start()
    gaps: list[int] = []
    last = [clock.elapsed()]

    def tick() -> None:
        now = clock.elapsed()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(tick)
    timer.start()
    tab = page.residents
    for text in texts[:20]:
        for i in range(1, len(text) + 1):  # typed letter by letter
            tab.search.setText(text[:i])
            app.processEvents()
        ui.runner.wait_idle()
    tab.search.clear()
    ui.runner.wait_idle()
    for _ in range(30):  # drag the scroll bar to the bottom again and again
        tab.table.scrollToBottom()
        app.processEvents()
        ui.runner.wait_idle()
    loaded = tab.model.rowCount()
    timer.stop()
    ui.runner.shutdown()
    services.close()
    print(f"Censo page, 20 searches typed + 30 scrolls to the end ({loaded} rows loaded): "
          f"longest GUI stall {max(gaps)} ms, "
          f"p95 tick {percentile([float(g) for g in gaps], 0.95):.0f} ms (5 ms timer)")


def write_csv(path: Path, rows: int) -> None:
    rng = random.Random(11)
    firsts = ["José", "María", "Ana", "Luis", "Carmen", "Yusmary", "Ángel", "Néstor", "Iñaki"]
    lasts = ["Pérez", "González", "Rodríguez", "Núñez", "Briceño", "Colmenares", "Peña"]
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, delimiter=";")
        writer.writerow(["Cédula", "Nombres", "Apellidos", "Fecha de nacimiento", "Sexo",
                         "Dirección", "Teléfono"])
        for i in range(rows):
            writer.writerow([
                f"V-{5_000_000 + i}", f"{rng.choice(firsts)} {rng.choice(firsts)}",
                f"{rng.choice(lasts)} {rng.choice(lasts)}",
                f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.randint(1930, 2024)}",
                rng.choice("FM"), f"Calle {i % 300}, casa {i % 97}", f"0412-{i:07d}",
            ])


def import_child(db: str, path: str) -> None:
    """Run in a child process so that its peak memory is the import's alone."""
    services = open_services(db)
    council = next(o for o in services.organizations.list_all() if o.kind is OrgKind.COUNCIL)
    start = time.perf_counter()
    cpu_start = time.process_time()
    report = services.census_files.import_file(path, council.id)
    elapsed = time.perf_counter() - start
    cpu = time.process_time() - cpu_start
    services.close()
    peak_mb = peak_rss_mb()
    print(f"{report.added} {len(report.errors)} {elapsed:.3f} {peak_mb:.1f} {cpu:.3f}")


def bench_import(folder: Path, rows: int) -> None:
    csv_path = folder / "censo.csv"
    write_csv(csv_path, rows)
    db = folder / "import.db"
    services = open_services(db)
    commune = services.organizations.create(OrgKind.COMMUNE, "Comuna")
    services.organizations.create(OrgKind.COUNCIL, "Consejo Comunal", commune.id)
    services.close()
    # Baseline in the same run: the interpreter, the program and an open database, no import.
    idle = subprocess.run([sys.executable, __file__, "--idle-child", str(db)],
                          capture_output=True, text=True, check=True)
    out = subprocess.run([sys.executable, __file__, "--import-child", str(db), str(csv_path)],
                         capture_output=True, text=True, check=True)
    added, errors, seconds, peak, cpu = out.stdout.split()
    size_mb = csv_path.stat().st_size / 1e6
    print(f"import {rows} rows ({size_mb:.1f} MB CSV): added {added}, errors {errors}, "
          f"{float(seconds):.2f} s wall, {float(cpu):.2f} s CPU "
          f"({rows / float(seconds):,.0f} rows/s; target < 10 s; wall time grows when other "
          "programs share the cores, CPU time does not)")
    print(f"import peak memory (max RSS of the process): {float(peak):.0f} MB; baseline "
          f"(program started, no import) {float(idle.stdout):.0f} MB; target < 300 MB")
    again = subprocess.run([sys.executable, __file__, "--import-child", str(db),
                            str(csv_path)], capture_output=True, text=True, check=True)
    added2, _e, seconds2, _p, _c = again.stdout.split()
    print(f"re-import of the same file: added {added2}, {float(seconds2):.2f} s")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--residents", type=int, default=50_000)
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--import-child", nargs=2, metavar=("DB", "CSV"))
    parser.add_argument("--idle-child", metavar="DB")
    args = parser.parse_args()
    if args.idle_child:
        open_services(args.idle_child).close()
        print(f"{peak_rss_mb():.1f}")
        return
    if args.import_child:
        import_child(*args.import_child)
        return
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        texts = bench_search(folder / "search.db", args.residents, args.queries)
        bench_duplicates(folder / "search.db")
        bench_ui(folder / "search.db", texts)
        bench_import(folder, args.residents)


if __name__ == "__main__":
    main()
