"""issued certificates keyed by trade id, not trade name

A certificate was matched to its trade by the trade's name, so after a trade was renamed a
reprint reused the old serials and `verify` answered with the old name. Existing rows take the
trade of their contestant, else the trade of that name in their event.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("issued_certificate", schema=None) as batch_op:
        batch_op.add_column(sa.Column("trade_id", sa.Integer(), nullable=True))
        batch_op.create_index("ix_issued_certificate_trade_id", ["trade_id"])
        batch_op.create_foreign_key(
            "fk_issued_certificate_trade_id_trade", "trade", ["trade_id"], ["id"],
            ondelete="SET NULL",
        )  # fmt: skip
    op.execute(
        """
        UPDATE issued_certificate SET trade_id = COALESCE(
            (SELECT c.trade_id FROM contestant c WHERE c.id = issued_certificate.contestant_id),
            (SELECT MIN(t.id) FROM trade t
              WHERE t.event_id = issued_certificate.event_id AND t.name = issued_certificate.trade)
        )
        """
    )


def downgrade() -> None:
    with op.batch_alter_table("issued_certificate", schema=None) as batch_op:
        batch_op.drop_constraint("fk_issued_certificate_trade_id_trade", type_="foreignkey")
        batch_op.drop_index("ix_issued_certificate_trade_id")
        batch_op.drop_column("trade_id")
