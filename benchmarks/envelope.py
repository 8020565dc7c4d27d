"""Sealed bundles against plain ones: export and import of the same 100,000 changes.

Laptop A holds N residents made through the change log and trusts laptop B (B's first bundle
was imported there), so A's bundles are sealed to A and B. In one run, alternating, the best of
`--runs` kept: A exports plain and sealed; a fresh copy of B imports each. Goal: sealed export
plus import costs under 20 % more than plain.

    .venv/bin/python benchmarks/envelope.py [--changes 100000] [--runs 1] [--workdir DIR]
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.container import open_services  # noqa: E402
from app.domain.census import NewResident  # noqa: E402
from app.domain.enums import OrgKind  # noqa: E402


def _copy(db: Path, target: Path) -> Path:
    shutil.copyfile(db, target)
    shutil.copyfile(db.with_suffix(".key"), target.with_suffix(".key"))
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--changes", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--workdir", type=Path, default=None)
    args = parser.parse_args()
    work = args.workdir or Path(tempfile.mkdtemp(prefix="bench-envelope-", dir=ROOT))
    work.mkdir(parents=True, exist_ok=True)
    a_db, b_db, stick = work / "a.db", work / "b.db", work / "stick"
    stick.mkdir(exist_ok=True)
    b = open_services(b_db)
    first = b.sync.export(stick, plain=True)
    b_fingerprint = b.device.fingerprint
    b.close()
    a = open_services(a_db)
    a.sync.import_file(first.path, trust_fingerprint=b_fingerprint)
    council = a.organizations.create(OrgKind.COUNCIL, "Consejo de prueba")
    started = time.perf_counter()
    a.residents.add_many(
        NewResident(council.id, f"Nombre{i}", f"Apellido{i}", f"V-{10_000_000 + i}",
                    address=f"Calle {i % 100}, casa {i}")
        for i in range(args.changes))
    print(f"filled {args.changes} residents in {time.perf_counter() - started:.1f} s")
    fingerprint = a.device.fingerprint
    best: dict[str, dict[str, float]] = {}
    for run in range(args.runs):
        for mode in ("plain", "sealed"):
            out = stick / mode
            out.mkdir(exist_ok=True)
            t0 = time.perf_counter()
            result = a.sync.export(out, full=True, plain=mode == "plain")
            t1 = time.perf_counter()
            target = open_services(_copy(b_db, work / f"b-{mode}-{run}.db"))
            t2 = time.perf_counter()
            summary = target.sync.import_file(result.path, trust_fingerprint=fingerprint)
            t3 = time.perf_counter()
            target.close()
            assert summary.changes_new >= args.changes
            times = {"export": t1 - t0, "import": t3 - t2, "size": result.size}
            if mode not in best or times["export"] + times["import"] < (
                    best[mode]["export"] + best[mode]["import"]):
                best[mode] = times
            result.path.unlink()
    a.close()
    for mode, t in best.items():
        print(f"{mode:6}  export {t['export']:6.2f} s  import {t['import']:6.2f} s  "
              f"total {t['export'] + t['import']:6.2f} s  size {t['size'] / 1e6:.1f} MB")
    plain = best["plain"]["export"] + best["plain"]["import"]
    sealed = best["sealed"]["export"] + best["sealed"]["import"]
    print(f"sealed costs {100 * (sealed - plain) / plain:+.1f} % (goal < +20 %)")
    if args.workdir is None:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
