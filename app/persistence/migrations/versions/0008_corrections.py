"""Everyday corrections: a resident taken off the census ("dar de baja": moved away, died)
keeps the day and the reason, and a cancelled assembly keeps why it was cancelled.

A resident with `left_on` stays in the database (attendance, spokesperson terms and frozen
quorum bases still name them) but is out of the quorum base, the census counts and the voter
registers from that day on; clearing `left_on` takes them back ("reincorporar").

Revision ID: 0008_corrections
Revises: 0005_sync_local
"""
from alembic import op
import sqlalchemy as sa

revision = '0008_corrections'
down_revision = '0005_sync_local'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('resident', schema=None) as batch_op:
        batch_op.add_column(sa.Column('left_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('left_reason', sa.String(length=200), nullable=True))
    with op.batch_alter_table('assembly', schema=None) as batch_op:
        batch_op.add_column(sa.Column('cancel_reason', sa.String(length=300), nullable=True))


def downgrade() -> None:
    if op.get_bind().dialect.name == 'sqlite':
        # A batch would copy the tables, and both are referenced by enforced foreign keys:
        # SQLite (3.35+) drops a plain column in place instead.
        op.execute("ALTER TABLE assembly DROP COLUMN cancel_reason")
        op.execute("ALTER TABLE resident DROP COLUMN left_reason")
        op.execute("ALTER TABLE resident DROP COLUMN left_on")
        return
    with op.batch_alter_table('assembly', schema=None) as batch_op:
        batch_op.drop_column('cancel_reason')
    with op.batch_alter_table('resident', schema=None) as batch_op:
        batch_op.drop_column('left_reason')
        batch_op.drop_column('left_on')
