"""A laptop that took a revoked laptop's later work from a relay before it heard of the
revocation withdraws that work when the revocation arrives, and then agrees with its peers."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from app.container import Services
from app.persistence.rows import DeviceHeadRow, OrganizationRow
from app.sync import importer
from app.sync.bundle_writer import holdings
from app.sync.names import device_labels

from tests.sync.conftest import Laptop
from tests.sync.helpers import add_council, digest, edit, org_name, send

THIEF_COUNCIL = "Consejo Comunal del Ladrón"


def _names(services: Services) -> set[str]:
    with services.sessions.begin() as s:
        return set(s.scalars(select(OrganizationRow.name)))


def _stolen_work_reaches_m(laptop: Laptop, stick: Path) -> tuple[Services, Services, Services,
                                                                 str]:
    """R's council reaches A and M; A revokes R; R edits it and creates another council; M
    takes both from R by stick before it hears of the revocation."""
    a, m, r = laptop("a"), laptop("m"), laptop("r")
    council = add_council(r)
    send(r, a, stick, full=True)
    send(r, m, stick, full=True)
    send(a, m, stick, full=True)
    send(m, a, stick, full=True)
    a.sync.revoke(r.device.id)
    edit(r, OrganizationRow, council, name="Consejo del ladrón")
    add_council(r, THIEF_COUNCIL)
    send(r, m, stick)
    assert org_name(m, council) == "Consejo del ladrón"
    assert THIEF_COUNCIL in _names(m)
    return a, m, r, council


def test_learning_a_revocation_withdraws_the_revoked_laptops_later_work(
    laptop: Laptop, stick: Path
) -> None:
    a, m, r, council = _stolen_work_reaches_m(laptop, stick)
    limit = holdings_of(a, r.device.id)
    summary = send(a, m, stick)  # M hears of the revocation from A
    with m.sessions.begin() as s:
        label = device_labels(s)[r.device.id]
    assert summary.withdrawn_revoked == {label: 2}
    assert org_name(m, council) == org_name(a, council) != "Consejo del ladrón"
    assert THIEF_COUNCIL not in _names(m)
    assert digest(m) == digest(a)
    assert holdings_of(m, r.device.id) == limit
    with m.sessions.begin() as s:
        head = s.get(DeviceHeadRow, r.device.id)
        assert head is None or head.seq <= limit
    assert m.info.integrity_problems() == []
    # M neither relays the withdrawn work nor trips on it again: both ways agree.
    assert send(m, a, stick).refused_revoked == 0
    assert send(a, m, stick).withdrawn_revoked == {}
    assert digest(m) == digest(a)


def test_without_the_withdrawal_the_laptop_that_took_the_work_differs_forever(
    laptop: Laptop, stick: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The twin: with the withdrawal disabled, the same story leaves M apart from A."""
    monkeypatch.setattr(importer, "withdraw_revoked", lambda _s, _now: {})
    a, m, _r, council = _stolen_work_reaches_m(laptop, stick)
    send(a, m, stick)
    assert org_name(m, council) == "Consejo del ladrón"
    assert THIEF_COUNCIL in _names(m)
    assert digest(m) != digest(a)


def test_a_relay_that_still_offers_the_withdrawn_work_is_not_a_gap(
    laptop: Laptop, stick: Path
) -> None:
    """B took R's later work from M and more from R; M withdraws it, then B offers M only what
    lies beyond what M had (by B's watermark): refused, not "missing changes" forever."""
    a, m, r, council = _stolen_work_reaches_m(laptop, stick)
    b = laptop("b")
    send(m, b, stick, full=True)
    send(b, m, stick, full=True)
    edit(r, OrganizationRow, council, name="Consejo del ladrón, otra vez")
    send(r, b, stick)
    limit = holdings_of(a, r.device.id)
    send(a, m, stick)
    summary = send(b, m, stick)
    assert summary.refused_revoked == 1
    assert holdings_of(m, r.device.id) == limit
    assert org_name(m, council) == org_name(a, council)
    assert m.info.integrity_problems() == []


def holdings_of(services: Services, origin: str) -> int:
    with services.sessions.begin() as s:
        return holdings(s).get(origin, 0)
