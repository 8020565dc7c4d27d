"""A funded project travels between two laptops like every record: the expense with its
receipt (the photo's bytes arrive whole), and two corrections of one amount made apart meet
as a conflict shown the same on both, never a silent loss."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from app.demo.receipts import receipt_png
from app.domain.census import NewResident
from app.domain.enums import AssemblyKind, Currency, OrgKind, ProblemCategory, ProjectRole

from tests.sync.conftest import Laptop, laptop, schema_template, stick  # noqa: F401
from tests.sync.helpers import digest, send


def test_an_expense_and_its_receipt_travel_and_a_double_correction_conflicts(
        laptop: Laptop, stick: Path) -> None:  # noqa: F811
    a, b = laptop("a"), laptop("b")
    commune = a.organizations.create(OrgKind.COMMUNE, "Comuna El Guaire")
    project = a.projects.create(commune.id, "Tanque", ProblemCategory.WATER, 1_000_000)
    a.project_status.fund(project.id, 1_000_000, Currency.USD, "Ana")
    line = a.project_money.add_line(project.id, "Materiales", 600_000)
    a.project_money.receive(project.id, date(2027, 1, 5), 500_000, Currency.USD, "Banco")
    expense = a.project_money.spend(project.id, date(2027, 1, 6), "Ferretería", "Tubos",
                                    365_000, Currency.VES, line_id=line.id, rate_e4=365_000)
    photo = receipt_png(7)
    a.project_money.attach_receipt(expense.id, "factura.png", photo, "image/png")
    send(a, b, stick, full=True)
    send(b, a, stick, full=True)

    [arrived] = b.project_money.expenses(project.id)
    assert arrived.receipt is not None
    assert b.project_money.receipt_data(arrived.receipt.attachment_id) == photo
    assert b.project_money.ledger(project.id) == a.project_money.ledger(project.id)

    a.project_money.correct_amount(expense.id, 730_000)
    b.project_money.correct_amount(expense.id, 1_095_000)
    send(a, b, stick)
    send(b, a, stick)
    ca, cb = a.sync.conflicts(), b.sync.conflicts()
    # The money is one value (app/sync/together.py): one conflict, whole payments offered.
    assert [c.field for c in ca] == ["amount_cents"]
    assert [(c.id, c.choices) for c in ca] == [(c.id, c.choices) for c in cb]
    [amounts] = ca
    assert {(ch.value["amount_cents"], ch.value["value_cents"]) for ch in amounts.choices} == {
        (730_000, 20_000), (1_095_000, 30_000)}
    assert a.project_money.ledger(project.id) == b.project_money.ledger(project.id)
    assert digest(a) == digest(b)


def test_an_amount_and_a_rate_corrected_apart_meet_as_one_money_conflict(
        laptop: Laptop, stick: Path) -> None:  # noqa: F811
    """One laptop corrects the amount, the other the rate: merged field by field, the amount
    of one would sit silently beside the rate of the other. The payment's money is one value:
    one conflict, and the choice sets amount, rate and value together."""
    a, b = laptop("a"), laptop("b")
    commune = a.organizations.create(OrgKind.COMMUNE, "Comuna El Guaire")
    project = a.projects.create(commune.id, "Tanque", ProblemCategory.WATER, 1_000_000)
    a.project_status.fund(project.id, 1_000_000, Currency.USD, "Ana")
    expense = a.project_money.spend(project.id, date(2027, 1, 6), "Ferretería", "Tubos",
                                    365_000, Currency.VES, rate_e4=365_000)
    send(a, b, stick, full=True)
    send(b, a, stick, full=True)

    a.project_money.correct_amount(expense.id, 730_000)  # 20.000,00 at 36,5
    b.project_money.correct_amount(expense.id, 365_000, rate_e4=730_000)  # 5.000 at 73
    send(a, b, stick)
    send(b, a, stick)
    conflicts = a.sync.conflicts()
    assert [c.field for c in conflicts] == ["amount_cents"]
    assert [c.id for c in b.sync.conflicts()] == [c.id for c in conflicts]
    [money] = conflicts
    offered = {(ch.value["amount_cents"], ch.value["rate_e4"], ch.value["value_cents"])
               for ch in money.choices}
    assert offered == {(730_000, 365_000, 20_000), (365_000, 730_000, 5_000)}
    [shown] = a.project_money.expenses(project.id)
    assert (shown.amount_cents, shown.rate_e4, shown.value_cents) in offered  # never a mix

    from_b = next(ch for ch in money.choices if ch.value["rate_e4"] == 730_000)
    a.sync.resolve(money.id, from_b.value)
    send(a, b, stick)
    for side in (a, b):
        [kept] = side.project_money.expenses(project.id)
        assert (kept.amount_cents, kept.rate_e4, kept.value_cents) == (365_000, 730_000, 5_000)
        assert side.sync.conflicts() == []
    assert digest(a) == digest(b)


def test_people_responsible_and_the_rendicion_link_travel(laptop: Laptop, stick: Path  # noqa: F811
                                                          ) -> None:
    a, b = laptop("a"), laptop("b")
    commune = a.organizations.create(OrgKind.COMMUNE, "Comuna El Guaire")
    council = a.organizations.create(OrgKind.COUNCIL, "Consejo Comunal Brisas", commune.id)
    ana = a.residents.add(NewResident(council.id, "Ana", "Pérez", "V-20000001",
                                      date(1980, 1, 1)))
    project = a.projects.create(council.id, "Tanque", ProblemCategory.WATER, 1_000_000)
    a.project_status.fund(project.id, 1_000_000, Currency.USD, "Ana")
    a.project_status.name_people(project.id, [ana.id], ProjectRole.SPOKESPERSON)
    when = datetime(2027, 3, 1, 9, tzinfo=UTC)
    assembly = a.assemblies.create(council.id, AssemblyKind.ACCOUNTABILITY, when, "Casa",
                                   project_id=project.id)
    send(a, b, stick, full=True)
    [named] = b.project_status.people(project.id)
    assert (named.name, named.role) == ("Ana Pérez", ProjectRole.SPOKESPERSON)
    [arrived] = b.assemblies.list_all()
    assert (arrived.id, arrived.project_id) == (assembly.id, project.id)
    assert digest(a) == digest(b)
