"""A trade's contest-day options through the services: clearing the end time, session start times."""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from competition_app.domain.errors import LockedError, UserError
from competition_app.services.integrity.appeals import record_appeal
from competition_app.services.integrity.audit import audit_log
from competition_app.services.results.locking import lock_trade
from competition_app.services.setup.trade_options import set_trade_options, trade_options
from competition_app.services.setup.trades import get_trade

ENDS = datetime(2022, 7, 20, 17, 0)
STARTS = (datetime(2022, 7, 20, 8, 30), datetime(2022, 7, 20, 13, 30))


def test_an_end_time_set_by_mistake_can_be_cleared_audited(ctx, event_id):
    trade = get_trade(ctx, event_id, "fitter")
    set_trade_options(ctx, trade.id, ends_at=ENDS)
    record_appeal(ctx, event_id, "fitter", "1001", "漏评", received_at=datetime(2022, 7, 20, 18))
    cleared = set_trade_options(ctx, trade.id, clear_ends_at=True)
    assert cleared.ends_at is None and trade_options(ctx, trade.id).ends_at is None
    entry = audit_log(ctx, event_id)[0]
    assert entry.action == "trade.options" and entry.key == "fitter"
    assert json.loads(entry.old)["ends_at"] == "2022-07-20 17:00:00"
    assert json.loads(entry.new)["ends_at"] is None
    # no end time, no window: an appeal now is refused, saying what to do
    with pytest.raises(UserError, match=r"未设置结束时间.*请先设置结束时间"):
        record_appeal(
            ctx, event_id, "fitter", "1002", "漏评", received_at=datetime(2022, 7, 20, 18)
        )
    set_trade_options(ctx, trade.id, ends_at="2022-07-20 17:30")
    a = record_appeal(
        ctx, event_id, "fitter", "1002", "漏评", received_at=datetime(2022, 7, 20, 18)
    )
    assert a.deadline == datetime(2022, 7, 20, 19, 30)


def test_clearing_an_end_time_not_set_changes_nothing(ctx, event_id):
    trade = get_trade(ctx, event_id, "fitter")
    before = len(audit_log(ctx, event_id))
    assert set_trade_options(ctx, trade.id, clear_ends_at=True).ends_at is None
    assert len(audit_log(ctx, event_id)) == before


def test_the_end_time_can_be_cleared_after_the_lock_but_not_set_and_cleared_at_once(ctx, event_id):
    trade = get_trade(ctx, event_id, "fitter")
    set_trade_options(ctx, trade.id, ends_at=ENDS)
    with pytest.raises(UserError, match="不能同时"):
        set_trade_options(ctx, trade.id, ends_at=ENDS, clear_ends_at=True)
    lock_trade(ctx, trade.id)
    assert set_trade_options(ctx, trade.id, clear_ends_at=True).ends_at is None


def test_session_start_times_are_kept_audited_and_cleared(ctx, event_id):
    trade = get_trade(ctx, event_id, "fitter")
    o = set_trade_options(ctx, trade.id, lot_capacities=(2, 2), session_starts=STARTS)
    assert o.session_starts == STARTS and o.lot_capacities == (2, 2)
    assert trade_options(ctx, trade.id).session_starts == STARTS
    entry = audit_log(ctx, event_id)[0]
    assert json.loads(entry.new)["session_starts"] == ["2022-07-20 08:30:00", "2022-07-20 13:30:00"]
    assert set_trade_options(ctx, trade.id, session_starts=()).session_starts == ()
    assert trade_options(ctx, trade.id).lot_capacities == (2, 2)  # the capacities stay


def test_session_start_times_are_refused_backwards_and_on_a_locked_trade(ctx, event_id):
    trade = get_trade(ctx, event_id, "fitter")
    with pytest.raises(UserError, match="早于第 1 场"):
        set_trade_options(ctx, trade.id, session_starts=STARTS[::-1])
    lock_trade(ctx, trade.id)
    with pytest.raises(LockedError):
        set_trade_options(ctx, trade.id, session_starts=STARTS)
    assert trade_options(ctx, trade.id).session_starts == ()
