"""Funding on close, status history, budget lines, money in two currencies, and the warnings
a secretary must see (overspent line, spent past received, no receipt, repeated invoice)."""

from __future__ import annotations

from datetime import date

import pytest

from app.container import Services
from app.domain.enums import Currency, ProjectStatus
from app.domain.errors import DomainError
from app.projects.money import parse_amount, parse_rate, value_in

from tests.consultation.conftest import Small

PNG = b"\x89PNG\r\n\x1a\n" + b"0" * 64


def test_amounts_and_rates_as_people_type_them() -> None:
    assert parse_amount("1.234,56") == 123_456
    assert parse_amount("1234,5") == 123_450
    assert parse_amount("1234.56") == 123_456
    assert parse_amount("10.000") == 1_000_000
    # As the English window writes it: commas group, the point comes before the cents.
    assert parse_amount("10,000.00") == 1_000_000
    assert parse_amount("1,234,567.5") == 123_456_750
    assert parse_amount("1,234") == 123_400
    assert parse_rate("36,5") == 365_000
    assert parse_rate("36.5012") == 365_012
    for bad in ("", "1,2,3", "abc", "-5", "1,23,456.00", "1,234,56"):
        with pytest.raises(DomainError):
            parse_amount(bad)
    with pytest.raises(DomainError):
        parse_rate("0")
    # 182.500,00 VES at 36,50 VES/USD is 5.000,00 USD; rounding is half up, to the cent.
    assert value_in(18_250_000, Currency.VES, 365_000, Currency.USD) == 500_000
    assert value_in(100, Currency.VES, 30_000, Currency.USD) == 33
    assert value_in(100_00, Currency.USD, 365_000, Currency.VES) == 3650_00
    with pytest.raises(DomainError) as refused:
        value_in(100, Currency.VES, None, Currency.USD)
    assert refused.value.code == "money.rate_needed"


def test_closing_the_consultation_funds_the_winner_with_dated_history(
        services: Services, small: Small, funded: str) -> None:
    ledger = services.project_money.ledger(funded)
    assert ledger.project.status is ProjectStatus.FUNDED
    assert ledger.funding is not None
    assert (ledger.funding.cents, ledger.funding.currency) == (1_000_000, Currency.USD)
    assert ledger.funding.consultation_id == small.consultation_id
    [first] = ledger.history
    assert first.status is ProjectStatus.FUNDED
    assert "Consulta de prueba" in first.changed_by
    losers = [p for p in services.projects.list_all() if p.id != funded]
    assert all(p.status is ProjectStatus.CANDIDATE for p in losers)

    services.project_status.set_status(funded, ProjectStatus.IN_PROGRESS, "Ana Zambrano",
                                       "Llegaron los materiales", on=date(2027, 1, 10))
    history = services.project_status.history(funded)
    assert [(h.status, h.changed_on, h.changed_by) for h in history[1:]] == [
        (ProjectStatus.IN_PROGRESS, date(2027, 1, 10), "Ana Zambrano")]
    for status, by in ((ProjectStatus.IN_PROGRESS, "Ana"), (ProjectStatus.PROPOSED, "Ana"),
                       (ProjectStatus.SUSPENDED, "  ")):
        with pytest.raises(DomainError):
            services.project_status.set_status(funded, status, by)
    assert len(services.project_status.history(funded)) == 2  # refusals write nothing
    with pytest.raises(DomainError) as refused:
        services.project_money.add_line(losers[0].id, "Materiales", 100)
    assert refused.value.code == "project.not_funded"


def test_balances_in_two_currencies_and_every_warning(services: Services, funded: str) -> None:
    money = services.project_money
    materials = money.add_line(funded, "Materiales", 600_000)
    labour = money.add_line(funded, "Mano de obra", 400_000)
    with pytest.raises(DomainError):
        money.add_line(funded, "materiales", 1)  # the same name twice
    money.receive(funded, date(2027, 1, 5), 500_000, Currency.USD, "Banco de la Comuna", "T-1")
    money.receive(funded, date(2027, 1, 20), 18_250_000, Currency.VES, "Ministerio", "T-2",
                  rate_e4=365_000)
    with pytest.raises(DomainError) as refused:
        money.receive(funded, date(2027, 1, 21), 100, Currency.VES, "Ministerio")
    assert refused.value.code == "money.rate_needed"
    bolivares = money.spend(funded, date(2027, 1, 21), "Ferretería El Tanque", "Cemento",
                            365_000, Currency.VES, line_id=materials.id,
                            supplier_rif="J-12345678-9", invoice="F-0012", rate_e4=365_000,
                            paid_by="Ana")
    assert bolivares.value_cents == 10_000  # 3.650,00 VES at 36,50 = 100,00 USD
    money.spend(funded, date(2027, 1, 22), "Ferretería El Tanque", "Cabillas", 595_000,
                Currency.USD, line_id=materials.id, supplier_rif="j-12345678-9", invoice="f 12")
    money.spend(funded, date(2027, 1, 23), "Juan Pérez", "Jornales", 405_000, Currency.USD,
                line_id=labour.id)
    ledger = money.ledger(funded)
    assert ledger.received_cents == 1_000_000
    assert ledger.spent_cents == 10_000 + 595_000 + 405_000
    assert ledger.balance_cents == -10_000
    by_name = {b.name: b for b in ledger.lines}
    assert by_name["Materiales"].spent_cents == 605_000
    assert by_name["Materiales"].left_cents == -5_000
    assert by_name["Materiales"].overspent
    assert by_name["Mano de obra"].overspent  # 4.050,00 of 4.000,00
    codes = [w.code for w in ledger.warnings]
    assert codes.count("line_overspent") == 2
    assert codes.count("spent_past_received") == 1
    assert codes.count("no_receipt") == 3
    assert codes.count("duplicate_invoice") == 1  # F-0012 and f 12 of one RIF
    overspent = next(w.text for w in ledger.warnings if w.code == "line_overspent")
    assert "6.050,00 USD" in overspent
    assert "50,00 USD" in overspent

    money.attach_receipt(bolivares.id, "factura.png", PNG, "image/png")
    after = money.ledger(funded)
    assert after.without_receipt == 2
    assert [w.expense_id for w in after.warnings if w.code == "no_receipt"].count(
        bolivares.id) == 0
    [shown] = [e for e in money.expenses(funded) if e.id == bolivares.id]
    assert shown.receipt is not None
    assert money.receipt_data(shown.receipt.attachment_id) == PNG
    with pytest.raises(DomainError):
        money.attach_receipt(bolivares.id, "nota.txt", b"hola", "text/plain")


def test_a_corrected_amount_moves_the_balance(services: Services, funded: str) -> None:
    money = services.project_money
    money.receive(funded, date(2027, 1, 5), 100_000, Currency.USD, "Banco de la Comuna")
    spent = money.spend(funded, date(2027, 1, 6), "Ferretería", "Clavos", 365_000,
                        Currency.VES, rate_e4=365_000)
    fixed = money.correct_amount(spent.id, 730_000)
    assert fixed.value_cents == 20_000
    assert money.ledger(funded).balance_cents == 80_000
