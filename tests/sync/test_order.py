"""The order bundles arrive in does not matter: all 120 orders of 5 bundles give one state."""

from __future__ import annotations

import itertools
import shutil
from pathlib import Path

import pytest

from app.container import Services, open_services
from app.domain.census import NewResident
from app.domain.errors import DomainError
from app.persistence.rows import OrganizationRow
from app.sync import materialize

from tests.sync.conftest import Laptop
from tests.sync.helpers import add_council, delete, edit, export, send
from tests.sync.test_oracle import World, _best_tip_wins, check_oracle, observed


def _conflicts(services: Services) -> list[tuple[str, str, list[object]]]:
    return [(c.id, c.field, [ch.value for ch in c.choices]) for c in services.sync.conflicts()]


def _five_bundles(laptop: Laptop, stick: Path) -> tuple[World, list[Path]]:
    a, b, c = laptop("a"), laptop("b"), laptop("c")
    # The oracle's account (tests/sync/test_oracle.py): every value written, with what its
    # laptop held then; every order must show each field's surviving writes, or a conflict.
    world = World([a, b, c], stick)
    with observed(world, a):
        council = add_council(a)
    with observed(world, a):
        other = add_council(a, "Consejo Comunal Los Mangos")
    send(a, b, stick, full=True)
    send(a, c, stick, full=True)
    bundles = [export(a, stick).path]
    with observed(world, b):
        edit(b, OrganizationRow, council, name="Nombre de B")
    with observed(world, b):
        b.residents.add(NewResident(council, "Ana", "Pérez", "V-10000001"))
    bundles.append(export(b, stick).path)
    with observed(world, c):
        edit(c, OrganizationRow, council, name="Nombre de C")  # conflicts with B
    with observed(world, c):
        edit(c, OrganizationRow, other, registry_code="C-77")
    with observed(world, c):
        delete(c, OrganizationRow, other)
    bundles.append(export(c, stick).path)
    with observed(world, a):
        edit(a, OrganizationRow, other, name="Los Mangos de Arriba")  # meets C's deletion
    with observed(world, a):
        a.residents.add(NewResident(other, "Luis", "Mata", "V-10000002"))
    bundles.append(export(a, stick).path)
    send(c, b, stick, full=True)
    [conflict] = b.sync.conflicts()
    with observed(world, b, decided=conflict.field):
        b.sync.resolve(conflict.id, "Nombre de C")
    bundles.append(export(b, stick).path)
    assert len(bundles) == 5
    return world, bundles


@pytest.mark.slow
def test_all_orders_of_five_bundles_give_the_same_state(
    laptop: Laptop, stick: Path, tmp_path: Path
) -> None:
    world, bundles = _five_bundles(laptop, stick)
    blank = laptop("d")
    assert blank.db_path is not None
    blank.close()
    results: set[tuple[str, str]] = set()
    for n, order in enumerate(itertools.permutations(bundles)):
        path = tmp_path / f"order{n}.db"
        shutil.copyfile(blank.db_path, path)
        d = open_services(path)
        try:
            for bundle in order:
                d.sync.import_file(bundle, trust_fingerprint=d.sync.inspect(bundle)
                                   .sender_fingerprint)
            results.add((d.info.digest(), repr(_conflicts(d))))
            check_oracle(world, d)
        finally:
            d.close()
            path.unlink()
    assert len(results) == 1
    [(_digest, conflicts)] = results
    assert "deleted_at" in conflicts  # the edit that met a deletion is still a conflict


def test_the_all_orders_oracle_sees_a_lossy_merge(
    laptop: Laptop, stick: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    world, bundles = _five_bundles(laptop, stick)
    monkeypatch.setattr(materialize, "merge_heads", _best_tip_wins)
    d = laptop("d")
    for bundle in bundles:
        d.sync.import_file(bundle, trust_fingerprint=d.sync.inspect(bundle).sender_fingerprint)
    with pytest.raises(AssertionError, match=r"lost|conflict"):
        check_oracle(world, d)


def test_a_delta_that_arrives_before_the_one_it_follows_is_refused_then_accepted(
    laptop: Laptop, stick: Path
) -> None:
    a, b, c = laptop("a"), laptop("b"), laptop("c")
    council = add_council(a)
    send(a, b, stick, full=True)
    send(b, a, stick, full=True)  # now A knows what B holds
    edit(a, OrganizationRow, council, name="Primer cambio")
    first = export(a, stick, peer=b.device.id).path
    send(a, c, stick, full=True)  # an unrelated full bundle moves A's watermark for nobody
    edit(a, OrganizationRow, council, name="Segundo cambio")
    # A still believes B holds only what B last told it: the second delta repeats the first.
    second = export(a, stick, peer=b.device.id).path
    assert b.sync.import_file(second).changes_new == 2
    assert b.sync.import_file(first).changes_new == 0  # already held, harmless
    assert b.organizations.get(council).name == "Segundo cambio"

    # A delta made for a laptop that holds more than this one starts too late: refused whole.
    edit(a, OrganizationRow, council, name="Tercer cambio")
    send(b, a, stick)  # A learns B holds everything
    late = export(a, stick, peer=b.device.id).path
    fresh = laptop("e")
    with pytest.raises(DomainError) as caught:
        fresh.sync.import_file(late, trust_fingerprint=a.device.fingerprint)
    assert caught.value.code == "sync.gap"
