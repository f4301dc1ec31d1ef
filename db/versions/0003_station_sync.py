"""several scoring stations: an index for the change stamp each station polls

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22 05:00:00

Only indexes are added, so the same script runs on SQLite and PostgreSQL.
"""
from alembic import op


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_audit_entry_event_id_id', 'audit_entry', ['event_id', 'id'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_audit_entry_event_id_id', table_name='audit_entry')
