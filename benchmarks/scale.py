"""Issue 17's table, at several census sizes, each path beside its raw floor in the same run.

    taskset -c 0 python benchmarks/scale.py [--sizes 1000,10000,50000,200000] [--skip print]

Databases are built once per size by bulk insert (one commune, one council holding every
resident, varied Venezuelan names) and cached in $TMPDIR/asamblea-scale/; a later run reuses
them. Each path is measured, then its floor, and the ratio printed:

- scroll: the Censo page's loader walked to the last row, 200 rows a page, against a raw
  sqlite3 keyset walk over ix_resident_name_order fetching every column; then the same with
  the council filter (the council holds everyone here);
- check-in: one arrival with 10, 300 and 4,000 already present, as the window does it (the
  service's check-in and what the present list then loads), p95 of 30; floor: the raw INSERT
  of one attendance fact and the read of one resident;
- print census: `asamblea print census` of the council in a child process (time, peak memory)
  against a raw ReportLab canvas drawing the same rows with the same embedded font;
- start-up: `asamblea list consultations` against `python -c pass`;
- info / check: `asamblea info --json` and `asamblea check` (absolute; their floor is the raw
  count of every table and SQLite's own quick_check, in the same run);
- demo: `asamblea demo` at 1,000 residents (the issue's goal is 2 s).
Not covered here: the PDF preview and GUI stalls (tests/ui and benchmarks/census.py) and sync
import memory (benchmarks/sync.py).
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.census.model import ResidentQuery  # noqa: E402
from app.container import Services, open_services  # noqa: E402
from app.demo.names import FEMALE, MALE, STREETS, SURNAMES  # noqa: E402
from app.domain.census import NewResident  # noqa: E402
from app.domain.enums import AssemblyKind, OrgKind  # noqa: E402

CACHE = Path(tempfile.gettempdir()) / "asamblea-scale"
CLI = [sys.executable, "-m", "app.cli"]


def build(size: int) -> Path:
    """The cached database of `size` residents (built by bulk insert when missing)."""
    CACHE.mkdir(exist_ok=True)
    db = CACHE / f"census-{size}.db"
    if db.exists():
        return db
    partial = db.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    rng = random.Random(size)
    sv = open_services(partial)
    try:
        commune = sv.organizations.create(OrgKind.COMMUNE, "Comuna Banco de Escala")
        council = sv.organizations.create(OrgKind.COUNCIL, "Consejo Comunal Escala", commune.id)
        today = date.today()

        def person(i: int) -> NewResident:
            given = rng.choice(FEMALE if i % 2 else MALE)
            return NewResident(
                council.id, f"{given} {rng.choice(FEMALE + MALE)}",
                f"{rng.choice(SURNAMES)} {rng.choice(SURNAMES)}", f"V-{5_000_000 + i}",
                today - timedelta(days=rng.randint(0, 90 * 365)),
                address=f"{rng.choice(STREETS)}, casa {rng.randint(1, 400)}")

        sv.residents.add_many(person(i) for i in range(size))
    finally:
        sv.close()
    partial.rename(db)
    return db


def council_of(sv: Services) -> str:
    return next(o.id for o in sv.organizations.list_all() if o.kind is OrgKind.COUNCIL)


def timed(job: Callable[[], object]) -> float:
    start = time.perf_counter()
    job()
    return time.perf_counter() - start


def line(path: str, value: float, floor: float, unit: str = "s") -> None:
    ratio = value / floor if floor else float("inf")
    print(f"  {path:34s} {value:9.3f} {unit:2s}  floor {floor:9.3f} {unit:2s}  {ratio:6.2f}x",
          flush=True)


# -- scroll ----------------------------------------------------------------------------------

def scroll_service(sv: Services, query: ResidentQuery) -> int:
    """What the Censo page's model asks for as the view scrolls to the last row."""
    rows, after = 0, None
    while True:
        page = sv.residents.page_after(query, after, 200)
        rows += len(page)
        if len(page) < 200:
            return rows
        after = page[-1]


def scroll_raw(db: Path, council_id: str | None = None) -> int:
    """The keyset walk in raw sqlite3; with a council, its filter kept off the indexes (+) so
    the walk stays on ix_resident_name_order, the best plan SQLite has for it."""
    con = sqlite3.connect(db)
    where = "+deleted_at IS NULL" + (" AND +council_id = :council" if council_id else "")
    try:
        rows, key = 0, {"last": "", "first": "", "id": "", "council": council_id}
        while True:
            page = con.execute(
                f"SELECT * FROM resident WHERE {where} AND "
                "(last_names, first_names, id) > (:last, :first, :id) "
                "ORDER BY last_names, first_names, id LIMIT 200", key)
            names = [d[0] for d in page.description]
            page = page.fetchall()
            rows += len(page)
            if len(page) < 200:
                return rows
            last = dict(zip(names, page[-1], strict=True))
            key.update(last=last["last_names"], first=last["first_names"], id=last["id"])
    finally:
        con.close()


def bench_scroll(db: Path) -> None:
    """The whole census, then one council's (the council filter once sorted the whole council
    for every page)."""
    sv = open_services(db)
    try:
        council = council_of(sv)
        value = timed(lambda: scroll_service(sv, ResidentQuery()))
        one = timed(lambda: scroll_service(sv, ResidentQuery(council_ids=(council,))))
    finally:
        sv.close()
    line("scroll the whole census", value, timed(lambda: scroll_raw(db)))
    line("scroll one council", one, timed(lambda: scroll_raw(db, council)))


# -- check-in --------------------------------------------------------------------------------

def bench_check_in(db: Path) -> None:
    work = Path(tempfile.mkdtemp()) / "door.db"
    work.write_bytes(db.read_bytes())
    sv = open_services(work)
    try:
        council = council_of(sv)
        when = datetime.now().astimezone().replace(microsecond=0)
        people = sv.residents.page(ResidentQuery(council_ids=(council,)), 0, 4_100)
        if len(people) < 4_100:
            print("  check-in: fewer than 4,100 residents, skipped")
            return
        aid = sv.assemblies.create(council, AssemblyKind.BASE, when, "Cancha", ["Quórum"]).id
        base = sv.assemblies.quorum_base(aid)
        arrived = 0
        results: list[tuple[int, float, float]] = []
        for present in (10, 300, 4_000):
            for person in people[arrived:present]:
                sv.assemblies.check_in(aid, person.id, quorum_base=base)
            arrived = present
            times: list[float] = []
            for person in people[present:present + 30]:
                times.append(timed(lambda p=person: window_arrival(sv, aid, p.id, base)))
            for person in people[present:present + 30]:
                sv.assemblies.withdraw(aid, person.id, base)
            results.append((present, p95(times), p95(raw_arrivals(work, aid, people[:30]))))
        for present, value, floor in results:
            line(f"check-in p95, {present:,} present", value * 1000, floor * 1000, "ms")
        print(f"  check-in p95 at 4,000 / at 10: {results[-1][1] / results[0][1]:.2f}x")
    finally:
        sv.close()
        work.unlink()


def window_arrival(sv: Services, aid: str, resident_id: str, base: int) -> None:
    """The service's check-in, then what the window loads to show the person as present."""
    sv.assemblies.check_in(aid, resident_id, quorum_base=base)
    sv.assemblies.attendee(aid, resident_id)


def raw_arrivals(db: Path, aid: str, people: list[object]) -> list[float]:
    con = sqlite3.connect(db)
    times: list[float] = []
    try:
        for n, person in enumerate(people):
            rid = person.id  # type: ignore[attr-defined]
            start = time.perf_counter()
            con.execute("INSERT INTO attendance VALUES (?, ?, ?, 'check_in', ?, NULL)",
                        (f"raw-{n:032d}", aid, rid, datetime.now().isoformat()))
            con.execute("SELECT * FROM resident WHERE id = ?", (rid,)).fetchone()
            con.commit()
            times.append(time.perf_counter() - start)
        con.rollback()
        con.execute("DELETE FROM attendance WHERE id LIKE 'raw-%'")
        con.commit()
    finally:
        con.close()
    return times


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]


# -- child processes -------------------------------------------------------------------------

def child(args: list[str]) -> tuple[float, float]:
    """(seconds, peak MB) of a child process, its own peak read with wait4."""
    start = time.perf_counter()
    proc = subprocess.Popen(args, cwd=ROOT, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    _pid, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        raise SystemExit(f"{args} failed: {proc.stderr.read().decode() if proc.stderr else ''}")
    return elapsed, usage.ru_maxrss / 1024


CANVAS_FLOOR = """
import sqlite3, sys
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen.canvas import Canvas
from app.printing.fonts import register_fonts
regular, _bold = register_fonts()
con = sqlite3.connect(sys.argv[1])
c = Canvas(sys.argv[2], pagesize=letter)
y, n = 40, 0
for row in con.execute("SELECT national_id, last_names, first_names, birth_date, address "
                       "FROM resident ORDER BY last_names, first_names, id"):
    if y < 50:
        c.showPage(); y = 740
    n += 1
    c.setFont(regular, 7.5)
    for x, text in zip((36, 60, 130, 260, 390, 440), (str(n),) + tuple(str(v) for v in row)):
        c.drawString(x, y, text[:38])
    y -= 13
c.save()
"""


def bench_print(db: Path) -> None:
    out = Path(tempfile.mkdtemp())
    con = sqlite3.connect(db)
    council = con.execute("SELECT id FROM organization WHERE kind = 'council'").fetchone()[0]
    con.close()
    value, peak = child([*CLI, "--db", str(db), "print", "census", "--council", council,
                         "--out", str(out / "censo.pdf")])
    floor, floor_peak = child([sys.executable, "-c", CANVAS_FLOOR, str(db),
                               str(out / "floor.pdf")])
    line("print census", value, floor)
    line("print census, peak memory", peak, floor_peak, "MB")


def bench_cli(db: Path) -> None:
    runs = [child([*CLI, "--db", str(db), "list", "consultas"])[0] for _ in range(3)]
    floor = min(child([sys.executable, "-c", "pass"])[0] for _ in range(3))
    line("start-up: list consultations", min(runs), floor)
    info = child([*CLI, "--db", str(db), "info", "--json"])[0]
    check = child([*CLI, "--db", str(db), "check"])[0]
    con = sqlite3.connect(db)
    tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    counts = timed(lambda: [con.execute(f'SELECT count(*) FROM "{t}"').fetchone()
                            for t in tables])
    quick = timed(lambda: con.execute("PRAGMA quick_check").fetchall())
    con.close()
    line("info --json", info, counts)
    line("check", check, quick)


def bench_demo() -> None:
    db = Path(tempfile.mkdtemp()) / "demo.db"
    value = child([*CLI, "--db", str(db), "demo", "--residents", "1000"])[0]
    print(f"  demo, 1,000 residents              {value:9.3f} s   (goal: under 2 s)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,50000")
    parser.add_argument("--skip", default="", help="comma list: scroll,checkin,print,cli,demo")
    args = parser.parse_args()
    skip = set(filter(None, args.skip.split(",")))
    if "demo" not in skip:
        bench_demo()
    for size in (int(s) for s in args.sizes.split(",")):
        start = time.perf_counter()
        db = build(size)
        print(f"{size:,} residents ({db}, ready in {time.perf_counter() - start:.1f} s)",
              flush=True)
        for name, bench in (("scroll", bench_scroll), ("checkin", bench_check_in),
                            ("print", bench_print), ("cli", bench_cli)):
            if name not in skip:
                bench(db)


if __name__ == "__main__":
    main()
