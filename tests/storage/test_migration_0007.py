"""Migrations 0006 and 0007: the audit head and every mark, score and contestant row get their
keyed seals, made from what is stored when this laptop has the audit key."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect, text

from competition_app.services.context import Context
from competition_app.services.integrity.audit import verify_audit
from competition_app.services.integrity.row_seals import seal_mismatches
from competition_app.services.setup.demo import build_demo_event
from competition_app.storage.database import Database
from tests.storage.test_migration_0005 import _to


@pytest.mark.backends("sqlite")
def test_an_older_database_is_sealed_on_upgrade(database_url):
    db = Database(database_url)
    ctx = Context(db)
    build_demo_event(ctx, per_trade=4)
    _to(db, "0005", down=True)
    with db.engine.connect() as conn:
        assert "seal" not in {c["name"] for c in inspect(conn).get_columns("contestant")}
        assert "seal" not in {c["name"] for c in inspect(conn).get_columns("audit_head")}
    db.upgrade()
    with db.engine.connect() as conn:
        unsealed = conn.execute(text("SELECT count(*) FROM contestant WHERE seal = ''")).scalar()
    assert unsealed == 0
    assert seal_mismatches(ctx) == []
    assert verify_audit(ctx).ok
    db.dispose()
