"""The ledger summed by the database equals the sums over every expense, pages of the
expense list put together are the whole list, and many expenses without receipt are named
up to a limit and then counted in one sentence (the list marks every one)."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from app.container import Services
from app.domain.enums import Currency
from app.projects.ledger import MISSING_NAMED

from tests.consultation.conftest import Small, small  # noqa: F401  (the fixtures, reused)
from tests.projects.conftest import funded  # noqa: F401


def test_sums_pages_and_missing_receipts(services: Services, funded: str) -> None:  # noqa: F811
    money = services.project_money
    lines = [money.add_line(funded, name, 50_000).id for name in ("Materiales", "Transporte")]
    money.receive(funded, date(2027, 1, 2), 300_000, Currency.USD, "Banco de la Comuna")
    for n in range(MISSING_NAMED + 5):
        money.spend(funded, date(2027, 1, 1 + n % 28), f"Proveedor {n % 3}", f"Compra {n}",
                    1_000 + n, Currency.VES if n % 4 == 0 else Currency.USD,
                    line_id=lines[n % 2] if n % 5 else None, invoice=f"F-{n % 7:04d}",
                    rate_e4=365_000 if n % 4 == 0 else None)
    every = money.expenses(funded)
    ledger = money.ledger(funded)
    assert ledger.spent_cents == sum(e.value_cents for e in every)
    assert ledger.expenses_count == len(every) == MISSING_NAMED + 5
    by_line: dict[str | None, int] = defaultdict(int)
    for e in every:
        by_line[e.budget_line_id] += e.value_cents
    assert {b.line_id: b.spent_cents for b in ledger.lines} == dict(by_line)
    assert ledger.without_receipt == len(every)
    codes = [w.code for w in ledger.warnings]
    assert codes.count("no_receipt") == MISSING_NAMED
    [more] = [w.text for w in ledger.warnings if w.code == "no_receipt_more"]
    assert "5 gastos más sin comprobante" in more
    # Same supplier and number (F-0000 ... F-0006 repeat every 7 expenses, suppliers every 3).
    assert codes.count("duplicate_invoice") > 0
    pages = money.expenses_page(funded, 0, 10) + money.expenses_page(funded, 10, 100)
    assert pages == every
