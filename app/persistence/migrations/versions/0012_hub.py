"""The hub's bookkeeping: enrolled laptops by commune, the commune of each origin, the nonces
of recent signed requests, and uploads keyed by the bundle's SHA-256. Empty on a laptop.

Revision ID: 0012_hub
Revises: 0005_sync_local
"""
from alembic import op
import sqlalchemy as sa

revision = '0012_hub'
down_revision = '0008_corrections'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('hub_enrollment',
    sa.Column('fingerprint', sa.String(length=32), nullable=False),
    sa.Column('commune', sa.String(length=64), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=True),
    sa.Column('enrolled_at', sa.DateTime(), nullable=False),
    sa.Column('revoked_at', sa.DateTime(), nullable=True),
    sa.Column('revoked_seq', sa.BigInteger(), nullable=True),
    sa.PrimaryKeyConstraint('fingerprint', name=op.f('pk_hub_enrollment'))
    )
    with op.batch_alter_table('hub_enrollment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_hub_enrollment_commune'), ['commune'], unique=False)
        batch_op.create_index(batch_op.f('ix_hub_enrollment_device_id'), ['device_id'],
                              unique=False)

    op.create_table('hub_origin',
    sa.Column('origin', sa.String(length=36), nullable=False),
    sa.Column('commune', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('origin', name=op.f('pk_hub_origin'))
    )
    with op.batch_alter_table('hub_origin', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_hub_origin_commune'), ['commune'], unique=False)

    op.create_table('hub_nonce',
    sa.Column('nonce', sa.String(length=64), nullable=False),
    sa.Column('seen_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('nonce', name=op.f('pk_hub_nonce'))
    )
    with op.batch_alter_table('hub_nonce', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_hub_nonce_seen_at'), ['seen_at'], unique=False)

    op.create_table('hub_upload',
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('size', sa.BigInteger(), nullable=False),
    sa.Column('bundle_id', sa.String(length=36), nullable=True),
    sa.Column('applied_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('sha256', name=op.f('pk_hub_upload'))
    )


def downgrade() -> None:
    op.drop_table('hub_upload')
    with op.batch_alter_table('hub_nonce', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_hub_nonce_seen_at'))
    op.drop_table('hub_nonce')
    with op.batch_alter_table('hub_origin', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_hub_origin_commune'))
    op.drop_table('hub_origin')
    with op.batch_alter_table('hub_enrollment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_hub_enrollment_device_id'))
        batch_op.drop_index(batch_op.f('ix_hub_enrollment_commune'))
    op.drop_table('hub_enrollment')
