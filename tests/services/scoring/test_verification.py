"""Verified entry (复核) through the services: two people, blind second pass, mismatches resolved
by the chief judge, provisional results until every mark is verified."""

from __future__ import annotations

from decimal import Decimal

import pytest

from competition_app.domain.errors import PermissionDenied, UserError
from competition_app.services.contest_day.blind_codes import code_tables, generate_codes
from competition_app.services.integrity.audit import audit_log
from competition_app.services.registration.contestants import list_contestants
from competition_app.services.registration.judges import list_judges
from competition_app.services.results.locking import lock_trade
from competition_app.services.results.results import results_for
from competition_app.services.scoring.score_file import import_scores
from competition_app.services.scoring.scoring import record_mark
from competition_app.services.scoring.verification import (
    MarkPasses,
    SamePersonRefused,
    enter_pass,
    pass_overview,
    pass_state_of,
    resolve_mismatch,
    verification_status,
)
from competition_app.services.setup.trade_options import set_trade_options
from competition_app.services.setup.trades import get_trade
from tests.services.staff import fast_passwords, hire_staff, supervisor  # noqa: F401


@pytest.fixture
def setup(ctx, event_id):
    staff = hire_staff(ctx)
    trade = get_trade(ctx, event_id, "electrician")
    set_trade_options(staff.organizer, trade.id, double_entry=True)
    ids = {c.number: c.id for c in list_contestants(ctx, event_id)}
    judges = {j.code: j.id for j in list_judges(ctx, event_id)}
    return staff, trade, ids, judges


def _all_marks(staff, ids, judges, *, second_e1_2002="30"):
    """Both passes of every mark the electrician trade needs (2 people x 2 criteria x 2 judges)."""
    for number in ("2001", "2002"):
        for crit in ("e1", "e2"):
            for j in ("J1", "J2"):
                enter_pass(
                    staff.judge, ids[number], crit, Decimal("30"), pass_no=1, judge_id=judges[j]
                )
                value = second_e1_2002 if (number, crit, j) == ("2002", "e1", "J1") else "30"
                enter_pass(
                    staff.clerk, ids[number], crit, Decimal(value), pass_no=2, judge_id=judges[j]
                )


def test_matching_passes_become_the_verified_mark(ctx, event_id, setup):
    staff, _trade, ids, judges = setup
    first = enter_pass(
        staff.judge, ids["2001"], "e1", Decimal("31.5"), pass_no=1, judge_id=judges["J1"]
    )
    assert first.state == "waiting"
    grid_value = results_for(ctx, event_id, "electrician").rows
    assert all(not r.components.get("practical") for r in grid_value)  # nothing counts yet
    second = enter_pass(
        staff.clerk, ids["2001"], "e1", Decimal("31.50"), pass_no=2, judge_id=judges["J1"]
    )
    assert second.state == "verified"
    verified = next(a for a in audit_log(supervisor(ctx), event_id) if a.action == "mark.verified")
    assert Decimal(verified.new) == Decimal("31.5") and verified.key.startswith("2001/e1/")


def test_the_same_person_cannot_enter_both_passes(ctx, event_id, setup):
    staff, _trade, ids, judges = setup
    enter_pass(staff.judge, ids["2001"], "e1", Decimal("30"), pass_no=1, judge_id=judges["J1"])
    with pytest.raises(SamePersonRefused, match="另一人"):
        enter_pass(staff.judge, ids["2001"], "e1", Decimal("30"), pass_no=2, judge_id=judges["J1"])


def test_the_second_pass_never_shows_the_first(ctx, event_id, setup):
    staff, _trade, ids, judges = setup
    enter_pass(staff.judge, ids["2001"], "e1", Decimal("37"), pass_no=1, judge_id=judges["J1"])
    result = enter_pass(
        staff.clerk, ids["2001"], "e1", Decimal("36"), pass_no=2, judge_id=judges["J1"]
    )
    assert result.state == "mismatch" and "37" not in repr(result)
    # nor does the audit trail, which anyone with the audit permission reads, before settling
    passes = [a for a in audit_log(supervisor(ctx), event_id) if a.action == "mark.pass"]
    assert passes and all("37" not in a.new + a.old for a in passes)
    assert pass_state_of(ctx, ids["2001"], "e1", judges["J1"]) == "mismatch"


def test_a_mismatch_is_frozen_until_the_chief_judge_resolves_it(ctx, event_id, setup):
    staff, trade, ids, judges = setup
    _all_marks(staff, ids, judges, second_e1_2002="3")
    status = verification_status(ctx, trade.id)
    assert (status.counts.expected, status.counts.verified, status.counts.mismatched) == (8, 7, 1)
    (m,) = status.mismatches
    assert (m.label, m.criterion, m.first, m.second) == ("2002", "e1", Decimal(30), Decimal(3))
    assert results_for(ctx, event_id, "electrician").provisional
    with pytest.raises(UserError, match="裁判长"):
        enter_pass(staff.clerk, ids["2002"], "e1", Decimal("30"), pass_no=2, judge_id=judges["J1"])
    with pytest.raises(UserError, match="复核未完成"):
        lock_trade(staff.chief, trade.id)
    with pytest.raises(PermissionDenied):
        resolve_mismatch(
            staff.judge, ids["2002"], "e1", Decimal("30"), judge_id=judges["J1"], reason="我看了"
        )
    resolve_mismatch(
        staff.chief,
        ids["2002"],
        "e1",
        Decimal("30"),
        judge_id=judges["J1"],
        reason="核对原始评分表",
    )
    assert verification_status(ctx, trade.id).counts.complete
    assert not results_for(ctx, event_id, "electrician").provisional
    entry = next(a for a in audit_log(supervisor(ctx), event_id) if a.action == "mark.resolve")
    assert '"第1遍": "30"' in entry.old and '"第2遍": "3"' in entry.old and entry.new == "30"
    lock_trade(staff.chief, trade.id)


def test_results_are_provisional_until_every_mark_is_verified(ctx, event_id, setup):
    staff, _trade, ids, judges = setup
    assert results_for(ctx, event_id, "electrician").provisional
    _all_marks(staff, ids, judges)
    assert not results_for(ctx, event_id, "electrician").provisional
    assert not results_for(ctx, event_id, "fitter").provisional  # no verified entry there


def test_direct_entry_and_imports_of_marks_are_refused_on_a_verified_trade(
    ctx, event_id, setup, tmp_path
):
    staff, _trade, ids, judges = setup
    with pytest.raises(UserError, match="复核"):
        record_mark(staff.judge, ids["2001"], "e1", Decimal("30"), judge_id=judges["J1"])
    path = tmp_path / "marks.csv"
    path.write_text("number,criterion,judge,mark\n2001,e1,J1,30\n", encoding="utf-8")
    with pytest.raises(UserError, match="复核"):
        import_scores(staff.judge, event_id, "electrician", path)


def test_verified_entry_cannot_be_switched_on_over_existing_marks(ctx, event_id):
    ids = {c.number: c.id for c in list_contestants(ctx, event_id)}
    record_mark(ctx, ids["2001"], "e1", Decimal("30"))
    with pytest.raises(UserError, match="已有"):
        set_trade_options(ctx, get_trade(ctx, event_id, "electrician").id, double_entry=True)


def test_a_pass_typed_by_someone_else_is_theirs(ctx, event_id, setup):
    staff, _trade, ids, judges = setup
    enter_pass(staff.judge, ids["2001"], "e1", Decimal("30"), pass_no=1, judge_id=judges["J1"])
    enter_pass(
        staff.judge, ids["2001"], "e1", Decimal("31"), pass_no=1, judge_id=judges["J1"]
    )  # own fix
    with pytest.raises(UserError, match="已由"):
        enter_pass(staff.chief, ids["2001"], "e1", Decimal("32"), pass_no=1, judge_id=judges["J1"])


def test_without_users_each_pass_names_its_clerk_and_two_clerks_are_needed(ctx, event_id):
    from dataclasses import replace

    from competition_app.services.context import Context

    alone = Context(ctx.db)  # single-user mode: nobody logs in
    trade = get_trade(alone, event_id, "electrician")
    set_trade_options(alone, trade.id, double_entry=True)
    who = {c.number: c.id for c in list_contestants(alone, event_id)}["2001"]
    judge = {j.code: j.id for j in list_judges(alone, event_id)}["J1"]
    with pytest.raises(UserError, match="录入员姓名"):
        enter_pass(alone, who, "e1", Decimal("30"), pass_no=1, judge_id=judge)
    assert enter_pass(
        replace(alone, clerk="王芳"), who, "e1", Decimal("30"), pass_no=1, judge_id=judge
    )
    with pytest.raises(SamePersonRefused):
        enter_pass(
            replace(alone, clerk=" 王芳 "), who, "e1", Decimal("30"), pass_no=2, judge_id=judge
        )
    second = enter_pass(
        replace(alone, clerk="李娜"), who, "e1", Decimal("30"), pass_no=2, judge_id=judge
    )
    assert second.state == "verified"
    passes = [a.user for a in audit_log(supervisor(alone), event_id) if a.action == "mark.pass"]
    assert sorted(passes) == ["李娜", "王芳"]


def test_the_overview_says_which_passes_are_in_without_any_value(ctx, event_id, setup):
    staff, trade, ids, judges = setup
    j1 = judges["J1"]
    enter_pass(staff.judge, ids["2001"], "e1", Decimal("30"), pass_no=1, judge_id=j1)
    enter_pass(staff.clerk, ids["2002"], "e2", Decimal("40"), pass_no=2, judge_id=j1)
    enter_pass(staff.judge, ids["2002"], "e1", Decimal("30"), pass_no=1, judge_id=j1)
    enter_pass(staff.clerk, ids["2002"], "e1", Decimal("31"), pass_no=2, judge_id=j1)
    view = pass_overview(staff.viewer, trade.id)
    assert view[("2001", "e1", j1)] == MarkPasses("waiting", frozenset({1}))
    assert view[("2002", "e2", j1)] == MarkPasses("waiting", frozenset({2}))
    assert view[("2002", "e1", j1)] == MarkPasses("mismatch", frozenset({1, 2}))
    assert ("2001", "e2", j1) not in view
    # a blind trade's overview is by work-piece code, never by entry number
    set_trade_options(staff.organizer, trade.id, blind=True)
    generate_codes(staff.organizer, event_id, "electrician")
    tables = code_tables(staff.organizer, event_id, "electrician")
    piece = {r.checkin_code: r.workpiece_code for r in tables.second}
    code_of = {r.number: piece[r.checkin_code] for r in tables.first}
    blind = pass_overview(staff.viewer, trade.id)
    assert blind[(code_of["2001"], "e1", j1)].passes == {1}
    assert not any(label in ("2001", "2002") for label, _c, _j in blind)
