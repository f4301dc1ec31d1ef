"""re-check sampling: a round per trade and its items

The published rule re-checks the top 10 of each trade in full and a random sample of at least
15 % of the rest, everything when the sample's error rate passes 5 % (domain.recheck). A round
keeps the seed and settings it was drawn with; an item is one contestant's score sheet and
what the checker found.

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "recheck_round",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("trade_id", sa.Integer(), nullable=False),
        sa.Column("seed", sa.BigInteger(), nullable=False),
        sa.Column("settings", sa.JSON(), nullable=False),
        sa.Column("drawn_by", sa.String(length=80), nullable=False),
        sa.Column("drawn_at", sa.DateTime(), nullable=False),
        sa.Column("round", sa.Integer(), nullable=False),
        sa.Column("escalated", sa.Boolean(), nullable=False),
        sa.Column("escalated_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["trade_id"], ["trade.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("trade_id"),
    )
    op.create_table(
        "recheck_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.Column("contestant_id", sa.Integer(), nullable=False),
        sa.Column("part", sa.String(length=10), nullable=False),
        sa.Column("state", sa.String(length=10), nullable=False),
        sa.Column("checked_by", sa.String(length=80), nullable=False),
        sa.Column("checked_at", sa.DateTime(), nullable=True),
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.Column("corrections", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(["contestant_id"], ["contestant.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["round_id"], ["recheck_round.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("round_id", "contestant_id"),
    )


def downgrade() -> None:
    op.drop_table("recheck_item")
    op.drop_table("recheck_round")
