"""Assembly-day figures: check-in (Enter -> banner updated) and printing the acta.

    python benchmarks/assembly.py [--residents 50000] [--checkins 200]

Check-in is measured through the real widgets: the cédula is typed into the check-in field,
Enter is pressed, and the clock stops when the quorum banner shows the new count (the job
runs on the worker thread and comes back through the queued signal, as in the window). The
baseline is the same measurement on the demo-sized census (1,200 residents) in the same run.
The acta is printed (compose from the record + PDF) for an assembly of 500 attendees, with a
60-attendee assembly as its baseline.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.census.model import ResidentQuery
from app.container import Services, open_services
from app.demo.commune import build_demo
from app.domain.census import NewResident
from app.domain.enums import AssemblyKind, OrgKind, PrioritizationMethod, ProblemCategory


def build_big_assembly(sv: Services, attendees: int, residents: int,
                       approve: bool = True) -> str:
    """A held, closed assembly of one council with `attendees` checked in (the acta's case).

    Approved, the acta prints from its sealed content; a draft is composed from the record
    (presence from every attendance fact, the quorum, agreements, the ranking) each time."""
    from datetime import date, timedelta

    commune = sv.organizations.create(OrgKind.COMMUNE, "Comuna Banco de Pruebas")
    council = sv.organizations.create(OrgKind.COUNCIL, "Consejo Comunal Banco", commune.id)
    today = date.today()
    sv.residents.add_many(
        NewResident(council.id, f"Persona {i}", f"Apellido {i % 97}", f"V-{10_000_000 + i}",
                    today - timedelta(days=365 * (18 + i % 60) + 30))
        for i in range(residents))
    when = datetime.now().astimezone().replace(microsecond=0)
    aid = sv.assemblies.create(council.id, AssemblyKind.BASE, when, "Cancha",
                               ["Verificación del quórum", "Nudos críticos", "Priorización"]).id
    people = sv.residents.page(ResidentQuery(council_ids=(council.id,)), 0, attendees)
    for person in people:
        sv.assemblies.check_in(aid, person.id)
    if not sv.assemblies.quorum(aid).met:
        sv.assemblies.pass_to_second_call(aid)  # as a table does without quorum at first
    items = sv.assemblies.agenda(aid)
    sv.assemblies.add_agreement(items[1].id, "Se aprueba la jornada.", attendees - 10, 6, 4)
    sv.assemblies.add_agreement(items[2].id, "Priorizar por Borda.", by_acclamation=True)
    ids = [sv.problems.create(council.id, f"Problema {n}", ProblemCategory.WATER, 10 * n,
                              assembly_id=aid).id for n in range(1, 6)]
    prio = sv.problems.start_prioritization(aid, PrioritizationMethod.BORDA)
    sv.problems.add_ballots(prio.id, [ids[k:] + ids[:k] for k in range(5)] * 20)
    sv.assemblies.close(aid)
    if approve:
        sv.minutes.approve(aid, "Secretaría")
    return aid


def measure_check_in(sv: Services, checkins: int, assembly_id: str | None = None) -> list[float]:
    """Milliseconds from Enter to the banner showing the new count, for each check-in (into
    `assembly_id`, or a new commune assembly)."""
    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from ui.assembly.check_in import CheckInPanel
    from ui.context import UiContext
    from ui.tasks import TaskRunner

    _app = QApplication.instance() or QApplication([])
    ui = UiContext(sv, TaskRunner())
    commune = next(o for o in sv.organizations.list_all() if o.kind is OrgKind.COMMUNE)
    councils = sv.organizations.councils_of(commune.id)
    when = datetime.now().astimezone().replace(microsecond=0)
    aid = assembly_id or sv.assemblies.create(commune.id, AssemblyKind.ORDINARY, when, "Sede",
                                              ["Punto"]).id
    panel = CheckInPanel(ui)
    panel.load(aid, councils, locked=False)
    ui.runner.wait_idle()
    people = [r for r in sv.residents.page(ResidentQuery(min_age=18), 0, checkins * 2)
              if r.national_id][:checkins]
    times: list[float] = []
    stamps: list[float] = []
    loop = QEventLoop()
    # checked_in is emitted right after the banner shows the new count.
    panel.checked_in.connect(lambda _status: (stamps.append(time.perf_counter()), loop.quit()))
    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(loop.quit)
    for number, person in enumerate(people, start=1):
        panel.search.setText(person.national_id or "")
        panel._debounce.stop()  # the type-ahead search has settled, as it has after typing
        ui.runner.wait_idle()
        start = time.perf_counter()
        guard.start(5000)
        QTest.keyClick(panel.search, Qt.Key.Key_Return)
        loop.exec()  # the GUI thread idles in its event loop, as in the window
        guard.stop()
        if panel.banner.status is None or panel.banner.status.present != number:
            raise RuntimeError(f"check-in {number} did not update the banner")
        times.append((stamps[-1] - start) * 1000)
        ui.runner.wait_idle()  # the list of those present reloads after the banner
    panel._debounce.stop()
    ui.runner.shutdown()
    return times


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[18] if len(values) >= 20 else max(values)


def time_acta(sv: Services, assembly_id: str, repeat: int = 5) -> float:
    from app.printing.minutes import minutes_pdf

    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        minutes_pdf(sv.minutes.paper(assembly_id), "letter")
        best = min(best, time.perf_counter() - start)
    return best * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--residents", type=int, default=50_000)
    parser.add_argument("--checkins", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        results: dict[str, list[float]] = {}
        for label, size in (("baseline", 1_200), ("target", args.residents)):
            sv = open_services(Path(folder) / f"demo-{size}.db")
            started = time.perf_counter()
            build_demo(sv, residents=size)
            print(f"demo with {size:,} residents built in {time.perf_counter() - started:.1f} s")
            results[label] = measure_check_in(sv, args.checkins)
            sv.close()
        for label in ("baseline", "target"):
            t = results[label]
            print(f"check-in {label:8s}: p50 {statistics.median(t):6.1f} ms   "
                  f"p95 {p95(t):6.1f} ms   max {max(t):6.1f} ms   (n={len(t)})")
        ratio = p95(results["target"]) / p95(results["baseline"])
        verdict = "OK" if p95(results["target"]) < 50 else "TOO SLOW"
        print(f"check-in p95 at {args.residents:,} residents: {p95(results['target']):.1f} ms "
              f"(limit 50 ms: {verdict}); ratio to 1,200 residents: {ratio:.2f}x")

        sv = open_services(Path(folder) / "acta.db")
        for approve, state in ((False, "draft, composed from the record"),
                               (True, "approved, from its sealed content")):
            small = build_big_assembly(sv, attendees=60, residents=1_000, approve=approve)
            big = build_big_assembly(sv, attendees=500, residents=2_000, approve=approve)
            small_ms, big_ms = time_acta(sv, small), time_acta(sv, big)
            verdict = "OK" if big_ms < 1000 else "TOO SLOW"
            print(f"acta ({state}): 60 attendees (baseline) {small_ms:.0f} ms; "
                  f"500 attendees {big_ms:.0f} ms (limit 1 s: {verdict}); "
                  f"ratio {big_ms / small_ms:.2f}x")
        sv.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
