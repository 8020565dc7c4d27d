"""What an import reads costs what it brings: attachments by their file, waiting changes by
their record.

- An index of attachments by their file (`attachment.sha256`). An import asks which of the
  files it deals with an attachment held here refers to and lacks the bytes of
  (app/sync/files.py `lacking`). Without the index that reads every attachment: on a hub,
  every receipt photo of the country at every upload.
- The record a waiting change is a version of (`pending_change.entity`, `entity_id`, filled
  from the log for the rows already waiting), with an index of its id. An import takes only the waiting
  changes of the records it brings and of those waiting for them (app/sync/pending.py), not
  every waiting change of the country.

Revision ID: 0017_pending
Revises: 0016_ingest
"""
from alembic import op
import sqlalchemy as sa

revision = '0017_pending'
down_revision = "0016_ingest"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.create_index('ix_attachment_sha256', ['sha256'], unique=False)
    with op.batch_alter_table('pending_change', schema=None) as batch_op:
        batch_op.add_column(sa.Column('entity', sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column('entity_id', sa.String(length=36), nullable=True))
    for column in ('entity', 'entity_id'):
        op.execute(
            f"UPDATE pending_change SET {column} = (SELECT change.{column} FROM change "
            "WHERE change.origin = pending_change.origin AND change.seq = pending_change.seq)")
    # A waiting row whose change is not in the log (none should be) cannot be retried.
    op.execute("DELETE FROM pending_change WHERE entity IS NULL OR entity_id IS NULL")
    with op.batch_alter_table('pending_change', schema=None) as batch_op:
        batch_op.alter_column('entity', existing_type=sa.String(length=40), nullable=False)
        batch_op.alter_column('entity_id', existing_type=sa.String(length=36), nullable=False)
        batch_op.create_index('ix_pending_change_entity_id', ['entity_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('pending_change', schema=None) as batch_op:
        batch_op.drop_index('ix_pending_change_entity_id')
        batch_op.drop_column('entity_id')
        batch_op.drop_column('entity')
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.drop_index('ix_attachment_sha256')
