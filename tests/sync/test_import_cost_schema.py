"""The 0017_pending revision: what an import reads costs what it brings.

- An index of attachments by their file, so that an import asks about the files it brings
  (app/sync/files.py `lacking`) without reading every attachment held.
- The record each waiting change is a version of, filled from the log for the changes already
  waiting, so that an import takes only those its records could make available
  (app/sync/pending.py), not every waiting change held.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from alembic import command
from sqlalchemy import inspect, select, text

from app.container import open_services
from app.domain.census import NewResident
from app.domain.enums import OrgKind
from app.persistence.engine import make_engine, sqlite_url
from app.persistence.migrate import alembic_config
from app.persistence.rows import PendingChangeRow
from app.safety.backup_file import copy_database
from app.safety.keyfile import key_path_for_db
from app.services import attachments
from app.sync import files

from tests.sync.conftest import Laptop
from tests.sync.helpers import add_council, export, send

# What `lacking` asks first, on SQLite (an IN list).
BY_FILE = "SELECT DISTINCT attachment.sha256 FROM attachment WHERE attachment.sha256 IN ('x')"


def _downgrade(path: Path) -> None:
    engine = make_engine(sqlite_url(path))
    command.downgrade(alembic_config(engine), "0016_ingest")
    found = inspect(engine)
    assert "ix_attachment_sha256" not in {i["name"] for i in found.get_indexes("attachment")}
    assert "entity" not in {c["name"] for c in found.get_columns("pending_change")}
    engine.dispose()


def test_upgrade_from_0016_keeps_the_attachments_and_finds_them_by_their_file(
    db_path: Path,
) -> None:
    sv = open_services(db_path)
    org = sv.organizations.create(OrgKind.COUNCIL, "Consejo Comunal Los Recibos")
    photo = b"\xff\xd8 una foto del acta firmada"
    with sv.sessions.begin() as s:
        digest = attachments.store(sv.ctx, s, "organization", org.id, "acta.jpg", photo,
                                   "image/jpeg").sha256
    sv.close()
    _downgrade(db_path)

    upgraded = open_services(db_path)
    try:
        assert upgraded.upgrade is not None
        assert upgraded.upgrade.from_revision == "0016_ingest"
        with upgraded.engine.connect() as conn:
            plan = " ".join(r[-1] for r in conn.execute(text(f"EXPLAIN QUERY PLAN {BY_FILE}")))
        assert "ix_attachment_sha256" in plan
        with upgraded.sessions.begin() as s:
            assert files.lacking(s, [digest, "f" * 64]) == set()  # held, and unknown
            assert files.read(s, digest) == photo
    finally:
        upgraded.close()


def test_upgrade_from_0016_names_the_record_of_each_waiting_change_and_they_still_land(
    laptop: Laptop, stick: Path, tmp_path: Path
) -> None:
    a, b, c = laptop("a"), laptop("b"), laptop("c")
    council = add_council(a, "Consejo Comunal La Espera")
    send(a, b, stick, full=True)
    people = {b.residents.add(NewResident(council, "Ana", f"Pérez {i}", f"V-1400000{i}")).id
              for i in range(3)}
    early = export(b, stick, only={b.device.id}).path  # the residents, not their council
    c.sync.import_file(early, trust_fingerprint=b.device.fingerprint)
    assert {p.entity_id for p in c.sync.status().pending} == people
    assert c.db_path is not None
    path = tmp_path / "old.db"
    copy_database(c.db_path, path)  # what the write-ahead log holds too
    shutil.copyfile(key_path_for_db(c.db_path), key_path_for_db(path))
    _downgrade(path)

    upgraded = open_services(path)
    try:
        assert upgraded.upgrade is not None
        assert upgraded.upgrade.from_revision == "0016_ingest"
        with upgraded.sessions.begin() as s:
            named = set(s.execute(select(PendingChangeRow.entity, PendingChangeRow.entity_id)))
        assert named == {("resident", p) for p in people}
        send(a, upgraded, stick, full=True)  # the council: what they waited for
        assert upgraded.sync.status().pending == []
        assert {upgraded.residents.get(p).council_id for p in people} == {council}
    finally:
        upgraded.close()
