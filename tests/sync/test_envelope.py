"""Issue 13 point 4: bundles sealed with age to the devices this laptop trusts."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.container import Services, open_services
from app.demo.commune import DemoSummary
from app.domain.errors import DomainError
from app.persistence.rows import ResidentRow
from app.sync.envelope import is_sealed, read_envelope

from tests.sync.conftest import Laptop
from tests.sync.helpers import add_council, send


def _private_words(sv: Services) -> list[bytes]:
    """Cédulas and names of the census, as they would appear in a bundle in clear."""
    with sv.sessions.begin() as s:
        rows = s.query(ResidentRow).limit(200).all()
        words = [r.national_id for r in rows if r.national_id]
        words += [r.last_names for r in rows if len(r.last_names) > 5]
    return [w.encode("utf-8") for w in words]


def test_a_sealed_bundle_reveals_no_census_and_its_recipient_imports_it(
    tmp_path: Path, demo_db: Path, demo: DemoSummary, laptop: Laptop, stick: Path,
) -> None:
    del demo
    commune = open_services(demo_db)
    partner = laptop("socio")
    try:
        send(partner, commune, stick)  # first contact: the partner introduces itself, unsealed
        sent = commune.sync.export(stick, full=True)
        data = sent.path.read_bytes()
        assert is_sealed(sent.path)
        words = _private_words(commune)
        assert len(words) > 100
        assert [w for w in words if w in data] == []
        # The twin: the same bundle unsealed holds them.
        plain_dir = tmp_path / "plain"
        plain_dir.mkdir()
        plain = commune.sync.export(plain_dir, full=True, plain=True)
        assert not is_sealed(plain.path)
        unzipped = _unzipped(plain.path)
        assert [w for w in words if w in unzipped]
        envelope = read_envelope(sent.path)
        assert envelope.sender_fingerprint == commune.device.fingerprint
        assert {r.device_id for r in envelope.recipients} == {commune.device.id,
                                                              partner.device.id}
        summary = partner.sync.import_file(sent.path,
                                           trust_fingerprint=commune.device.fingerprint)
        assert summary.changes_new + summary.already_held == sent.changes
        assert partner.residents.count() == commune.residents.count()
    finally:
        commune.close()


def _unzipped(path: Path) -> bytes:
    import zipfile

    with zipfile.ZipFile(path) as zf:
        return b"".join(zf.read(n) for n in zf.namelist())


def test_a_device_that_is_not_a_recipient_is_told_who_can_make_it_a_bundle(
    laptop: Laptop, stick: Path,
) -> None:
    a, b, c = laptop("a"), laptop("b"), laptop("c")
    a.sync.rename("Secretaría Comuna")
    add_council(a)
    send(b, a, stick)  # a now trusts b: its bundles are sealed to a and b
    sealed = a.sync.export(stick, full=True)
    assert is_sealed(sealed.path)
    before = c.info.digest()
    with pytest.raises(DomainError) as info:
        c.sync.import_file(sealed.path, trust_fingerprint=a.device.fingerprint)
    assert info.value.code == "sync.not_recipient"
    text = str(info.value)
    assert "«Secretaría Comuna»" in text and a.device.fingerprint in text
    assert c.device.fingerprint in text
    assert c.info.digest() == before
    # As the sentence says: c's own bundle to a first, then a's next bundle reads here.
    send(c, a, stick)
    again = a.sync.export(stick, full=True)
    c.sync.import_file(again.path, trust_fingerprint=a.device.fingerprint)
    assert c.info.digest() == a.info.digest()


def test_a_sealed_bundle_altered_on_the_stick_is_refused(laptop: Laptop, stick: Path) -> None:
    a, b = laptop("a"), laptop("b")
    send(b, a, stick)
    add_council(a)
    sealed = a.sync.export(stick, full=True)
    data = bytearray(sealed.path.read_bytes())
    data[-200] ^= 0xFF
    sealed.path.write_bytes(bytes(data))
    with pytest.raises(DomainError) as info:
        b.sync.import_file(sealed.path, trust_fingerprint=a.device.fingerprint)
    assert info.value.code == "sync.damaged"


def test_nothing_is_staged_outside_the_data_folder(laptop: Laptop, stick: Path,
                                                   tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    temp = tmp_path / "systemtemp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    a, b = laptop("a"), laptop("b")
    send(b, a, stick)
    add_council(a)
    send(a, b, stick)
    assert list(temp.iterdir()) == []
    shutil.rmtree(temp)
