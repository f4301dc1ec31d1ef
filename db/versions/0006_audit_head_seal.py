"""a keyed seal on the audit head

Deleting the newest audit entries and re-pointing the head (last id, hash, count) at the entry
left last passed `audit verify`: the head itself was not keyed. The head now carries an HMAC with
the audit key over those three. The key is outside the database, so existing heads are sealed
here when this laptop has it; otherwise `audit verify` reports the head unsealed until the next
audited change writes the seal.

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("audit_head", schema=None) as batch_op:
        batch_op.add_column(sa.Column("seal", sa.String(64), nullable=False, server_default=""))
    from competition_app.services.integrity import audit_key
    from competition_app.services.integrity.audit import head_seal

    try:
        secret = audit_key.audit_key(create=False)
    except audit_key.AuditKeyError:
        return  # no key on this laptop: verify says the head is unsealed
    conn = op.get_bind()
    for row in conn.execute(sa.text("SELECT id, last_id, last_hash, count FROM audit_head")):
        conn.execute(
            sa.text("UPDATE audit_head SET seal = :seal WHERE id = :id"),
            {"seal": head_seal(secret, row.last_id, row.last_hash, row.count), "id": row.id},
        )


def downgrade() -> None:
    with op.batch_alter_table("audit_head", schema=None) as batch_op:
        batch_op.drop_column("seal")
