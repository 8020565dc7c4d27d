"""The second call's hour: each organization says how many minutes after the first call its
second call meets, the same day (organization.second_call_after_min, 30 by default), so the
convocation prints that hour instead of a blank.

Revision ID: 0014_second_call
Revises: 0009_sync_files
"""
from alembic import op
import sqlalchemy as sa

revision = '0014_second_call'
down_revision = '0009_sync_files'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('organization', schema=None) as batch_op:
        batch_op.add_column(sa.Column('second_call_after_min', sa.Integer(), nullable=False,
                                      server_default='30'))


def downgrade() -> None:
    # A plain DROP COLUMN (SQLite 3.35 and later, PostgreSQL): batch mode would copy the
    # table, which the rows that point to an organization refuse.
    op.execute('ALTER TABLE organization DROP COLUMN second_call_after_min')
