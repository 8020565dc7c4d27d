"""Every kind of bad bundle is refused with its own message, and the database is untouched."""

from __future__ import annotations

import json
import shutil
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.container import Services, open_services
from app.domain.errors import DomainError
from app.domain.messages import message_for
from app.persistence.rows import OrganizationRow
from app.sync.bundle_format import MANIFEST, SIGNATURE

from tests.sync.conftest import Laptop
from tests.sync.helpers import add_council, digest, edit, export, send, tables_hash


def _rewrite(src: Path, dst: Path, replace: dict[str, bytes | None],
             extra: dict[str, bytes] | None = None) -> Path:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            if info.filename in replace:
                data = replace[info.filename]
                if data is not None:
                    zout.writestr(info.filename, data)
            else:
                zout.writestr(info.filename, zin.read(info.filename))
        for name, data in (extra or {}).items():
            zout.writestr(name, data)
    return dst


@dataclass
class World:
    a: Services
    b: Services
    good: Path
    tmp: Path
    council: str


@pytest.fixture
def world(laptop: Laptop, stick: Path, tmp_path: Path) -> World:
    """A with data and a good bundle; B already trusting A, holding part of it."""
    a, b = laptop("a"), laptop("b")
    council = add_council(a)
    send(a, b, stick, full=True)
    for i in range(40):
        a.organizations.add_sector(council, f"Sector {i}", "x" * 200)
    edit(a, OrganizationRow, council, name="Consejo Comunal La Ceiba Renovada")
    good = export(a, stick).path
    return World(a, b, good, tmp_path, council)


def _refused(b: Services, bundle: Path, code: str, trust: str | None = None) -> str:
    assert b.db_path is not None
    before = (digest(b), tables_hash(b.db_path))
    with pytest.raises(DomainError) as caught:
        b.sync.import_file(bundle, trust_fingerprint=trust)
    assert caught.value.code == code
    message = str(caught.value)
    assert "no se modificó" in message
    assert (digest(b), tables_hash(b.db_path)) == before
    return message


def test_the_good_bundle_imports(world: World) -> None:
    b, good = world.b, world.good
    assert b.sync.import_file(good).records_new == 40


def test_flipped_byte(world: World) -> None:
    good, tmp = world.good, world.tmp
    data = bytearray(good.read_bytes())
    data[len(data) // 3] ^= 0x20
    bad = tmp / "flipped.asamblea"
    bad.write_bytes(bytes(data))
    _refused(world.b, bad, "sync.damaged")


def test_truncated_file(world: World) -> None:
    good, tmp = world.good, world.tmp
    bad = tmp / "cut.asamblea"
    bad.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    _refused(world.b, bad, "sync.truncated")


def test_swapped_member(world: World, stick: Path) -> None:
    a, good, tmp = world.a, world.good, world.tmp
    a.organizations.add_sector(world.council, "Sector extra")
    other = export(a, stick).path
    with zipfile.ZipFile(other) as z:
        changes = z.read("changes.jsonl")
    bad = _rewrite(good, tmp / "swapped.asamblea", {"changes.jsonl": changes})
    _refused(world.b, bad, "sync.member_mismatch")


def test_member_path_with_dot_dot(world: World) -> None:
    good, tmp = world.good, world.tmp
    bad = _rewrite(good, tmp / "escape.asamblea", {}, {"../../.bashrc": b"echo owned"})
    _refused(world.b, bad, "sync.unsafe_path")
    assert not (tmp.parent / ".bashrc").exists()


def test_zip_bomb(world: World) -> None:
    good, tmp = world.good, world.tmp
    bomb = _rewrite(good, tmp / "bomb.asamblea", {"changes.jsonl": bytes(64 * 1024 * 1024)})
    assert bomb.stat().st_size < 1024 * 1024
    _refused(world.b, bomb, "sync.too_large")


def test_missing_manifest(world: World) -> None:
    good, tmp = world.good, world.tmp
    bad = _rewrite(good, tmp / "nomanifest.asamblea", {MANIFEST: None})
    _refused(world.b, bad, "sync.no_manifest")


def _resigned(good: Path, dst: Path, a: Services, change: Callable[[dict[str, object]], None]
              ) -> Path:
    with zipfile.ZipFile(good) as z:
        manifest = json.loads(z.read(MANIFEST))
    change(manifest)
    raw = json.dumps(manifest, sort_keys=True, separators=(",", ":")).encode()
    return _rewrite(good, dst, {MANIFEST: raw, SIGNATURE: a.device.sign(raw).encode()})


def test_future_format_says_update_the_program(world: World) -> None:
    a, good, tmp = world.a, world.good, world.tmp
    bad = _resigned(good, tmp / "future.asamblea", a, lambda m: m.update(format=99))
    message = _refused(world.b, bad, "sync.newer_format")
    assert "Actualice el programa" in message


def test_manifest_edited_without_the_senders_key(world: World) -> None:
    good, tmp = world.good, world.tmp
    with zipfile.ZipFile(good) as z:
        manifest = json.loads(z.read(MANIFEST))
    manifest["full"] = not manifest["full"]
    raw = json.dumps(manifest, sort_keys=True, separators=(",", ":")).encode()
    bad = _rewrite(good, tmp / "forged.asamblea", {MANIFEST: raw})
    _refused(world.b, bad, "sync.bad_signature")


def test_unknown_signer_needs_its_fingerprint_accepted(laptop: Laptop, stick: Path) -> None:
    a, c = laptop("a"), laptop("c")
    council = add_council(a)
    bundle = export(a, stick).path
    message = _refused(c, bundle, "sync.unknown_sender")
    assert a.device.fingerprint in message
    _refused(c, bundle, "sync.wrong_fingerprint", trust="AAAA-BBBB-CCCC")
    c.sync.import_file(bundle, trust_fingerprint=a.device.fingerprint)
    assert c.organizations.get(council).name == "Consejo Comunal La Ceiba"
    # Once accepted, A is a known, trusted device: its next bundle needs no fingerprint.
    assert any(d.id == a.device.id and d.trust == "trusted" for d in c.sync.status().devices)


def test_revoked_signer(world: World, stick: Path) -> None:
    a, b = world.a, world.b
    b.sync.revoke(a.device.fingerprint)
    bundle = export(a, stick).path
    _refused(b, bundle, "sync.revoked_sender")


def test_change_id_reused_with_other_content(
    world: World, stick: Path, tmp_path: Path
) -> None:
    a, b, good = world.a, world.b, world.good
    assert a.db_path is not None
    backup = tmp_path / "a-backup.db"
    a.close()
    shutil.copyfile(a.db_path, backup)
    a = open_services(a.db_path)
    try:
        b.sync.import_file(good)
        a.organizations.add_sector(world.council, "Hecho después de la copia")
        b.sync.import_file(export(a, stick).path)
        a.close()
        # A's disk dies; the secretary restores yesterday's copy and keeps working.
        shutil.copyfile(backup, a.db_path)
        for suffix in ("-wal", "-shm"):
            Path(str(a.db_path) + suffix).unlink(missing_ok=True)
        a = open_services(a.db_path)
        a.organizations.add_sector(world.council, "Otro sector, mismo número")
        bundle = export(a, stick).path
        _refused(b, bundle, "sync.change_reused")
    finally:
        a.close()


def test_not_a_bundle_at_all(world: World) -> None:
    tmp = world.tmp
    bad = tmp / "foto.asamblea"
    bad.write_bytes(zlib.compress(b"not a zip" * 100))
    _refused(world.b, bad, "sync.not_bundle")


REFUSALS = ("sync.damaged", "sync.truncated", "sync.member_mismatch", "sync.unsafe_path",
            "sync.too_large", "sync.no_manifest", "sync.newer_format", "sync.bad_signature",
            "sync.unknown_sender", "sync.revoked_sender", "sync.change_reused",
            "sync.not_bundle", "sync.wrong_fingerprint")


def test_each_refusal_has_its_own_sentence_in_both_languages() -> None:
    for lang in ("es", "en"):
        sentences = {message_for(code, {}, lang) for code in REFUSALS}
        assert len(sentences) == len(REFUSALS)
        assert not any(s.startswith("sync.") for s in sentences)


def test_a_revocation_travels_like_any_edit(laptop: Laptop, stick: Path) -> None:
    a, b, c = laptop("a"), laptop("b"), laptop("c")
    add_council(c)
    send(c, a, stick, full=True)
    send(c, b, stick, full=True)
    send(a, b, stick, full=True)
    a.sync.revoke(c.device.id)  # C's laptop was stolen; the commune secretary revokes it
    send(a, b, stick)
    assert {d.id: d.trust for d in b.sync.status().devices}[c.device.id] == "revoked"
    add_council(c, "Consejo Comunal Falso")
    _refused(b, export(c, stick).path, "sync.revoked_sender")
