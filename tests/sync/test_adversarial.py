"""Attacks found by adversarial testing of the merge: each fails on the merge before issue 12."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from app.container import Services
from app.demo.commune import build_demo
from app.domain.census import NewResident
from app.domain.errors import DomainError
from app.persistence.rows import DeviceRow, OrganizationRow, ResidentRow
from app.sync.merge import Version, merge_heads

from tests.sync.conftest import Laptop
from tests.sync.helpers import add_council, delete, digest, edit, export, send, tables_hash


def _pair_with_resident(laptop: Laptop, stick: Path) -> tuple[Services, Services, str]:
    a, b = laptop("a"), laptop("b")
    council = add_council(a)
    resident = a.residents.add(NewResident(council, "María", "Pérez", "V-12345678",
                                           phone="0412-0000000")).id
    send(a, b, stick, full=True)
    send(b, a, stick, full=True)
    return a, b, resident


def _resident(services: Services, resident_id: str) -> ResidentRow:
    with services.sessions.begin() as s:
        row = s.get_one(ResidentRow, resident_id)
        s.expunge(row)
        return row


def test_an_unrelated_edit_does_not_close_a_conflict(laptop: Laptop, stick: Path) -> None:
    a, b, resident = _pair_with_resident(laptop, stick)
    a.residents.update(resident, phone="0412-1111111")
    b.residents.update(resident, phone="0416-2222222")
    send(b, a, stick)
    assert [c.field for c in a.sync.conflicts()] == ["phone"]
    # A edits the address: built on both heads, it decides nothing about the phone.
    a.residents.update(resident, address="Calle 5")
    [still] = a.sync.conflicts()
    assert still.field == "phone"
    assert {c.value for c in still.choices} == {"0412-1111111", "0416-2222222"}
    send(a, b, stick)
    [on_b] = b.sync.conflicts()
    assert (on_b.id, on_b.choices) == (still.id, still.choices)
    assert _resident(b, resident).address == "Calle 5"
    assert digest(a) == digest(b)
    # A person decides the phone: that conflict ends everywhere, and only then.
    b.sync.resolve(on_b.id, "0416-2222222")
    send(b, a, stick)
    assert a.sync.conflicts() == b.sync.conflicts() == []
    assert _resident(a, resident).phone == "0416-2222222"
    assert _resident(a, resident).address == "Calle 5"
    assert a.info.integrity_problems() == b.info.integrity_problems() == []


def test_an_unrelated_edit_does_not_undo_a_pending_deletion(
    laptop: Laptop, stick: Path
) -> None:
    a, b, resident = _pair_with_resident(laptop, stick)
    a.residents.update(resident, phone="0412-1111111")
    b.residents.delete(resident)
    send(b, a, stick)
    assert [c.field for c in a.sync.conflicts()] == ["deleted_at"]
    a.residents.update(resident, address="Calle 5")
    [still] = a.sync.conflicts()
    assert still.field == "deleted_at"
    send(a, b, stick)
    [on_b] = b.sync.conflicts()
    assert on_b.field == "deleted_at"
    # Confirming the deletion on B after seeing both edits deletes it everywhere.
    deleted = next(c.value for c in on_b.choices if c.value is not None)
    b.sync.resolve(on_b.id, deleted)
    send(b, a, stick)
    assert a.sync.conflicts() == []
    assert _resident(a, resident).deleted_at is not None
    assert digest(a) == digest(b)


def test_two_different_resolutions_of_one_conflict_are_a_new_conflict(
    laptop: Laptop, stick: Path
) -> None:
    a, b = laptop("a"), laptop("b")
    council = add_council(a)
    send(a, b, stick, full=True)
    send(b, a, stick, full=True)
    edit(a, OrganizationRow, council, name="Nombre de A")
    edit(b, OrganizationRow, council, name="Nombre de B")
    send(a, b, stick)
    send(b, a, stick)
    [ca], [cb] = a.sync.conflicts(), b.sync.conflicts()
    default = next(c.value for c in ca.choices if c.provisional)
    other = next(c.value for c in ca.choices if not c.provisional)
    a.sync.resolve(ca.id, default)  # confirming what was shown is a decision too
    b.sync.resolve(cb.id, other)
    send(a, b, stick)
    send(b, a, stick)
    [na], [nb] = a.sync.conflicts(), b.sync.conflicts()
    assert na.id == nb.id
    assert {c.value for c in na.choices} == {"Nombre de A", "Nombre de B"}
    assert digest(a) == digest(b)


def test_the_same_record_inserted_on_two_laptops_merges(laptop: Laptop, stick: Path) -> None:
    """Two inserts with no common base (the demo on two laptops) used to crash the merge."""
    a, b = laptop("a"), laptop("b")
    build_demo(a, residents=150)
    build_demo(b, residents=150)
    send(a, b, stick, full=True)
    send(b, a, stick, full=True)
    assert digest(a) == digest(b)
    assert a.sync.conflicts() == b.sync.conflicts() == []


def test_inserts_that_differ_are_a_conflict_not_a_crash() -> None:
    first = Version("h1", "dev-a", "0000000000001-00000", "insert", (),
                    {"id": "r", "name": "Uno", "deleted_at": None})
    second = Version("h2", "dev-b", "0000000000002-00000", "insert", (),
                     {"id": "r", "name": "Dos", "deleted_at": None})
    merged = merge_heads("organization", "r", {"h1": first, "h2": second})
    assert merged.fields["name"] == "Dos"
    [conflict] = merged.conflicts
    assert {c.value for c in conflict.candidates} == {"Uno", "Dos"}


def test_a_version_from_an_older_schema_never_erases_a_newer_column() -> None:
    """A laptop not yet upgraded edits a record whose newer version has a column it lacks."""
    base = Version("h0", "dev-a", "0000000000001-00000", "insert", (),
                   {"id": "r", "name": "Uno", "deleted_at": None})
    newer = Version("h1", "dev-a", "0000000000002-00000", "update", ("h0",),
                    {"id": "r", "name": "Uno", "nickname": "U", "deleted_at": None})
    older = Version("h2", "dev-b", "0000000000003-00000", "update", ("h0",),
                    {"id": "r", "name": "Otro", "deleted_at": None})
    merged = merge_heads("organization", "r", {"h0": base, "h1": newer, "h2": older})
    assert merged.fields["nickname"] == "U"
    assert merged.fields["name"] == "Otro"
    assert merged.conflicts == ()


def test_a_deletion_confirmed_after_seeing_an_edit_stands(laptop: Laptop, stick: Path) -> None:
    a, b = laptop("a"), laptop("b")
    council = add_council(a)
    send(a, b, stick, full=True)
    edit(b, OrganizationRow, council, name="Visto")
    send(b, a, stick)
    delete(a, OrganizationRow, council)  # A saw B's edit, then deleted
    send(a, b, stick)
    assert a.sync.conflicts() == b.sync.conflicts() == []
    with b.sessions.begin() as s:
        assert s.get_one(OrganizationRow, council).deleted_at is not None


def _refused(services: Services, bundle: Path, detail: str) -> None:
    with pytest.raises(DomainError) as caught:
        services.sync.import_file(bundle, trust_fingerprint=services.sync.inspect(bundle)
                                  .sender_fingerprint)
    assert caught.value.code == "sync.bad_change"
    assert detail in str(caught.value.params.get("detail"))


def test_a_laptop_cannot_replace_another_laptops_key(laptop: Laptop, stick: Path) -> None:
    a, b, c = laptop("a"), laptop("b"), laptop("c")
    send(c, a, stick, full=True)
    send(c, b, stick, full=True)
    send(a, b, stick, full=True)
    with b.sessions.begin() as s:
        b.ctx.log.update(s, s.get_one(DeviceRow, c.device.id), public_key="ab" * 32)
    before = tables_hash(a.db_path)  # type: ignore[arg-type]
    _refused(a, export(b, stick).path, "clave")
    assert tables_hash(a.db_path) == before  # type: ignore[arg-type]
    send(c, a, stick)  # the real laptop is still itself


def test_a_revoked_laptop_cannot_trust_itself_again_through_a_relay(
    laptop: Laptop, stick: Path
) -> None:
    a, b, c = laptop("a"), laptop("b"), laptop("c")
    send(c, a, stick, full=True)
    send(a, c, stick, full=True)
    send(c, b, stick, full=True)
    a.sync.revoke(c.device.id)
    send(a, c, stick, full=True)  # C sees its revocation, then undoes it in its own log
    with c.sessions.begin() as s:
        c.ctx.log.update(s, s.get_one(DeviceRow, c.device.id), trust="trusted")
    _refused(b, export(c, stick).path, "revocación")


def test_a_laptop_cannot_edit_another_laptops_record_beyond_revoking(
    laptop: Laptop, stick: Path
) -> None:
    a, b = laptop("a"), laptop("b")
    send(a, b, stick, full=True)
    with b.sessions.begin() as s:
        b.ctx.log.update(s, s.get_one(DeviceRow, a.device.id), name="Impostor")
    _refused(a, export(b, stick).path, "otro equipo")


def _two_people(laptop: Laptop, stick: Path) -> tuple[Services, Services, str, str, str]:
    a, b = laptop("a"), laptop("b")
    council = add_council(a)
    p1 = a.residents.add(NewResident(council, "José", "Rojas", "V-20000001")).id
    # The same cédula with the name written otherwise: how duplicates reach a census (and an
    # identical second add a moment later is refused as a double click).
    p2 = a.residents.add(NewResident(council, "José Ángel", "Rojas", "V-20000001")).id
    a.residents.add(NewResident(council, "Otra", "Persona", "V-20000002"))
    send(a, b, stick, full=True)
    send(b, a, stick, full=True)
    return a, b, council, p1, p2


def _live_census(services: Services) -> int:
    with services.sessions.begin() as s:
        return len(s.scalars(select(ResidentRow.id).where(
            ResidentRow.deleted_at.is_(None))).all())


def test_opposite_merges_do_not_erase_the_person(laptop: Laptop, stick: Path) -> None:
    a, b, _council, p1, p2 = _two_people(laptop, stick)
    a.residents.merge(p1, p2)
    b.residents.merge(p2, p1)
    send(a, b, stick)
    send(b, a, stick)
    send(a, b, stick)
    for side in (a, b):
        assert _live_census(side) == 2  # the person and the other resident
        assert side.sync.conflicts() == []
    assert digest(a) == digest(b)


def test_an_edit_of_a_merged_away_record_follows_it_to_the_survivor(
    laptop: Laptop, stick: Path
) -> None:
    a, b, _council, p1, p2 = _two_people(laptop, stick)
    a.residents.merge(p1, p2)  # C merges R5 (p2) into R4 (p1)
    b.residents.update(p2, phone="0416-5555555")  # B edits R5 meanwhile
    send(a, b, stick)
    send(b, a, stick)
    send(a, b, stick)
    for side in (a, b):
        assert _live_census(side) == 2  # the duplicate did not come back
        assert _resident(side, p1).phone == "0416-5555555"
        merged_away = _resident(side, p2)
        assert merged_away.deleted_at is not None and merged_away.merged_into_id == p1
        assert side.sync.conflicts() == []
    assert digest(a) == digest(b)
