"""Papers and the rules they must not contradict: the quorum base frozen when an assembly
opens (`assembly.quorum_base`, `assembly.census_count`), and why a ballot was reprinted
(`ballot_batch.reason`).

Assemblies whose acta is already sealed get the base the seal states (the acta's
attendance.base), so `minutes verify` keeps agreeing with the record after a census import;
other opened assemblies are frozen the next time the program counts them.

Revision ID: 0003_papers_rules
Revises: 0006_projects
"""
import json

import sqlalchemy as sa
from alembic import op

revision = '0003_papers_rules'
down_revision = '0006_projects'  # re-chained after issue 15's revision landed
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('assembly', schema=None) as batch_op:
        batch_op.add_column(sa.Column('quorum_base', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('census_count', sa.Integer(), nullable=True))
    with op.batch_alter_table('ballot_batch', schema=None) as batch_op:
        batch_op.add_column(sa.Column('reason', sa.Text(), nullable=True))
    bind = op.get_bind()
    sealed = bind.execute(sa.text(
        "SELECT assembly_id, body FROM minutes WHERE status = 'approved' "
        "AND corrects_id IS NULL AND deleted_at IS NULL")).all()
    for assembly_id, body in sealed:
        try:
            base = int(json.loads(body)["attendance"]["base"])
        except (ValueError, KeyError, TypeError):
            continue  # not an acta this program sealed: left to be counted
        bind.execute(sa.text("UPDATE assembly SET quorum_base = :base WHERE id = :id"),
                     {"base": base, "id": assembly_id})


def downgrade() -> None:
    if op.get_bind().dialect.name == 'sqlite':
        # A batch would copy the table, and `assembly` is referenced by foreign keys that
        # are enforced: SQLite (3.35+) drops a plain column in place instead.
        op.execute("ALTER TABLE ballot_batch DROP COLUMN reason")
        op.execute("ALTER TABLE assembly DROP COLUMN census_count")
        op.execute("ALTER TABLE assembly DROP COLUMN quorum_base")
        return
    with op.batch_alter_table('ballot_batch', schema=None) as batch_op:
        batch_op.drop_column('reason')
    with op.batch_alter_table('assembly', schema=None) as batch_op:
        batch_op.drop_column('census_count')
        batch_op.drop_column('quorum_base')
