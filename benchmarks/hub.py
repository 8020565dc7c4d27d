"""Hub figures on loopback: ingest rate beside PostgreSQL COPY, and upload latency with many
laptops at once.

A throwaway PostgreSQL cluster and `asamblea hub serve` are started here. Then:
  - ingest: `--communes` laptops, each a commune with `--residents` residents made through
    the change log, push one after another; changes ingested per second, beside the same
    change rows loaded with COPY into a copy of the `change` table (the baseline);
  - concurrency: `--laptops` laptops, each with about `--changes` changes, push at once
    (threads in this process; each laptop builds, signs and uploads its own bundle); p50
    and p95 of `sync now` per laptop.
Goals (issue 16): ingest at most 3x COPY; p95 under 1 s for 1,000-change bundles with 50
laptops at once.

    .venv/bin/python benchmarks/hub.py [--communes 4] [--residents 2000] [--laptops 50]
                                       [--changes 1000] [--workdir DIR]
"""

from __future__ import annotations

import argparse
import glob
import io
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
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


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--communes", type=int, default=4)
    parser.add_argument("--residents", type=int, default=2000)
    parser.add_argument("--laptops", type=int, default=50)
    parser.add_argument("--changes", type=int, default=1000)
    parser.add_argument("--workdir", type=Path)
    args = parser.parse_args()
    work = args.workdir or Path(tempfile.mkdtemp(prefix="asamblea-hub-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    db, stop_pg = start_postgres(work)
    server = None
    opened: list[Any] = []
    try:
        from app.hub.run import open_hub
        from app.hub.tls import fingerprint_of

        folder = work / "hub"
        subprocess.run([sys.executable, "-m", "app.cli", "hub", "init", "--db", db, "--dir",
                        str(folder)], check=True, cwd=ROOT, capture_output=True)
        port = _free_port()
        server = subprocess.Popen([sys.executable, "-m", "app.cli", "hub", "serve", "--db", db,
                                   "--dir", str(folder), "--host", "127.0.0.1", "--port",
                                   str(port)], cwd=ROOT, stdout=subprocess.DEVNULL)
        time.sleep(3)
        url, pin = f"https://127.0.0.1:{port}", fingerprint_of(folder / "hub-cert.pem")
        hub = open_hub(db, folder)

        # -- ingest ---------------------------------------------------------------------------
        communes = [laptop(work / f"c{i}.db", f"comuna-{i}", args.residents, i, hub)
                    for i in range(args.communes)]
        opened += communes
        sent = 0
        started = time.perf_counter()
        for one in communes:
            one.hub.configure(url, pin)
            sent += one.hub.sync_now().sent_changes
        ingest = time.perf_counter() - started
        origins = [c.device.id for c in communes]
        raw = hub.services.engine.raw_connection()
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
            baseline = time.perf_counter() - started
        finally:
            raw.close()
        print(f"ingest: {sent} changes from {args.communes} communes in {ingest:.2f} s "
              f"= {sent / ingest:,.0f} changes/s; COPY of the same rows {baseline:.3f} s "
              f"= {sent / baseline:,.0f} rows/s; ratio {ingest / baseline:.1f}x")

        # -- many laptops at once -------------------------------------------------------------
        many = [laptop(work / f"l{i}.db", f"bench-{i}", args.changes - 2, 100 + i, hub)
                for i in range(args.laptops)]
        opened += many
        for one in many:
            one.hub.configure(url, pin)

        def timed(one: Any) -> float:
            t = time.perf_counter()
            one.hub.sync_now()
            return time.perf_counter() - t

        with ThreadPoolExecutor(max_workers=args.laptops) as pool:
            started = time.perf_counter()
            latencies = sorted(pool.map(timed, many))
            wall = time.perf_counter() - started
        p95 = latencies[max(0, int(len(latencies) * 0.95) - 1)]
        print(f"concurrency: {args.laptops} laptops x ~{args.changes} changes at once: "
              f"p50 {statistics.median(latencies):.2f} s, p95 {p95:.2f} s, "
              f"max {latencies[-1]:.2f} s, all done in {wall:.2f} s")
        hub.close()
    finally:
        for one in opened:
            one.close()
        if server is not None:
            server.terminate()
            server.wait(timeout=30)
        stop_pg()
        if args.workdir is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
