"""The 0017_pending revision: an index of attachments by their file, so that an import asks
about the files it brings (app/sync/files.py `lacking`) without reading every attachment held
(on a hub, every receipt photo of the country at every upload)."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import inspect, text

from app.container import open_services
from app.domain.enums import OrgKind
from app.persistence.engine import make_engine, sqlite_url
from app.persistence.migrate import alembic_config
from app.services import attachments
from app.sync import files

# What `lacking` asks first, on SQLite (an IN list).
BY_FILE = "SELECT DISTINCT attachment.sha256 FROM attachment WHERE attachment.sha256 IN ('x')"


def test_upgrade_from_0016_keeps_the_attachments_and_finds_them_by_their_file(
    db_path: Path,
) -> None:
    sv = open_services(db_path)
    org = sv.organizations.create(OrgKind.COUNCIL, "Consejo Comunal Los Recibos")
    photo = b"\xff\xd8 una foto del acta firmada"
    with sv.sessions.begin() as s:
        kept = attachments.store(sv.ctx, s, "organization", org.id, "acta.jpg", photo,
                                 "image/jpeg")
        digest = kept.sha256
    sv.close()
    engine = make_engine(sqlite_url(db_path))
    command.downgrade(alembic_config(engine), "0016_ingest")
    assert "ix_attachment_sha256" not in {i["name"] for i in inspect(engine).get_indexes(
        "attachment")}
    engine.dispose()

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

