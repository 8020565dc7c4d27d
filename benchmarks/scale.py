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
- start-up: `asamblea list consultations` against `python -c pass` and against importing
  SQLAlchemy's ORM and SQLite dialect (best of 5 each, interleaved);
- info: `asamblea info --json` in a child process against a raw sqlite3 child doing the same
  work: the live count of every domain table and of the log, pending changes and conflicts,
  then the state digest: per domain table, the same SQL the command runs (SQLite writes each
  row's canonical JSON, app/sync/digest.py digest_query), each line hashed with SHA-256 in id
  order, the tables' hashes hashed again. The floor's digest must equal the command's
  (checked), so it cannot be cheaper by doing less;
- check: `asamblea check` against a raw sqlite3 child doing what the command must: PRAGMA
  integrity_check and foreign_key_check (as the command does), the change log's chains in one
  streaming pass in (origin, seq) order (seq without gaps, prev_hash links, SHA-256 of the
  body pasted from the stored canonical text, as app/sync/verify_log.py does), and the drift
  scan's raw query per table (app/sync/drift.py suspects_query: the log's fields against each
  row's JSON). Neither floor covers a table whose rows Python must encode (JSON columns): they
  are empty here, and the floor refuses to run otherwise;
- demo: `asamblea demo` at 1,000 residents (the issue's goal is 2 s).
Not covered here: the PDF preview and GUI stalls (benchmarks/preview.py, print_pages.py and
census.py, each beside a bare process with the same timer) and sync import memory
(benchmarks/sync.py).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
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
    load = os.getloadavg()[0]
    print(f"  {path:34s} {value:9.3f} {unit:2s}  floor {floor:9.3f} {unit:2s}  {ratio:6.2f}x"
          f"  (load {load:.1f})", flush=True)


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

# A child's own peak memory, written by the child at exit. Not wait4's ru_maxrss: Linux keeps
# the high-water mark of the memory a child had before exec, which is this benchmark's own
# (hundreds of MB once a 200k census is built), so the command and its floor both reported
# the parent's peak. VmHWM belongs to the process image after exec.
PEAK_WRAPPER = """
import atexit, os, runpy, sys
def _peak():
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                with open(os.environ["SCALE_PEAK_FILE"], "w") as out:
                    out.write(line.split()[1])
atexit.register(_peak)
kind, target, *rest = sys.argv[1:]
if kind == "-m":
    sys.argv = [target, *rest]
    runpy.run_module(target, run_name="__main__", alter_sys=True)
else:
    sys.argv = ["-c", *rest]
    exec(compile(target, "<floor>", "exec"), {"__name__": "__main__"})
"""


def child(args: list[str], own_peak: bool = False) -> tuple[float, float]:
    """(seconds, peak MB) of a child process. With `own_peak`, a Python child (`-m module` or
    `-c code`) runs under PEAK_WRAPPER and its peak is the VmHWM it writes; without it, the
    peak is wait4's, which includes this process's memory (see PEAK_WRAPPER)."""
    env = dict(os.environ)
    peak_file = Path(tempfile.mkstemp(prefix="peak-")[1])
    if own_peak:
        args = [args[0], "-c", PEAK_WRAPPER, *args[1:]]
        env["SCALE_PEAK_FILE"] = str(peak_file)
    start = time.perf_counter()
    proc = subprocess.Popen(args, cwd=ROOT, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, env=env)
    _pid, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        raise SystemExit(f"{args} failed: {proc.stderr.read().decode() if proc.stderr else ''}")
    written = peak_file.read_text().strip()
    peak_file.unlink()
    if own_peak and not written:
        raise SystemExit(f"{args} did not write its peak memory")
    return elapsed, (int(written) if own_peak else usage.ru_maxrss) / 1024


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
                         "--out", str(out / "censo.pdf")], own_peak=True)
    floor, floor_peak = child([sys.executable, "-c", CANVAS_FLOOR, str(db),
                               str(out / "floor.pdf")], own_peak=True)
    line("print census", value, floor)
    line("print census, peak memory", peak, floor_peak, "MB")


# What every command reading through the ORM pays before any code of ours runs.
IMPORT_FLOOR = "import sqlalchemy.orm, sqlalchemy.dialects.sqlite"


def bench_cli(db: Path, runs: int = 5) -> None:
    """`asamblea list consultas`, process start to exit, best of `runs`, interleaved with two
    floors so the machine's other work hits all three alike: the bare interpreter, and the
    import of SQLAlchemy's ORM and SQLite dialect. The second ratio is what our own code adds.
    Run as an installation runs it: with the modules' bytecode on disk."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run([sys.executable, "-m", "compileall", "-q", "app"], cwd=ROOT, env=env,
                   check=True, capture_output=True)
    commands = {
        "list": [*CLI, "--db", str(db), "list", "consultas"],
        "pass": [sys.executable, "-c", "pass"],
        "import": [sys.executable, "-c", IMPORT_FLOOR],
    }

    def wall(command: list[str]) -> float:
        return timed(lambda: subprocess.run(command, cwd=ROOT, env=env, check=True,
                                            capture_output=True))

    for command in commands.values():  # the file cache warm, today's backup made
        wall(command)
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, command in commands.items():
            times[name].append(wall(command))
    best = {name: min(values) for name, values in times.items()}
    line("start-up: list consultations", best["list"], best["pass"])
    line("start-up: list / importing the ORM", best["list"], best["import"])
    print(f"  {'start-up: ours, beyond that import':34s} {best['list'] - best['import']:9.3f} s"
          f"  (goal: list under 0.3 s)", flush=True)


# -- info and check against raw sqlite3 doing the same work ----------------------------------

INFO_FLOOR = """
import hashlib, json, sqlite3, sys
spec = json.load(open(sys.argv[2]))
con = sqlite3.connect(sys.argv[1])
counts = con.execute(spec["counts"]).fetchone()
top = hashlib.sha256()
for table, query in spec["digest"]:
    h = hashlib.sha256()
    if query is None:
        if con.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]:
            raise SystemExit(f"{table}: rows the floor would have to encode in Python")
    else:
        cur = con.execute(query)
        while batch := cur.fetchmany(5000):
            lines = [row[1] for row in batch]
            if None in lines:
                raise SystemExit(f"{table}: rows the floor would have to encode in Python")
            h.update(("\\n".join(lines) + "\\n").encode())
    top.update(f"{table}:{h.hexdigest()}\\n".encode("ascii"))
print(top.hexdigest())
"""

CHECK_FLOOR = """
import hashlib, json, sqlite3, sys
spec = json.load(open(sys.argv[2]))
con = sqlite3.connect(sys.argv[1])
problems = [r for r in con.execute("PRAGMA integrity_check") if r[0] != "ok"]
problems += con.execute("PRAGMA foreign_key_check").fetchall()
text = json.JSONEncoder(ensure_ascii=False).encode
cur = con.execute("SELECT origin, seq, prev_hash, hash, hlc, entity, entity_id, op, fields, "
                  "parents FROM change ORDER BY origin, seq")
origin, expected, prev = None, 0, ""
while batch := cur.fetchmany(5000):
    for o, seq, prev_hash, hash_, hlc, entity, entity_id, op, fields, parents in batch:
        if o != origin:
            origin, expected, prev = o, 1, ""
        body = (f'{{"entity":{text(entity)},"entity_id":{text(entity_id)},"fields":{fields},'
                f'"hlc":{text(hlc)},"op":{text(op)},"origin":{text(o)},'
                f'"parents":{parents},"prev_hash":{text(prev_hash)},"seq":{seq}}}')
        if seq != expected or prev_hash != prev or \\
                hashlib.sha256(body.encode()).hexdigest() != hash_:
            problems.append((o, seq))
        expected, prev = seq + 1, hash_
for entity, query in spec["suspects"]:
    if query is None:
        raise SystemExit(f"{entity}: rows the floor would have to merge in Python")
    problems += con.execute(query, (entity,)).fetchall()
print(len(problems))
"""


def floor_spec(folder: Path) -> Path:
    """The SQL the commands run, for the raw floors (built here: the floors import no app)."""
    from sqlalchemy import func, select
    from sqlalchemy.dialects import sqlite

    from app.persistence.base import synced_tables
    from app.persistence.rows import ChangeRow, ConflictRow, PendingChangeRow
    from app.sync.digest import digest_query, domain_tables
    from app.sync.drift import suspects_query

    tables = synced_tables()
    counts = []
    for name in domain_tables():
        query = select(func.count()).select_from(tables[name])
        deleted_at = getattr(tables[name], "deleted_at", None)
        if deleted_at is not None:
            query = query.where(deleted_at.is_(None))
        counts.append(query.scalar_subquery())
    counts += [select(func.count()).select_from(cls).scalar_subquery()
               for cls in (ChangeRow, PendingChangeRow, ConflictRow)]
    spec = {
        "counts": str(select(*counts).compile(dialect=sqlite.dialect())),
        "digest": [(name, digest_query(tables[name])) for name in domain_tables()],
        "suspects": [(name, suspects_query(name)) for name in tables],
    }
    path = folder / "floor-spec.json"
    path.write_text(json.dumps(spec))
    return path


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def output(args: list[str], allowed: tuple[int, ...] = (0,)) -> tuple[float, str, float]:
    """(seconds, standard output, CPU seconds) of a child process. Under load the CPU time
    says more than the wall clock: it is what the machine's other work does not inflate."""
    start, cpu = time.perf_counter(), children_cpu()
    done = subprocess.run(args, cwd=ROOT, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start
    if done.returncode not in allowed:
        raise SystemExit(f"{args[:4]} failed: {done.stderr}")
    return elapsed, done.stdout, children_cpu() - cpu


def best(runs: list[tuple[float, str, float]]) -> tuple[float, float]:
    return min(r[0] for r in runs), min(r[2] for r in runs)


def bench_info_check(db: Path) -> None:
    spec = floor_spec(Path(tempfile.mkdtemp()))
    info = [output([*CLI, "--db", str(db), "info", "--json"]) for _ in range(2)]
    floor = [output([sys.executable, "-c", INFO_FLOOR, str(db), str(spec)]) for _ in range(2)]
    digest = json.loads(info[0][1])["state_digest"]
    if floor[0][1].strip() != digest:
        raise SystemExit(f"the info floor's digest {floor[0][1].strip()} is not {digest}")
    (value, value_cpu), (low, low_cpu) = best(info), best(floor)
    line("info --json", value, low)
    line("info --json, CPU", value_cpu, low_cpu)
    check = [output([*CLI, "--db", str(db), "check"], (0, 1)) for _ in range(2)]
    floor = [output([sys.executable, "-c", CHECK_FLOOR, str(db), str(spec)]) for _ in range(2)]
    if floor[0][1].strip() != "0" or "buen estado" not in check[0][1]:
        raise SystemExit(f"check found problems: {check[0][1]} / floor {floor[0][1]}")
    (value, value_cpu), (low, low_cpu) = best(check), best(floor)
    line("check", value, low)
    line("check, CPU", value_cpu, low_cpu)


def bench_demo() -> None:
    """`asamblea demo --residents 1000` on a new database, as an installation runs it: with
    the modules' bytecode on disk (this shell may set PYTHONDONTWRITEBYTECODE, which makes
    every import compile). First with an empty cache folder: the first new database ever, the
    migrations run and keep the schema template; then three times with the template kept."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run([sys.executable, "-m", "compileall", "-q", "app", "ui"], cwd=ROOT, env=env,
                   check=True, capture_output=True)
    env["ASAMBLEA_CACHE"] = tempfile.mkdtemp(prefix="asamblea-cache-")

    def demo(label: str) -> None:
        db = Path(tempfile.mkdtemp()) / "demo.db"
        start, cpu = time.perf_counter(), children_cpu()
        subprocess.run([*CLI, "--db", str(db), "demo", "--residents", "1000"], cwd=ROOT,
                       env=env, check=True, capture_output=True)
        print(f"  demo, 1,000 residents, {label:<16}{time.perf_counter() - start:9.3f} s   "
              f"CPU {children_cpu() - cpu:.3f} s  (goal: under 2 s)  "
              f"(load {os.getloadavg()[0]:.1f})", flush=True)

    demo("first ever")
    for run in range(1, 4):
        demo(f"template, {run}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,50000")
    parser.add_argument("--skip", default="",
                        help="comma list: scroll,checkin,print,cli,info,demo")
    args = parser.parse_args()
    skip = set(filter(None, args.skip.split(",")))
    if "demo" not in skip:
        bench_demo()
    for size in (int(s) for s in args.sizes.split(",")):
        start = time.perf_counter()
        db = build(size)
        open_services(db).close()  # a database cached by an older program is migrated here
        print(f"{size:,} residents ({db}, ready in {time.perf_counter() - start:.1f} s)",
              flush=True)
        for name, bench in (("scroll", bench_scroll), ("checkin", bench_check_in),
                            ("print", bench_print), ("cli", bench_cli),
                            ("info", bench_info_check)):
            if name not in skip:
                bench(db)


if __name__ == "__main__":
    main()
