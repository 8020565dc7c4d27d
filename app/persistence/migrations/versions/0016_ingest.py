"""An index of the residents merged into another (`resident.merged_into_id`, only where set).

Every import that brings residents settles merges (app/sync/merged_people.py), starting from
every resident merged into another. Without an index that read scans the whole census: on a
hub, the whole country's at every upload. The index holds only the merged ones (a partial
index, on SQLite and PostgreSQL alike), a short list.

Revision ID: 0016_ingest
Revises: 0015_operator
"""
from alembic import op
import sqlalchemy as sa

revision = '0016_ingest'
down_revision = "0015_operator"
branch_labels = None
depends_on = None

MERGED = sa.text("merged_into_id IS NOT NULL")


def upgrade() -> None:
    with op.batch_alter_table('resident', schema=None) as batch_op:
        batch_op.create_index('ix_resident_merged_into', ['merged_into_id'], unique=False,
                              sqlite_where=MERGED, postgresql_where=MERGED)


def downgrade() -> None:
    with op.batch_alter_table('resident', schema=None) as batch_op:
        batch_op.drop_index('ix_resident_merged_into')
