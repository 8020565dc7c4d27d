"""The accountability statement and the notice: the totals printed are the totals of
`projects show --json`, on Letter and A4, and 200 expenses with long supplier names lay out
with nothing cut off (every row's number, every amount and every receipt reference is in
the text)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from app.cli import main
from app.container import Services
from app.domain.enums import Currency
from app.domain.money import money_text
from app.printing.paper import PaperOptions

from tests.pdf import page_count, page_sizes, pdf_text

LONG = ("Distribuidora de Materiales de Construcción y Ferretería Industrial Los Hermanos "
        "Rodríguez Pérez del Estado Bolivariano de Miranda, C.A.")


def _demo_project(services: Services) -> str:
    return next(p.id for p in services.projects.list_all() if p.status.value == "in_progress")


def test_printed_totals_are_the_totals_of_show(demo_services: Services, demo_db: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    pid = _demo_project(demo_services)
    assert main(["projects", "show", pid, "--json", "--db", str(demo_db)]) == 0
    shown = json.loads(capsys.readouterr().out)
    c = shown["currency"]
    statement = pdf_text(demo_services.papers.accountability(pid).data)
    notice = demo_services.papers.notice(pid)
    notice_text = pdf_text(notice.data)
    for key in ("received_cents", "spent_cents", "balance_cents"):
        figure = money_text(shown[key], c)
        assert figure in statement, key
        assert figure in notice_text, key
    for line in shown["lines"]:
        assert money_text(line["spent_cents"], c) in statement
    assert "10.000,00 USD" in notice_text  # what was funded, with its thousands separator
    assert page_count(notice.data) == 1
    assert "SIN\r\nCOMPROBANTE" in statement  # the expense whose receipt never came
    assert "tasa 36,5000" in statement  # a payment in bolívares shows its rate
    assert "Unidad de Contraloría Social" in statement


@pytest.mark.parametrize(("size", "points"), [("letter", (612, 792)), ("a4", (595, 842))])
def test_two_hundred_expenses_with_long_names(services: Services, funded: str, size: str,
                                              points: tuple[int, int]) -> None:
    money = services.project_money
    line = money.add_line(funded, "Materiales de construcción y herramientas", 900_000)
    money.receive(funded, date(2027, 1, 2), 1_000_000, Currency.USD, "Banco de la Comuna")
    for n in range(1, 201):
        expense = money.spend(
            funded, date(2027, 1, 1 + n % 28), f"{LONG} sucursal {n}",
            f"Compra número {n} de cabillas, cemento, arena lavada y piedra picada",
            4_321 + n, Currency.VES if n % 3 == 0 else Currency.USD, line_id=line.id,
            supplier_rif=f"J-{40000000 + n}-1", invoice=f"FACT-2027-{n:06d}",
            rate_e4=365_000 if n % 3 == 0 else None)
        if n % 2 == 0:
            money.attach_receipt(expense.id, f"comprobante-de-pago-numero-{n:06d}.jpg",
                                 b"\xff\xd8\xff" + bytes(20), "image/jpeg")
    data = services.papers.accountability(funded, PaperOptions(page_size=size)).data
    assert page_sizes(data) == {points}
    text = pdf_text(data).replace("\r", "").replace("\n", "")
    ledger = money.ledger(funded)
    assert money_text(ledger.spent_cents, "USD") in text
    for e in money.expenses(funded):
        assert money_text(e.value_cents, "USD") in text
    # Each expense without receipt is marked in the list ("SIN COMPROBANTE", wrapped in its
    # cell), and the warnings say it once for all of them.
    assert text.count("COMPROBANTE") == 100 + 1
    assert "100 gastos no tienen comprobante adjunto" in text
    # Wrapped names and file names come back whole once the line breaks are removed.
    assert "comprobante-de-pago-numero-000200.jpg" in text
    assert "FACT-2027-000199" in text
    notice = services.papers.notice(funded, PaperOptions(page_size=size)).data
    assert page_count(notice) == 1
