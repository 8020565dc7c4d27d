"""The hub's tests reuse the sync tests' laptops (a migrated SQLite database each) and the
throwaway PostgreSQL cluster of tests/conftest.py (`pg_url`)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.hub.run import Hub, open_hub

from tests.sync.conftest import hub, laptop, schema_template

__all__ = ["hub", "laptop", "schema_template"]


@pytest.fixture
def hubs(pg_url: str, tmp_path: Path) -> Iterator[tuple[Hub, Hub]]:
    """Two hub processes over one database and one folder: each its own pool, its own gate
    and its own page cache, as `hub serve --processes 2` runs them."""
    one, two = open_hub(pg_url, tmp_path / "hub"), open_hub(pg_url, tmp_path / "hub")
    yield one, two
    one.close()
    two.close()
