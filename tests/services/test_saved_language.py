"""The window learns the saved language before the database layer loads, from app/."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from app.container import Services
from app.services.saved_language import saved_language


def test_the_language_saved_in_settings_is_read_back(services: Services, db_path: Path) -> None:
    assert saved_language(db_path) is None
    services.settings.set("language", "en")
    assert saved_language(db_path) == "en"


def test_no_database_means_no_saved_language(tmp_path: Path) -> None:
    assert saved_language(tmp_path / "nada.db") is None
    (tmp_path / "roto.db").write_bytes(b"no es una base de datos")
    assert saved_language(tmp_path / "roto.db") is None


def test_reading_it_loads_no_database_layer() -> None:
    code = ("import sys; from app.services.saved_language import saved_language; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in "
            "('sqlalchemy', 'alembic') or m.startswith('app.persistence')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=Path(__file__).resolve().parents[2])
    assert out.stdout.strip() == "[]"
