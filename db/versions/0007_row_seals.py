"""a keyed seal on each mark, component score and contestant

A mark, score, time, status or name edited with the sqlite3 shell went unnoticed: imports audit
one summary entry, not each value. Each row now carries an HMAC with the audit key over its
audited fields (services.integrity.row_seals), checked by `audit verify`. Existing rows are
sealed here when this laptop has the key; otherwise `audit verify` names them as not matching
until they are sealed (the key is outside the database).

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

TABLES = ("criterion_mark", "component_score", "contestant")


def upgrade() -> None:
    for name in TABLES:
        with op.batch_alter_table(name, schema=None) as batch_op:
            batch_op.add_column(sa.Column("seal", sa.String(64), nullable=False, server_default=""))
    from competition_app.services.integrity import audit_key
    from competition_app.services.integrity.row_seals import SEALED, seal_where

    try:
        secret = audit_key.audit_key(create=False)
    except audit_key.AuditKeyError:
        return
    conn = op.get_bind()
    for model in SEALED:
        seal_where(conn, model, sa.true(), secret=secret)


def downgrade() -> None:
    for name in TABLES:
        with op.batch_alter_table(name, schema=None) as batch_op:
            batch_op.drop_column("seal")
