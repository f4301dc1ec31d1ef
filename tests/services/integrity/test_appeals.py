"""Appeals through the services: the window, the decision, and a changed mark's effect on ranks."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import pytest

from competition_app.domain.appeals import AppealWindowClosed
from competition_app.domain.errors import PermissionDenied, UserError
from competition_app.services.integrity.appeals import (
    AppealChange,
    apply_appeal_change,
    decide_appeal,
    find_appeal,
    list_appeals,
    record_appeal,
)
from competition_app.services.integrity.audit import audit_log, verify_audit
from competition_app.services.registration.contestants import list_contestants
from competition_app.services.results.locking import lock_trade
from competition_app.services.results.results import results_for
from competition_app.services.scoring.scoring import record_mark, record_score
from competition_app.services.setup.trade_options import set_trade_options
from competition_app.services.setup.trades import get_trade
from tests.services.staff import fast_passwords, hire_staff, supervisor  # noqa: F401

ENDS = datetime(2022, 7, 20, 17, 0)


@pytest.fixture
def locked_fitter(ctx, event_id):
    """Fitter scored (1001 first, 1002 second, 1003 third), ending 17:00, locked by the chief."""
    staff = hire_staff(ctx)
    ids = {c.number: c.id for c in list_contestants(ctx, event_id)}
    for number, (theory, practical) in {
        "1001": (80, 90),
        "1002": (70, 85),
        "1003": (60, 70),
    }.items():
        record_score(staff.judge, ids[number], "theory", Decimal(str(theory)))
        record_score(staff.judge, ids[number], "practical", Decimal(str(practical)))
    trade = get_trade(ctx, event_id, "fitter")
    set_trade_options(staff.organizer, trade.id, ends_at="2022-07-20 17:00")
    lock_trade(staff.chief, trade.id)
    return staff, trade


def test_an_appeal_within_two_hours_is_recorded(ctx, event_id, locked_fitter):
    staff, _trade = locked_fitter
    a = record_appeal(
        staff.organizer,
        event_id,
        "fitter",
        "1002",
        "实操分数登记有误",
        received_at=datetime(2022, 7, 20, 18, 30),
    )
    assert (a.number, a.name, a.status) == ("1002", "李娜", "open")
    assert a.deadline == datetime(2022, 7, 20, 19, 0)
    assert [x.id for x in list_appeals(ctx, event_id, "fitter")] == [a.id]
    assert any(e.action == "appeal.record" for e in audit_log(supervisor(ctx), event_id))


def test_an_appeal_after_the_window_is_refused(ctx, event_id, locked_fitter):
    staff, _trade = locked_fitter
    with pytest.raises(AppealWindowClosed, match="时限已过"):
        record_appeal(
            staff.organizer,
            event_id,
            "fitter",
            "1002",
            "迟到的申诉",
            received_at=datetime(2022, 7, 20, 19, 5),
        )
    assert list_appeals(ctx, event_id) == []


def test_the_window_is_a_setting_of_the_trade(ctx, event_id, locked_fitter):
    staff, trade = locked_fitter
    late = datetime(2022, 7, 20, 20, 30)  # 3.5 hours after the end: past the usual 2 hours
    with pytest.raises(AppealWindowClosed):
        record_appeal(staff.organizer, event_id, "fitter", "1002", "申诉", received_at=late)
    set_trade_options(staff.organizer, trade.id, appeal_hours="4")  # allowed after the lock
    a = record_appeal(staff.organizer, event_id, "fitter", "1002", "申诉", received_at=late)
    assert a.deadline == datetime(2022, 7, 20, 21, 0)
    assert [x.id for x in list_appeals(ctx, event_id, "fitter")] == [a.id]


def test_no_end_time_no_appeal(ctx, event_id):
    with pytest.raises(UserError, match="结束时间"):
        record_appeal(ctx, event_id, "electrician", "2001", "申诉")


def test_an_upheld_appeal_changes_marks_and_shows_the_ranks_and_awards_that_moved(
    ctx, event_id, locked_fitter
):
    staff, _trade = locked_fitter
    before = {r.number: (r.rank, r.award) for r in results_for(ctx, event_id, "fitter").rows}
    a = record_appeal(
        staff.organizer,
        event_id,
        "fitter",
        "1002",
        "实操分数少登记 15 分",
        received_at=datetime(2022, 7, 20, 18, 0),
    )
    with pytest.raises(UserError, match="未裁定成立"):
        apply_appeal_change(staff.chief, a.id, [AppealChange("1002", "practical", "100")])
    with pytest.raises(PermissionDenied):
        decide_appeal(staff.organizer, a.id, "upheld", "核对原始评分表属实")
    decide_appeal(staff.chief, a.id, "upheld", "核对原始评分表属实")
    out = apply_appeal_change(staff.chief, a.id, [AppealChange("1002", "practical", "100")])
    after = {r.number: (r.rank, r.award) for r in results_for(ctx, event_id, "fitter").rows}
    assert out.marks_changed == 1
    moved = {c.number: c for c in out.changes}
    assert set(moved) == {"1001", "1002"}
    for number in moved:
        c = moved[number]
        assert (c.old_rank, c.old_award) == before[number]
        assert (c.new_rank, c.new_award) == after[number]
    assert (moved["1002"].old_rank, moved["1002"].new_rank) == (2, 1)
    assert moved["1002"].new_total == Decimal("91.00")
    # still locked; the change is audited with the appeal as its reason
    assert get_trade(ctx, event_id, "fitter").locked
    change = next(e for e in audit_log(supervisor(ctx), event_id) if e.action == "score.appeal")
    assert (change.old, change.new) == ("85", "100") and f"申诉 {a.id}" in change.reason
    assert verify_audit(ctx).ok
    # through the one save path: the changed score carries its seal like any other
    from competition_app.services.integrity.row_seals import seal_mismatches

    assert seal_mismatches(ctx) == []


def test_a_decision_is_final(ctx, event_id, locked_fitter):
    staff, _trade = locked_fitter
    a = record_appeal(
        staff.chief, event_id, "fitter", "1003", "不服", received_at=datetime(2022, 7, 20, 17, 30)
    )
    decide_appeal(staff.chief, a.id, "rejected", "评分无误")
    with pytest.raises(UserError, match="最终"):
        decide_appeal(staff.chief, a.id, "upheld", "改判")
    with pytest.raises(UserError, match="未裁定成立"):
        apply_appeal_change(staff.chief, a.id, [AppealChange("1003", "practical", "100")])


def test_appeal_changes_to_criterion_marks(ctx, event_id):
    ids = {c.number: c.id for c in list_contestants(ctx, event_id)}
    for number, e1 in (("2001", "30"), ("2002", "35")):
        record_score(ctx, ids[number], "theory", Decimal("80"))
        record_mark(ctx, ids[number], "e1", Decimal(e1))
        record_mark(ctx, ids[number], "e2", Decimal("50"))
    trade = get_trade(ctx, event_id, "electrician")
    set_trade_options(ctx, trade.id, ends_at=datetime.now())
    lock_trade(ctx, trade.id)
    a = record_appeal(ctx, event_id, "electrician", "2001", "电路设计漏评")
    decide_appeal(ctx, a.id, "upheld", "属实")
    out = apply_appeal_change(ctx, a.id, [AppealChange("2001", "e1", "40")])
    assert {c.number: (c.old_rank, c.new_rank) for c in out.changes} == {
        "2001": (2, 1),
        "2002": (1, 2),
    }
    with pytest.raises(UserError, match="没有评分项"):
        apply_appeal_change(ctx, a.id, [AppealChange("2001", "zz", "1")])


def test_on_a_blind_trade_not_yet_decrypted_the_moves_are_shown_by_code(
    ctx, event_id, locked_fitter
):
    from competition_app.services.contest_day.blind_codes import code_tables, generate_codes
    from competition_app.services.results.locking import unlock_trade

    staff, trade = locked_fitter
    unlock_trade(staff.chief, trade.id, "开启盲评")
    set_trade_options(staff.organizer, trade.id, blind=True)
    generate_codes(staff.encryption, event_id, "fitter")
    lock_trade(staff.chief, trade.id)
    tables = code_tables(staff.encryption, event_id, "fitter")
    piece = {r.checkin_code: r.workpiece_code for r in tables.second}
    code_of = {r.number: piece[r.checkin_code] for r in tables.first}
    a = record_appeal(staff.organizer, event_id, "fitter", "1002", "实操少登记",
                      received_at=datetime(2022, 7, 20, 18, 0))  # fmt: skip
    decide_appeal(staff.chief, a.id, "upheld", "核对原始评分表属实")
    out = apply_appeal_change(staff.chief, a.id, [AppealChange("1002", "practical", "100")])
    assert {c.number for c in out.changes} == {code_of["1001"], code_of["1002"]}
    assert all(c.name == "" for c in out.changes)


def test_an_appeal_is_found_by_its_number_only_in_its_own_event(ctx, event_id, locked_fitter):
    from competition_app.io.event_file import read_event_definition
    from competition_app.services.setup.events import create_event
    from tests.services.conftest import EXAMPLES

    staff, _trade = locked_fitter
    a = record_appeal(
        staff.organizer,
        event_id,
        "fitter",
        "1002",
        "实操分数登记有误",
        received_at=datetime(2022, 7, 20, 18, 30),
    )
    found = find_appeal(staff.viewer, event_id, a.id)
    assert (found.id, found.number, found.reason) == (a.id, "1002", "实操分数登记有误")
    other = create_event(staff.organizer, read_event_definition(EXAMPLES / "event.toml"))
    with pytest.raises(UserError, match=f"^赛事 {other} 没有编号为 {a.id} 的申诉$"):
        find_appeal(staff.viewer, other, a.id)
    with pytest.raises(UserError, match=f"^赛事 {event_id} 没有编号为 {a.id + 1} 的申诉$"):
        find_appeal(staff.viewer, event_id, a.id + 1)
