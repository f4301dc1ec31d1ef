"""Results as the results page and the notice board show them: totals from the stored marks,
ranks, awards, groups, team standings, and a blind trade kept masked until it is decrypted."""

from __future__ import annotations

from decimal import Decimal

import pytest

from competition_app.domain.errors import UserError
from competition_app.services.registration.contestants import list_contestants, set_status
from competition_app.services.results.results import (
    all_results,
    event_standings,
    results_for,
    withheld_from_standings,
)
from competition_app.services.scoring.score_file import import_scores
from competition_app.services.setup.trade_options import set_trade_options
from competition_app.services.setup.trades import get_trade


def table(result):
    return [(r.number, r.total, r.rank, r.award) for r in result.rows]


def test_weighted_totals_rank_the_fitters_and_a_missing_score_is_unranked(ctx, scored):
    fitters = results_for(ctx, scored, "fitter")
    # 92.5 × 0.3 + 88 × 0.7 = 89.35; 85 × 0.3 + 90 × 0.7 = 88.50; 张强 has no practical score
    assert [(r.number, r.total, r.rank) for r in fitters.rows] == [
        ("1002", Decimal("89.35"), 1),
        ("1001", Decimal("88.50"), 2),
        ("1003", None, None),
    ]
    assert fitters.rows[0].components == {"theory": Decimal("92.50"), "practical": Decimal("88.00")}
    assert "missing_marks" in fitters.rows[2].flags
    assert fitters.rows[0].award and not fitters.rows[1].award
    assert fitters.trade.name == "钳工" and fitters.event.name.startswith("2022年江北区")
    assert not fitters.provisional and not fitters.identities_hidden


def test_panel_marks_are_averaged_per_criterion(ctx, scored, tmp_path):
    theory = tmp_path / "theory.csv"
    theory.write_text("number,theory\n2001,80\n2002,70\n", encoding="utf-8")
    import_scores(ctx, scored, "electrician", theory)
    rows = {r.number: r for r in results_for(ctx, scored, "electrician").rows}
    # practical: (35 + 33) / 2 + (50 + 52) / 2 = 85 and (38 + 37) / 2 + (55 + 54) / 2 = 92
    assert rows["2001"].components["practical"] == Decimal("85.00")
    assert rows["2002"].components["practical"] == Decimal("92.00")
    # theory weighs 0.4: 80 × 0.4 + 85 × 0.6 = 83; 70 × 0.4 + 92 × 0.6 = 83.2
    assert (rows["2002"].rank, rows["2001"].rank) == (1, 2)
    assert rows["2001"].total is not None and rows["2002"].total is not None
    assert rows["2002"].total > rows["2001"].total


def test_a_disqualified_contestant_keeps_no_rank(ctx, scored):
    li = next(c for c in list_contestants(ctx, scored) if c.number == "1002")
    set_status(ctx, li.id, "disqualified", reason="违规")
    rows = {r.number: r for r in results_for(ctx, scored, "fitter").rows}
    assert rows["1002"].rank is None and rows["1002"].award == ""
    assert rows["1001"].rank == 1


def test_a_group_shows_only_its_own_rows(ctx, scored):
    from competition_app.services.setup.trades import get_trade, update_trade

    # ranked by group once the trade declares its groups (the form's 职工组 alone does not)
    assert {r.group for r in results_for(ctx, scored, "fitter").rows} == {""}
    update_trade(ctx, get_trade(ctx, scored, "fitter").id, groups=["职工组", "学生组"])
    assert len(results_for(ctx, scored, "fitter", "职工组").rows) == 3
    assert results_for(ctx, scored, "fitter", "学生组").rows == ()


def test_an_unknown_trade_is_refused(ctx, scored):
    with pytest.raises(UserError, match=f"赛事 {scored} 没有工种“welder”"):
        results_for(ctx, scored, "welder")
    with pytest.raises(UserError, match="没有工种“welder”"):
        event_standings(ctx, scored, "welder")


def test_all_results_gives_every_trade_in_order_as_each_alone(ctx, scored):
    every = all_results(ctx, scored)
    assert [r.trade.code for r in every] == ["fitter", "electrician"]
    assert table(every[0]) == table(results_for(ctx, scored, "fitter"))


def test_units_are_ranked_by_their_totals(ctx, scored):
    standings = event_standings(ctx, scored)
    assert [(t.rank, t.team, t.total, t.counted) for t in standings] == [
        (1, "重庆机床", Decimal("89.35"), 1),
        (2, "长安汽车", Decimal("88.50"), 1),
    ]
    assert event_standings(ctx, scored, "electrician") == []


@pytest.fixture
def blind(ctx, scored):
    set_trade_options(ctx, get_trade(ctx, scored, "fitter").id, blind=True)
    return scored


def test_a_blind_trade_shows_no_names_before_decryption(ctx, blind):
    fitters = results_for(ctx, blind, "fitter")
    assert fitters.identities_hidden
    names = {c.name for c in list_contestants(ctx, blind, "fitter")}
    assert not {r.name for r in fitters.rows} & names
    assert not {r.unit for r in fitters.rows} - {""}
    assert [r.total for r in fitters.rows][:2] == [Decimal("89.35"), Decimal("88.50")]


def test_a_blind_trade_is_left_out_of_team_standings_and_named(ctx, blind):
    assert withheld_from_standings(ctx, blind) == ["钳工"]
    assert [t.team for t in event_standings(ctx, blind)] == []
    with pytest.raises(UserError, match="工种“钳工”为盲评，解密前不计算团体成绩"):
        event_standings(ctx, blind, "fitter")
