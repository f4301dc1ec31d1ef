"""The projector board's data: leaderboards of unlocked trades only, ceremony stages of final ones."""

from __future__ import annotations

from competition_app.services.registration.contestants import list_contestants
from competition_app.services.results.locking import lock_trade
from competition_app.services.results.scoreboard import scoreboard
from competition_app.services.setup.trades import get_trade


def test_an_unlocked_trade_has_a_nameless_leaderboard_and_no_stages(ctx, scored):
    board = scoreboard(ctx, scored)
    fitter = next(t for t in board.trades if t.code == "fitter")
    assert fitter in board.live and fitter not in board.ceremony
    (group,) = fitter.groups
    assert group.stages == ()
    assert group.leaderboard[0].entry and group.leaderboard[0].total == "89.35"
    assert all(not (line.name or line.unit or line.award) for line in group.leaderboard)
    assert fitter.expected > 0


def test_a_locked_final_trade_is_revealed_third_prize_first(ctx, scored):
    lock_trade(ctx, get_trade(ctx, scored, "fitter").id)
    board = scoreboard(ctx, scored)
    fitter = next(t for t in board.trades if t.code == "fitter")
    assert fitter.final and fitter not in board.live and fitter in board.ceremony
    (group,) = fitter.groups
    assert group.leaderboard == ()
    awards = [s.award for s in group.stages]
    assert awards == sorted(awards, key=["三等奖", "二等奖", "一等奖"].index)
    names = {c.name for c in list_contestants(ctx, scored, "fitter")}
    assert group.stages[-1].lines[0].name == "李娜" and "李娜" in names
