"""Who is in charge of each laptop: `operator_shift` (a synced fact) records the secretary's
name whenever the person in charge of a laptop changes, so a record's history can name who
made each change without a field in the signed change line.

Revision ID: 0015_operator
Revises: 0009_sync_files
"""
from alembic import op
import sqlalchemy as sa

revision = '0015_operator'
down_revision = "0014_second_call"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('operator_shift',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('started_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_operator_shift'))
    )
    with op.batch_alter_table('operator_shift', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_operator_shift_device_id'), ['device_id'],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table('operator_shift', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_operator_shift_device_id'))
    op.drop_table('operator_shift')
