"""Hub figures on loopback: ingest rate beside PostgreSQL COPY, upload latency with many
laptops at once, and a tally night.

A throwaway PostgreSQL cluster and `asamblea hub serve --workers N` are started here. Then:
  - ingest: `--communes` laptops, each a commune with `--residents` residents made through
    the change log, push one after another; changes ingested per second, beside the same
    change rows loaded with COPY into a copy of the `change` table (the baseline);
  - concurrency: `--laptops` laptops, each a commune with a bundle of about `--changes`
    changes already in its outbox, run `sync now` at once (each its own process, released
    together); p50 and p95 of `sync now` (upload, the hub's answer, the small pull after it)
    per laptop, and of the time until each bundle is applied on the hub; then one such
    bundle applied in process under cProfile: where an apply's time goes;
  - tally night: `--night-communes` demo communes whose consultations (one vote date) hold
    `--tables` voting tables in all are on the hub; then `--sheets` tally sheets arrive at
    random tables at `--rate` sheets a second (default: 9,963 in an hour, the real round's
    rate), each typed twice on its commune's laptop and sent with `sync now`; a coordinator
    polls /resultados.json without pause. For each sheet: seconds from the start of its
    upload to the first answer that shows it (and from its arrival, with the laptop's own
    queue).
Goals (issue 16): ingest at most 3x COPY; p95 under 1 s for 1,000-change bundles with 50
laptops at once; every tally sheet on the results page within 5 s of its upload.

    .venv/bin/python benchmarks/hub.py [--communes 4] [--residents 2000] [--laptops 50]
        [--changes 1000] [--workers 4] [--processes 1] [--night-communes 40] [--tables 9963]
        [--sheets 500] [--rate 2.7675] [--skip ingest,concurrency,profile,night] [--workdir DIR]
        [--profile-lines 28] [--profile-runs 5]
"""

from __future__ import annotations

import argparse
import cProfile
import glob
import io
import multiprocessing
import os
import pstats
import queue
import random
import shutil
import socket
import ssl
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _as_postgres(cmd: list[str]) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *cmd] if os.geteuid() == 0 else cmd


def start_postgres(root: Path) -> tuple[str, Any]:
    bindir = Path(sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))[-1]).parent
    data = root / "pg"
    if os.geteuid() == 0:
        shutil.chown(root, "postgres", "postgres")
    port = _free_port()
    subprocess.run(_as_postgres([str(bindir / "initdb"), "-D", str(data), "-U", "postgres",
                                 "--auth=trust", "-E", "UTF8"]), check=True, capture_output=True)
    options = f"-p {port} -k {root} -c listen_addresses=127.0.0.1"
    subprocess.run(_as_postgres([str(bindir / "pg_ctl"), "-D", str(data), "-o", options, "-l",
                                 str(root / "pg.log"), "-w", "start"]), check=True,
                   capture_output=True)
    subprocess.run(_as_postgres([str(bindir / "createdb"), "-h", "127.0.0.1", "-p", str(port),
                                 "-U", "postgres", "hub"]), check=True, capture_output=True)

    def stop() -> None:
        subprocess.run(_as_postgres([str(bindir / "pg_ctl"), "-D", str(data), "-m", "fast",
                                     "-w", "stop"]), capture_output=True)

    return f"postgresql+psycopg://postgres@127.0.0.1:{port}/hub", stop


def laptop(path: Path, commune: str, residents: int, seed: int, hub: Any) -> Any:
    from app.container import open_services
    from app.domain.census import NewResident
    from app.domain.enums import OrgKind

    services = open_services(path)
    council = services.organizations.create(OrgKind.COUNCIL, f"Consejo {commune}")
    services.residents.add_many(
        NewResident(council.id, f"Nombre{seed}x{i}", f"Apellido{i}",
                    f"V-{10_000_000 + seed * 100_000 + i}", address=f"Calle {i % 97}")
        for i in range(residents))
    hub.admission.enroll(services.device.fingerprint, commune)
    return services


def cpu_seconds(pid: int) -> float:
    """CPU (user + system) of a process and its descendants (a hub's workers)."""
    tick = os.sysconf("SC_CLK_TCK")
    parents: dict[int, int] = {}
    used: dict[int, float] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents[int(entry.name)] = int(fields[1])
        # utime, stime, and those of its children already ended (a PostgreSQL backend
        # that closed is counted in its postmaster's)
        used[int(entry.name)] = sum(int(f) for f in fields[11:15]) / tick
    total, todo = 0.0, [pid]
    while todo:
        one = todo.pop()
        total += used.get(one, 0.0)
        todo.extend(child for child, parent in parents.items() if parent == one)
    return total


def postgres_cpu(work: Path) -> float:
    """CPU of the benchmark's PostgreSQL cluster (the postmaster and its living backends)."""
    pid = int((work / "pg" / "postmaster.pid").read_text().split()[0])
    return cpu_seconds(pid)


def load() -> str:
    return "load {:.1f}/{:.1f}/{:.1f}".format(*os.getloadavg())


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, int(len(ordered) * q + 0.999) - 1))]


def outbox_of(path: Path) -> Path:
    return path.parent / f"{path.stem}-hub"  # as app/container.py places it


class Bench:
    def __init__(self, args: argparse.Namespace, work: Path, db: str) -> None:
        self.args, self.work, self.db = args, work, db
        self.opened: list[Any] = []
        self.server: subprocess.Popen[bytes] | None = None

    def start_hub(self) -> None:
        from app.hub.run import open_hub
        from app.hub.tls import fingerprint_of

        folder = self.work / "hub"
        subprocess.run([sys.executable, "-m", "app.cli", "hub", "init", "--db", self.db,
                        "--dir", str(folder)], check=True, cwd=ROOT, capture_output=True)
        port = _free_port()
        self.server = subprocess.Popen(
            [sys.executable, "-m", "app.cli", "hub", "serve", "--db", self.db, "--dir",
             str(folder), "--host", "127.0.0.1", "--port", str(port), "--workers",
             str(self.args.workers), "--processes", str(self.args.processes)], cwd=ROOT,
            stdout=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
                break
            except OSError:
                time.sleep(0.2)
        self.url, self.pin = f"https://127.0.0.1:{port}", fingerprint_of(folder / "hub-cert.pem")
        self.cafile = folder / "hub-cert.pem"
        self.hub = open_hub(self.db, folder)

    def close(self) -> None:
        for one in self.opened:
            one.close()
        if getattr(self, "hub", None) is not None:
            self.hub.close()
        if self.server is not None:
            self.server.terminate()
            self.server.wait(timeout=30)

    # -- ingest beside COPY ---------------------------------------------------------------------

    def ingest(self) -> None:
        args = self.args
        print(f"ingest: building {2 * args.communes} communes x {args.residents} residents "
              f"({load()})", flush=True)
        communes = [laptop(self.work / f"c{i}.db", f"comuna-{i}", args.residents, i, self.hub)
                    for i in range(args.communes)]
        # A second set whose bundles are built beforehand: what the hub itself takes to
        # ingest them (upload, check, apply, answer), without the laptop's export and pull.
        prebuilt = [laptop(self.work / f"u{i}.db", f"comuna-u{i}", args.residents, 50 + i,
                           self.hub) for i in range(args.communes)]
        self.opened += communes + prebuilt
        sent = 0
        started = time.perf_counter()
        for one in communes:
            one.hub.configure(self.url, self.pin)
            sent += one.hub.sync_now().sent_changes
        ingest = time.perf_counter() - started
        from app.services.hub import file_sha256
        from app.sync.hub_transport import HubTransport, fetch_certificate

        pem = fetch_certificate(self.url, self.pin)
        bundles = []
        for i, one in enumerate(prebuilt):
            (self.work / f"u{i}-out").mkdir(exist_ok=True)
            bundles.append(one.sync.export(self.work / f"u{i}-out", plain=True).path)
        applied = 0
        started = time.perf_counter()
        for one, bundle in zip(prebuilt, bundles, strict=True):
            with HubTransport(self.url, pem, one.device) as hub:
                applied += int(hub.upload(bundle, file_sha256(bundle))["changes_new"])
        uploads = time.perf_counter() - started
        baseline = self._copy_baseline([c.device.id for c in communes + prebuilt])
        rows = sent + applied
        copy_rate = rows / baseline
        print(f"ingest: `sync now` (export, upload, apply, pull): {sent} changes from "
              f"{args.communes} communes in {ingest:.2f} s = {sent / ingest:,.0f} changes/s; "
              f"the hub's share (upload and apply of bundles built beforehand): {applied} "
              f"changes in {uploads:.2f} s = {applied / uploads:,.0f} changes/s; COPY of the "
              f"same {rows} rows {baseline:.3f} s = {copy_rate:,.0f} rows/s; ratios "
              f"{copy_rate / (sent / ingest):.1f}x and {copy_rate / (applied / uploads):.1f}x "
              f"({load()})", flush=True)

    def _copy_baseline(self, origins: list[str]) -> float:
        """Seconds to COPY these origins' change rows into a copy of the `change` table."""
        raw = self.hub.services.engine.raw_connection()
        try:
            cur = raw.cursor()
            buffer = io.BytesIO()
            with cur.copy("COPY (SELECT * FROM change WHERE origin = ANY(%s)) TO STDOUT",
                          (origins,)) as copy:
                for block in copy:
                    buffer.write(block)
            cur.execute("CREATE TEMP TABLE change_copy (LIKE change INCLUDING ALL)")
            started = time.perf_counter()
            with cur.copy("COPY change_copy FROM STDIN") as copy:
                copy.write(buffer.getvalue())
            raw.commit()
            return time.perf_counter() - started
        finally:
            raw.close()

    # -- fifty laptops at once ------------------------------------------------------------------

    def concurrency(self) -> None:
        """Fifty laptops at once, each its own process (real laptops are separate machines;
        threads in one process would serialize their client work on one GIL), released
        together at a barrier. Two figures: what each laptop waits for (`sync now`), and how
        long until its bundle is applied on the hub (the hub's `hub_upload.applied_at`)."""
        args = self.args
        print(f"concurrency: building {args.laptops} laptops ({load()})", flush=True)
        from app.services.hub import file_sha256

        paths = [self.work / f"l{i}.db" for i in range(args.laptops)]
        shas = []
        from app.domain.census import NewResident

        for i, path in enumerate(paths):
            one = laptop(path, f"bench-{i}", 0, 100 + i, self.hub)
            one.hub.configure(self.url, self.pin)
            # A laptop that has met its hub (its first, small sync pinned the hub's device):
            # what is timed is a usual sync, not a first contact.
            while getattr(one.hub.sync_now(), "delivered_bundles", 0):
                time.sleep(0.2)
            council = one.organizations.list_all()[0].id
            one.residents.add_many(
                NewResident(council, f"Nombre{i}x{n}", f"Apellido{n}",
                            f"V-{20_000_000 + i * 100_000 + n}", address=f"Calle {n % 97}")
                for n in range(args.changes))
            # The bundle is built before the clock starts: what is timed is its upload.
            outbox_of(path).mkdir(exist_ok=True)
            shas.append(file_sha256(one.sync.export(outbox_of(path), plain=True).path))
            one.close()
        fork = multiprocessing.get_context("fork")
        barrier, answers = fork.Barrier(args.laptops + 1), fork.Queue()
        children = [fork.Process(target=concurrent_laptop, args=(p, barrier, answers))
                    for p in paths]
        for child in children:
            child.start()
        assert self.server is not None
        server_before, pg_before = cpu_seconds(self.server.pid), postgres_cpu(self.work)
        barrier.wait()
        started = time.time()
        replies = [answers.get(timeout=600) for _ in children]
        for child in children:
            child.join()
        applied = self._applied_at(shas, started)
        wall = max(applied) if applied else float("nan")
        server_cpu = cpu_seconds(self.server.pid) - server_before
        pg_cpu = postgres_cpu(self.work) - pg_before
        waits = [r[0] for r in replies]
        client_cpu = sum(r[1] for r in replies)
        delivered = sum(r[2] for r in replies)
        failed = [r[3] for r in replies if r[3]]
        print(f"concurrency: {args.laptops} laptops (processes) x ~{args.changes} changes at "
              f"once, hub {args.processes} process(es) x {args.workers} workers: `sync now` "
              f"p50 {statistics.median(waits):.2f} s, p95 {pct(waits, 0.95):.2f} s, max "
              f"{max(waits):.2f} s; {args.laptops - delivered - len(failed)} answered applied, "
              f"{delivered} delivered (being applied), {len(failed)} failed {failed[:3]} "
              f"({load()})", flush=True)
        if applied:
            print(f"concurrency: until applied on the hub: p50 {statistics.median(applied):.2f}"
                  f" s, p95 {pct(applied, 0.95):.2f} s, max {max(applied):.2f} s "
                  f"({len(applied)} of {args.laptops} applied)", flush=True)
        print(f"concurrency: CPU per upload: hub {server_cpu / args.laptops:.3f} s, PostgreSQL "
              f"{pg_cpu / args.laptops:.3f} s, laptop {client_cpu / args.laptops:.3f} s; the "
              f"{args.laptops} uploads need {server_cpu + pg_cpu + client_cpu:.1f} CPU-seconds "
              f"on {os.cpu_count()} cores; all applied {wall:.2f} s after the start", flush=True)

    def _applied_at(self, shas: list[str], started: float, timeout: float = 600.0
                    ) -> list[float]:
        """Seconds from the start until each upload was applied, waiting for the last."""
        from datetime import UTC

        from sqlalchemy import select

        from app.persistence.rows import HubUploadRow

        deadline = time.monotonic() + timeout
        while True:
            with self.hub.services.sessions.begin() as s:
                rows = s.execute(select(HubUploadRow.sha256, HubUploadRow.applied_at).where(
                    HubUploadRow.sha256.in_(shas), HubUploadRow.applied_at.is_not(None))).all()
            if len(rows) == len(shas) or time.monotonic() > deadline:
                break
            time.sleep(0.2)
        return [(at if at.tzinfo else at.replace(tzinfo=UTC)).timestamp() - started
                for _, at in rows]

    def profile(self) -> None:
        """One ~1,000-change bundle applied in this process, under cProfile, after another
        one applied unprofiled (statements compiled and caches warm, as in a running hub)."""
        warm, (caller, sha) = self._uploaded("bench-warm", 998), self._uploaded("bench-profile",
                                                                               999)
        self.hub.hub.apply(*warm)
        profiler = cProfile.Profile()
        started = time.perf_counter()
        profiler.enable()
        done = self.hub.hub.apply(caller, sha)
        profiler.disable()
        took = time.perf_counter() - started
        print(f"profile: one apply of {done.changes_new} changes in process: {took:.2f} s "
              f"({load()}); by cumulative time:", flush=True)
        out = io.StringIO()
        stats = pstats.Stats(profiler, stream=out).sort_stats("cumulative")
        stats.print_stats(r"app/(sync|services|persistence)", self.args.profile_lines)
        print("\n".join(line for line in out.getvalue().splitlines()
                        if "/app/" in line or "ncalls" in line), flush=True)
        waited = sum(row[3] for key, row in stats.stats.items()
                     if key[0].endswith("psycopg/connection.py") and key[2] == "wait")
        print(f"profile: of which waiting for PostgreSQL's answers {waited:.2f} s, Python "
              f"{took - waited:.2f} s", flush=True)
        # Without the profiler (which slows Python calls), a few more, each a new commune's
        # first bundle: the figure to compare between versions, beside the load.
        uploads = [self._uploaded(f"bench-plain-{i}", 1000 + i)
                   for i in range(self.args.profile_runs)]
        times, cpu = [], []
        for caller, sha in uploads:
            started, started_cpu = time.perf_counter(), time.process_time()
            self.hub.hub.apply(caller, sha)
            times.append(time.perf_counter() - started)
            cpu.append(time.process_time() - started_cpu)
        # The CPU this process spent (Python, the driver) moves less with the machine's load
        # than the wall time does.
        print(f"profile: {len(times)} more applies without the profiler: median "
              f"{statistics.median(times):.3f} s, fastest {min(times):.3f} s; this process's "
              f"CPU median {statistics.median(cpu):.3f} s ({load()})", flush=True)

    def _uploaded(self, commune: str, seed: int) -> tuple[Any, str]:
        """A new laptop's ~1,000-change bundle, uploaded (not applied) in this process."""
        from app.services.hub import file_sha256
        from app.services.hub_admission import Caller
        from app.sync.hub_protocol import CHUNK_BYTES, body_digest

        path = self.work / f"{commune}.db"
        one = laptop(path, commune, self.args.changes - 2, seed, self.hub)
        self.opened.append(one)
        (self.work / commune).mkdir(exist_ok=True)
        bundle = one.sync.export(self.work / commune, plain=True).path
        caller = Caller(one.device.public_key_hex, one.device.fingerprint, commune, None)
        sha, data = file_sha256(bundle), bundle.read_bytes()
        for offset in range(0, len(data), CHUNK_BYTES):
            chunk = data[offset : offset + CHUNK_BYTES]
            job = self.hub.hub.begin_append(caller, sha, offset, len(data))
            job.write(chunk)
            job.close(body_digest(chunk))
        return caller, sha

    # -- tally night ----------------------------------------------------------------------------

    def night(self) -> None:
        args = self.args
        n = args.night_communes
        extra = max(0, args.tables - 2 * n)  # each demo commune has 2 tables of its own
        plan = [(self.work / f"n{i}.db", i, extra // n + (1 if i < extra % n else 0))
                for i in range(n)]
        print(f"night: building {n} communes, {args.tables} tables in all ({load()})",
              flush=True)
        started = time.perf_counter()
        spawn = multiprocessing.get_context("spawn")  # no fork of this process's connections
        with ProcessPoolExecutor(max_workers=2, mp_context=spawn) as pool:
            consultations = list(pool.map(night_commune, plan))
        print(f"night: built in {time.perf_counter() - started:.0f} s", flush=True)
        from app.container import open_services

        laptops = []
        for (path, i, _count), consultation in zip(plan, consultations, strict=True):
            one = open_services(path)
            self.opened.append(one)
            self.hub.admission.enroll(one.device.fingerprint, f"noche-{i}")
            one.hub.configure(self.url, self.pin)
            laptops.append((one, consultation))
        started = time.perf_counter()
        with ThreadPoolExecutor(max_workers=8) as pool:
            list(pool.map(lambda lc: lc[0].hub.sync_now(), laptops))
        print(f"night: {n} communes on the hub in {time.perf_counter() - started:.0f} s "
              f"({load()})", flush=True)

        context = ssl.create_default_context(cafile=str(self.cafile))
        import httpx

        client = httpx.Client(verify=context, timeout=60)
        # A `sync now` may return once its bundle is delivered, before the hub applied it:
        # the night starts when the page shows every commune's tables.
        settle = time.perf_counter() + 300
        while True:
            first = client.get(self.url + "/resultados.json").json()
            shown_tables = sum(c["tables"] for c in first["levels"]["commune"])
            if shown_tables >= args.tables or time.perf_counter() > settle:
                break
            time.sleep(0.5)
        print(f"night: the results page counts {shown_tables} tables, "
              f"{len(first['missing'])} without a sheet", flush=True)
        centres = {f"Centro Noche {i}": [] for i in range(n)}
        for m in first["missing"]:
            if m["centre"] in centres:
                centres[m["centre"]].append(int(m["table"]))
        rng = random.Random(2026)
        choices = [(i, t) for i in range(n) for t in centres[f"Centro Noche {i}"]]
        rng.shuffle(choices)
        sheets = choices[: args.sheets]
        seen: dict[tuple[str, int], float] = {}
        polls: list[float] = []
        full: list[float] = []  # polls answered with the whole page (it had changed)
        stop = threading.Event()

        def poll() -> None:
            # As a browser reloads: revalidating with the last answer's ETag, parsing only
            # an answer that changed.
            tag, left = "", set()
            while not stop.is_set():
                t = time.perf_counter()
                answer = client.get(self.url + "/resultados.json",
                                    headers={"If-None-Match": tag} if tag else {})
                if answer.status_code != 304:
                    full.append(time.perf_counter() - t)
                    tag = answer.headers.get("etag", "")
                    left = {(m["centre"], int(m["table"])) for m in answer.json()["missing"]}
                polls.append(time.perf_counter() - t)
                now = time.perf_counter()
                for i, table in sheets:
                    key = (f"Centro Noche {i}", table)
                    if key not in left and key not in seen:
                        seen[key] = now

        from app.consultation.model import TallyFigures

        figures = TallyFigures({1: 40, 2: 25}, 2, 1, 68, 68, 0, 0)
        queues: list[queue.Queue[tuple[int, float] | None]] = [queue.Queue() for _ in range(n)]
        arrived: dict[tuple[str, int], float] = {}
        upload_start: dict[tuple[str, int], float] = {}
        synced: dict[tuple[str, int], float] = {}

        def worker(i: int) -> None:
            one, consultation = laptops[i]
            while (item := queues[i].get()) is not None:
                table, _at = item
                for who in ("Ana", "Luis"):
                    one.tallies.enter(consultation, str(table), figures, who,
                                      observation="noche")
                upload_start[(f"Centro Noche {i}", table)] = time.perf_counter()
                one.hub.sync_now()
                synced[(f"Centro Noche {i}", table)] = time.perf_counter()

        assert self.server is not None
        server_before, client_before = cpu_seconds(self.server.pid), time.process_time()
        pg_before = postgres_cpu(self.work)
        poller = threading.Thread(target=poll)
        poller.start()
        workers = [threading.Thread(target=worker, args=(i,)) for i in range(n)]
        for w in workers:
            w.start()
        print(f"night: {len(sheets)} sheets at {args.rate:.3f} a second (the real round: "
              f"9,963 in an hour = 2.768/s) ({load()})", flush=True)
        clock = time.perf_counter()
        for i, table in sheets:
            clock += rng.expovariate(args.rate)
            time.sleep(max(0.0, clock - time.perf_counter()))
            arrived[(f"Centro Noche {i}", table)] = time.perf_counter()
            queues[i].put((table, clock))
        for q in queues:
            q.put(None)
        for w in workers:
            w.join()
        deadline = time.perf_counter() + 60
        while len(seen) < len(sheets) and time.perf_counter() < deadline:
            time.sleep(0.2)
        stop.set()
        poller.join()
        client.close()
        server_cpu = cpu_seconds(self.server.pid) - server_before
        client_cpu = time.process_time() - client_before
        pg_cpu = postgres_cpu(self.work) - pg_before
        from_upload = [seen[k] - upload_start[k] for k in seen]
        from_arrival = [seen[k] - arrived[k] for k in seen]
        sync_took = [synced[k] - upload_start[k] for k in seen]
        after_sync = [seen[k] - synced[k] for k in seen]
        late = sum(1 for v in from_upload if v > 5)
        print(f"night: {len(seen)}/{len(sheets)} sheets shown; from the start of the upload: "
              f"p50 {statistics.median(from_upload):.2f} s, p95 {pct(from_upload, 0.95):.2f} s,"
              f" max {max(from_upload):.2f} s, {late} over 5 s; from the sheet's arrival "
              f"(with the laptop's own queue): p95 {pct(from_arrival, 0.95):.2f} s, max "
              f"{max(from_arrival):.2f} s; one poll of /resultados.json: p50 "
              f"{statistics.median(polls):.2f} s, max {max(polls):.2f} s; {len(full)} of "
              f"{len(polls)} answered in full (p50 {statistics.median(full or [0]):.2f} s), the "
              f"rest 'not modified' ({load()})",
              flush=True)
        print(f"night: of which the laptop's `sync now` (push, apply, pull): p50 "
              f"{statistics.median(sync_took):.2f} s, p95 {pct(sync_took, 0.95):.2f} s; then "
              f"until a poll shows it: p50 {statistics.median(after_sync):.2f} s, p95 "
              f"{pct(after_sync, 0.95):.2f} s", flush=True)
        print(f"night: CPU per sheet: hub {server_cpu / len(sheets):.3f} s (with {len(polls)} "
              f"polls answered), PostgreSQL {pg_cpu / len(sheets):.3f} s, this process (the "
              f"laptops and the poller) {client_cpu / len(sheets):.3f} s ({load()})",
              flush=True)


def concurrent_laptop(path: Path, barrier: Any, answers: Any) -> None:
    """One laptop of `concurrency`, in its own (forked) process: opens its database, waits
    for the others, runs `sync now`; answers (seconds waited, its CPU seconds, bundles left
    delivered but not yet confirmed, the failure's code or "")."""
    from app.container import open_services
    from app.domain.errors import DomainError

    services = open_services(path)
    try:
        barrier.wait()
        started, cpu = time.perf_counter(), time.process_time()
        failure, delivered = "", 0
        try:
            delivered = getattr(services.hub.sync_now(), "delivered_bundles", 0)
        except DomainError as exc:
            failure = exc.code
        answers.put((time.perf_counter() - started, time.process_time() - cpu, delivered,
                     failure))
    finally:
        services.close()


def night_commune(plan: tuple[Path, int, int]) -> str:
    """One commune of the tally night (in a child process): the demo commune, and a centre
    with `tables` more tables in its consultation. Returns the consultation's id."""
    from app.container import open_services
    from app.demo.commune import build_demo

    path, i, tables = plan
    services = open_services(path)
    try:
        demo = build_demo(services, 120, 5000 + i)
        if tables:
            services.voting_tables.add_centre_with_tables(
                demo.consultation_id, f"Centro Noche {i}", None, tables)
        return demo.consultation_id
    finally:
        services.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--communes", type=int, default=4)
    parser.add_argument("--residents", type=int, default=2000)
    parser.add_argument("--laptops", type=int, default=50)
    parser.add_argument("--changes", type=int, default=1000)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--processes", type=int, default=1)
    parser.add_argument("--night-communes", type=int, default=40)
    parser.add_argument("--tables", type=int, default=9963)
    parser.add_argument("--sheets", type=int, default=500)
    parser.add_argument("--rate", type=float, default=9963 / 3600)
    parser.add_argument("--skip", default="", help="comma-separated: ingest,concurrency,"
                                                  "profile,night")
    parser.add_argument("--workdir", type=Path)
    parser.add_argument("--profile-lines", type=int, default=28)
    parser.add_argument("--profile-runs", type=int, default=5)
    args = parser.parse_args()
    skip = set(filter(None, args.skip.split(",")))
    work = args.workdir or Path(tempfile.mkdtemp(prefix="asamblea-hub-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    db, stop_pg = start_postgres(work)
    bench = Bench(args, work, db)
    try:
        bench.start_hub()
        print(f"machine: {os.cpu_count()} cores, {load()}", flush=True)
        for name in ("ingest", "concurrency", "profile", "night"):
            if name not in skip:
                getattr(bench, name)()
    finally:
        bench.close()
        stop_pg()
        if args.workdir is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
