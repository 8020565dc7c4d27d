"""Attachments as files: their bytes move out of `attachment` into `attachment_file`, kept
once by SHA-256 (two attachments of one photo share a row), and travel as bundle members
instead of base64 inside change lines. `peer_file` records which files each peer holds or
wants. A revocation now names who revoked and the last change accepted from the revoked laptop
(`device.revoked_by`, `device.revoked_seq`).

Changes already in the log keep their bytes inline (their hashes are signed); an import still
takes the bytes from such an old change (app/sync/files.py).

Revision ID: 0009_sync_files
Revises: 0005_sync_local
"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy import text

revision = '0009_sync_files'
down_revision = '0012_hub'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('attachment_file',
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.Column('received_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('sha256', name=op.f('pk_attachment_file'))
    )
    op.create_table('peer_file',
    sa.Column('peer', sa.String(length=36), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('wanted', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('peer', 'sha256', name=op.f('pk_peer_file'))
    )
    bind = op.get_bind()
    # One row per distinct file: the earliest attachment's time stands for its arrival.
    bind.execute(text(
        "INSERT INTO attachment_file (sha256, size, data, received_at) "
        "SELECT a.sha256, a.size, a.data, a.created_at FROM attachment a "
        "WHERE a.id = (SELECT b.id FROM attachment b WHERE b.sha256 = a.sha256 "
        "ORDER BY b.created_at, b.id LIMIT 1)"))
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.drop_column('data')
    with op.batch_alter_table('device', schema=None) as batch_op:
        batch_op.add_column(sa.Column('revoked_by', sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column('revoked_seq', sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('device', schema=None) as batch_op:
        batch_op.drop_column('revoked_seq')
        batch_op.drop_column('revoked_by')
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.add_column(sa.Column('data', sa.LargeBinary(), nullable=False,
                                      server_default=sa.text("''")))
    bind = op.get_bind()
    bind.execute(text(
        "UPDATE attachment SET data = (SELECT f.data FROM attachment_file f "
        "WHERE f.sha256 = attachment.sha256) "
        "WHERE sha256 IN (SELECT sha256 FROM attachment_file)"))
    op.drop_table('peer_file')
    op.drop_table('attachment_file')
