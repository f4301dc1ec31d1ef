"""What a lock closes: imports, statuses, rules and options, codes and lots; and what stays open."""

from __future__ import annotations

import pytest

from competition_app.domain.errors import LockedError
from competition_app.services.contest_day.blind_codes import generate_codes
from competition_app.services.contest_day.checkin import check_in
from competition_app.services.contest_day.lots import draw_trade_lots
from competition_app.services.integrity.audit import audit_log
from competition_app.services.registration.contestants import (
    import_contestants,
    list_contestants,
    set_status,
)
from competition_app.services.results.locking import lock_trade
from competition_app.services.scoring.score_file import import_scores
from competition_app.services.setup.trade_options import set_trade_options, trade_options
from competition_app.services.setup.trades import get_trade, update_trade


@pytest.fixture
def locked(ctx, event_id):
    trade = get_trade(ctx, event_id, "fitter")
    lock_trade(ctx, trade.id)
    return trade


def test_a_locked_trade_refuses_score_and_registration_imports(ctx, event_id, locked, tmp_path):
    scores = tmp_path / "scores.csv"
    scores.write_text("number,theory,practical\n1001,80,90\n", encoding="utf-8")
    with pytest.raises(LockedError):
        import_scores(ctx, event_id, "fitter", scores)
    reg = tmp_path / "reg.csv"
    reg.write_text("参赛证号,姓名,工种,单位\n3001,赵六,钳工,江北职教\n", encoding="utf-8")
    with pytest.raises(LockedError):
        import_contestants(ctx, event_id, reg)
    assert "3001" not in {c.number for c in list_contestants(ctx, event_id)}


def test_a_locked_trade_refuses_status_rules_options_codes_lots_and_check_in(ctx, event_id, locked):
    ids = {c.number: c.id for c in list_contestants(ctx, event_id)}
    with pytest.raises(LockedError):
        set_status(ctx, ids["1001"], "disqualified")
    with pytest.raises(LockedError):
        update_trade(ctx, locked.id, name="钳工（改）")
    with pytest.raises(LockedError):
        set_trade_options(ctx, locked.id, blind=True)
    with pytest.raises(LockedError):
        generate_codes(ctx, event_id, "fitter")
    with pytest.raises(LockedError):
        draw_trade_lots(ctx, event_id, "fitter")
    with pytest.raises(LockedError):
        check_in(ctx, event_id, "1001")


def test_the_end_time_and_appeal_window_may_still_be_set(ctx, event_id, locked):
    set_trade_options(ctx, locked.id, ends_at="2022-07-20 17:00", appeal_hours="3")
    o = trade_options(ctx, locked.id)
    assert o.ends_at is not None and o.ends_at.hour == 17 and str(o.appeal_hours) == "3"
    entry = next(a for a in audit_log(ctx, event_id) if a.action == "trade.options")
    assert '"ends_at": null' in entry.old and "2022-07-20 17:00:00" in entry.new
