"""The chief judge's decision on a tie: recorded, shown, audited, withdrawn; refused when it
does not decide exactly one tie, without grounds, by a role that may not lock, once locked."""

from __future__ import annotations

from pathlib import Path

import pytest

from competition_app.domain.errors import LockedError, PermissionDenied, UserError
from competition_app.domain.results import FLAG_TIE_DECISION
from competition_app.io.event_file import read_event_definition
from competition_app.services.integrity.audit import audit_log
from competition_app.services.integrity.row_seals import seal_mismatches
from competition_app.services.registration.contestants import import_contestants
from competition_app.services.results.locking import lock_trade, unlock_trade
from competition_app.services.results.results import results_for
from competition_app.services.results.tie_decisions import (
    clear_tie_decision,
    decide_tie,
    tie_containing,
)
from competition_app.services.scoring.score_file import import_scores
from competition_app.services.setup.events import create_event
from competition_app.services.setup.trades import get_trade
from tests.services.staff import fast_passwords, hire_staff  # noqa: F401

EVENT = """
[event]
name = "并列裁定"
date = "2026-12-04"
organizer = "测试"

[[trades]]
code = "fitter"
name = "钳工"
preset = "cn-provincial"
components = [ { code = "theory", name = "理论知识", weight = "0.3" },
               { code = "practical", name = "操作技能", weight = "0.7" } ]
tie_break = ["total", "time"]
forbid_shared_top = 3
[trades.awards]
mode = "tiers"
tiers = [ { name = "一等奖", count = 1 }, { name = "二等奖", count = 1 } ]
"""
PEOPLE = """number,name,trade,unit,team,group,id_number,gender
101,陈𠮷,fitter,甲厂,,,,男
102,刘䶮,fitter,乙厂,,,,男
103,阿卜杜热合曼·买买提明,fitter,丙厂,,,,男
104,王伟,fitter,丁厂,,,,男
"""
# 101 and 102 tie for first on the whole chain; 103 is third, 104 fourth
SCORES = """number,theory,practical,time
101,90,90,100
102,90,90,100
103,80,80,100
104,70,70,100
"""


@pytest.fixture
def tied(ctx, tmp_path: Path) -> int:
    (tmp_path / "event.toml").write_text(EVENT, encoding="utf-8")
    (tmp_path / "people.csv").write_text(PEOPLE, encoding="utf-8")
    (tmp_path / "scores.csv").write_text(SCORES, encoding="utf-8")
    eid = create_event(ctx, read_event_definition(tmp_path / "event.toml"))
    import_contestants(ctx, eid, tmp_path / "people.csv")
    import_scores(ctx, eid, "fitter", tmp_path / "scores.csv")
    return eid


def _places(ctx, eid) -> dict[str, tuple[int | None, str, bool]]:
    rows = results_for(ctx, eid, "fitter").rows
    return {r.number: (r.rank, r.award, FLAG_TIE_DECISION in r.flags) for r in rows}


def test_a_decision_orders_the_tie_and_the_awards_follow(ctx, tied):
    assert _places(ctx, tied)["101"] == (1, "一等奖", True)
    assert _places(ctx, tied)["102"] == (1, "一等奖", True)
    tie = decide_tie(ctx, tied, "fitter", ["102", "101"], "抽签决定")
    assert tie.decided and [(c.number, c.rank) for c in tie.contestants] == [("102", 1), ("101", 2)]
    places = _places(ctx, tied)
    assert places["102"] == (1, "一等奖", False)
    assert places["101"] == (2, "二等奖", False)
    assert places["103"] == (3, "", False)
    entry = next(a for a in audit_log(ctx, tied) if a.action == "tie.decide")
    assert entry.reason == "抽签决定" and '"order": ["102", "101"]' in entry.new
    assert seal_mismatches(ctx) == []  # the contestants' rows were sealed anew


def test_a_decision_can_be_withdrawn_and_the_place_is_shared_again(ctx, tied):
    decide_tie(ctx, tied, "fitter", ["102", "101"], "抽签决定")
    tie = clear_tie_decision(ctx, tied, "fitter", "101", "抽签有误，重抽")
    assert not tie.decided and {c.number for c in tie.contestants} == {"101", "102"}
    assert _places(ctx, tied)["101"] == (1, "一等奖", True)
    entry = next(a for a in audit_log(ctx, tied) if a.action == "tie.clear")
    assert entry.reason == "抽签有误，重抽" and '"order": ["102", "101"]' in entry.old
    with pytest.raises(UserError, match="尚未裁定"):
        clear_tie_decision(ctx, tied, "fitter", "101", "再撤一次")


@pytest.mark.parametrize(
    ("order", "message"),
    [
        pytest.param(["101"], "还缺 102", id="one-missing"),
        pytest.param(["101", "102", "103"], "103 不在这一并列中", id="an-outsider"),
        pytest.param(["101", "101", "102"], "重复列出了 101", id="a-repeat"),
        pytest.param(["103"], "103 没有与他人并列", id="not-tied"),
        pytest.param(["999"], "没有参赛证号（或工件号）999", id="unknown"),
    ],
)
def test_an_order_that_is_not_exactly_one_tie_is_refused(ctx, tied, order, message):
    with pytest.raises(UserError, match=message):
        decide_tie(ctx, tied, "fitter", order, "抽签决定")
    assert _places(ctx, tied)["101"] == (1, "一等奖", True)  # nothing written
    assert not any(a.action == "tie.decide" for a in audit_log(ctx, tied))


def test_grounds_are_required(ctx, tied):
    with pytest.raises(UserError, match="必须填写依据"):
        decide_tie(ctx, tied, "fitter", ["102", "101"], "  ")


def test_a_locked_trade_refuses_a_decision_until_unlocked(ctx, tied):
    trade = get_trade(ctx, tied, "fitter")
    lock_trade(ctx, trade.id)
    with pytest.raises(LockedError):
        decide_tie(ctx, tied, "fitter", ["102", "101"], "抽签决定")
    unlock_trade(ctx, trade.id, "裁定并列")
    decide_tie(ctx, tied, "fitter", ["102", "101"], "抽签决定")
    lock_trade(ctx, trade.id)
    with pytest.raises(LockedError):
        clear_tie_decision(ctx, tied, "fitter", "101", "撤销")


def test_only_a_role_that_may_lock_decides(ctx, tied):
    staff = hire_staff(ctx)
    with pytest.raises(PermissionDenied):
        decide_tie(staff.judge, tied, "fitter", ["102", "101"], "抽签决定")
    decide_tie(staff.chief, tied, "fitter", ["102", "101"], "抽签决定")
    assert (
        next(a for a in audit_log(staff.chief, tied) if a.action == "tie.decide").user == "裁判长"
    )


def test_someone_joining_a_decided_tie_makes_it_undecided_again(ctx, tied, tmp_path):
    decide_tie(ctx, tied, "fitter", ["102", "101"], "抽签决定")
    # a corrected score brings 103 level with them: the decision did not cover 103
    (tmp_path / "fix.csv").write_text("number,theory,practical\n103,90,90\n", encoding="utf-8")
    import_scores(ctx, tied, "fitter", tmp_path / "fix.csv")
    places = _places(ctx, tied)
    assert {places[n] for n in ("101", "102", "103")} == {(1, "一等奖", True)}
    tie = tie_containing(ctx, tied, "fitter", "103")
    assert not tie.decided and [c.number for c in tie.contestants] == ["101", "102", "103"]
    decide_tie(ctx, tied, "fitter", ["103", "102", "101"], "裁判组复议")
    assert [_places(ctx, tied)[n][0] for n in ("103", "102", "101")] == [1, 2, 3]


def test_a_blind_trade_is_decided_by_work_piece_code(ctx, tied):
    from competition_app.services.contest_day.blind_codes import code_tables, generate_codes
    from tests.blind_trades import blind_from_the_start

    staff = hire_staff(ctx)
    blind_from_the_start(ctx, get_trade(ctx, tied, "fitter").id)
    generate_codes(staff.encryption, tied, "fitter")
    tables = code_tables(staff.encryption, tied, "fitter")
    checkin = {r.number: r.checkin_code for r in tables.first}
    piece = {r.checkin_code: r.workpiece_code for r in tables.second}
    a, b = piece[checkin["101"]], piece[checkin["102"]]
    # by entry number nothing is found: that would tie the number to the place
    with pytest.raises(UserError, match="没有参赛证号（或工件号）102"):
        decide_tie(staff.chief, tied, "fitter", ["102", "101"], "抽签决定")
    with pytest.raises(UserError, match="101 不在这一并列中"):
        decide_tie(staff.chief, tied, "fitter", [b, "101"], "抽签决定")
    tie = decide_tie(staff.chief, tied, "fitter", [b.lower(), a], "抽签决定")
    assert [c.rank for c in tie.contestants] == [1, 2]
    assert all(c.name == "" for c in tie.contestants)  # nobody named before decryption
    entry = next(a for a in audit_log(staff.chief, tied) if a.action == "tie.decide")
    assert "101" not in entry.new and "102" not in entry.new
