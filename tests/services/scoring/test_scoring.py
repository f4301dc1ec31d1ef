"""Recording marks one at a time: range checks, not-entered vs zero, conflicts, locks, audit."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import text

from competition_app.domain.errors import ConflictError, LockedError, UserError
from competition_app.services.integrity.audit import audit_log, verify_chain
from competition_app.services.registration.contestants import list_contestants, set_status
from competition_app.services.results.locking import lock_trade, unlock_trade
from competition_app.services.results.results import results_for
from competition_app.services.scoring.scoring import record_mark, record_score, record_time
from competition_app.services.setup.trades import get_trade


def _ids(ctx, event_id):
    return {c.number: c.id for c in list_contestants(ctx, event_id)}


def test_mark_out_of_range_or_not_a_number_is_refused(ctx, event_id):
    who = _ids(ctx, event_id)["2001"]
    with pytest.raises(UserError, match="40"):
        record_mark(ctx, who, "e1", Decimal("41"))
    with pytest.raises(UserError, match=r"41\.005"):
        record_mark(ctx, who, "e1", Decimal("41.005"))
    with pytest.raises(UserError, match="最多 2 位小数"):
        record_mark(ctx, who, "e1", Decimal("39.125"))
    assert record_mark(ctx, who, "e1", Decimal("39.5")).value == Decimal("39.5")


def test_clearing_a_mark_means_not_entered_not_zero(ctx, event_id):
    ids = _ids(ctx, event_id)
    record_score(ctx, ids["1001"], "theory", Decimal("80"))
    record_score(ctx, ids["1001"], "practical", Decimal("90"))
    assert results_for(ctx, event_id, "fitter").rows[0].total == Decimal("87.00")
    record_score(ctx, ids["1001"], "practical", None)
    row = next(r for r in results_for(ctx, event_id, "fitter").rows if r.number == "1001")
    assert row.total is None and row.rank is None
    record_score(ctx, ids["1001"], "practical", Decimal("0"))
    row = next(r for r in results_for(ctx, event_id, "fitter").rows if r.number == "1001")
    assert row.total == Decimal("24.00")


def test_a_second_station_does_not_overwrite_silently(ctx, event_id):
    who = _ids(ctx, event_id)["2001"]
    first = record_mark(ctx, who, "e1", Decimal("30"), expected_version=0)
    record_mark(
        ctx, who, "e1", Decimal("31"), expected_version=first.version
    )  # station A saves again
    with pytest.raises(ConflictError, match="31"):
        record_mark(
            ctx, who, "e1", Decimal("35"), expected_version=first.version
        )  # station B, stale


def test_locked_trade_refuses_marks_times_and_statuses(ctx, event_id):
    ids = _ids(ctx, event_id)
    trade = get_trade(ctx, event_id, "electrician")
    lock_trade(ctx, trade.id)
    with pytest.raises(LockedError):
        record_mark(ctx, ids["2001"], "e1", Decimal("30"))
    with pytest.raises(LockedError):
        record_time(ctx, ids["2001"], Decimal(100))
    with pytest.raises(LockedError):
        set_status(ctx, ids["2001"], "absent")
    with pytest.raises(UserError, match="原因"):
        unlock_trade(ctx, trade.id, "  ")
    unlock_trade(ctx, trade.id, "申诉复核：评分项 e1 登记有误")
    record_mark(ctx, ids["2001"], "e1", Decimal("30"))
    actions = [a.action for a in audit_log(ctx, event_id)]
    assert {"trade.lock", "trade.unlock", "mark"} <= set(actions)
    unlock = next(a for a in audit_log(ctx, event_id) if a.action == "trade.unlock")
    assert unlock.user == "记分员甲" and "申诉复核" in unlock.reason


def test_audit_chain_detects_an_edit_behind_the_apps_back(ctx, event_id):
    who = _ids(ctx, event_id)["2001"]
    record_mark(ctx, who, "e1", Decimal("30"))
    record_mark(ctx, who, "e1", Decimal("32"))
    assert verify_chain(ctx) is None
    mark_entry = next(a for a in audit_log(ctx, event_id) if a.action == "mark" and a.new == "32")
    with ctx.db.engine.begin() as conn:
        conn.execute(
            text("UPDATE audit_entry SET new_value = '38' WHERE id = :i"), {"i": mark_entry.id}
        )
    assert verify_chain(ctx) == mark_entry.id


def test_a_cleared_mark_can_be_entered_again_by_the_station_that_cleared_it(ctx, event_id):
    who = _ids(ctx, event_id)["2001"]
    saved = record_mark(ctx, who, "e1", Decimal("30"), expected_version=0)
    cleared = record_mark(ctx, who, "e1", None, expected_version=saved.version)
    assert cleared.value is None
    again = record_mark(ctx, who, "e1", Decimal("31"), expected_version=cleared.version)
    assert again.value == Decimal("31")
