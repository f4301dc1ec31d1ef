"""Migration 0008: a database from before re-check sampling gets its two tables and can draw."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect

from competition_app.services.context import Context
from competition_app.services.results.recheck import draw_recheck
from competition_app.services.setup.demo import build_demo_event
from competition_app.services.setup.trades import get_trade
from competition_app.storage.database import Database
from tests.storage.test_migration_0005 import _to


@pytest.mark.backends("sqlite")
def test_an_older_database_upgrades_and_draws_a_recheck(database_url):
    db = Database(database_url)
    ctx = Context(db)
    event_id = build_demo_event(ctx, per_trade=12)
    _to(db, "0007", down=True)
    with db.engine.connect() as conn:
        assert not {"recheck_round", "recheck_item"} & set(inspect(conn).get_table_names())
    db.upgrade()
    st = draw_recheck(ctx, get_trade(ctx, event_id, "electrician").id, 5)
    assert st.drawn and st.seed == 5 and st.rows
    db.dispose()
