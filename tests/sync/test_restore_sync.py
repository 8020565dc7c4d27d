"""Issue 13 point 6: a restored database goes on as a new incarnation and keeps syncing.

Before: restoring an older copy and re-importing its own later changes failed with
`UNIQUE constraint failed: change.origin, change.seq`, or every peer refused the laptop for
good (`sync.change_reused`), because it reused chain numbers its old self had already sent.
"""

from __future__ import annotations

from pathlib import Path

from app.container import Services, restore
from app.domain.census import NewResident

from tests.sync.conftest import Laptop
from tests.sync.helpers import add_council, send


def _add(sv: Services, council: str, n: int) -> None:
    sv.residents.add(NewResident(council, f"Persona{n}", f"Apellido{n}", f"V-{20000000 + n}"))


def _names(sv: Services) -> set[str]:
    return {r.first_names for r in sv.residents.search("", limit=1000)}


def test_restore_then_sync_with_two_laptops(laptop: Laptop, stick: Path) -> None:
    a, b = laptop("a"), laptop("b")
    council = add_council(a)
    _add(a, council, 1)
    send(a, b, stick)
    assert [x.reason for x in b.backups.list()] == ["antes-de-importar"]
    made = a.backups.create()
    _add(a, council, 2)  # after the backup, and already sent
    send(a, b, stick)
    a2 = restore(a, made.path)
    try:
        _add(a2, council, 3)  # the restored laptop writes before it hears from anyone
        send(b, a2, stick, full=True)  # its old self's later change comes back
        _add(a2, council, 4)  # and it can still write
        send(a2, b, stick)
        _add(b, council, 5)
        send(b, a2, stick)
        assert _names(a2) == _names(b) == {f"Persona{n}" for n in range(1, 6)}
        assert a2.info.integrity_problems() == []
    finally:
        a2.close()


def test_restore_then_sync_with_three_laptops(laptop: Laptop, stick: Path) -> None:
    a, b, c = laptop("a"), laptop("b"), laptop("c")
    council = add_council(a)
    _add(a, council, 1)
    send(a, b, stick)
    send(b, c, stick)
    made = a.backups.create()
    _add(a, council, 2)
    send(a, c, stick)  # only c saw it
    a2 = restore(a, made.path)
    try:
        _add(a2, council, 3)
        send(a2, b, stick)  # b meets the new incarnation first
        send(c, b, stick, full=True)
        send(b, a2, stick, full=True)
        send(b, c, stick, full=True)
        _add(c, council, 4)
        send(c, a2, stick)
        send(a2, b, stick)
        everyone = {f"Persona{n}" for n in range(1, 5)}
        assert _names(a2) == _names(b) == everyone
        assert _names(c) == {f"Persona{n}" for n in (1, 2, 3, 4)}
    finally:
        a2.close()
