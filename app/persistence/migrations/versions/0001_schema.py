"""The whole schema of the mission: organizations, census, assemblies, problems,
projects, consultation, and the change log with its sync bookkeeping.
Revision ID: 0001_schema
Revises: 
Create Date: 2026-11-22 05:14:47.530777
"""
from alembic import op
import sqlalchemy as sa


revision = '0001_schema'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table('attachment',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('owner_entity', sa.String(length=40), nullable=False),
    sa.Column('owner_id', sa.String(length=36), nullable=False),
    sa.Column('filename', sa.String(length=200), nullable=False),
    sa.Column('media_type', sa.String(length=80), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attachment'))
    )
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attachment_owner_id'), ['owner_id'], unique=False)

    op.create_table('bundle_record',
    sa.Column('bundle_id', sa.String(length=36), nullable=False),
    sa.Column('direction', sa.String(length=8), nullable=False),
    sa.Column('peer', sa.String(length=36), nullable=True),
    sa.Column('file_name', sa.String(length=255), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('summary', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('bundle_id', 'direction', name=op.f('pk_bundle_record'))
    )
    op.create_table('change',
    sa.Column('origin', sa.String(length=36), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hlc', sa.String(length=32), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('entity_id', sa.String(length=36), nullable=False),
    sa.Column('op', sa.String(length=8), nullable=False),
    sa.Column('fields', sa.Text(), nullable=False),
    sa.Column('parents', sa.Text(), nullable=False),
    sa.Column('received_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('origin', 'seq', name=op.f('pk_change')),
    sa.UniqueConstraint('hash', name=op.f('uq_change_hash'))
    )
    with op.batch_alter_table('change', schema=None) as batch_op:
        batch_op.create_index('ix_change_entity', ['entity', 'entity_id'], unique=False)

    op.create_table('conflict',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('entity_id', sa.String(length=36), nullable=False),
    sa.Column('field', sa.String(length=60), nullable=False),
    sa.Column('candidates', sa.JSON(), nullable=False),
    sa.Column('provisional', sa.String(length=64), nullable=False),
    sa.Column('detected_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_conflict'))
    )
    with op.batch_alter_table('conflict', schema=None) as batch_op:
        batch_op.create_index('ix_conflict_record', ['entity', 'entity_id'], unique=False)

    op.create_table('device',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('public_key', sa.String(length=64), nullable=False),
    sa.Column('fingerprint', sa.String(length=32), nullable=False),
    sa.Column('trust', sa.String(length=16), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_device'))
    )
    op.create_table('device_head',
    sa.Column('origin', sa.String(length=36), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.Column('signature', sa.String(length=128), nullable=False),
    sa.PrimaryKeyConstraint('origin', name=op.f('pk_device_head'))
    )
    op.create_table('organization',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('parent_id', sa.String(length=36), nullable=True),
    sa.Column('registry_code', sa.String(length=40), nullable=True),
    sa.Column('state', sa.String(length=80), nullable=True),
    sa.Column('municipality', sa.String(length=80), nullable=True),
    sa.Column('parish', sa.String(length=80), nullable=True),
    sa.Column('address', sa.Text(), nullable=True),
    sa.Column('quorum_first_call_pct', sa.Integer(), nullable=False),
    sa.Column('quorum_second_call_pct', sa.Integer(), nullable=False),
    sa.Column('voting_age', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['parent_id'], ['organization.id'], name=op.f('fk_organization_parent_id_organization')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_organization'))
    )
    with op.batch_alter_table('organization', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_organization_parent_id'), ['parent_id'], unique=False)

    op.create_table('peer_watermark',
    sa.Column('peer', sa.String(length=36), nullable=False),
    sa.Column('origin', sa.String(length=36), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('peer', 'origin', name=op.f('pk_peer_watermark'))
    )
    op.create_table('pending_change',
    sa.Column('origin', sa.String(length=36), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('waits_for_entity', sa.String(length=40), nullable=False),
    sa.Column('waits_for_id', sa.String(length=36), nullable=False),
    sa.PrimaryKeyConstraint('origin', 'seq', name=op.f('pk_pending_change'))
    )
    with op.batch_alter_table('pending_change', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_pending_change_waits_for_id'), ['waits_for_id'], unique=False)

    op.create_table('record_head',
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('entity_id', sa.String(length=36), nullable=False),
    sa.Column('change_hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('entity', 'entity_id', 'change_hash', name=op.f('pk_record_head'))
    )
    op.create_table('setting',
    sa.Column('key', sa.String(length=60), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_setting'))
    )
    op.create_table('this_device',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('private_key', sa.LargeBinary(), nullable=False),
    sa.Column('public_key', sa.LargeBinary(), nullable=False),
    sa.Column('last_seq', sa.Integer(), nullable=False),
    sa.Column('last_hash', sa.String(length=64), nullable=False),
    sa.Column('last_hlc', sa.String(length=32), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_this_device'))
    )
    op.create_table('assembly',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('organization_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('call', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=True),
    sa.Column('scheduled_at', sa.DateTime(), nullable=False),
    sa.Column('place', sa.String(length=200), nullable=False),
    sa.Column('called_by', sa.String(length=200), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('opened_at', sa.DateTime(), nullable=True),
    sa.Column('closed_at', sa.DateTime(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['organization_id'], ['organization.id'], name=op.f('fk_assembly_organization_id_organization')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_assembly'))
    )
    with op.batch_alter_table('assembly', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_assembly_organization_id'), ['organization_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_assembly_scheduled_at'), ['scheduled_at'], unique=False)

    op.create_table('committee',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('organization_id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=160), nullable=False),
    sa.Column('area', sa.String(length=40), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['organization_id'], ['organization.id'], name=op.f('fk_committee_organization_id_organization')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_committee'))
    )
    with op.batch_alter_table('committee', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_committee_organization_id'), ['organization_id'], unique=False)

    op.create_table('consultation',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('organization_id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('vote_date', sa.Date(), nullable=False),
    sa.Column('max_candidates', sa.Integer(), nullable=False),
    sa.Column('funding_rule', sa.String(length=16), nullable=False),
    sa.Column('funded_count', sa.Integer(), nullable=False),
    sa.Column('budget_cents', sa.BigInteger(), nullable=True),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('tie_rule', sa.String(length=16), nullable=False),
    sa.Column('tie_resolution', sa.JSON(), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['organization_id'], ['organization.id'], name=op.f('fk_consultation_organization_id_organization')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_consultation'))
    )
    with op.batch_alter_table('consultation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_consultation_organization_id'), ['organization_id'], unique=False)

    op.create_table('project',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('organization_id', sa.String(length=36), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('category', sa.String(length=24), nullable=False),
    sa.Column('cost_cents', sa.BigInteger(), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('started_on', sa.Date(), nullable=True),
    sa.Column('finished_on', sa.Date(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['organization_id'], ['organization.id'], name=op.f('fk_project_organization_id_organization')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_project'))
    )
    with op.batch_alter_table('project', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_project_organization_id'), ['organization_id'], unique=False)

    op.create_table('sector',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('organization_id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['organization_id'], ['organization.id'], name=op.f('fk_sector_organization_id_organization')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sector'))
    )
    with op.batch_alter_table('sector', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sector_organization_id'), ['organization_id'], unique=False)

    op.create_table('agenda_item',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('assembly_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['assembly_id'], ['assembly.id'], name=op.f('fk_agenda_item_assembly_id_assembly')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agenda_item'))
    )
    with op.batch_alter_table('agenda_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agenda_item_assembly_id'), ['assembly_id'], unique=False)

    op.create_table('expense',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('project_id', sa.String(length=36), nullable=False),
    sa.Column('spent_on', sa.Date(), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('amount_cents', sa.BigInteger(), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('receipt', sa.String(length=120), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_expense_project_id_project')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_expense'))
    )
    with op.batch_alter_table('expense', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_expense_project_id'), ['project_id'], unique=False)

    op.create_table('minutes',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('assembly_id', sa.String(length=36), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('content_hash', sa.String(length=64), nullable=True),
    sa.Column('approved_at', sa.DateTime(), nullable=True),
    sa.Column('approved_by', sa.String(length=200), nullable=True),
    sa.Column('corrects_id', sa.String(length=36), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['assembly_id'], ['assembly.id'], name=op.f('fk_minutes_assembly_id_assembly')),
    sa.ForeignKeyConstraint(['corrects_id'], ['minutes.id'], name=op.f('fk_minutes_corrects_id_minutes')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_minutes'))
    )
    with op.batch_alter_table('minutes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_minutes_assembly_id'), ['assembly_id'], unique=False)

    op.create_table('nomination',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('consultation_id', sa.String(length=36), nullable=False),
    sa.Column('project_id', sa.String(length=36), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['consultation_id'], ['consultation.id'], name=op.f('fk_nomination_consultation_id_consultation')),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_nomination_project_id_project')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_nomination'))
    )
    with op.batch_alter_table('nomination', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_nomination_consultation_id'), ['consultation_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_nomination_project_id'), ['project_id'], unique=False)

    op.create_table('prioritization',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('assembly_id', sa.String(length=36), nullable=False),
    sa.Column('method', sa.String(length=16), nullable=False),
    sa.Column('points_per_voter', sa.Integer(), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('tie_break', sa.JSON(), nullable=True),
    sa.Column('decided_at', sa.DateTime(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['assembly_id'], ['assembly.id'], name=op.f('fk_prioritization_assembly_id_assembly')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_prioritization'))
    )
    with op.batch_alter_table('prioritization', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_prioritization_assembly_id'), ['assembly_id'], unique=False)

    op.create_table('problem',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('organization_id', sa.String(length=36), nullable=False),
    sa.Column('assembly_id', sa.String(length=36), nullable=True),
    sa.Column('sector_id', sa.String(length=36), nullable=True),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('category', sa.String(length=24), nullable=False),
    sa.Column('families_affected', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['assembly_id'], ['assembly.id'], name=op.f('fk_problem_assembly_id_assembly')),
    sa.ForeignKeyConstraint(['organization_id'], ['organization.id'], name=op.f('fk_problem_organization_id_organization')),
    sa.ForeignKeyConstraint(['sector_id'], ['sector.id'], name=op.f('fk_problem_sector_id_sector')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_problem'))
    )
    with op.batch_alter_table('problem', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_problem_assembly_id'), ['assembly_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_problem_organization_id'), ['organization_id'], unique=False)

    op.create_table('resident',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('council_id', sa.String(length=36), nullable=False),
    sa.Column('sector_id', sa.String(length=36), nullable=True),
    sa.Column('first_names', sa.String(length=120), nullable=False),
    sa.Column('last_names', sa.String(length=120), nullable=False),
    sa.Column('national_id', sa.String(length=16), nullable=True),
    sa.Column('birth_date', sa.Date(), nullable=True),
    sa.Column('sex', sa.String(length=1), nullable=True),
    sa.Column('address', sa.Text(), nullable=True),
    sa.Column('phone', sa.String(length=40), nullable=True),
    sa.Column('household', sa.String(length=60), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('search_text', sa.String(length=300), nullable=False),
    sa.Column('merged_into_id', sa.String(length=36), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['council_id'], ['organization.id'], name=op.f('fk_resident_council_id_organization')),
    sa.ForeignKeyConstraint(['merged_into_id'], ['resident.id'], name=op.f('fk_resident_merged_into_id_resident')),
    sa.ForeignKeyConstraint(['sector_id'], ['sector.id'], name=op.f('fk_resident_sector_id_sector')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_resident'))
    )
    with op.batch_alter_table('resident', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_resident_birth_date'), ['birth_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_resident_council_id'), ['council_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_resident_deleted_at'), ['deleted_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_resident_national_id'), ['national_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_resident_search_text'), ['search_text'], unique=False)
        batch_op.create_index(batch_op.f('ix_resident_sector_id'), ['sector_id'], unique=False)

    op.create_table('voting_centre',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('consultation_id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('address', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['consultation_id'], ['consultation.id'], name=op.f('fk_voting_centre_consultation_id_consultation')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_voting_centre'))
    )
    with op.batch_alter_table('voting_centre', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_voting_centre_consultation_id'), ['consultation_id'], unique=False)

    op.create_table('agreement',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('agenda_item_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('by_acclamation', sa.Boolean(), nullable=False),
    sa.Column('votes_for', sa.Integer(), nullable=False),
    sa.Column('votes_against', sa.Integer(), nullable=False),
    sa.Column('abstentions', sa.Integer(), nullable=False),
    sa.Column('present_at_vote', sa.Integer(), nullable=False),
    sa.Column('quorum_required_at_vote', sa.Integer(), nullable=False),
    sa.Column('quorum_met_at_vote', sa.Boolean(), nullable=False),
    sa.Column('voted_at', sa.DateTime(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['agenda_item_id'], ['agenda_item.id'], name=op.f('fk_agreement_agenda_item_id_agenda_item')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agreement'))
    )
    with op.batch_alter_table('agreement', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agreement_agenda_item_id'), ['agenda_item_id'], unique=False)

    op.create_table('attendance',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('assembly_id', sa.String(length=36), nullable=False),
    sa.Column('resident_id', sa.String(length=36), nullable=False),
    sa.Column('action', sa.String(length=12), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('recorded_by', sa.String(length=200), nullable=True),
    sa.ForeignKeyConstraint(['assembly_id'], ['assembly.id'], name=op.f('fk_attendance_assembly_id_assembly')),
    sa.ForeignKeyConstraint(['resident_id'], ['resident.id'], name=op.f('fk_attendance_resident_id_resident')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attendance'))
    )
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attendance_assembly_id'), ['assembly_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_attendance_resident_id'), ['resident_id'], unique=False)

    op.create_table('intervention',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('agenda_item_id', sa.String(length=36), nullable=False),
    sa.Column('resident_id', sa.String(length=36), nullable=True),
    sa.Column('speaker_name', sa.String(length=200), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('summary', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['agenda_item_id'], ['agenda_item.id'], name=op.f('fk_intervention_agenda_item_id_agenda_item')),
    sa.ForeignKeyConstraint(['resident_id'], ['resident.id'], name=op.f('fk_intervention_resident_id_resident')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_intervention'))
    )
    with op.batch_alter_table('intervention', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_intervention_agenda_item_id'), ['agenda_item_id'], unique=False)

    op.create_table('prioritization_ballot',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('prioritization_id', sa.String(length=36), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('marks', sa.JSON(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['prioritization_id'], ['prioritization.id'], name=op.f('fk_prioritization_ballot_prioritization_id_prioritization')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_prioritization_ballot'))
    )
    with op.batch_alter_table('prioritization_ballot', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_prioritization_ballot_prioritization_id'), ['prioritization_id'], unique=False)

    op.create_table('project_problem',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('project_id', sa.String(length=36), nullable=False),
    sa.Column('problem_id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['problem_id'], ['problem.id'], name=op.f('fk_project_problem_problem_id_problem')),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_project_problem_project_id_project')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_project_problem'))
    )
    with op.batch_alter_table('project_problem', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_project_problem_problem_id'), ['problem_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_project_problem_project_id'), ['project_id'], unique=False)

    op.create_table('spokesperson',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('committee_id', sa.String(length=36), nullable=False),
    sa.Column('resident_id', sa.String(length=36), nullable=False),
    sa.Column('role', sa.String(length=80), nullable=True),
    sa.Column('term_start', sa.Date(), nullable=False),
    sa.Column('term_end', sa.Date(), nullable=True),
    sa.Column('elected_in_assembly_id', sa.String(length=36), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['committee_id'], ['committee.id'], name=op.f('fk_spokesperson_committee_id_committee')),
    sa.ForeignKeyConstraint(['elected_in_assembly_id'], ['assembly.id'], name=op.f('fk_spokesperson_elected_in_assembly_id_assembly')),
    sa.ForeignKeyConstraint(['resident_id'], ['resident.id'], name=op.f('fk_spokesperson_resident_id_resident')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_spokesperson'))
    )
    with op.batch_alter_table('spokesperson', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_spokesperson_committee_id'), ['committee_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_spokesperson_resident_id'), ['resident_id'], unique=False)

    op.create_table('voting_table',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('centre_id', sa.String(length=36), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('assignment', sa.JSON(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['centre_id'], ['voting_centre.id'], name=op.f('fk_voting_table_centre_id_voting_centre')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_voting_table'))
    )
    with op.batch_alter_table('voting_table', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_voting_table_centre_id'), ['centre_id'], unique=False)

    op.create_table('ballot_batch',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('table_id', sa.String(length=36), nullable=False),
    sa.Column('style', sa.String(length=8), nullable=False),
    sa.Column('first_serial', sa.Integer(), nullable=False),
    sa.Column('last_serial', sa.Integer(), nullable=False),
    sa.Column('reprint_of_id', sa.String(length=36), nullable=True),
    sa.Column('is_reprint', sa.Boolean(), nullable=False),
    sa.Column('printed_at', sa.DateTime(), nullable=False),
    sa.Column('printed_by', sa.String(length=200), nullable=True),
    sa.ForeignKeyConstraint(['reprint_of_id'], ['ballot_batch.id'], name=op.f('fk_ballot_batch_reprint_of_id_ballot_batch')),
    sa.ForeignKeyConstraint(['table_id'], ['voting_table.id'], name=op.f('fk_ballot_batch_table_id_voting_table')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ballot_batch'))
    )
    with op.batch_alter_table('ballot_batch', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_ballot_batch_table_id'), ['table_id'], unique=False)

    op.create_table('table_member',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('table_id', sa.String(length=36), nullable=False),
    sa.Column('resident_id', sa.String(length=36), nullable=True),
    sa.Column('full_name', sa.String(length=200), nullable=False),
    sa.Column('national_id', sa.String(length=16), nullable=True),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['resident_id'], ['resident.id'], name=op.f('fk_table_member_resident_id_resident')),
    sa.ForeignKeyConstraint(['table_id'], ['voting_table.id'], name=op.f('fk_table_member_table_id_voting_table')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_table_member'))
    )
    with op.batch_alter_table('table_member', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_table_member_table_id'), ['table_id'], unique=False)

    op.create_table('tally_entry',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('table_id', sa.String(length=36), nullable=False),
    sa.Column('votes', sa.JSON(), nullable=False),
    sa.Column('null_votes', sa.Integer(), nullable=False),
    sa.Column('blank_votes', sa.Integer(), nullable=False),
    sa.Column('ballots_in_box', sa.Integer(), nullable=False),
    sa.Column('signatures', sa.Integer(), nullable=False),
    sa.Column('ballots_received', sa.Integer(), nullable=True),
    sa.Column('spoiled', sa.Integer(), nullable=False),
    sa.Column('unused', sa.Integer(), nullable=False),
    sa.Column('observation', sa.Text(), nullable=True),
    sa.Column('entered_by', sa.String(length=200), nullable=False),
    sa.Column('entered_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['table_id'], ['voting_table.id'], name=op.f('fk_tally_entry_table_id_voting_table')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tally_entry'))
    )
    with op.batch_alter_table('tally_entry', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_tally_entry_table_id'), ['table_id'], unique=False)

    op.create_table('voter_assignment',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('consultation_id', sa.String(length=36), nullable=False),
    sa.Column('table_id', sa.String(length=36), nullable=False),
    sa.Column('resident_id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['consultation_id'], ['consultation.id'], name=op.f('fk_voter_assignment_consultation_id_consultation')),
    sa.ForeignKeyConstraint(['resident_id'], ['resident.id'], name=op.f('fk_voter_assignment_resident_id_resident')),
    sa.ForeignKeyConstraint(['table_id'], ['voting_table.id'], name=op.f('fk_voter_assignment_table_id_voting_table')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_voter_assignment'))
    )
    with op.batch_alter_table('voter_assignment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_voter_assignment_consultation_id'), ['consultation_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_voter_assignment_resident_id'), ['resident_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_voter_assignment_table_id'), ['table_id'], unique=False)

    op.create_table('tally_acceptance',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('table_id', sa.String(length=36), nullable=False),
    sa.Column('entry_id', sa.String(length=36), nullable=False),
    sa.Column('observation', sa.Text(), nullable=True),
    sa.Column('accepted_by', sa.String(length=200), nullable=True),
    sa.Column('accepted_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['entry_id'], ['tally_entry.id'], name=op.f('fk_tally_acceptance_entry_id_tally_entry')),
    sa.ForeignKeyConstraint(['table_id'], ['voting_table.id'], name=op.f('fk_tally_acceptance_table_id_voting_table')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tally_acceptance'))
    )
    with op.batch_alter_table('tally_acceptance', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_tally_acceptance_table_id'), ['table_id'], unique=False)




def downgrade() -> None:

    with op.batch_alter_table('tally_acceptance', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_tally_acceptance_table_id'))

    op.drop_table('tally_acceptance')
    with op.batch_alter_table('voter_assignment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_voter_assignment_table_id'))
        batch_op.drop_index(batch_op.f('ix_voter_assignment_resident_id'))
        batch_op.drop_index(batch_op.f('ix_voter_assignment_consultation_id'))

    op.drop_table('voter_assignment')
    with op.batch_alter_table('tally_entry', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_tally_entry_table_id'))

    op.drop_table('tally_entry')
    with op.batch_alter_table('table_member', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_table_member_table_id'))

    op.drop_table('table_member')
    with op.batch_alter_table('ballot_batch', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_ballot_batch_table_id'))

    op.drop_table('ballot_batch')
    with op.batch_alter_table('voting_table', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_voting_table_centre_id'))

    op.drop_table('voting_table')
    with op.batch_alter_table('spokesperson', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_spokesperson_resident_id'))
        batch_op.drop_index(batch_op.f('ix_spokesperson_committee_id'))

    op.drop_table('spokesperson')
    with op.batch_alter_table('project_problem', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_project_problem_project_id'))
        batch_op.drop_index(batch_op.f('ix_project_problem_problem_id'))

    op.drop_table('project_problem')
    with op.batch_alter_table('prioritization_ballot', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_prioritization_ballot_prioritization_id'))

    op.drop_table('prioritization_ballot')
    with op.batch_alter_table('intervention', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_intervention_agenda_item_id'))

    op.drop_table('intervention')
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attendance_resident_id'))
        batch_op.drop_index(batch_op.f('ix_attendance_assembly_id'))

    op.drop_table('attendance')
    with op.batch_alter_table('agreement', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agreement_agenda_item_id'))

    op.drop_table('agreement')
    with op.batch_alter_table('voting_centre', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_voting_centre_consultation_id'))

    op.drop_table('voting_centre')
    with op.batch_alter_table('resident', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_resident_sector_id'))
        batch_op.drop_index(batch_op.f('ix_resident_search_text'))
        batch_op.drop_index(batch_op.f('ix_resident_national_id'))
        batch_op.drop_index(batch_op.f('ix_resident_deleted_at'))
        batch_op.drop_index(batch_op.f('ix_resident_council_id'))
        batch_op.drop_index(batch_op.f('ix_resident_birth_date'))

    op.drop_table('resident')
    with op.batch_alter_table('problem', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_problem_organization_id'))
        batch_op.drop_index(batch_op.f('ix_problem_assembly_id'))

    op.drop_table('problem')
    with op.batch_alter_table('prioritization', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_prioritization_assembly_id'))

    op.drop_table('prioritization')
    with op.batch_alter_table('nomination', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_nomination_project_id'))
        batch_op.drop_index(batch_op.f('ix_nomination_consultation_id'))

    op.drop_table('nomination')
    with op.batch_alter_table('minutes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_minutes_assembly_id'))

    op.drop_table('minutes')
    with op.batch_alter_table('expense', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_expense_project_id'))

    op.drop_table('expense')
    with op.batch_alter_table('agenda_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agenda_item_assembly_id'))

    op.drop_table('agenda_item')
    with op.batch_alter_table('sector', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sector_organization_id'))

    op.drop_table('sector')
    with op.batch_alter_table('project', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_project_organization_id'))

    op.drop_table('project')
    with op.batch_alter_table('consultation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_consultation_organization_id'))

    op.drop_table('consultation')
    with op.batch_alter_table('committee', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_committee_organization_id'))

    op.drop_table('committee')
    with op.batch_alter_table('assembly', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_assembly_scheduled_at'))
        batch_op.drop_index(batch_op.f('ix_assembly_organization_id'))

    op.drop_table('assembly')
    op.drop_table('this_device')
    op.drop_table('setting')
    op.drop_table('record_head')
    with op.batch_alter_table('pending_change', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_pending_change_waits_for_id'))

    op.drop_table('pending_change')
    op.drop_table('peer_watermark')
    with op.batch_alter_table('organization', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_organization_parent_id'))

    op.drop_table('organization')
    op.drop_table('device_head')
    op.drop_table('device')
    with op.batch_alter_table('conflict', schema=None) as batch_op:
        batch_op.drop_index('ix_conflict_record')

    op.drop_table('conflict')
    with op.batch_alter_table('change', schema=None) as batch_op:
        batch_op.drop_index('ix_change_entity')

    op.drop_table('change')
    op.drop_table('bundle_record')
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attachment_owner_id'))

    op.drop_table('attachment')

