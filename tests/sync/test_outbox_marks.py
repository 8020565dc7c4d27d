"""The hub outbox's marks: a bundle delivered but not yet confirmed names the top change of
each origin it carries, read from the laptop's own bundle's manifest."""

from __future__ import annotations

from pathlib import Path

from app.demo.commune import build_demo
from app.sync import hub_outbox as outbox
from app.sync.bundle_reader import BundleReader

from tests.sync.conftest import Laptop


def test_a_delivered_bundle_is_marked_with_its_origins_tops(laptop: Laptop,
                                                           tmp_path: Path) -> None:
    a = laptop("a")
    build_demo(a, 120, 38)
    folder = tmp_path / "outbox"
    folder.mkdir()
    bundle = a.sync.export(folder, plain=True).path
    with BundleReader(bundle) as reader:
        checked = {origin: r.last for origin, r in reader.open().origins.items()}
    assert checked and not outbox.is_delivered(bundle)
    outbox.mark_delivered(bundle)
    assert outbox.is_delivered(bundle)
    assert outbox.delivered(folder) == (1, checked)
    assert [p.name for p in folder.iterdir() if p.name.endswith(".new")] == []
    outbox.forget(bundle)
    assert outbox.delivered(folder) == (0, {})


def test_an_unreadable_bundle_is_marked_with_no_tops(tmp_path: Path) -> None:
    """Its changes stay counted as to send: never fewer than there are."""
    folder = tmp_path / "outbox"
    folder.mkdir()
    for name, data in (("a.asamblea", b"not a zip"), ("b.asamblea", _zip_without_manifest())):
        (folder / name).write_bytes(data)
        outbox.mark_delivered(folder / name)
    assert outbox.delivered(folder) == (2, {})


def _zip_without_manifest() -> bytes:
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        zf.writestr("changes.jsonl", "{}\n")
    return buffer.getvalue()
