"""The hub's tests reuse the sync tests' laptops (a migrated SQLite database each) and the
throwaway PostgreSQL cluster of tests/conftest.py (`pg_url`)."""

from __future__ import annotations

from tests.sync.conftest import laptop, schema_template

__all__ = ["laptop", "schema_template"]
