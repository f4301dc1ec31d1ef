"""Prepared statements run through the driver: they write and read exactly what the ORM would,
fail as SQLAlchemy fails, and see what the session has not sent yet."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from decimal import Decimal

import pytest
from sqlalchemy import bindparam, event, insert, select, text
from sqlalchemy.exc import IntegrityError

from competition_app.storage.database import Database
from competition_app.storage.models import Event, Trade
from competition_app.storage.prepared import Prepared

_TRADE_SETTINGS = Prepared(
    lambda: select(Trade.settings, Trade.locked, Trade.version).where(
        Trade.id == bindparam("trade_id")
    )
)
_NEW_TRADE = Prepared(
    lambda: insert(Trade).values(
        event_id=bindparam("event_id"),
        code=bindparam("code"),
        name=bindparam("name"),
        preset="",
        position=0,
        settings=bindparam("settings", type_=Trade.settings.type),
        locked=False,
        locked_by="",
        locked_at=bindparam("locked_at", type_=Trade.locked_at.type),
        version=1,
    )
)
_TRADE_LOCKED_AT = Prepared(lambda: select(Trade.locked_at).where(Trade.code == bindparam("code")))


@pytest.fixture
def db(migrated_url: str) -> Iterator[Database]:
    database = Database(migrated_url)
    yield database
    database.dispose()


def _event(db: Database) -> int:
    with db.unit_of_work() as s:
        e = Event(name="区技能之星", secret="k")
        s.add(e)
        s.flush()
        return e.id


def test_values_pass_through_their_columns_types_both_ways(db):
    event_id = _event(db)
    at = datetime(2026, 12, 2, 9, 30, 5)
    with db.unit_of_work() as s:
        _NEW_TRADE.run(s, event_id=event_id, code="fitter", name="钳工",
                       settings={"blind": True, "cut": "8.35"}, locked_at=at)  # fmt: skip
    with db.reading() as s:
        trade = s.scalars(select(Trade).where(Trade.code == "fitter")).one()
        # written as the ORM writes: the ORM reads it back unchanged
        assert trade.settings == {"blind": True, "cut": "8.35"}
        assert trade.locked_at == at
        # and read as the ORM reads: a dict, a bool, an int
        assert _TRADE_SETTINGS.first(s, trade_id=trade.id) == (
            {"blind": True, "cut": "8.35"},
            False,
            1,
        )
        assert _TRADE_LOCKED_AT.rows(s, code="fitter") == [(at,)]
        assert _TRADE_LOCKED_AT.first(s, code="welder") is None


def test_a_refused_statement_fails_as_sqlalchemy_fails(db):
    event_id = _event(db)
    with db.unit_of_work() as s:
        _NEW_TRADE.run(s, event_id=event_id, code="fitter", name="钳工", settings={},
                       locked_at=None)  # fmt: skip
    with pytest.raises(IntegrityError), db.unit_of_work() as s:  # (event, code) is unique
        _NEW_TRADE.run(s, event_id=event_id, code="fitter", name="钳工二", settings={},
                       locked_at=None)  # fmt: skip
    with db.reading() as s:  # the unit of work rolled back whole
        assert s.scalars(select(Trade.name)).all() == ["钳工"]


def test_the_sessions_pending_changes_are_sent_first(db):
    event_id = _event(db)
    with db.unit_of_work() as s:
        s.add(Trade(event_id=event_id, code="welder", name="焊工", settings={"x": 1}))
        # not flushed yet: the driver would not see it, the prepared read does
        found = s.scalar(select(Trade.id).where(Trade.code == "welder"))
        assert _TRADE_SETTINGS.first(s, trade_id=found) == ({"x": 1}, False, 1)


def test_listeners_on_the_engine_hear_prepared_statements(db):
    heard: list[str] = []

    def listen(conn, cursor, statement, *args):
        heard.append(statement)

    event.listen(db.engine, "before_cursor_execute", listen)
    try:
        with db.reading() as s:
            assert _TRADE_LOCKED_AT.first(s, code="fitter") is None
            s.execute(text("SELECT 1"))
    finally:
        event.remove(db.engine, "before_cursor_execute", listen)
    assert any("locked_at" in sql for sql in heard) and "SELECT 1" in heard


def test_decimal_text_is_exact(db):
    # a mark such as 8.35 stays 8.35: the column's own type converts it, not a float
    from competition_app.storage.models import CriterionMark

    read = Prepared(lambda: select(bindparam("m", type_=CriterionMark.mark.type)))
    with db.reading() as s:
        row = read.first(s, m=Decimal("8.35"))
    assert row is not None
    assert isinstance(row[0], Decimal) and str(row[0]) == "8.35"


def test_a_statement_leaving_out_a_column_default_is_refused(db):
    # the driver would write NULL where SQLAlchemy computes the default: refused, named
    partial = Prepared(lambda: insert(Trade).values(event_id=bindparam("e"), code="c", name="n"))
    with db.reading() as s, pytest.raises(ValueError, match="preset"):
        partial.run(s, e=1)
