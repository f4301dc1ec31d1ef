"""Opening databases: schema migrations, SQLite settings, exact marks, refusing newer schemas."""

from __future__ import annotations

import sqlite3
from decimal import Decimal

import pytest
from sqlalchemy import select, text

from competition_app.storage.database import Database, SchemaTooNew
from competition_app.storage.models import Event


def test_new_database_gets_the_schema_and_sqlite_settings(db_path):
    db = Database(db_path)
    assert db.schema_revision() is not None
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
    db.dispose()


def test_reopening_keeps_data_and_does_not_migrate_again(db_path):
    db = Database(db_path)
    with db.unit_of_work() as s:
        s.add(Event(name="赛事", secret="k"))
    db.dispose()
    again = Database(db_path)
    with again.reading() as s:
        assert s.scalars(select(Event.name)).all() == ["赛事"]
    again.dispose()


def test_database_from_a_newer_app_is_refused(db_path):
    Database(db_path).dispose()
    con = sqlite3.connect(db_path)
    con.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    con.commit()
    con.close()
    with pytest.raises(SchemaTooNew, match="更新版本"):
        Database(db_path)


def test_unit_of_work_rolls_back_everything_on_error(db_path):
    db = Database(db_path)
    with pytest.raises(RuntimeError), db.unit_of_work() as s:
        s.add(Event(name="半截", secret="k"))
        s.flush()
        raise RuntimeError("boom")
    with db.reading() as s:
        assert s.scalars(select(Event)).all() == []


def test_marks_come_back_exactly(db_path):
    from competition_app.storage.models import Component, Trade

    db = Database(db_path)
    with db.unit_of_work() as s:
        ev = Event(name="e", secret="k")
        s.add(ev)
        s.flush()
        t = Trade(event_id=ev.id, code="t", name="t")
        s.add(t)
        s.flush()
        s.add(
            Component(
                trade_id=t.id, code="c", name="c", weight=Decimal("0.35"), max_score=Decimal("8.35")
            )
        )
    with db.reading() as s:
        c = s.scalars(select(Component)).one()
        assert c.max_score == Decimal("8.35") and str(c.weight) == "0.35"


def test_floats_are_refused_as_marks(db_path):
    from competition_app.storage.types import DecimalText

    with pytest.raises(TypeError):
        DecimalText().process_bind_param(0.1, None)  # type: ignore[arg-type]
