"""Re-check sampling on stored marks: the draw and its seed, confirm, correct, escalation, lock."""

from __future__ import annotations

import math
from decimal import Decimal

import pytest

from competition_app.domain.errors import UserError
from competition_app.domain.rules_io import rules_to_mapping
from competition_app.services.context import Context
from competition_app.services.integrity.audit import audit_log
from competition_app.services.results.locking import lock_trade
from competition_app.services.results.recheck import confirm_sheet, correct_mark, draw_recheck
from competition_app.services.results.recheck_status import recheck_status
from competition_app.services.results.results import results_for
from competition_app.services.scoring.scoring import record_mark
from competition_app.services.setup.demo import build_demo_event
from competition_app.services.setup.trades import get_trade, update_trade
from competition_app.storage.database import Database
from tests.blind_trades import blind_from_the_start

SEED = 20220720


@pytest.fixture
def demo(ctx: Context) -> int:
    return build_demo_event(ctx)


def _require(ctx: Context, event_id: int, code: str, **settings: object) -> int:
    trade = get_trade(ctx, event_id, code)
    mapping = rules_to_mapping(trade.rules)
    mapping["recheck"].update({"required": True, **settings})
    update_trade(ctx, trade.id, rules_mapping=mapping)
    return trade.id


def _electrician(ctx: Context, demo: int, **settings: object) -> int:
    return _require(ctx, demo, "electrician", **settings)


@pytest.mark.backends("sqlite")
def test_the_draw_takes_the_top_ten_of_each_group_and_fifteen_percent_of_the_rest(ctx, demo):
    tid = _electrician(ctx, demo)
    ranked = [r for r in results_for(ctx, demo, "electrician").rows if r.rank is not None]
    st = draw_recheck(ctx, tid, SEED)
    top = [r for r in st.rows if r.part == "top"]
    sample = [r for r in st.rows if r.part == "sample"]
    groups = {r.group for r in ranked}
    expected_top = {r.number for r in ranked if r.rank is not None and r.rank <= 10}
    assert {r.label for r in top} == expected_top and len(top) >= 10 * len(groups) - 1
    assert len(sample) == math.ceil(Decimal("0.15") * (len(ranked) - len(top)))
    assert st.seed == SEED and not st.complete and st.required
    drawn = next(e for e in audit_log(ctx, demo) if e.action == "recheck.draw")
    assert str(SEED) in drawn.new and sample[0].label in drawn.new


@pytest.mark.backends("sqlite")
def test_the_same_seed_draws_the_same_list_in_another_database(ctx, demo, tmp_path):
    first = {(r.label, r.part) for r in draw_recheck(ctx, _electrician(ctx, demo), SEED).rows}
    other = Context(Database(f"sqlite:///{tmp_path / 'other.db'}"))
    again_event = build_demo_event(other)
    again = draw_recheck(other, _electrician(other, again_event), SEED)
    assert {(r.label, r.part) for r in again.rows} == first
    other.db.dispose()


@pytest.mark.backends("sqlite")
def test_a_required_recheck_blocks_the_lock_until_every_sheet_is_checked(ctx, demo):
    tid = _electrician(ctx, demo)
    with pytest.raises(UserError, match=r"抽样复核未完成.*尚未抽取复核样本"):
        lock_trade(ctx, tid)
    st = draw_recheck(ctx, tid, SEED)
    for row in st.rows[:-1]:
        confirm_sheet(ctx, tid, row.contestant_id)
    with pytest.raises(UserError, match="抽样复核未完成"):
        lock_trade(ctx, tid)
    done = confirm_sheet(ctx, tid, st.rows[-1].contestant_id)
    assert done.complete and done.summary().startswith(f"已复核 {len(st.rows)}/{len(st.rows)}")
    lock_trade(ctx, tid)
    assert get_trade(ctx, demo, "electrician").locked


@pytest.mark.backends("sqlite")
def test_without_the_setting_a_trade_locks_as_before(ctx, demo):
    tid = get_trade(ctx, demo, "electrician").id
    lock_trade(ctx, tid)
    assert get_trade(ctx, demo, "electrician").locked


def _practical(ctx: Context, demo: int, number: str) -> Decimal:
    row = next(r for r in results_for(ctx, demo, "electrician").rows if r.number == number)
    return row.components["practical"] or Decimal(0)


@pytest.mark.backends("sqlite")
def test_a_correction_is_a_mark_saved_audited_and_counted_in_the_results(ctx, demo):
    tid = _electrician(ctx, demo)
    st = draw_recheck(ctx, tid, SEED)
    row = next(r for r in st.rows if r.part == "top")
    before = _practical(ctx, demo, row.label)
    after = correct_mark(ctx, tid, row.contestant_id, "e1", Decimal(0), reason="原始评分表为 0")
    assert _practical(ctx, demo, row.label) < before
    shown = next(r for r in after.rows if r.contestant_id == row.contestant_id)
    assert shown.state == "corrected" and shown.corrections[0].endswith("→ 0")
    entry = next(e for e in audit_log(ctx, demo) if e.action == "mark.recheck")
    assert entry.key.startswith(f"{row.label}/e1") and "原始评分表为 0" in entry.reason
    with pytest.raises(UserError, match="与原分数相同"):
        correct_mark(ctx, tid, row.contestant_id, "e1", Decimal(0))


@pytest.mark.backends("sqlite")
def test_one_error_in_a_small_sample_escalates_to_every_ranked_sheet(ctx, demo):
    tid = _electrician(ctx, demo)
    st = draw_recheck(ctx, tid, SEED)
    sample = [r for r in st.rows if r.part == "sample"]
    ranked = [r for r in results_for(ctx, demo, "electrician").rows if r.rank is not None]
    after = correct_mark(ctx, tid, sample[0].contestant_id, "e1", Decimal(0))
    assert after.progress is not None and after.progress.escalated
    assert len(after.rows) == len(ranked) and not after.complete
    assert {r.part for r in after.rows} == {"top", "sample", "full"}
    assert "已扩大为全部复核" in after.summary()
    assert any(e.action == "recheck.escalate" for e in audit_log(ctx, demo))


@pytest.mark.backends("sqlite")
def test_errors_at_the_threshold_do_not_escalate(ctx, demo):
    # 46 ranked, top 10 per group; a share of 1 puts every other sheet in the sample
    tid = _electrician(ctx, demo, share="1", error_rate="0.5")
    st = draw_recheck(ctx, tid, SEED)
    sample = [r for r in st.rows if r.part == "sample"]
    half = len(sample) // 2 if len(sample) % 2 == 0 else None
    assert half is not None, "the demo's rest is even, so half of it is exactly 50 %"
    for row in sample[:half]:
        last = correct_mark(ctx, tid, row.contestant_id, "e1", Decimal(0))
    assert last.progress is not None and not last.progress.escalated
    beyond = correct_mark(ctx, tid, sample[half].contestant_id, "e1", Decimal(0))
    assert beyond.progress is not None and beyond.progress.escalated


@pytest.mark.backends("sqlite")
def test_a_mark_changed_after_its_check_makes_the_sheet_pending_again(ctx, demo):
    tid = _electrician(ctx, demo)
    st = draw_recheck(ctx, tid, SEED)
    row = st.rows[0]
    confirm_sheet(ctx, tid, row.contestant_id)
    record_mark(ctx, row.contestant_id, "e1", Decimal(1))
    again = next(r for r in recheck_status(ctx, tid).rows if r.contestant_id == row.contestant_id)
    assert again.state == "pending" and again.stale


@pytest.mark.backends("sqlite")
def test_a_redraw_needs_a_reason_and_no_sheet_checked(ctx, demo):
    tid = _electrician(ctx, demo)
    draw_recheck(ctx, tid, SEED)
    with pytest.raises(UserError, match="重新抽取须写明原因"):
        draw_recheck(ctx, tid, 1)
    redrawn = draw_recheck(ctx, tid, 1, redraw_reason="种子公布前误抽")
    assert redrawn.seed == 1 and redrawn.round == 2
    confirm_sheet(ctx, tid, redrawn.rows[0].contestant_id)
    with pytest.raises(UserError, match="不能重新抽取"):
        draw_recheck(ctx, tid, 2, redraw_reason="再抽一次")
    assert any(e.action == "recheck.redraw" for e in audit_log(ctx, demo))


@pytest.mark.backends("sqlite")
def test_no_draw_while_marks_are_missing_and_no_check_outside_the_list(ctx, demo):
    fitter = _require(ctx, demo, "fitter")
    with pytest.raises(UserError, match="成绩未录完"):
        draw_recheck(ctx, fitter, SEED)
    tid = _electrician(ctx, demo)
    st = draw_recheck(ctx, tid, SEED)
    listed = {r.contestant_id for r in st.rows}
    ranked = [r for r in results_for(ctx, demo, "electrician").rows if r.rank is not None]
    outsider = next(int(r.key) for r in ranked if int(r.key) not in listed)
    with pytest.raises(UserError, match="不在复核名单中"):
        confirm_sheet(ctx, tid, outsider)


@pytest.mark.backends("sqlite")
def test_a_blind_trade_is_listed_and_audited_by_work_piece_code(ctx, demo):
    from competition_app.services.contest_day.blind_codes import generate_codes

    tid = _electrician(ctx, demo)
    blind_from_the_start(ctx, tid)
    generate_codes(ctx, demo, "electrician")
    st = draw_recheck(ctx, tid, SEED)
    from competition_app.services.registration.contestants import list_contestants

    numbers = {c.number for c in list_contestants(ctx, demo, "electrician")}
    assert st.identities_hidden and all(r.name == "" and r.unit == "" for r in st.rows)
    assert not {r.label for r in st.rows} & numbers and all("-" in r.label for r in st.rows)
    drawn = next(e for e in audit_log(ctx, demo) if e.action == "recheck.draw")
    assert not any(n in drawn.new for n in numbers)
