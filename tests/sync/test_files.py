"""Attachments as bundle members: stored once by SHA-256, sent once, pending until they come."""

from __future__ import annotations

import json
import os
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.container import Services
from app.domain.errors import DomainError
from app.persistence.rows import AttachmentFileRow, AttachmentRow, ChangeRow
from app.services import attachments
from app.sync.bundle_format import CHANGES, file_member

from tests.sync.conftest import Laptop
from tests.sync.helpers import add_council, digest, send, tables_hash

PHOTO = os.urandom(2 * 1024 * 1024)  # a 2 MB photo: incompressible, like a JPEG


def _attach(laptop: Services, owner: str, data: bytes = PHOTO, name: str = "acta.jpg") -> str:
    with laptop.sessions.begin() as s:
        row = attachments.store(laptop.ctx, s, "organization", owner, name, data, "image/jpeg")
        return row.id


def _read(laptop: Services, attachment_id: str) -> bytes | None:
    with laptop.sessions.begin() as s:
        return attachments.read(laptop.ctx, s, attachment_id)


def _members(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as zf:
        return zf.namelist()


def _met(laptop: Laptop, stick: Path) -> tuple[Services, Services]:
    a, b = laptop("a"), laptop("b")
    send(b, a, stick)
    send(a, b, stick)
    return a, b


def test_a_photo_is_sent_once_even_when_two_bundles_carry_its_record(
    laptop: Laptop, stick: Path
) -> None:
    a, b = _met(laptop, stick)
    council = add_council(a)
    photo = _attach(a, council)
    first = a.sync.export(stick, peer=b.device.id, plain=True)  # the inner format, read below
    # B has not imported: the same record again
    second = a.sync.export(stick, peer=b.device.id, plain=True)
    with a.sessions.begin() as s:
        digest_ = s.get_one(AttachmentRow, photo).sha256
        fields = [json.loads(c.fields) for c in s.query(ChangeRow).filter_by(entity="attachment")]
    assert fields and all("data" not in f for f in fields)  # the change line: sha256 only
    assert file_member(digest_) in _members(first.path)
    assert file_member(digest_) not in _members(second.path)
    assert second.size < 100_000 < 2_000_000 < first.size
    with zipfile.ZipFile(first.path) as zf:
        assert zf.getinfo(CHANGES).file_size < 100_000
    # The second bundle arrives first: the record is there, its file pending, not an error.
    summary = b.sync.import_file(second.path)
    assert b.sync.files_pending() == 1 and summary.files_new == 0
    assert _read(b, photo) is None
    assert b.sync.status().files_pending == 1
    with pytest.raises(DomainError) as refused:
        _explain(b, photo)
    assert refused.value.code == "attachment.pending" and "aún no ha llegado" in str(refused.value)
    summary = b.sync.import_file(first.path)
    assert summary.files_new == 1 and b.sync.files_pending() == 0
    assert _read(b, photo) == PHOTO
    assert digest(a) == digest(b)


def _explain(laptop: Services, attachment_id: str) -> bytes:
    with laptop.sessions.begin() as s:
        return attachments.read_or_explain(laptop.ctx, s, attachment_id)


def test_a_pending_file_comes_with_the_next_bundle_that_has_it(
    laptop: Laptop, stick: Path, tmp_path: Path
) -> None:
    a, b = _met(laptop, stick)
    photo = _attach(a, add_council(a))
    lost = a.sync.export(tmp_path, peer=b.device.id, plain=True)  # this stick is lost on the way
    assert len([m for m in _members(lost.path) if m.startswith("files/")]) == 1
    send(a, b, stick)  # the record again, without the file (A believes it was sent)
    assert _read(b, photo) is None
    back = b.sync.export(stick, peer=a.device.id, plain=True)  # B says it lacks the file
    a.sync.import_file(back.path)
    again = send(a, b, stick)
    assert again.files_new == 1 and b.sync.files_pending() == 0
    assert _read(b, photo) == PHOTO
    # Relayed: C gets the record and the file from B, which never created it.
    c = laptop("c")
    send(c, b, stick)
    relayed = send(b, c, stick)
    assert relayed.files_new == 1
    assert _read(c, photo) == PHOTO


def test_one_photo_in_two_records_is_stored_and_sent_once(laptop: Laptop, stick: Path) -> None:
    a, b = _met(laptop, stick)
    council = add_council(a)
    first, second = _attach(a, council), _attach(a, council, name="copia.jpg")
    result = a.sync.export(stick, peer=b.device.id, plain=True)
    assert len([m for m in _members(result.path) if m.startswith("files/")]) == 1
    b.sync.import_file(result.path)
    assert _read(b, first) == _read(b, second) == PHOTO
    with b.sessions.begin() as s:
        assert s.scalar(select(func.count()).select_from(AttachmentFileRow)) == 1


def test_a_tampered_file_member_is_refused_and_nothing_is_written(
    laptop: Laptop, stick: Path, tmp_path: Path
) -> None:
    a, b = _met(laptop, stick)
    _attach(a, add_council(a))
    result = a.sync.export(stick, peer=b.device.id, plain=True)
    tampered = tmp_path / "tampered.asamblea"
    with zipfile.ZipFile(result.path) as src, zipfile.ZipFile(tampered, "w") as out:
        for info in src.infolist():
            data = src.read(info)
            if info.filename.startswith("files/"):
                data = data[:1000] + bytes([data[1000] ^ 1]) + data[1001:]
            out.writestr(info, data)
    before = tables_hash(b.db_path)
    with pytest.raises(DomainError) as refused:
        b.sync.import_file(tampered)
    assert refused.value.code == "sync.member_mismatch"
    assert tables_hash(b.db_path) == before
