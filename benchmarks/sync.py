"""Sync figures: export and import of 100,000 changes, beside a plain sqlite3 baseline.

Laptop A holds 100,000 residents made through the change log; laptop B already holds 100,000
residents of its own. The run measures, each in its own process (so peak memory is its own):
  - export: A writes a full bundle to a folder (build, verify, .partial, fsync, rename,
    read back and verify);
  - import: B imports that bundle (every check, then one transaction);
  - baseline: the same JSON lines, parsed and inserted into a copy of B's database with plain
    sqlite3.executemany (same pragmas), no checks, no change log.
Goals: import at most 3x the baseline, export under 3 s, peak memory under 300 MB.

    .venv/bin/python benchmarks/sync.py [--changes 100000] [--workdir DIR] [--reuse]

With --workdir and --reuse, the databases and the bundle of an earlier run in DIR are used
again (filling 200,000 residents twice takes longer than the import), so the same bundle can
be imported before and after a change of the program.
"""

from __future__ import annotations

import argparse
import io
import json
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _fill(db: Path, residents: int, seed: int) -> str:
    import random

    from app.container import open_services
    from app.domain.census import NewResident
    from app.domain.enums import OrgKind

    services = open_services(db)
    try:
        council = services.organizations.create(OrgKind.COUNCIL, f"Consejo {seed}")
        rng = random.Random(seed)
        people = (
            NewResident(council.id, f"Nombre{rng.randrange(10**6)} Segundo",
                        f"Apellido{rng.randrange(10**6)} Otro",
                        f"V-{10_000_000 + seed * 10**6 + i}",
                        address=f"Calle {rng.randrange(100)}, casa {i}")
            for i in range(residents)
        )
        services.residents.add_many(people)
        return services.device.fingerprint
    finally:
        services.close()


def step_export(db: str, folder: str) -> dict[str, Any]:
    from app.container import open_services

    services = open_services(Path(db))
    try:
        started = time.perf_counter()
        result = services.sync.export(Path(folder))
        elapsed = time.perf_counter() - started
    finally:
        services.close()
    return {"seconds": elapsed, "peak_mb": _peak_mb(), "path": str(result.path),
            "changes": result.changes, "size": result.size}


def step_import(db: str, bundle: str, fingerprint: str) -> dict[str, Any]:
    from app.container import open_services

    services = open_services(Path(db))
    try:
        started = time.perf_counter()
        summary = services.sync.import_file(Path(bundle), trust_fingerprint=fingerprint)
        elapsed = time.perf_counter() - started
    finally:
        services.close()
    return {"seconds": elapsed, "peak_mb": _peak_mb(), "new": summary.records_new,
            "changes": summary.changes_new}


def step_baseline(db: str, bundle: str) -> dict[str, Any]:
    """Parse the same lines and insert the records with sqlite3.executemany: the floor."""
    from app.census.search import search_text

    con = sqlite3.connect(db, isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=FULL")
    con.execute("PRAGMA foreign_keys=ON")
    started = time.perf_counter()
    con.execute("BEGIN IMMEDIATE")
    statements: dict[tuple[str, tuple[str, ...]], str] = {}
    batches: dict[tuple[str, tuple[str, ...]], list[tuple[Any, ...]]] = {}
    rows = 0

    def flush(key: tuple[str, tuple[str, ...]]) -> None:
        con.executemany(statements[key], batches.pop(key))

    with zipfile.ZipFile(bundle) as zf, zf.open("changes.jsonl") as raw:
        for line in io.TextIOWrapper(raw, encoding="utf-8"):
            change = json.loads(line)
            fields = change["fields"]
            if change["entity"] == "resident":
                # Derived where a row lands (issue 12), not carried: the floor derives it too.
                fields["search_text"] = search_text(fields.get("first_names") or "",
                                                    fields.get("last_names") or "",
                                                    fields.get("national_id"))
            key = (change["entity"], tuple(fields))
            if key not in statements:
                cols = ", ".join(f'"{c}"' for c in key[1])
                marks = ", ".join("?" for _ in key[1])
                statements[key] = (f'INSERT INTO "{key[0]}" ({cols}) '
                                   f"VALUES ({marks})")
            batches.setdefault(key, []).append(tuple(fields.values()))
            rows += 1
            if len(batches[key]) >= 5000:
                for pending in list(batches):  # first seen first: parents before children
                    flush(pending)
    for key in list(batches):
        flush(key)
    con.execute("COMMIT")
    elapsed = time.perf_counter() - started
    con.close()
    return {"seconds": elapsed, "peak_mb": _peak_mb(), "rows": rows}


def _child(*args: str) -> dict[str, Any]:
    out = subprocess.run([sys.executable, __file__, "--step", *args], check=True,
                         capture_output=True, text=True, cwd=ROOT)
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--changes", type=int, default=100_000)
    parser.add_argument("--workdir", type=Path, default=None)
    parser.add_argument("--runs", type=int, default=2,
                        help="import and baseline alternate this many times; best time kept "
                             "(the machine may be shared)")
    parser.add_argument("--reuse", action="store_true",
                        help="with --workdir: keep the databases and bundle already there")
    parser.add_argument("--step", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.step:
        name, *rest = args.step
        result = {"export": step_export, "import": step_import,
                  "baseline": step_baseline}[name](*rest)
        print(json.dumps(result))
        return

    work = args.workdir or Path(tempfile.mkdtemp(prefix="asamblea-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    source, target = work / "a.db", work / "b.db"
    folder = work / "stick"
    saved = work / "export.json"
    if args.reuse and saved.exists():
        fingerprint, exported = json.loads(saved.read_text())
    else:
        for path in (source, target):
            for suffix in ("", "-wal", "-shm"):
                Path(str(path) + suffix).unlink(missing_ok=True)
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir()
        print(f"Preparando: A con {args.changes} habitantes, B con {args.changes} propios ...",
              flush=True)
        fingerprint = _fill(source, args.changes, 1)
        _fill(target, args.changes, 2)
        exported = _child("export", str(source), str(folder))
        saved.write_text(json.dumps([fingerprint, exported]))
    imports, baselines = [], []
    for run in range(args.runs):
        # Both start from the same copy of B, before anything was imported into it.
        for kind, results in (("import", imports), ("baseline", baselines)):
            copy = work / f"{kind}-{run}.db"
            shutil.copyfile(target, copy)
            extra = [fingerprint] if kind == "import" else []
            results.append(_child(kind, str(copy), exported["path"], *extra))
            copy.unlink()
            for suffix in ("-wal", "-shm"):
                Path(str(copy) + suffix).unlink(missing_ok=True)
    imported = min(imports, key=lambda r: r["seconds"])
    imported["peak_mb"] = max(r["peak_mb"] for r in imports)
    baseline = min(baselines, key=lambda r: r["seconds"])

    ratio = imported["seconds"] / baseline["seconds"]
    print(f"export:   {exported['changes']} cambios, {exported['size'] / 2**20:.1f} MB, "
          f"{exported['seconds']:.2f} s, memoria máx. {exported['peak_mb']:.0f} MB "
          f"(meta < 3 s, < 300 MB)")
    print(f"import:   {imported['changes']} cambios en una base con {args.changes} registros, "
          f"{imported['seconds']:.2f} s, memoria máx. {imported['peak_mb']:.0f} MB "
          f"(meta < 300 MB)")
    print(f"baseline: json.loads + sqlite3.executemany de las mismas {baseline['rows']} "
          f"líneas, {baseline['seconds']:.2f} s, memoria máx. {baseline['peak_mb']:.0f} MB")
    print(f"import / baseline = {ratio:.2f}x (meta <= 3x)")
    if args.workdir is None:
        shutil.rmtree(work, ignore_errors=True)
    sys.stdout.flush()


if __name__ == "__main__":
    main()
