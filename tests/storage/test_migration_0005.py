"""Migration 0005: issued certificates get their trade by id, from the contestant or the name."""

from __future__ import annotations

import pytest
from alembic import command
from sqlalchemy import inspect, text

from competition_app.services.context import Context
from competition_app.services.setup.demo import build_demo_event
from competition_app.storage.database import Database, _alembic_config


def _to(db: Database, revision: str, *, down: bool) -> None:
    cfg = _alembic_config(db.url)
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        (command.downgrade if down else command.upgrade)(cfg, revision)


@pytest.mark.backends("sqlite")
def test_older_certificates_find_their_trade(database_url):
    db = Database(database_url)
    event_id = build_demo_event(Context(db))
    _to(db, "0004", down=True)
    with db.engine.begin() as conn:
        assert "trade_id" not in {
            c["name"] for c in inspect(conn).get_columns("issued_certificate")
        }
        contestant, trade = conn.execute(
            text("SELECT id, trade_id FROM contestant WHERE event_id = :e ORDER BY id LIMIT 1"),
            {"e": event_id},
        ).one()
        other = conn.execute(
            text("SELECT id, name FROM trade WHERE event_id = :e AND id != :t ORDER BY id"),
            {"e": event_id, "t": trade},
        ).first()
        assert other is not None
        for serial, cid, trade_name in (
            ("202201-0001", contestant, "旧名称"),  # the contestant knows the trade
            ("202201-0002", None, other.name),  # no contestant: the name in its event
            ("202201-0003", None, "没有这个工种"),
        ):
            conn.execute(
                text(
                    "INSERT INTO issued_certificate (event_id, contestant_id, serial, code, name,"
                    " unit, trade, award, title, revoked, issued_by, issued_at) VALUES (:e, :c,"
                    " :s, :s, '张三', '', :t, '一等奖', '', :f, '', '2022-07-20 10:00:00')"
                ),
                {"e": event_id, "c": cid, "s": serial, "t": trade_name, "f": False},
            )
    db.upgrade()
    with db.engine.connect() as conn:
        got = dict(conn.execute(text("SELECT serial, trade_id FROM issued_certificate")).all())
    assert got == {"202201-0001": trade, "202201-0002": other.id, "202201-0003": None}
    db.dispose()
