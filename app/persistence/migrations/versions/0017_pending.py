"""An index of attachments by their file (`attachment.sha256`).

An import asks which of the files it deals with (those its attachment records refer to, those
its bundle carries) an attachment held here refers to and lacks the bytes of
(app/sync/files.py `lacking`). Without an index that question reads every attachment: on a
hub, every receipt photo of the country at every upload.

Revision ID: 0017_pending
Revises: 0016_ingest
"""
from alembic import op

revision = '0017_pending'
down_revision = "0016_ingest"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.create_index('ix_attachment_sha256', ['sha256'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.drop_index('ix_attachment_sha256')
