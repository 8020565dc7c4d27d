"""Projects linked to people and assemblies: a "rendición de cuentas" assembly names the
project it accounts for (assembly.project_id), and the committee and spokespeople who answer
for a project are records (project_person: a resident of the census with a role, the name
kept as it was that day) instead of free text.

Revision ID: 0011_project_links
Revises: 0005_sync_local
"""
from alembic import op
import sqlalchemy as sa

revision = '0011_project_links'
down_revision = '0010_key_apart'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('assembly', schema=None) as batch_op:
        batch_op.add_column(sa.Column('project_id', sa.String(length=36), nullable=True))
        batch_op.create_index(batch_op.f('ix_assembly_project_id'), ['project_id'],
                              unique=False)

    op.create_table('project_person',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('project_id', sa.String(length=36), nullable=False),
    sa.Column('resident_id', sa.String(length=36), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'],
                            name=op.f('fk_project_person_project_id_project')),
    sa.ForeignKeyConstraint(['resident_id'], ['resident.id'],
                            name=op.f('fk_project_person_resident_id_resident')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_project_person'))
    )
    with op.batch_alter_table('project_person', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_project_person_project_id'), ['project_id'],
                              unique=False)
        batch_op.create_index(batch_op.f('ix_project_person_resident_id'), ['resident_id'],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table('project_person', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_project_person_resident_id'))
        batch_op.drop_index(batch_op.f('ix_project_person_project_id'))
    op.drop_table('project_person')
    with op.batch_alter_table('assembly', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_assembly_project_id'))
    # A plain DROP COLUMN (SQLite 3.35 and later, PostgreSQL): batch mode would copy the
    # table and drop the old one, which the agenda items' foreign keys refuse.
    op.execute('ALTER TABLE assembly DROP COLUMN project_id')
