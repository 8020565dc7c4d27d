"""Changes that arrive out of order all land, whatever the order (issue 16).

An import tries again only the waiting changes its records could make available (the records
it brings, and what waits for them, transitively: app/sync/pending.py), not every waiting
change held. Every order of four bundles, each carrying one laptop's own changes only (so
what refers to another laptop's records arrives before them): a resident before its council
before its commune (two levels of waiting), a later version of a name before the version it
builds on (waiting for its own history), a laptop's later bundle before its earlier one.
Every order must end in one state, with nothing waiting, the last edits shown. Its twins
prove the check fails when the retry is narrowed wrongly.
"""

from __future__ import annotations

import itertools
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import delete
from sqlalchemy.orm import Session

from app.container import Services, open_services
from app.domain.census import NewResident
from app.domain.enums import OrgKind
from app.persistence.rows import OrganizationRow, PendingChangeRow
from app.safety.keyfile import key_path_for_db
from app.sync import materialize, pending
from app.sync.touched import RecordKey

from tests.sync.conftest import Laptop
from tests.sync.helpers import edit, export, send


def _own(services: Services, stick: Path) -> Path:
    """A bundle of this laptop's own changes only (what a hub relays, or a partial one)."""
    return export(services, stick, only={services.device.id}).path


def _bundles(laptop: Laptop, stick: Path) -> tuple[list[Path], dict[str, str]]:
    a, b, c = laptop("a"), laptop("b"), laptop("c")
    commune = a.organizations.create(OrgKind.COMMUNE, "Comuna El Orden").id
    send(a, c, stick, full=True)
    council = c.organizations.create(OrgKind.COUNCIL, "Consejo Comunal El Desorden",
                                     parent_id=commune).id
    c_early = _own(c, stick)  # C's first bundle: the council
    send(a, b, stick, full=True)
    send(c, b, stick, full=True)
    resident = b.residents.add(NewResident(council, "Ana", "Pérez", "V-13000001")).id
    edit(b, OrganizationRow, commune, name="Comuna El Orden de B")  # built on A's version
    send(b, c, stick, full=True)
    edit(c, OrganizationRow, commune, name="Comuna El Orden de C")  # built on B's version
    c.residents.update(resident, phone="0412-5550000")
    bundles = [_own(a, stick), _own(b, stick), c_early, _own(c, stick)]
    return bundles, {"commune": commune, "council": council, "resident": resident}


def _land_in_every_order(laptop: Laptop, stick: Path, tmp_path: Path) -> None:
    bundles, ids = _bundles(laptop, stick)
    blank = laptop("d")
    assert blank.db_path is not None
    blank.close()
    digests: set[str] = set()
    for n, order in enumerate(itertools.permutations(bundles)):
        path = tmp_path / f"order{n}.db"
        shutil.copyfile(blank.db_path, path)
        shutil.copyfile(key_path_for_db(blank.db_path), key_path_for_db(path))
        d = open_services(path)
        try:
            for bundle in order:
                d.sync.import_file(bundle,
                                   trust_fingerprint=d.sync.inspect(bundle).sender_fingerprint)
            where = [p.name for p in order]
            assert d.sync.status().pending == [], f"still waiting after {where}"
            assert d.organizations.get(ids["commune"]).name == "Comuna El Orden de C", where
            assert d.organizations.get(ids["council"]).parent_id == ids["commune"], where
            person = d.residents.get(ids["resident"])
            assert (person.council_id, person.phone) == (ids["council"], "0412-5550000"), where
            digests.add(d.info.digest())
        finally:
            d.close()
            path.unlink()
    assert len(digests) == 1


def test_out_of_order_changes_all_land_whatever_the_order(
    laptop: Laptop, stick: Path, tmp_path: Path
) -> None:
    _land_in_every_order(laptop, stick, tmp_path)


def _own_only(real: Callable[[Session, set[RecordKey]], list[Any]]) -> Any:
    """Takes a record's own waiting changes, never those waiting for it."""
    def mutated(s: Session, keys: set[RecordKey]) -> list[Any]:
        return [t for t in real(s, keys) if RecordKey(t[2], t[3]) in keys]
    return mutated


def _one_level(s: Session, brought: set[RecordKey]) -> set[RecordKey]:
    """Takes what waits for the records brought, not what waits for those in turn."""
    found = pending._concerning(s, set(brought))
    for origin, seq, _e, _i in found:
        s.execute(delete(PendingChangeRow).where(PendingChangeRow.origin == origin,
                                                 PendingChangeRow.seq == seq))
    return {RecordKey(e, i) for _o, _q, e, i in found}


@pytest.mark.parametrize("mutation", ["own_only", "one_level"])
def test_the_check_fails_when_the_retry_is_narrowed_wrongly(
    laptop: Laptop, stick: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    mutation: str,
) -> None:
    if mutation == "own_only":
        monkeypatch.setattr(pending, "_concerning", _own_only(pending._concerning))
    else:
        monkeypatch.setattr(materialize, "take_pending", _one_level)
    with pytest.raises(AssertionError, match="still waiting"):
        _land_in_every_order(laptop, stick, tmp_path)
