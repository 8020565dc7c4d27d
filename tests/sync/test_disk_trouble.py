"""Refusals that are sentences: a genuine bundle whose file name is not UTF-8, a full
temporary disk during export or import, a file-size limit (FAT32 past 4 GB). Each: a
sentence, nothing half-written, the database unchanged."""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import sys
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError

from app.domain.errors import DomainError
from app.services import sync as sync_service
from app.services import sync_staging
from app.sync import usb

from tests.sync.conftest import Laptop
from tests.sync.helpers import add_council, send, tables_hash


def _raise(code: int):  # type: ignore[no-untyped-def]
    def fail(*_args: object, **_kwargs: object) -> None:
        raise OSError(code, os.strerror(code))
    return fail


@pytest.mark.skipif(sys.platform != "linux", reason="file names as bytes: Linux file systems")
def test_a_genuine_bundle_whose_name_is_not_utf8_imports_and_is_named(
    laptop: Laptop, stick: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a, b = laptop("a"), laptop("b")
    add_council(a)
    made = a.sync.export(stick)
    odd = os.fsencode(stick) + b"/Secretar\xeda-vieja.asamblea"  # Latin-1, as an old Windows
    os.rename(os.fsencode(made.path), odd)
    [found] = b.sync.scan(stick)
    assert found.info is not None and found.problem == ""
    summary = b.sync.import_file(found.path, trust_fingerprint=a.device.fingerprint)
    assert summary.file_name == "Secretar\ufffda-vieja.asamblea"
    assert summary.records_new >= 1
    assert b.sync.status().bundles[0].file_name == summary.file_name
    from app.cli import main
    assert main(["sync", "import", "--db", str(b.db_path), os.fsdecode(odd)]) == 0
    assert "Secretar\ufffda-vieja.asamblea: ya importado antes" in capsys.readouterr().out


@pytest.mark.parametrize(("code", "expected"), [(errno.ENOSPC, "sync.disk_full"),
                                            (errno.EFBIG, "sync.file_too_big")])
def test_a_full_or_limited_temporary_disk_during_export_is_a_sentence(
    laptop: Laptop, stick: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    code: int, expected: str,
) -> None:
    a = laptop("a")
    add_council(a)
    assert a.db_path is not None
    temp = a.db_path.parent / "preparando"  # staged inside the data folder (issue 13)
    real = sync_service.write_bundle

    def half_then_full(*args: object, **kwargs: object) -> object:
        real(*args, **kwargs)  # the bundle is written in part...
        raise OSError(code, os.strerror(code))  # ...then the disk says no

    monkeypatch.setattr(sync_service, "write_bundle", half_then_full)
    before = tables_hash(a.db_path)
    with pytest.raises(DomainError) as refused:
        a.sync.export(stick)
    assert refused.value.code == expected
    assert str(temp) in str(refused.value)
    assert list(temp.iterdir()) == [] and list(stick.iterdir()) == []
    assert tables_hash(a.db_path) == before


def test_a_stick_that_refuses_a_file_this_big_is_a_sentence(
    laptop: Laptop, stick: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    a = laptop("a")
    add_council(a)
    monkeypatch.setattr(usb, "_copy", _raise(errno.EFBIG))
    with pytest.raises(DomainError) as refused:
        a.sync.export(stick)
    assert refused.value.code == "sync.file_too_big"
    assert "FAT32" in str(refused.value) and str(stick) in str(refused.value)
    assert list(stick.iterdir()) == []  # no .partial left behind


def test_a_full_temporary_disk_during_import_is_a_sentence(
    laptop: Laptop, stick: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = laptop("a"), laptop("b")
    add_council(a)
    bundle = a.sync.export(stick).path
    # Bundles are staged inside the data folder (issue 13: never in the system's temp folder).
    assert b.db_path is not None
    temp = b.db_path.parent / "preparando"
    before = tables_hash(b.db_path)
    monkeypatch.setattr(sync_staging.shutil, "copyfile", _raise(errno.ENOSPC))
    with pytest.raises(DomainError) as refused:
        b.sync.import_file(bundle, trust_fingerprint=a.device.fingerprint)
    assert refused.value.code == "sync.disk_full" and str(temp) in str(refused.value)
    monkeypatch.setattr(sync_staging.shutil, "copyfile", shutil.copyfile)

    def sqlite_full(*_args: object, **_kwargs: object) -> None:
        raise OperationalError("INSERT", {}, sqlite3.OperationalError("database or disk is full"))

    monkeypatch.setattr(sync_service, "note_bundle", sqlite_full)  # the last write of it
    with pytest.raises(DomainError) as refused:
        b.sync.import_file(bundle, trust_fingerprint=a.device.fingerprint)
    assert refused.value.code == "sync.disk_full"
    assert not temp.exists() or list(temp.iterdir()) == []
    assert tables_hash(b.db_path) == before
    monkeypatch.undo()
    send(a, b, stick)  # once there is room, the same laptops sync
