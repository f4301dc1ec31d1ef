"""Lot drawing through the services: who takes part, seeds, redraws, lock, verification."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from competition_app.domain.errors import ConflictError, LockedError, PermissionDenied, UserError
from competition_app.domain.lot_drawing import LotError
from competition_app.services.contest_day.lots import draw_trade_lots, lot_result, verify_lots
from competition_app.services.integrity.audit import audit_log
from competition_app.services.registration.contestants import list_contestants, set_status
from competition_app.services.results.locking import lock_trade
from competition_app.services.setup.trade_options import set_trade_options, trade_options
from competition_app.services.setup.trades import get_trade
from tests.services.staff import fast_passwords, hire_staff  # noqa: F401


def test_a_draw_places_everybody_present_and_is_stored_with_its_seed(ctx, event_id):
    ids = {c.number: c.id for c in list_contestants(ctx, event_id)}
    set_status(ctx, ids["1003"], "disqualified")
    res = draw_trade_lots(ctx, event_id, "fitter", seed=42, capacities=(1, 1))
    assert sorted(r.number for r in res.rows) == ["1001", "1002"]  # not the disqualified one
    assert {(r.session, r.station) for r in res.rows} == {(1, 1), (2, 1)}
    again = lot_result(ctx, event_id, "fitter")
    assert again is not None and again.seed == 42 and again.rows == res.rows
    assert verify_lots(ctx, event_id, "fitter").ok


def test_default_capacities_come_from_the_trade_or_one_session(ctx, event_id):
    res = draw_trade_lots(ctx, event_id, "fitter")
    assert res.capacities == (3,) and {r.session for r in res.rows} == {1}
    assert 0 <= res.seed < 10**8
    trade = get_trade(ctx, event_id, "electrician")
    set_trade_options(ctx, trade.id, lot_capacities=(1, 1))
    assert draw_trade_lots(ctx, event_id, "electrician").capacities == (1, 1)


def test_capacities_given_for_a_draw_become_the_trades_own_audited(ctx, event_id):
    trade = get_trade(ctx, event_id, "fitter")
    draw_trade_lots(
        ctx, event_id, "fitter", seed=1
    )  # one session: nothing was chosen, nothing kept
    assert trade_options(ctx, trade.id).lot_capacities == ()
    draw_trade_lots(ctx, event_id, "fitter", seed=2, capacities=(2, 1), force=True)
    assert trade_options(ctx, trade.id).lot_capacities == (2, 1)
    actions = [a.action for a in audit_log(ctx, event_id)]
    assert actions[:2] == ["lots.redraw", "trade.options"]
    # the next draw without capacities uses them
    assert draw_trade_lots(ctx, event_id, "fitter", seed=3, force=True).capacities == (2, 1)
    assert audit_log(ctx, event_id)[0].action == "lots.redraw"  # no change kept


def test_a_refused_draw_keeps_the_trades_capacities(ctx, event_id):
    trade = get_trade(ctx, event_id, "fitter")
    set_trade_options(ctx, trade.id, lot_capacities=(2, 2))
    with pytest.raises(LotError):
        draw_trade_lots(ctx, event_id, "fitter", capacities=(1, 1))
    assert trade_options(ctx, trade.id).lot_capacities == (2, 2)


def test_too_few_places_are_refused(ctx, event_id):
    with pytest.raises(LotError, match="不够"):
        draw_trade_lots(ctx, event_id, "fitter", capacities=(1, 1))


def test_a_redraw_needs_force_and_is_audited_with_both_seeds(ctx, event_id):
    draw_trade_lots(ctx, event_id, "fitter", seed=1)
    with pytest.raises(ConflictError, match="种子 1"):
        draw_trade_lots(ctx, event_id, "fitter", seed=2)
    res = draw_trade_lots(ctx, event_id, "fitter", seed=2, force=True)
    assert res.round == 2 and res.seed == 2
    redraw = next(a for a in audit_log(ctx, event_id) if a.action == "lots.redraw")
    assert '"seed": 1' in redraw.old and '"seed": 2' in redraw.new
    assert verify_lots(ctx, event_id, "fitter").ok


def test_a_locked_trade_is_not_redrawn(ctx, event_id):
    draw_trade_lots(ctx, event_id, "fitter", seed=1)
    lock_trade(ctx, get_trade(ctx, event_id, "fitter").id)
    with pytest.raises(LockedError):
        draw_trade_lots(ctx, event_id, "fitter", seed=5, force=True)


def test_only_the_organizer_draws(ctx, event_id):
    staff = hire_staff(ctx)
    with pytest.raises(PermissionDenied, match="抽签"):
        draw_trade_lots(staff.chief, event_id, "fitter")
    draw_trade_lots(staff.organizer, event_id, "fitter")


def test_verify_reports_a_place_changed_behind_the_apps_back(ctx, event_id):
    res = draw_trade_lots(ctx, event_id, "fitter", seed=7, capacities=(2, 2))
    first, second = res.rows[0], res.rows[1]
    with ctx.db.engine.begin() as conn:  # swap two stations, as someone with a SQL shell might
        conn.execute(
            text("UPDATE lot_place SET station = 99 WHERE contestant_id = :a"),
            {"a": first.contestant_id},
        )
        conn.execute(
            text("UPDATE lot_place SET station = :s WHERE contestant_id = :b"),
            {"s": first.station, "b": second.contestant_id},
        )
        conn.execute(
            text("UPDATE lot_place SET station = :s WHERE contestant_id = :a"),
            {"s": second.station, "a": first.contestant_id},
        )
    check = verify_lots(ctx, event_id, "fitter")
    assert not check.ok
    assert any(line.startswith(first.number) for line in check.differences)
    assert any(line.startswith(second.number) for line in check.differences)


def test_verify_reports_a_seed_changed_behind_the_apps_back(ctx, event_id):
    draw_trade_lots(ctx, event_id, "fitter", seed=7)
    with ctx.db.engine.begin() as conn:
        conn.execute(text("UPDATE lot_draw SET seed = 8"))
    check = verify_lots(ctx, event_id, "fitter")
    assert not check.ok


def test_verify_before_any_draw_says_so(ctx, event_id):
    with pytest.raises(UserError, match="尚未抽签"):
        verify_lots(ctx, event_id, "fitter")
