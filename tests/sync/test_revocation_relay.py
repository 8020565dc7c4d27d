"""A revocation names who revoked and the last change accepted from the revoked laptop: what
that laptop does afterwards is refused from any sender, so a relay cannot bring it."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from app.container import Services
from app.persistence.rows import ChangeRow, DeviceRow, OrganizationRow
from app.sync import importer
from app.sync.bundle_writer import holdings

from tests.sync.conftest import Laptop
from tests.sync.helpers import add_council, digest, edit, org_name, send


def _held(services: Services, origin: str) -> int:
    with services.sessions.begin() as s:
        return holdings(s).get(origin, 0)


def _three(laptop: Laptop, stick: Path) -> tuple[Services, Services, Services, str]:
    """A revokes X after X's council reached everyone; B relays for everyone."""
    a, b, x = laptop("a"), laptop("b"), laptop("x")
    council = add_council(x)
    send(x, a, stick, full=True)
    send(x, b, stick, full=True)
    send(a, b, stick, full=True)
    send(b, a, stick, full=True)
    send(a, x, stick, full=True)
    return a, b, x, council


def test_work_done_after_a_revocation_is_refused_through_a_relay(
    laptop: Laptop, stick: Path
) -> None:
    a, b, x, council = _three(laptop, stick)
    accepted = _held(a, x.device.id)
    a.sync.revoke(x.device.id)
    with a.sessions.begin() as s:
        row = s.get_one(DeviceRow, x.device.id)
        assert (row.revoked_by, row.revoked_seq) == (a.device.id, accepted)
    # The stolen laptop keeps working; B has not heard of the revocation and takes it.
    edit(x, OrganizationRow, council, name="Consejo del ladrón")
    send(x, b, stick)
    assert org_name(b, council) == "Consejo del ladrón"
    add_council(b, "Consejo Comunal El Samán")  # B's own work travels with the relay
    summary = send(b, a, stick)
    assert summary.refused_revoked == 1
    assert org_name(a, council) != "Consejo del ladrón"
    assert _held(a, x.device.id) == accepted
    with a.sessions.begin() as s:
        names = set(s.scalars(select(OrganizationRow.name)))
        assert "Consejo Comunal El Samán" in names
        assert s.scalar(select(ChangeRow.seq).where(ChangeRow.origin == x.device.id)
                        .order_by(ChangeRow.seq.desc()).limit(1)) == accepted
    # Again (the relay keeps offering it): refused again, nothing breaks, A stays whole.
    assert send(b, a, stick).refused_revoked == 1
    assert a.info.integrity_problems() == []


def test_a_laptop_that_learns_the_revocation_with_the_work_refuses_the_work(
    laptop: Laptop, stick: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b, x, council = _three(laptop, stick)
    a.sync.revoke(x.device.id)
    edit(x, OrganizationRow, council, name="Consejo del ladrón")
    send(x, b, stick)  # B takes it: it did not know yet
    # Now B knows; B runs a version without the withdrawal (test_revocation_withdraw.py), so
    # it keeps the work and relays it with the revocation.
    c = laptop("c")
    with monkeypatch.context() as old_version:
        old_version.setattr(importer, "withdraw_revoked", lambda _s, _now: {})
        send(a, b, stick)
        send(c, b, stick, full=True)
    summary = send(b, c, stick, full=True)  # the revocation and the later work, together
    assert summary.refused_revoked == 1
    assert org_name(c, council) == org_name(a, council) != "Consejo del ladrón"
    assert _held(c, x.device.id) == _held(a, x.device.id)
    # C relays what it holds to A: A and C agree.
    send(c, a, stick, full=True)
    send(a, c, stick)
    assert digest(a) == digest(c)


def test_nobody_can_move_a_revocations_limit(laptop: Laptop, stick: Path) -> None:
    a, b, x, _council = _three(laptop, stick)
    a.sync.revoke(x.device.id)
    send(a, b, stick)
    with b.sessions.begin() as s:  # B tries to let more of X's work through
        row = s.get_one(DeviceRow, x.device.id)
        b.ctx.log.update(s, row, revoked_seq=(row.revoked_seq or 0) + 100)
    from tests.sync.helpers import export
    from tests.sync.test_adversarial import _refused
    _refused(a, export(b, stick).path, "hasta qué cambio")
