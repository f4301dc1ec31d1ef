"""Migration 0002 (contest-day integrity): an older database keeps its audit trail verifiable."""

from __future__ import annotations

from datetime import datetime

import pytest
from alembic import command
from sqlalchemy import insert, inspect, text

from competition_app.services.context import Context
from competition_app.services.integrity import audit
from competition_app.services.integrity.audit import entry_hash, verify_audit
from competition_app.storage.database import Database, _alembic_config
from competition_app.storage.models import AuditEntry

NEW_TABLES = {
    "app_user",
    "audit_head",
    "lot_draw",
    "lot_place",
    "checkin",
    "blind_code",
    "judge_panel",
    "judge_conflict",
    "mark_entry",
    "appeal",
}


def _at_0001(url: str) -> Database:
    db = Database(url, migrate=False)
    cfg = _alembic_config(db.url)
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
    return db


@pytest.mark.backends("sqlite")
def test_an_older_trail_verifies_after_the_upgrade(database_url):
    db = _at_0001(database_url)
    prev = ""
    rows = []
    for i in (1, 2, 3):
        e = AuditEntry(
            id=i,
            at=datetime(2022, 7, 20, 9, i),
            user="老版本",
            action="mark",
            event_id=None,
            entity="x",
            entity_key=str(i),
            old_value="",
            new_value=str(i),
            reason="",
            prev_hash=prev,
        )
        e.hash = entry_hash(prev, e)
        prev = e.hash
        rows.append(
            {
                c: getattr(e, c)
                for c in (
                    "id",
                    "at",
                    "user",
                    "action",
                    "event_id",
                    "entity",
                    "entity_key",
                    "old_value",
                    "new_value",
                    "reason",
                    "prev_hash",
                    "hash",
                )
            }
        )
    with db.engine.begin() as conn:
        conn.execute(insert(AuditEntry.__table__), rows)
    db.upgrade()
    assert db.schema_revision() is not None and db.schema_revision() >= "0002"
    with db.engine.connect() as conn:
        assert set(inspect(conn).get_table_names()) >= NEW_TABLES
        head = conn.execute(text("SELECT last_id, last_hash, count FROM audit_head")).one()
    assert tuple(head) == (3, prev, 3)
    # Not keyed yet: said so, rather than passed as if nobody could have re-hashed it.
    check = verify_audit(Context(db))
    assert not check.ok and "起始记录" in check.problem
    # The next entry this version writes starts the keyed chain after the old entries.
    with db.unit_of_work() as s:
        audit.record(s, Context(db), "mark", entity="x", key="4", new="4")
    check = verify_audit(Context(db))
    assert check.ok and check.entries == 5
    actions = [a.action for a in audit.audit_log(Context(db))]
    assert actions[:2] == ["mark", audit.GENESIS]
    db.dispose()


@pytest.mark.backends("sqlite")
def test_the_migration_goes_down_again(database_url):
    db = Database(database_url)
    cfg = _alembic_config(db.url)
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0001")
    with db.engine.connect() as conn:
        assert not NEW_TABLES & set(inspect(conn).get_table_names())
    db.dispose()
