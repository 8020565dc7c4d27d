"""Issue 13 points 2 and 3: backups made, checked, rotated, copied and restored."""

from __future__ import annotations

import shutil
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from app.container import Services, open_services, restore
from app.domain.census import NewResident
from app.domain.enums import OrgKind
from app.domain.errors import DomainError
from app.safety.backup_file import backups_of
from app.safety.keyfile import read_key
from app.safety.rotation import Policy, to_keep
from app.services.backups import BackupService


class Clock:
    def __init__(self, at: datetime) -> None:
        self.at = at

    def now(self) -> datetime:
        return self.at


def damage(path: Path) -> None:
    """Corrupt a page in the middle of the file, as a failing disk would."""
    data = bytearray(path.read_bytes())
    middle = len(data) // 2 // 4096 * 4096
    data[middle + 100: middle + 600] = b"\xff" * 500
    path.write_bytes(bytes(data))


def test_rotation_over_a_simulated_year_keeps_7_daily_4_weekly_12_monthly(db_path: Path,
                                                                          ) -> None:
    clock = Clock(datetime(2026, 1, 1, 9, 0, tzinfo=UTC))
    service = BackupService(db_path, clock)
    for day in range(365):
        clock.at = datetime(2026, 1, 1, 9, 0, tzinfo=UTC) + timedelta(days=day)
        assert service.daily() is not None
        assert service.daily() is None  # at most once a day
        if day % 10 == 0:  # an import in the afternoon backs up first
            clock.at += timedelta(hours=6)
            service.create("antes-de-importar")
    kept = [made for _p, made, _r in backups_of(service.folder(), db_path.stem)]
    days = {m.date() for m in kept}
    last = date(2026, 12, 31)
    assert {last - timedelta(days=n) for n in range(7)} <= days
    weeks = {m.isocalendar()[:2] for m in kept}
    assert {(last - timedelta(weeks=n)).isocalendar()[:2] for n in range(4)} <= weeks
    assert {(2026, month) for month in range(1, 13)} == {(m.year, m.month) for m in kept}
    # Each month stands as its newest backup: the last day of the month.
    for month in range(1, 12):
        newest = max(m for m in kept if m.month == month)
        assert (newest + timedelta(days=1)).month == month + 1
    assert len(kept) <= 3 + 7 + 4 + 12


def test_the_rotation_rule_can_fail() -> None:
    """The twin: a rule keeping no dailies loses yesterday's backup."""
    start = datetime(2026, 3, 1, 9, tzinfo=UTC)
    items = [(n, start + timedelta(days=n)) for n in range(30)]
    assert 28 in to_keep(items)
    assert 25 not in to_keep(items, Policy(daily=0, weekly=1, monthly=1, recent=1))


def test_a_backup_is_checked_and_holds_no_key(demo_db: Path, tmp_path: Path) -> None:
    sv = open_services(demo_db)
    try:
        made = sv.backups.create()
        check = sv.backups.verify(made.path)
        stick = tmp_path / "usb"
        stick.mkdir()
        copied = sv.backups.copy_to(stick)
    finally:
        sv.close()
    assert check.ok and check.counts["resident"] > 0 and check.counts["change"] > 0
    assert copied.parent == stick and not list(stick.glob("*.partial"))
    stored = read_key(demo_db.with_suffix(".key"))
    assert stored is not None
    holding = [p for p in tmp_path.rglob("*") if p.is_file() and p.suffix != ".key"
               and stored.seed in p.read_bytes()]
    assert holding == []


def test_a_damaged_backup_is_refused_and_nothing_changes(demo_db: Path) -> None:
    sv = open_services(demo_db)
    made = sv.backups.create()
    damage(made.path)
    assert not sv.backups.verify(made.path).ok
    digest = sv.info.digest()
    with pytest.raises(DomainError) as info:
        restore(sv, made.path)
    assert info.value.code == "backup.damaged"
    assert "no se modificó" in str(info.value)
    assert sv.info.digest() == digest  # still open, untouched
    sv.close()


def test_restore_round_trips_and_goes_on_as_a_new_device(services: Services) -> None:
    org = services.organizations.create(OrgKind.COUNCIL, "Consejo Comunal El Valle")
    services.residents.add(NewResident(org.id, "Ana", "Pérez", "V-14555666"))
    made = services.backups.create()
    services.residents.add(NewResident(org.id, "Luis", "Mora", "V-14555667"))
    old_device = services.device.id
    restored = restore(services, made.path)
    try:
        counts = restored.info.info(with_digest=False).counts
        assert counts["resident"] == 1
        assert restored.device.id != old_device
        assert restored.incarnation is not None
        reasons = [b.reason for b in restored.backups.list()]
        assert "antes-de-restaurar" in reasons
        restored.residents.add(NewResident(org.id, "Rosa", "Díaz", "V-14555668"))
    finally:
        restored.close()


def test_a_backup_from_elsewhere_is_kept_while_it_is_restored(services: Services,
                                                              tmp_path: Path) -> None:
    made = services.backups.create()
    outside = tmp_path / "memoria" / made.path.name
    outside.parent.mkdir()
    shutil.copyfile(made.path, outside)
    restored = restore(services, outside)
    restored.close()
    assert outside.exists()


def test_a_full_disk_during_a_backup_or_an_import_loses_nothing(
    services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    import errno
    import os

    import app.safety.backup_file as backup_file

    org = services.organizations.create(OrgKind.COUNCIL, "Consejo Comunal El Valle")
    services.residents.add(NewResident(org.id, "Ana", "Pérez", "V-14555666"))
    digest = services.info.digest()
    stick = tmp_path / "stick"
    stick.mkdir()
    bundle = services.sync.export(stick, full=True, plain=True)

    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    other = open_services(tmp_path / "otra.db")
    monkeypatch.setattr(backup_file.os, "fsync", full)
    with pytest.raises(DomainError) as info:
        services.backups.create()
    assert info.value.code == "backup.no_space"
    assert "Libere espacio" in str(info.value) and "No se perdió nada" in str(info.value)
    assert list(services.backups.folder().glob("*.partial")) == []
    assert services.backups.list() == []
    try:
        with pytest.raises(DomainError) as refused:  # the backup before an import fails first
            other.sync.import_file(bundle.path, trust_fingerprint=services.device.fingerprint)
        assert refused.value.code == "backup.no_space"
        assert other.residents.count() == 0
    finally:
        other.close()
    assert services.info.digest() == digest
    monkeypatch.undo()
    services.residents.add(NewResident(org.id, "Luis", "Mora", "V-14555667"))  # still writes


def test_a_damaged_database_is_restored_from_its_last_good_backup(demo_db: Path) -> None:
    sv = open_services(demo_db)
    made = sv.backups.create()
    sv.close()
    damage(demo_db)
    broken = open_services(demo_db)
    assert broken.info.integrity_problems()
    restored = restore(broken, made.path)
    try:
        assert restored.info.integrity_problems() == []
        assert "antes-de-restaurar" in [b.reason for b in restored.backups.list()]
    finally:
        restored.close()


def test_a_census_import_backs_up_first_but_a_dry_run_does_not(services: Services,
                                                               tmp_path: Path) -> None:
    org = services.organizations.create(OrgKind.COUNCIL, "Consejo Comunal El Valle")
    sheet = tmp_path / "censo.csv"
    sheet.write_text("cedula;nombres;apellidos\nV-14555666;Ana;Pérez\n", encoding="utf-8")
    services.census_files.import_file(sheet, org.id, dry_run=True)
    assert services.backups.list() == []
    services.census_files.import_file(sheet, org.id)
    assert [b.reason for b in services.backups.list()] == ["antes-de-importar"]
