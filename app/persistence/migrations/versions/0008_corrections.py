"""Everyday corrections: a resident taken off the census ("dar de baja": moved away, died)
keeps the day and the reason, and a cancelled assembly keeps why it was cancelled.

A resident with `left_on` stays in the database (attendance, spokesperson terms and frozen
quorum bases still name them) but is out of the quorum base, the census counts and the voter
registers from that day on; clearing `left_on` takes them back ("reincorporar").

`register_print` records each voter register printed or saved, with a fingerprint of its
voters, so a register made stale by a re-split or a baja is named for reprinting.

Revision ID: 0008_corrections
Revises: 0005_sync_local
"""
from alembic import op
import sqlalchemy as sa

revision = '0008_corrections'
down_revision = '0011_project_links'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('resident', schema=None) as batch_op:
        batch_op.add_column(sa.Column('left_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('left_reason', sa.String(length=200), nullable=True))
    with op.batch_alter_table('assembly', schema=None) as batch_op:
        batch_op.add_column(sa.Column('cancel_reason', sa.String(length=300), nullable=True))
    op.create_table('register_print',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('table_id', sa.String(length=36), nullable=False),
    sa.Column('voters', sa.Integer(), nullable=False),
    sa.Column('voters_hash', sa.String(length=64), nullable=False),
    sa.Column('printed_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['table_id'], ['voting_table.id'],
                            name=op.f('fk_register_print_table_id_voting_table')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_register_print'))
    )
    with op.batch_alter_table('register_print', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_register_print_table_id'), ['table_id'],
                              unique=False)


def downgrade() -> None:
    op.drop_table('register_print')
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
