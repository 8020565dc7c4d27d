"""What an import reads of the attachments a hub already holds (issue 16).

Before: every import counted the files still pending with an anti-join over every attachment
held, and a bundle that carried files looked for them among every pending one: on a national
hub, every receipt photo of the country at each upload. Now an import asks about the files it
deals with only (by the index on `attachment.sha256`), and the total pending is counted where
a person sees it (`SyncService.files_pending`, the status).

Structural, not timed: the rows the import's own transaction read from the attachment tables,
from PostgreSQL's `pg_stat_xact_user_tables` just before it commits.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy import text

from app.container import Services, open_services
from app.services import attachments

from tests.sync.conftest import Laptop
from tests.sync.helpers import add_council, export, import_reading

TABLES = ("attachment", "attachment_file")
HELD = 20_000  # attachments already on the hub, half of them still waiting for their file


def _bundle(laptop: Laptop, stick: Path, name: str) -> Path:
    """A laptop's first bundle: a council and two photos of its papers, both files carried."""
    source = laptop(name)
    council = add_council(source, f"Consejo {name}")
    with source.sessions.begin() as s:
        for i in range(2):
            attachments.store(source.ctx, s, "organization", council, f"acta{i}.jpg",
                              os.urandom(2048), "image/jpeg")
    return export(source, stick).path


def _import(hub: Services, bundle: Path) -> dict[str, int]:
    summary, read = import_reading(hub, bundle, TABLES)
    assert summary.files_new == 2
    return read


def _hold_many(hub: Services, n: int) -> None:
    """`n` attachments of other communes (every other one without its file yet), as a hub
    that has served the country holds them; then PostgreSQL's statistics, as autovacuum
    keeps them."""
    with hub.engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO attachment_file (sha256, size, data, received_at) "
            "SELECT md5(g::text) || md5((-g)::text), 1, '\\x00', now() "
            "FROM generate_series(1, :n) g WHERE g % 2 = 0"), {"n": n})
        conn.execute(text(
            "INSERT INTO attachment (id, owner_entity, owner_id, filename, media_type, size, "
            "sha256, created_at) SELECT md5(g::text)::uuid::text, 'organization', "
            "md5((g + 1)::text)::uuid::text, 'recibo.jpg', 'image/jpeg', 1, "
            "md5(g::text) || md5((-g)::text), now() FROM generate_series(1, :n) g"), {"n": n})
    with hub.engine.connect() as conn:
        conn.execution_options(isolation_level="AUTOCOMMIT").execute(
            text("ANALYZE attachment; ANALYZE attachment_file"))


@pytest.mark.postgres
def test_an_import_reads_the_files_it_brings_not_every_attachment_held(
    pg_url: str, laptop: Laptop, stick: Path
) -> None:
    first, second = _bundle(laptop, stick, "norte"), _bundle(laptop, stick, "sur")
    hub = open_services(pg_url)
    try:
        alone = _import(hub, first)
        _hold_many(hub, HELD)
        among_many = _import(hub, second)
        # The figure a person sees is still the whole count, computed where it is shown.
        assert hub.sync.files_pending() == HELD // 2
        assert hub.sync.status().files_pending == HELD // 2
    finally:
        hub.close()
    for table in TABLES:
        assert among_many[table] <= alone[table] + 4, (alone, among_many)
