"""The key apart: this laptop's private key moves out of the database into its own file.

The key is written beside the database (app/safety/keyfile.py), then the column is dropped
with SQLite's secure_delete on, so the freed pages are zeroed rather than left with the key in
them. The backups already in `copias/` beside the database were made with the key inside:
their copy of it is wiped too (a restored backup becomes a new incarnation of the device
anyway, see the README).

Revision ID: 0010_key_apart
Revises: 0005_sync_local
"""
import sqlite3
from pathlib import Path

import sqlalchemy as sa
from alembic import op
from sqlalchemy import text

from app.safety.keyfile import StoredKey, key_path_for_url, read_key, write_key

revision = '0010_key_apart'
down_revision = '0005_sync_local'
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    url = bind.engine.url
    path = key_path_for_url(url.render_as_string(hide_password=True), url.database)
    rows = bind.execute(text("SELECT id, private_key FROM this_device")).fetchall()
    for device_id, seed in rows:
        seed = bytes(seed or b"")
        held = read_key(path)
        if len(seed) == 32 and any(seed) and (held is None or held.device_id != device_id):
            write_key(path, StoredKey(str(device_id), seed))
    sqlite = bind.dialect.name == 'sqlite'
    if sqlite:
        bind.exec_driver_sql("PRAGMA secure_delete=ON")
        bind.execute(text("UPDATE this_device SET private_key = zeroblob(32)"))
    with op.batch_alter_table('this_device') as batch:
        batch.drop_column('private_key')
    if sqlite and url.database and url.database != ":memory:":
        _wipe_backups(Path(url.database))


def _wipe_backups(db_path: Path) -> None:
    for backup in sorted((db_path.parent / "copias").glob("*.db")):
        try:
            con = sqlite3.connect(backup)
            try:
                con.execute("PRAGMA secure_delete=ON")
                columns = [r[1] for r in con.execute("PRAGMA table_info(this_device)")]
                if "private_key" in columns:
                    con.execute("UPDATE this_device SET private_key = zeroblob(32)")
                    con.commit()
                    con.execute("VACUUM")
            finally:
                con.close()
        except sqlite3.Error:
            continue  # not a database of ours: left as it is


def downgrade() -> None:
    # The key stays in its file: an older program opening this database will not find it and
    # cannot sign, which is the safe way to fail.
    with op.batch_alter_table('this_device') as batch:
        batch.add_column(sa.Column('private_key', sa.LargeBinary(), nullable=False,
                                   server_default=sa.text("x''")))
