"""The 0009_sync_files revision: attachment bytes move into `attachment_file`, once per file,
and an old change that carried its bytes inline still gives them."""

from __future__ import annotations

import base64
import os
from pathlib import Path

from alembic import command
from sqlalchemy import func, select, text

from app.container import open_services
from app.domain.canonical import sha256_hex
from app.persistence.engine import make_engine, sqlite_url
from app.persistence.migrate import alembic_config
from app.persistence.rows import AttachmentFileRow, DeviceRow
from app.services import attachments
from app.sync.files import inline_bytes


def test_upgrade_from_0005_moves_each_file_once(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    photo = os.urandom(300_000)
    services = open_services(path)
    with services.sessions.begin() as s:
        first = attachments.store(services.ctx, s, "organization", "o1", "a.jpg", photo,
                                  "image/jpeg").id
    services.close()
    engine = make_engine(sqlite_url(path))
    command.downgrade(alembic_config(engine), "0005_sync_local")
    with engine.begin() as conn:
        assert conn.execute(text("SELECT data FROM attachment")).scalar() == photo
        # A second record of the same photo, as an older program stored it: bytes inline.
        conn.execute(text(
            "INSERT INTO attachment (id, owner_entity, owner_id, filename, media_type, size, "
            "sha256, data, created_at) VALUES ('a2', 'organization', 'o2', 'b.jpg', "
            "'image/jpeg', :n, :h, :d, '2026-01-02 10:00:00')"),
            {"n": len(photo), "h": sha256_hex(photo), "d": photo})
    engine.dispose()
    upgraded = open_services(path)
    try:
        assert upgraded.upgrade is not None
        assert upgraded.upgrade.from_revision == "0005_sync_local"
        with upgraded.sessions.begin() as s:
            assert attachments.read(upgraded.ctx, s, first) == photo
            assert attachments.read(upgraded.ctx, s, "a2") == photo
            assert s.scalar(select(func.count()).select_from(AttachmentFileRow)) == 1
            me = s.get_one(DeviceRow, upgraded.device.id)
            assert me.revoked_by is None and me.revoked_seq is None
    finally:
        upgraded.close()


def test_an_old_change_gives_its_inline_bytes_only_when_they_match() -> None:
    data = b"%PDF-1.4 acta firmada"
    fields = {"sha256": sha256_hex(data), "data": base64.b64encode(data).decode("ascii")}
    assert inline_bytes(fields) == data
    assert inline_bytes({**fields, "sha256": sha256_hex(b"otra")}) is None
    assert inline_bytes({**fields, "data": "no es base64!"}) is None
    assert inline_bytes({"sha256": fields["sha256"]}) is None
