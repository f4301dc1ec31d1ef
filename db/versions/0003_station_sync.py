"""several stations and city scale: indexes for the change stamp and for ranking

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22 05:00:00

Only indexes change, so the same script runs on SQLite and PostgreSQL:
- audit_entry (event_id, id): the change stamp every station polls (services/changes.py);
- criterion_mark (criterion_id, contestant_id, judge_id, mark) replaces (criterion_id): ranking
  reads every mark of a trade from the index alone.
"""
from alembic import op


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_audit_entry_event_id_id', 'audit_entry', ['event_id', 'id'], unique=False)
    op.drop_index('ix_mark_criterion', table_name='criterion_mark')
    op.create_index(
        'ix_mark_criterion_marks',
        'criterion_mark',
        ['criterion_id', 'contestant_id', 'judge_id', 'mark'],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index('ix_mark_criterion_marks', table_name='criterion_mark')
    op.create_index('ix_mark_criterion', 'criterion_mark', ['criterion_id'], unique=False)
    op.drop_index('ix_audit_entry_event_id_id', table_name='audit_entry')
