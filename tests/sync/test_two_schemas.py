"""Two laptops on two schemas: a migration adds a column to a synced table on one of them.

The older program refuses the newer bundle with "actualice el programa" and loses nothing;
the newer one takes the older bundles and keeps the new column; once the older laptop upgrades
the same bundle goes in and both converge, the new column's value kept.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from app.domain.errors import DomainError
from app.persistence.rows import OrganizationRow

from tests.sync.conftest import Laptop
from tests.sync.helpers import add_council, edit, send, tables_hash

ROOT = Path(__file__).resolve().parents[2]


def newer(db: Path, *steps: list[Any]) -> list[Any]:
    """Run the newer program (tests/sync/newer_program.py) on `db`, in its own process."""
    done = subprocess.run(
        [sys.executable, "-m", "tests.sync.newer_program", str(db), json.dumps(list(steps))],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
        env={**os.environ, "ASAMBLEA_LANG": "es"}, check=False)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_an_older_laptop_refuses_a_newer_bundle_then_converges_after_upgrading(
    laptop: Laptop, stick: Path, tmp_path: Path
) -> None:
    old, new = laptop("old"), laptop("new")
    council = add_council(old)
    send(old, new, stick, full=True)
    send(new, old, stick, full=True)
    edit(old, OrganizationRow, council, address="Calle Bolívar 12")  # the older program's edit
    from_old = old.sync.export(stick, peer=new.device.id).path
    new_db, old_db = Path(str(new.db_path)), Path(str(old.db_path))
    new.close()
    out = tmp_path / "out"
    out.mkdir()
    # The newer laptop upgrades, sets the new column, takes the older bundle, writes its own.
    _n, taken, from_new, shown = newer(
        new_db, ["nickname", council, "La Ceiba"], ["import", str(from_old)],
        ["export", str(out), old.device.id], ["show", council])
    assert taken == 1
    assert shown["nickname"] == "La Ceiba"  # the older change did not erase the new column
    assert shown["address"] == "Calle Bolívar 12"
    # The older program refuses it with a sentence, and nothing changes.
    before = tables_hash(old_db)
    with pytest.raises(DomainError) as refused:
        old.sync.import_file(Path(from_new))
    assert refused.value.code in ("sync.newer_schema", "sync.newer_format")
    assert "Actualice el programa" in str(refused.value)
    assert tables_hash(old_db) == before
    old.close()
    # The older laptop upgrades: the same bundle now goes in, and they converge.
    taken_back, back, shown_old, digest_old = newer(
        old_db, ["import", from_new], ["export", str(out), new.device.id], ["show", council],
        ["digest"])
    assert taken_back >= 1
    _taken, shown_new, digest_new = newer(new_db, ["import", back], ["show", council],
                                          ["digest"])
    assert shown_old["nickname"] == shown_new["nickname"] == "La Ceiba"
    assert shown_old["address"] == shown_new["address"] == "Calle Bolívar 12"
    assert shown_old == shown_new
    assert digest_old == digest_new
