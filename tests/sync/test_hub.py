"""The hub on loopback: laptops of two communes push and pull through `hub serve` over
PostgreSQL; each receives only its commune's records; refusals write nothing."""

from __future__ import annotations

import pytest

from app.container import Services
from app.demo.commune import build_demo
from app.domain.census import NewResident

from tests.sync.conftest import Laptop
from tests.sync.hub_server import HubServer

pytestmark = pytest.mark.postgres



def joined(hub: HubServer, laptop: Services, commune: str) -> Services:
    hub.enroll(laptop.device.fingerprint, commune)
    laptop.hub.configure(hub.url, hub.fingerprint)
    return laptop


def national_ids(services: Services) -> set[str]:
    with services.sessions.begin() as s:
        from sqlalchemy import select

        from app.persistence.rows import ResidentRow

        return {n for n in s.scalars(select(ResidentRow.national_id)) if n}


def test_two_communes_push_and_pull_within_their_scope(hub: HubServer, laptop: Laptop) -> None:
    a1 = joined(hub, laptop("a1"), "comuna-a")
    a2 = joined(hub, laptop("a2"), "comuna-a")
    b1 = joined(hub, laptop("b1"), "comuna-b")
    build_demo(a1, 120, 3)
    council = a1.settings.all().organization_id
    assert a1.hub.status().outbox_changes > 0

    first = a1.hub.sync_now()
    assert first.sent_changes > 0 and a1.hub.status().outbox_changes == 0
    got = a2.hub.sync_now()
    assert got.received_changes > 0
    assert a2.info.digest() == a1.info.digest()

    # A resident added on the second laptop reaches the first one through the hub.
    councils = [o for o in a2.organizations.list_all() if o.kind.value == "council"]
    added = a2.residents.add(NewResident(councils[0].id, "Yusmary", "Hub", "V-29000001"))
    a2.hub.sync_now()
    a1.hub.sync_now()
    assert a1.residents.get(added.id).first_names == "Yusmary"
    assert a1.info.digest() == a2.info.digest()

    build_demo(b1, 120, 5)
    b1.hub.sync_now()
    b1.hub.sync_now()
    # The third laptop never receives the first commune's residents, nor they its.
    assert national_ids(b1).isdisjoint(national_ids(a1))
    assert "V-29000001" not in national_ids(b1)
    a1.hub.sync_now()
    assert national_ids(a1).isdisjoint(national_ids(b1))
    assert council
    # The two laptops of commune A hold what the hub holds for A, no more, no less.
    assert hub.commune_digest("comuna-a") == a1.info.digest() == a2.info.digest()
    assert hub.commune_digest("comuna-b") == b1.info.digest()
    assert a1.sync.status().pending == [] and b1.sync.status().pending == []


def test_stick_and_hub_mix_freely(hub: HubServer, laptop: Laptop, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A bundle that came by stick and then by hub is already held: nothing twice."""
    one = joined(hub, laptop("stick-1"), "comuna-mix")
    two = joined(hub, laptop("stick-2"), "comuna-mix")
    from tests.sync.helpers import add_council

    add_council(one, "Consejo Comunal Por Memoria")
    stick = tmp_path / "stick"
    stick.mkdir()
    bundle = one.sync.export(stick).path
    two.sync.import_file(bundle, trust_fingerprint=one.device.fingerprint)
    relayed = two.hub.sync_now()  # two sends one's changes too: the hub lacks them
    assert relayed.sent_changes > 0
    again = one.hub.sync_now()  # the same changes, now by hub: already held
    assert again.sent_changes == 0 and again.conflicts == 0
    assert one.info.digest() == two.info.digest() == hub.commune_digest("comuna-mix")
    assert one.sync.status().pending == [] and two.sync.status().pending == []
