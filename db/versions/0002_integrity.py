"""contest-day integrity: users, audit head, lots, check-in, blind codes, panels, conflicts,
verified entry, appeals

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 04:00:00

Only new tables: nothing existing is altered, so the same script runs on SQLite and PostgreSQL.
The audit head is filled from the entries already there, so an old database verifies at once.
"""
from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('app_user',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=80), nullable=False),
    sa.Column('role', sa.String(length=40), nullable=False),
    sa.Column('password_hash', sa.String(length=128), nullable=False),
    sa.Column('password_salt', sa.String(length=64), nullable=False),
    sa.Column('password_params', sa.JSON(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('name')
    )
    audit_head = op.create_table('audit_head',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('last_id', sa.Integer(), nullable=False),
    sa.Column('last_hash', sa.String(length=64), nullable=False),
    sa.Column('count', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('lot_draw',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('trade_id', sa.Integer(), nullable=False),
    sa.Column('seed', sa.BigInteger(), nullable=False),
    sa.Column('capacities', sa.JSON(), nullable=False),
    sa.Column('numbers', sa.JSON(), nullable=False),
    sa.Column('drawn_by', sa.String(length=80), nullable=False),
    sa.Column('drawn_at', sa.DateTime(), nullable=False),
    sa.Column('round', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['trade_id'], ['trade.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('trade_id')
    )
    op.create_table('lot_place',
    sa.Column('contestant_id', sa.Integer(), nullable=False),
    sa.Column('trade_id', sa.Integer(), nullable=False),
    sa.Column('session', sa.Integer(), nullable=False),
    sa.Column('station', sa.Integer(), nullable=False),
    sa.Column('draw_order', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['contestant_id'], ['contestant.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['trade_id'], ['trade.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('contestant_id'),
    sa.UniqueConstraint('trade_id', 'session', 'station')
    )
    with op.batch_alter_table('lot_place', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_lot_place_trade_id'), ['trade_id'], unique=False)

    op.create_table('checkin',
    sa.Column('contestant_id', sa.Integer(), nullable=False),
    sa.Column('present', sa.Boolean(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('by', sa.String(length=80), nullable=False),
    sa.ForeignKeyConstraint(['contestant_id'], ['contestant.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('contestant_id')
    )
    op.create_table('blind_code',
    sa.Column('contestant_id', sa.Integer(), nullable=False),
    sa.Column('trade_id', sa.Integer(), nullable=False),
    sa.Column('checkin_code', sa.String(length=16), nullable=False),
    sa.Column('workpiece_code', sa.String(length=16), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['contestant_id'], ['contestant.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['trade_id'], ['trade.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('contestant_id'),
    sa.UniqueConstraint('trade_id', 'checkin_code'),
    sa.UniqueConstraint('trade_id', 'workpiece_code')
    )
    with op.batch_alter_table('blind_code', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_blind_code_trade_id'), ['trade_id'], unique=False)

    op.create_table('judge_panel',
    sa.Column('judge_id', sa.Integer(), nullable=False),
    sa.Column('criterion_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['criterion_id'], ['criterion.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['judge_id'], ['judge.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('judge_id', 'criterion_id')
    )
    op.create_table('judge_conflict',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('judge_id', sa.Integer(), nullable=False),
    sa.Column('contestant_id', sa.Integer(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('declared_by', sa.String(length=80), nullable=False),
    sa.Column('declared_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['contestant_id'], ['contestant.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['judge_id'], ['judge.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('judge_id', 'contestant_id')
    )
    with op.batch_alter_table('judge_conflict', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_judge_conflict_judge_id'), ['judge_id'], unique=False)

    op.create_table('mark_entry',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('contestant_id', sa.Integer(), nullable=False),
    sa.Column('criterion_id', sa.Integer(), nullable=False),
    sa.Column('judge_id', sa.Integer(), nullable=False),
    sa.Column('pass_no', sa.Integer(), nullable=False),
    sa.Column('mark', sa.String(length=32), nullable=False),
    sa.Column('entered_by', sa.String(length=80), nullable=False),
    sa.Column('entered_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['contestant_id'], ['contestant.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['criterion_id'], ['criterion.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('contestant_id', 'criterion_id', 'judge_id', 'pass_no')
    )
    with op.batch_alter_table('mark_entry', schema=None) as batch_op:
        batch_op.create_index('ix_mark_entry_criterion', ['criterion_id'], unique=False)

    op.create_table('appeal',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('trade_id', sa.Integer(), nullable=False),
    sa.Column('contestant_id', sa.Integer(), nullable=True),
    sa.Column('number', sa.String(length=40), nullable=False),
    sa.Column('received_at', sa.DateTime(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('decision_note', sa.Text(), nullable=False),
    sa.Column('decided_by', sa.String(length=80), nullable=False),
    sa.Column('decided_at', sa.DateTime(), nullable=True),
    sa.Column('recorded_by', sa.String(length=80), nullable=False),
    sa.ForeignKeyConstraint(['contestant_id'], ['contestant.id'], ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['event_id'], ['event.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['trade_id'], ['trade.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('appeal', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_appeal_event_id'), ['event_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_appeal_trade_id'), ['trade_id'], unique=False)

    # The head of the audit chain as it stands, so verification of an older database passes.
    conn = op.get_bind()
    last = conn.execute(
        sa.text("SELECT id, hash FROM audit_entry ORDER BY id DESC LIMIT 1")
    ).first()
    count = conn.execute(sa.text("SELECT COUNT(*) FROM audit_entry")).scalar_one()
    op.bulk_insert(audit_head, [{
        'id': 1,
        'last_id': int(last[0]) if last else 0,
        'last_hash': str(last[1]) if last else '',
        'count': int(count),
    }])


def downgrade() -> None:
    with op.batch_alter_table('appeal', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_appeal_trade_id'))
        batch_op.drop_index(batch_op.f('ix_appeal_event_id'))

    op.drop_table('appeal')
    with op.batch_alter_table('mark_entry', schema=None) as batch_op:
        batch_op.drop_index('ix_mark_entry_criterion')

    op.drop_table('mark_entry')
    with op.batch_alter_table('judge_conflict', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_judge_conflict_judge_id'))

    op.drop_table('judge_conflict')
    op.drop_table('judge_panel')
    with op.batch_alter_table('blind_code', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_blind_code_trade_id'))

    op.drop_table('blind_code')
    op.drop_table('checkin')
    with op.batch_alter_table('lot_place', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_lot_place_trade_id'))

    op.drop_table('lot_place')
    op.drop_table('lot_draw')
    op.drop_table('audit_head')
    op.drop_table('app_user')
