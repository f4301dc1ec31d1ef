"""Check-in by entry number as a scanner types it, absences, who is still missing per session."""

from __future__ import annotations

from datetime import datetime

import pytest

from competition_app.domain.errors import LockedError, PermissionDenied, UserError
from competition_app.services.contest_day import checkin
from competition_app.services.contest_day.blind_codes import generate_codes
from competition_app.services.contest_day.checkin import (
    check_in,
    checkin_summary,
    late_arrivals,
    mark_absent,
    missing,
)
from competition_app.services.contest_day.lots import draw_trade_lots
from competition_app.services.integrity.audit import audit_log
from competition_app.services.registration.contestants import list_contestants, set_status
from competition_app.services.results.locking import lock_trade
from competition_app.services.results.results import results_for
from competition_app.services.setup.trade_options import set_trade_options
from competition_app.services.setup.trades import get_trade
from tests.services.staff import fast_passwords, hire_staff  # noqa: F401


def _status(ctx, event_id, number):
    return next(c.status for c in list_contestants(ctx, event_id) if c.number == number)


def test_a_scan_shows_who_and_where_and_a_second_scan_says_already(ctx, event_id):
    res = draw_trade_lots(ctx, event_id, "fitter", seed=3, capacities=(2, 2))
    place = next(r for r in res.rows if r.number == "1002")
    first = check_in(ctx, event_id, "1002\r\n")  # digits and Enter from a barcode scanner
    assert (first.name, first.trade_code, first.already) == ("李娜", "fitter", False)
    assert (first.session, first.station) == (place.session, place.station)
    again = check_in(ctx, event_id, " 1002 ")
    assert again.already and again.at == first.at
    assert sum(a.action == "checkin" for a in audit_log(ctx, event_id)) == 1


def test_check_in_hands_over_the_check_in_code_when_the_trade_has_codes(ctx, event_id):
    generate_codes(ctx, event_id, "fitter")
    assert len(check_in(ctx, event_id, "1001").checkin_code) == 6


def test_unknown_number_is_refused_with_the_number(ctx, event_id):
    with pytest.raises(UserError, match="9999"):
        check_in(ctx, event_id, "9999")
    with pytest.raises(UserError, match="为空"):
        check_in(ctx, event_id, "\n")


def test_absent_sets_the_status_audited_and_takes_the_contestant_out_of_the_ranking(ctx, event_id):
    mark_absent(ctx, event_id, "1003")
    assert _status(ctx, event_id, "1003") == "absent"
    entry = next(a for a in audit_log(ctx, event_id) if a.action == "contestant.status")
    assert (entry.key, entry.old, entry.new) == ("1003", "ok", "absent")
    row = next(r for r in results_for(ctx, event_id, "fitter").rows if r.number == "1003")
    assert row.rank is None and row.status == "absent"


def test_a_late_arrival_is_set_back_to_normal(ctx, event_id):
    mark_absent(ctx, event_id, "1003")
    result = check_in(ctx, event_id, "1003")
    assert not result.already and _status(ctx, event_id, "1003") == "ok"


def test_a_contestant_checked_in_cannot_be_marked_absent(ctx, event_id):
    check_in(ctx, event_id, "1001")
    with pytest.raises(UserError, match="已检录"):
        mark_absent(ctx, event_id, "1001")


def test_disqualified_and_locked_are_refused(ctx, event_id):
    ids = {c.number: c.id for c in list_contestants(ctx, event_id)}
    set_status(ctx, ids["1001"], "disqualified")
    with pytest.raises(UserError, match="取消资格"):
        check_in(ctx, event_id, "1001")
    lock_trade(ctx, get_trade(ctx, event_id, "fitter").id)
    with pytest.raises(LockedError):
        mark_absent(ctx, event_id, "1002")


def test_missing_lists_who_has_not_come_per_session(ctx, event_id):
    draw_trade_lots(ctx, event_id, "fitter", seed=3, capacities=(2, 2))
    check_in(ctx, event_id, "1001")
    mark_absent(ctx, event_id, "1002")
    assert [r.number for r in missing(ctx, event_id, "fitter")] == ["1003"]
    summary = checkin_summary(ctx, event_id, "fitter")
    assert sum(n.expected for n in summary) == 3
    assert sum(n.present for n in summary) == 1 and sum(n.absent for n in summary) == 1
    only = missing(ctx, event_id, "fitter", session=99)
    assert only == []


def test_a_judge_does_not_check_in(ctx, event_id):
    staff = hire_staff(ctx)
    with pytest.raises(PermissionDenied, match="检录"):
        check_in(staff.judge, event_id, "1001")
    check_in(staff.chief, event_id, "1001")


FIRST, SECOND = datetime(2022, 7, 20, 8, 30), datetime(2022, 7, 20, 13, 30)


@pytest.fixture
def clock(monkeypatch):
    """The check-in desk's clock, set by the test: clock.at = datetime(...)."""

    class Clock:
        at = datetime(2022, 7, 20, 8, 0)

    monkeypatch.setattr(checkin, "now", lambda: Clock.at)
    return Clock


def _sessions(ctx, event_id):
    """Fitter drawn into two sessions of two, starting 08:30 and 13:30; number -> session."""
    set_trade_options(
        ctx,
        get_trade(ctx, event_id, "fitter").id,
        lot_capacities=(2, 2),
        session_starts=(FIRST, SECOND),
    )
    res = draw_trade_lots(ctx, event_id, "fitter", seed=3)
    return {r.number: r.session for r in res.rows}


def test_a_check_in_after_the_session_start_is_accepted_and_flagged_late(ctx, event_id, clock):
    session = _sessions(ctx, event_id)
    first = next(n for n, s in session.items() if s == 1)
    clock.at = datetime(2022, 7, 20, 8, 42, 10)
    res = check_in(ctx, event_id, first)
    assert res.late and res.late_minutes == 13 and res.starts_at == FIRST
    assert not res.already and _status(ctx, event_id, first) == "ok"
    entry = next(a for a in audit_log(ctx, event_id) if a.action == "checkin")
    assert (entry.key, entry.new) == (first, "late")
    assert entry.reason == "迟到 13 分钟（第 1 场 2022-07-20 08:30 开始）"
    # a second scan later still says how late the first one was
    clock.at = datetime(2022, 7, 20, 9, 30)
    again = check_in(ctx, event_id, first)
    assert again.already and again.late_minutes == 13


def test_the_second_session_is_late_only_after_its_own_start(ctx, event_id, clock):
    session = _sessions(ctx, event_id)
    first = next(n for n, s in session.items() if s == 1)
    second = next(n for n, s in session.items() if s == 2)
    clock.at = datetime(2022, 7, 20, 9, 0)  # late for the first session, early for the second
    early = check_in(ctx, event_id, second)
    assert not early.late and early.late_minutes == 0 and early.starts_at == SECOND
    entry = next(a for a in audit_log(ctx, event_id) if a.action == "checkin")
    assert (entry.new, entry.reason) == ("present", "")
    clock.at = FIRST  # at the start is on time
    assert not check_in(ctx, event_id, first).late


def test_late_arrivals_are_listed_and_counted_per_session(ctx, event_id, clock):
    session = _sessions(ctx, event_id)
    first = sorted(n for n, s in session.items() if s == 1)
    second = next(n for n, s in session.items() if s == 2)
    clock.at = datetime(2022, 7, 20, 8, 20)
    check_in(ctx, event_id, first[0])
    clock.at = datetime(2022, 7, 20, 8, 35)
    check_in(ctx, event_id, first[1])
    clock.at = datetime(2022, 7, 20, 14, 0)
    check_in(ctx, event_id, second)
    late = late_arrivals(ctx, event_id, "fitter")
    assert [(r.number, r.session, r.minutes) for r in late] == [(first[1], 1, 5), (second, 2, 30)]
    assert [r.number for r in late_arrivals(ctx, event_id, "fitter", session=2)] == [second]
    counts = {n.session: (n.present, n.late) for n in checkin_summary(ctx, event_id, "fitter")}
    assert counts == {1: (2, 1), 2: (1, 1)}


def test_before_the_draw_the_first_start_applies_and_without_start_times_nobody_is_late(
    ctx, event_id, clock
):
    clock.at = datetime(2022, 7, 20, 23, 0)
    assert not check_in(ctx, event_id, "1001").late  # no start times set
    set_trade_options(ctx, get_trade(ctx, event_id, "fitter").id, session_starts=(FIRST,))
    res = check_in(ctx, event_id, "1002")  # not drawn yet: one session for everybody
    assert res.session is None and res.starts_at == FIRST and res.late_minutes == 870
    assert [r.number for r in late_arrivals(ctx, event_id, "fitter")] == ["1001", "1002"]
