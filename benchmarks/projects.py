"""Funded-project figures: a project with 10,000 expenses and 2,000 receipt photos.

    python benchmarks/projects.py [--expenses 10000] [--receipts 2000]

Opening the project view is measured through the real widget: the clock starts when the view
is asked to open the project and stops when its tables show the accounts (the load runs on the
worker thread and comes back through the queued signal, as in the window). The statement is
the accountability PDF composed by PaperService. Peak memory is the process's high-water mark
(ru_maxrss) at the end. Targets: view under 300 ms, statement under 2 s, memory under 300 MB.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.container import Services, open_services
from app.demo.receipts import receipt_png
from app.domain.canonical import sha256_hex
from app.domain.enums import Currency, OrgKind, ProblemCategory
from app.persistence.rows import AttachmentRow, ExpenseRow

SUPPLIERS = ("Ferretería y Materiales El Tanque, C.A.", "Transporte Hermanos Rondón",
             "Cooperativa de Construcción Manos Unidas R.L.", "Agregados La Guairita",
             "Distribuidora de Materiales de Construcción Los Hermanos Rodríguez Pérez, C.A.")


def build_project(sv: Services, expenses: int, receipts: int) -> str:
    """A funded project with its lines, two disbursements and `expenses` expenses, the first
    `receipts` of them with a receipt photo; written in bulk with their change-log entries
    (as the demo writes residents), since one unit of work per expense would take minutes."""
    commune = sv.organizations.create(OrgKind.COMMUNE, "Comuna Banco de Pruebas")
    project = sv.projects.create(commune.id, "Muro de contención de la Vereda 7",
                                 ProblemCategory.RETAINING_WALLS, 1_000_000)
    sv.project_status.fund(project.id, 1_000_000, Currency.USD, "Banco de pruebas")
    money = sv.project_money
    lines = [money.add_line(project.id, name, 250_000).id
             for name in ("Materiales", "Mano de obra", "Transporte", "Servicios")]
    money.receive(project.id, date(2026, 7, 1), 600_000, Currency.USD, "Banco de la Comuna")
    money.receive(project.id, date(2026, 8, 1), 14_600_000, Currency.VES, "Ministerio",
                  rate_e4=365_000)
    now = datetime.now(UTC)
    photos = [receipt_png(n) for n in range(20)]
    ids = [sv.ctx.ids.new() for _ in range(expenses)]
    with sv.sessions.begin() as s:
        sv.ctx.log.insert_many(s, ExpenseRow, (
            {"id": ids[n], "project_id": project.id,
             "spent_on": date(2026, 7, 1) + timedelta(days=n % 120),
             "description": f"Compra {n}: cemento, cabillas y arena lavada",
             "amount_cents": 5_000 + n % 900, "currency": Currency.USD.value,
             "receipt": None, "budget_line_id": lines[n % 4],
             "supplier": SUPPLIERS[n % len(SUPPLIERS)], "supplier_rif": f"J-{40000000 + n % 50}-1",
             "invoice": f"F-{n:06d}", "rate_e4": None, "value_cents": 5_000 + n % 900,
             "paid_by": "Carmen Rivas", "created_at": now, "deleted_at": None}
            for n in range(expenses)))
        sv.ctx.log.insert_many(s, AttachmentRow, (
            {"id": sv.ctx.ids.new(), "owner_entity": "expense", "owner_id": ids[n],
             "filename": f"factura-{n:06d}.png", "media_type": "image/png",
             "size": len(photos[n % 20]), "sha256": sha256_hex(photos[n % 20]),
             "data": photos[n % 20], "description": None, "created_at": now}
            for n in range(receipts)))
    return project.id


def measure_view(sv: Services, project_id: str, runs: int) -> list[float]:
    """Milliseconds from asking the view to open the project to its tables filled."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from ui.context import UiContext
    from ui.projects.view import ProjectView
    from ui.tasks import TaskRunner

    _app = QApplication.instance() or QApplication([])
    ui = UiContext(sv, TaskRunner())
    view = ProjectView(ui)
    view.resize(1024, 560)
    view.show()
    times: list[float] = []
    try:
        for _ in range(runs):
            view.shown = None
            loop = QEventLoop()
            started = time.perf_counter()
            view.open(project_id)

            def poll(loop: QEventLoop = loop) -> None:
                if view.shown is not None and view.money.spent.rowCount() > 0:
                    loop.quit()
                else:
                    QTimer.singleShot(1, poll)

            poll()
            loop.exec()
            times.append((time.perf_counter() - started) * 1000)
    finally:
        ui.runner.wait_idle()
        view.close()
        ui.runner.shutdown()
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--expenses", type=int, default=10_000)
    parser.add_argument("--receipts", type=int, default=2_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        sv = open_services(Path(folder) / "projects.db")
        try:
            started = time.perf_counter()
            pid = build_project(sv, args.expenses, args.receipts)
            print(f"project with {args.expenses:,} expenses and {args.receipts:,} receipts "
                  f"built in {time.perf_counter() - started:.1f} s")
            view = measure_view(sv, pid, args.runs)
            print(f"open the project view: p50 {statistics.median(view):.0f} ms, "
                  f"max {max(view):.0f} ms (target < 300 ms)")
            started = time.perf_counter()
            paper = sv.papers.accountability(pid)
            pdf_s = time.perf_counter() - started
            print(f"accountability statement: {pdf_s:.2f} s, {paper.pages} pages, "
                  f"{len(paper.data) / 1e6:.1f} MB (target < 2 s)")
        finally:
            sv.close()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory: {peak_mb:.0f} MB (target < 300 MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
