"""What a hub's download for one commune reads of the attachments it holds (issue 16).

Before: the download asked the laptop for every file missing on the hub (`wants`), found with
an anti-join over every attachment held: the country's receipt photos at every download (one
follows each upload). Now it asks the laptop only for the files it is known to hold
(app/sync/files.py `asked_of`), read by that laptop's own files.

Structural, not timed: the rows the download's transactions read from the attachment tables,
from PostgreSQL's `pg_stat_xact_user_tables` after each of their statements.
"""

from __future__ import annotations

import os
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import delete, event, text

from app.hub.run import Hub, open_hub
from app.persistence.rows import AttachmentFileRow
from app.services import attachments
from app.sync.bundle_format import MANIFEST, Manifest, parse_manifest

from tests.hub.uploads import bundle_of, enrolled, upload
from tests.sync.conftest import Laptop
from tests.sync.test_import_files_cost import HELD, _hold_many

pytestmark = pytest.mark.postgres
ROWS_READ = ("SELECT relname, seq_tup_read + coalesce(idx_tup_fetch, 0) "
             "FROM pg_stat_xact_user_tables WHERE relname IN ('attachment', 'attachment_file')")


@pytest.fixture
def hub(pg_url: str, tmp_path: Path) -> Iterator[Hub]:
    one = open_hub(pg_url, tmp_path / "hub")
    yield one
    one.close()


@contextmanager
def _reads(hub: Hub) -> Iterator[dict[str, int]]:
    """The most rows one transaction read of each attachment table, while inside."""
    most: dict[str, int] = {}

    def after(_conn: Any, cursor: Any, statement: str, *_args: Any) -> None:
        if "pg_stat_xact" in statement:
            return
        for name, n in cursor.connection.execute(ROWS_READ).fetchall():
            most[name] = max(most.get(name, 0), int(n))

    event.listen(hub.services.engine, "after_cursor_execute", after)
    try:
        yield most
    finally:
        event.remove(hub.services.engine, "after_cursor_execute", after)


def _pull_wants(hub: Hub, caller: Any) -> tuple[dict[str, int], tuple[str, ...]]:
    with _reads(hub) as most:
        ready = hub.hub.pull(caller, {})  # a laptop that holds nothing: everything in scope
    assert ready.path is not None
    with zipfile.ZipFile(ready.path) as zf:
        manifest: Manifest = parse_manifest(zf.read(MANIFEST), ready.path.name)
    return most, manifest.wants


def test_a_download_asks_for_the_laptops_files_not_every_file_missing_on_the_hub(
    hub: Hub, laptop: Laptop, tmp_path: Path
) -> None:
    a = laptop("a")
    caller = enrolled(hub, a, "fotos-a", 120, 31)
    council = next(o for o in a.organizations.list_all() if o.kind.value == "council")
    with a.sessions.begin() as s:
        photo = attachments.store(a.ctx, s, "organization", council.id, "acta.jpg",
                                  os.urandom(4096), "image/jpeg").sha256
    hub.hub.apply(caller, upload(hub, caller, bundle_of(a, tmp_path / "b1")))
    alone, wants = _pull_wants(hub, caller)
    assert wants == ()  # the hub holds the laptop's photo

    _hold_many(hub.services, HELD)  # other communes' photos, half of them not arrived
    with hub.services.sessions.begin() as s:  # the hub lost this laptop's photo
        s.execute(delete(AttachmentFileRow).where(AttachmentFileRow.sha256 == photo))
    among_many, wants = _pull_wants(hub, caller)
    for table in ("attachment", "attachment_file"):  # the commune's files, not the HELD
        assert among_many.get(table, 0) <= alone.get(table, 0) + 100, (alone, among_many)
    assert wants == (photo,)  # asked of the laptop that has it; the others' not
    with hub.services.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM attachment")).scalar() > HELD
