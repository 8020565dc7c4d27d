"""Issue 13 point 7: a `-wal` file deleted under the open database loses nothing.

Before: the work committed since the last checkpoint lived only in the deleted file; when the
program was then killed (or the laptop lost power), it was gone and `check` said all was well.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from app.container import open_services

SCRIPT = textwrap.dedent("""
    import os, sys
    from pathlib import Path
    from app.container import open_services
    from app.domain.census import NewResident
    from app.domain.enums import OrgKind
    db = Path(sys.argv[1])
    sv = open_services(db)
    org = sv.organizations.create(OrgKind.COUNCIL, "Consejo Comunal El Valle")
    for i in range(5):
        sv.residents.add(NewResident(org.id, f"Persona{i}", "Pérez", f"V-{14000000 + i}"))
    Path(f"{db}-wal").unlink()
    print(sv.backups.rescue_missing_wal() if sys.argv[2] == "watch" else "-")
    os._exit(0)  # killed: no clean close
""")


@pytest.mark.parametrize(("mode", "kept"), [("watch", 5), ("none", 0)])
def test_a_deleted_wal_is_folded_in_before_the_work_is_lost(tmp_path: Path, mode: str,
                                                            kept: int) -> None:
    db = tmp_path / "asamblea.db"
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(db), mode], cwd=root,
                          capture_output=True, text=True, check=True)
    assert done.stdout.strip() == ("True" if mode == "watch" else "-")
    sv = open_services(db)
    try:
        assert sv.residents.count() == kept  # "none" is the twin: the loss it prevents
    finally:
        sv.close()
