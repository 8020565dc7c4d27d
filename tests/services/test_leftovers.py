"""Issue 13 point 7: what killed runs leave (staging copies, `.partial` files) is cleaned."""

from __future__ import annotations

import os
import time
from pathlib import Path

from app.container import Services, open_services


def _age(path: Path, hours: float) -> None:
    then = time.time() - hours * 3600
    os.utime(path, (then, then))


def test_stale_leftovers_are_cleaned_at_the_next_start(db_path: Path) -> None:
    staging = db_path.parent / "preparando"
    old, fresh = staging / "import-old", staging / "import-now"
    for folder in (old, fresh):
        folder.mkdir(parents=True)
        (folder / "bundle.asamblea").write_bytes(b"censo completo")
    _age(old, 3)
    partial = db_path.parent / "copias" / "asamblea-20260101-000000-manual.db.partial"
    partial.parent.mkdir()
    partial.write_bytes(b"medio respaldo")
    _age(partial, 3)
    open_services(db_path).close()
    assert not old.exists() and not partial.exists()
    assert fresh.exists()  # another window may be importing right now


def test_a_stale_partial_on_the_stick_is_removed_on_the_next_export(services: Services,
                                                                    tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    stale = stick / "vm-20260101-000000-abcdef12.asamblea.partial"
    stale.write_bytes(b"medio paquete")
    _age(stale, 3)
    services.sync.export(stick, full=True)
    assert not stale.exists()
    assert [p.suffix for p in stick.iterdir()] == [".asamblea"]


def test_the_journal_of_a_half_written_backup_goes_at_the_next_start(db_path: Path) -> None:
    """A run killed while SQLite wrote a backup leaves `NAME.db.partial-journal` too."""
    copias = db_path.parent / "copias"
    copias.mkdir()
    journal = copias / "asamblea-20260101-000000-diaria.db.partial-journal"
    journal.write_bytes(b"censo a medias")
    _age(journal, 3)
    kept = copias / "asamblea-20260101-000000-diaria.db"
    kept.write_bytes(b"un respaldo entero")
    _age(kept, 3)
    open_services(db_path).close()
    assert not journal.exists()
    assert kept.exists()  # a finished backup is not a leftover
