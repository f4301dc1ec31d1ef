"""Trades as the organizer sees them: listed in order with their counts, renamed, rules changed
in one step or refused whole, and the refusals a stored mark or a lock brings."""

from __future__ import annotations

from decimal import Decimal

import pytest

from competition_app.domain.errors import LockedError, UserError, ValidationError
from competition_app.domain.rules_io import rules_to_mapping
from competition_app.services.integrity.audit import audit_log
from competition_app.services.results.locking import lock_trade
from competition_app.services.scoring.score_file import import_scores
from competition_app.services.setup.trades import get_trade, list_trades, update_trade
from tests.services.conftest import EXAMPLES
from tests.services.staff import supervisor


def test_trades_are_listed_in_the_event_files_order_with_their_contestants(ctx, event_id):
    trades = list_trades(ctx, event_id)
    assert [(t.code, t.name, t.contestants) for t in trades] == [
        ("fitter", "钳工", 3),
        ("electrician", "电工", 2),
    ]
    fitter = trades[0]
    assert [c.code for c in fitter.rules.components] == ["theory", "practical"]
    assert fitter.rules.rounding.decimals == 2
    assert not fitter.locked


def test_an_unknown_trade_code_is_refused_by_name(ctx, event_id):
    with pytest.raises(UserError, match=f"赛事 {event_id} 没有工种“welder”"):
        get_trade(ctx, event_id, "welder")


def test_a_rename_is_stored_trimmed_and_audited_with_the_old_name(ctx, event_id):
    fitter = get_trade(ctx, event_id, "fitter")
    renamed = update_trade(ctx, fitter.id, name="  钳工（高级）  ")
    assert renamed.name == "钳工（高级）"
    assert get_trade(ctx, event_id, "fitter").name == "钳工（高级）"
    entry = next(a for a in audit_log(supervisor(ctx), event_id) if a.action == "trade.rules")
    assert entry.key == "fitter" and "钳工" in entry.old and "钳工（高级）" in entry.new


def test_a_blank_name_is_refused_and_the_old_name_stays(ctx, event_id):
    fitter = get_trade(ctx, event_id, "fitter")
    with pytest.raises(ValidationError):
        update_trade(ctx, fitter.id, name="   ")
    assert get_trade(ctx, event_id, "fitter").name == "钳工"


def test_changed_rules_and_groups_are_stored(ctx, event_id):
    fitter = get_trade(ctx, event_id, "fitter")
    mapping = rules_to_mapping(fitter.rules)
    mapping["decimals"] = 1
    mapping["components"][0]["weight"] = "0.4"
    mapping["components"][1]["weight"] = "0.6"
    update_trade(ctx, fitter.id, rules_mapping=mapping, groups=["职工组", "学生组"])
    again = get_trade(ctx, event_id, "fitter")
    assert again.rules.rounding.decimals == 1
    assert [c.weight for c in again.rules.components] == [Decimal("0.4"), Decimal("0.6")]
    assert again.groups == ("职工组", "学生组")


def test_invalid_rules_are_refused_whole_with_the_name_change_beside_them(ctx, event_id):
    fitter = get_trade(ctx, event_id, "fitter")
    mapping = rules_to_mapping(fitter.rules)
    mapping["components"][0]["weight"] = "0.9"  # weights now sum to 1.6
    with pytest.raises(ValidationError):
        update_trade(ctx, fitter.id, name="钳工（改）", rules_mapping=mapping)
    again = get_trade(ctx, event_id, "fitter")
    assert again.name == "钳工"
    assert again.rules == fitter.rules


def test_a_component_with_scores_cannot_be_removed(ctx, event_id):
    import_scores(ctx, event_id, "fitter", EXAMPLES / "fitter-scores.csv")
    fitter = get_trade(ctx, event_id, "fitter")
    mapping = rules_to_mapping(fitter.rules)
    mapping["components"] = [{**mapping["components"][1], "weight": "1"}]
    mapping["tie_break"] = ["total", "time", "practical"]
    with pytest.raises(UserError, match="组成部分“理论知识”已有成绩，不能删除"):
        update_trade(ctx, fitter.id, rules_mapping=mapping)
    assert [c.code for c in get_trade(ctx, event_id, "fitter").rules.components] == [
        "theory",
        "practical",
    ]


def test_a_component_without_scores_may_be_removed(ctx, event_id):
    fitter = get_trade(ctx, event_id, "fitter")
    mapping = rules_to_mapping(fitter.rules)
    mapping["components"] = [{**mapping["components"][1], "weight": "1"}]
    mapping["tie_break"] = ["total", "time", "practical"]
    update_trade(ctx, fitter.id, rules_mapping=mapping)
    assert [c.code for c in get_trade(ctx, event_id, "fitter").rules.components] == ["practical"]


def test_a_locked_trade_refuses_a_rename(ctx, event_id):
    fitter = get_trade(ctx, event_id, "fitter")
    lock_trade(ctx, fitter.id)
    with pytest.raises(LockedError, match=r"钳工.*已由裁判长锁定"):
        update_trade(ctx, fitter.id, name="钳工（改）")
    assert get_trade(ctx, event_id, "fitter").name == "钳工"


def test_a_trade_that_does_not_exist_is_refused(ctx, event_id):
    with pytest.raises(UserError, match="工种不存在"):
        update_trade(ctx, 99_999, name="无")


def test_the_presets_of_an_event_are_said_once_each_in_order(ctx, event_id):
    from competition_app.services.setup.trade_list import add_trade
    from competition_app.services.setup.trades import trade_presets

    before = sorted({t.preset for t in list_trades(ctx, event_id) if t.preset})
    assert trade_presets(ctx, event_id) == before
    add_trade(ctx, event_id, "extra1", "工种一", "cn-provincial")
    add_trade(ctx, event_id, "extra2", "工种二", "cn-provincial")
    after = trade_presets(ctx, event_id)
    assert after == sorted({*before, "cn-provincial"})
    assert after == sorted({t.preset for t in list_trades(ctx, event_id) if t.preset})
