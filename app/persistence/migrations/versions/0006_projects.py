"""Funded projects: who funded them and with how much, their dated status history, budget
lines, money received (disbursements) and spent (expenses with supplier, invoice, line, rate
and value in the project's currency), progress reports, and the oversight unit's inspections
with their findings and answers. Receipts and progress photos are rows of `attachment`
owned by the expense or the report.

The expense becomes an editable record (a wrong amount is corrected, and two laptops that
both correct it meet as a conflict); no program before this revision wrote expenses.

Revision ID: 0006_projects
Revises: 0002_census
"""
from alembic import op
import sqlalchemy as sa

revision = '0006_projects'
down_revision = '0002_census'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('project', schema=None) as batch_op:
        batch_op.add_column(sa.Column('funded_cents', sa.BigInteger(), nullable=True))
        batch_op.add_column(sa.Column('funded_currency', sa.String(length=3), nullable=True))
        batch_op.add_column(sa.Column('consultation_id', sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column('committee', sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column('responsible', sa.Text(), nullable=True))

    op.create_table('project_status_change',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('project_id', sa.String(length=36), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('changed_on', sa.Date(), nullable=False),
    sa.Column('changed_by', sa.String(length=200), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'],
                            name=op.f('fk_project_status_change_project_id_project')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_project_status_change'))
    )
    with op.batch_alter_table('project_status_change', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_project_status_change_project_id'), ['project_id'],
                              unique=False)

    op.create_table('budget_line',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('project_id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('planned_cents', sa.BigInteger(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'],
                            name=op.f('fk_budget_line_project_id_project')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_budget_line'))
    )
    with op.batch_alter_table('budget_line', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_budget_line_project_id'), ['project_id'],
                              unique=False)

    op.create_table('disbursement',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('project_id', sa.String(length=36), nullable=False),
    sa.Column('received_on', sa.Date(), nullable=False),
    sa.Column('amount_cents', sa.BigInteger(), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('rate_e4', sa.BigInteger(), nullable=True),
    sa.Column('value_cents', sa.BigInteger(), nullable=False),
    sa.Column('source', sa.String(length=200), nullable=False),
    sa.Column('reference', sa.String(length=120), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'],
                            name=op.f('fk_disbursement_project_id_project')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_disbursement'))
    )
    with op.batch_alter_table('disbursement', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_disbursement_project_id'), ['project_id'],
                              unique=False)

    with op.batch_alter_table('expense', schema=None) as batch_op:
        batch_op.add_column(sa.Column('budget_line_id', sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column('supplier', sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column('supplier_rif', sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column('invoice', sa.String(length=60), nullable=True))
        batch_op.add_column(sa.Column('rate_e4', sa.BigInteger(), nullable=True))
        batch_op.add_column(sa.Column('value_cents', sa.BigInteger(), nullable=True))
        batch_op.add_column(sa.Column('paid_by', sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column('deleted_at', sa.DateTime(), nullable=True))
    op.create_table('progress_report',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('project_id', sa.String(length=36), nullable=False),
    sa.Column('reported_on', sa.Date(), nullable=False),
    sa.Column('percent', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'],
                            name=op.f('fk_progress_report_project_id_project')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_progress_report'))
    )
    with op.batch_alter_table('progress_report', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_progress_report_project_id'), ['project_id'],
                              unique=False)

    op.create_table('inspection',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('project_id', sa.String(length=36), nullable=False),
    sa.Column('inspected_on', sa.Date(), nullable=False),
    sa.Column('inspectors', sa.JSON(), nullable=False),
    sa.Column('checked', sa.Text(), nullable=False),
    sa.Column('observations', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'],
                            name=op.f('fk_inspection_project_id_project')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_inspection'))
    )
    with op.batch_alter_table('inspection', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_inspection_project_id'), ['project_id'],
                              unique=False)

    op.create_table('finding',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('inspection_id', sa.String(length=36), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('answer', sa.Text(), nullable=True),
    sa.Column('answered_on', sa.Date(), nullable=True),
    sa.Column('answered_by', sa.String(length=200), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['inspection_id'], ['inspection.id'],
                            name=op.f('fk_finding_inspection_id_inspection')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_finding'))
    )
    with op.batch_alter_table('finding', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_finding_inspection_id'), ['inspection_id'],
                              unique=False)

    # An expense written before (none by this program, maybe by hand) counts at face value.
    op.execute("UPDATE expense SET value_cents = amount_cents WHERE value_cents IS NULL")


def downgrade() -> None:
    with op.batch_alter_table('expense', schema=None) as batch_op:
        for column in ('deleted_at', 'paid_by', 'value_cents', 'rate_e4', 'invoice',
                       'supplier_rif', 'supplier', 'budget_line_id'):
            batch_op.drop_column(column)
    with op.batch_alter_table('finding', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_finding_inspection_id'))
    op.drop_table('finding')
    for table in ('inspection', 'progress_report', 'disbursement', 'budget_line',
                  'project_status_change'):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_index(batch_op.f(f'ix_{table}_project_id'))
        op.drop_table(table)
    with op.batch_alter_table('project', schema=None) as batch_op:
        for column in ('responsible', 'committee', 'consultation_id', 'funded_currency',
                       'funded_cents'):
            batch_op.drop_column(column)
