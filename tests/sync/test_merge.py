"""Merging what two or three laptops did apart: nothing lost, the same result everywhere."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import func, select

from app.domain.census import NewResident
from app.domain.changes import recording
from app.persistence.rows import AttachmentRow, OrganizationRow, ResidentRow

from tests.sync.conftest import Laptop
from tests.sync.helpers import add_council, delete, digest, edit, org_name, send


def _pair(laptop: Laptop, stick: Path) -> tuple[object, object, str]:
    a, b = laptop("a"), laptop("b")
    council = add_council(a)
    send(a, b, stick, full=True)
    send(b, a, stick, full=True)
    return a, b, council


def test_different_fields_edited_apart_both_survive(laptop: Laptop, stick: Path) -> None:
    a, b, council = _pair(laptop, stick)
    edit(a, OrganizationRow, council, name="Consejo Comunal La Ceiba Unida")
    b.organizations.update_rules(council, 25, 15, 16)
    send(a, b, stick)
    send(b, a, stick)
    for laptop_ in (a, b):
        org = laptop_.organizations.get(council)
        assert org.name == "Consejo Comunal La Ceiba Unida"
        assert laptop_.sync.conflicts() == []
    with b.sessions.begin() as s:
        assert s.get_one(OrganizationRow, council).quorum_first_call_pct == 25
    assert digest(a) == digest(b)


def test_same_field_edited_apart_is_a_conflict_shown_the_same_everywhere(
    laptop: Laptop, stick: Path
) -> None:
    a, b, council = _pair(laptop, stick)
    edit(a, OrganizationRow, council, name="Nombre de A")
    edit(b, OrganizationRow, council, name="Nombre de B")
    send(a, b, stick)
    send(b, a, stick)
    ca, cb = a.sync.conflicts(), b.sync.conflicts()
    assert [c.field for c in ca] == ["name"]
    assert [(c.id, c.choices) for c in ca] == [(c.id, c.choices) for c in cb]
    assert {ch.value for ch in ca[0].choices} == {"Nombre de A", "Nombre de B"}
    assert org_name(a, council) == org_name(b, council)
    assert digest(a) == digest(b)
    assert a.info.info().open_conflicts == 1

    # A person on B keeps A's name; the decision travels to A like any edit.
    b.sync.resolve(cb[0].id, "Nombre de A")
    assert b.sync.conflicts() == []
    send(b, a, stick)
    assert a.sync.conflicts() == []
    assert org_name(a, council) == org_name(b, council) == "Nombre de A"
    assert digest(a) == digest(b)


def test_edit_meeting_a_deletion_is_a_conflict_not_a_loss(laptop: Laptop, stick: Path) -> None:
    a, b, council = _pair(laptop, stick)
    delete(a, OrganizationRow, council)
    edit(b, OrganizationRow, council, name="Nombre corregido")
    send(a, b, stick)
    send(b, a, stick)
    for laptop_ in (a, b):
        with laptop_.sessions.begin() as s:
            row = s.get_one(OrganizationRow, council)
            assert row.deleted_at is None  # still visible: the edit is not hidden
            assert row.name == "Nombre corregido"
        [conflict] = laptop_.sync.conflicts()
        assert conflict.field == "deleted_at"
    # The person confirms the deletion on A; B follows.
    [conflict] = a.sync.conflicts()
    deletion = next(c.value for c in conflict.choices if c.value is not None)
    a.sync.resolve(conflict.id, deletion)
    send(a, b, stick)
    for laptop_ in (a, b):
        with laptop_.sessions.begin() as s:
            assert s.get_one(OrganizationRow, council).deleted_at is not None
        assert laptop_.sync.conflicts() == []
    assert digest(a) == digest(b)


def _attachment(services: object, name: str) -> str:
    row = AttachmentRow(
        id=services.ctx.ids.new(), owner_entity="organization", owner_id="x", filename=name,
        media_type="text/plain", size=3, sha256="0" * 64, description=None,
        created_at=datetime.now(UTC),
    )
    with services.sessions.begin() as s:
        services.ctx.log.insert(s, row)
    return row.id


def test_insert_only_facts_are_unioned(laptop: Laptop, stick: Path) -> None:
    a, b = laptop("a"), laptop("b")
    ids = {_attachment(a, "acta-a.txt"), _attachment(b, "acta-b.txt")}
    send(a, b, stick, full=True)
    send(b, a, stick, full=True)
    for laptop_ in (a, b):
        with laptop_.sessions.begin() as s:
            assert set(s.scalars(select(AttachmentRow.id))) == ids
    assert digest(a) == digest(b)


def test_change_referring_to_a_record_not_yet_held_waits_then_applies(
    laptop: Laptop, stick: Path
) -> None:
    a, b, c = laptop("a"), laptop("b"), laptop("c")
    council = add_council(a)
    send(a, b, stick, full=True)
    resident = b.residents.add(NewResident(council, "Ana", "Pérez", "V-12345678"))
    # A partial bundle: only B's own log, not the council it refers to (A's log).
    summary = send(b, c, stick, full=True, only={b.device.id})
    assert summary.pending == 1
    with c.sessions.begin() as s:
        assert s.get(ResidentRow, resident.id) is None
    [waiting] = c.sync.status().pending
    assert (waiting.entity, waiting.waits_for_entity, waiting.waits_for_id) == (
        "resident", "organization", council)
    with recording() as recorder:
        released = send(a, c, stick, full=True)
    assert c.sync.status().pending == []
    assert c.residents.get(resident.id).first_names == "Ana"
    # The bundle held no resident change, but a resident was written: the window must know.
    assert "resident" in released.entities
    assert "resident" in recorder.changes.entities
    send(a, b, stick)  # nothing new, but B and C now hold the same changes
    assert digest(b) == digest(c)
    assert c.info.integrity_problems() == []


def test_same_person_registered_on_two_laptops_is_kept_twice_never_refused(
    laptop: Laptop, stick: Path
) -> None:
    a, b, council = _pair(laptop, stick)
    a.residents.add(NewResident(council, "José", "Rangel", "V-11222333"))
    b.residents.add(NewResident(council, "Jose", "Rangel", "V-11222333"))
    send(a, b, stick)
    send(b, a, stick)
    for laptop_ in (a, b):
        with laptop_.sessions.begin() as s:
            same = s.scalar(select(func.count()).select_from(ResidentRow)
                            .where(ResidentRow.national_id == "V-11222333"))
            assert same == 2
        # ... and the census duplicate check flags them for a person to merge.
        [group] = laptop_.residents.duplicate_groups()
        assert group.key == "V-11222333"
        assert len(group.residents) == 2
    assert digest(a) == digest(b)


def test_edit_of_a_record_not_yet_held_waits_for_it(laptop: Laptop, stick: Path) -> None:
    a, b, c = laptop("a"), laptop("b"), laptop("c")
    council = add_council(a)
    send(a, b, stick, full=True)
    edit(b, OrganizationRow, council, name="Editado en B")
    summary = send(b, c, stick, full=True, only={b.device.id})
    assert summary.pending == 1
    [waiting] = c.sync.status().pending
    assert (waiting.entity_id, waiting.waits_for_id) == (council, council)
    send(a, c, stick, full=True)
    assert c.sync.status().pending == []
    assert org_name(c, council) == "Editado en B"
    assert c.sync.conflicts() == []
    assert digest(c) == digest(b)
