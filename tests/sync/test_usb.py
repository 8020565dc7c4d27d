"""Writing to a stick: FAT32-safe names, no half bundles, free space and read-back checked."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from app.domain.errors import DomainError
from app.sync import usb
from app.sync.bundle_format import bundle_file_name

from tests.sync.conftest import Laptop
from tests.sync.helpers import add_council

FAT32_FORBIDDEN = set('<>:"/\\|?*')


def test_bundle_names_are_fat32_safe() -> None:
    name = bundle_file_name("Secretaría: Consejo «Ñandú»/2", datetime(2026, 11, 22, 5, 7, 9,
                                                                       tzinfo=UTC),
                            "01a201bf-c404-7de7-a2a8-c8e1acf0a5e8")
    assert name.isascii()
    assert not FAT32_FORBIDDEN & set(name)
    assert len(name) <= 64
    assert name == "Secretaria-Consejo-Nandu-20261122-050709-acf0a5e8.asamblea"


def test_export_leaves_no_partial_file_and_reads_back(laptop: Laptop, stick: Path) -> None:
    a = laptop("a")
    add_council(a)
    result = a.sync.export(stick)
    assert result.safe_to_remove
    assert [p.name for p in stick.iterdir()] == [result.path.name]
    assert a.sync.status().bundles[0].direction == "export"


def test_not_enough_space_is_said_before_writing(
    laptop: Laptop, stick: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    a = laptop("a")
    real = shutil.disk_usage

    def tiny(path: Any) -> Any:
        usage = real(path)
        return type(usage)(usage.total, usage.total - 10, 10)

    monkeypatch.setattr(usb.shutil, "disk_usage", tiny)
    with pytest.raises(DomainError) as caught:
        a.sync.export(stick)
    assert caught.value.code == "sync.no_space"
    assert list(stick.iterdir()) == []
    assert a.sync.status().bundles == []  # nothing recorded as sent


def test_a_copy_that_does_not_read_back_is_reported(tmp_path: Path, stick: Path) -> None:
    source = tmp_path / "bundle.asamblea"
    source.write_bytes(b"x" * 1000)

    def bad_stick(path: Path) -> None:
        raise DomainError("sync.damaged", name=path.name)

    with pytest.raises(DomainError) as caught:
        usb.place_file(source, stick, "b.asamblea", bad_stick)
    assert caught.value.code == "sync.readback_failed"
    assert "Use otra memoria" in str(caught.value)


def test_bundles_are_found_in_the_stick_and_one_folder_down(stick: Path) -> None:
    (stick / "consejo-1").mkdir()
    (stick / "a.asamblea").write_bytes(b"")
    (stick / "consejo-1" / "b.asamblea").write_bytes(b"")
    (stick / "notas.txt").write_bytes(b"")
    (stick / "c.asamblea.partial").write_bytes(b"")
    found = usb.find_bundles(stick, ".asamblea")
    assert [p.name for p in found] == ["a.asamblea", "b.asamblea"]
