"""Judges on trades and panels, declared conflicts, and marks refused from a judge who must recuse."""

from __future__ import annotations

from decimal import Decimal

import pytest

from competition_app.domain.errors import PermissionDenied, UserError, ValidationError
from competition_app.services.contest_day.blind_codes import (
    code_tables,
    generate_codes,
    record_mark_by_code,
)
from competition_app.services.integrity.audit import audit_log
from competition_app.services.registration.contestants import (
    ContestantInfo,
    add_contestant,
    list_contestants,
    update_contestant,
)
from competition_app.services.registration.judges import list_judges
from competition_app.services.scoring.recusal import (
    RecusalRefused,
    assign_judge,
    conflicts_for_trade,
    declare_conflict,
    judge_assignments,
    unassign_judge,
    withdraw_conflict,
)
from competition_app.services.scoring.score_file import import_scores
from competition_app.services.scoring.scoring import record_mark
from competition_app.services.setup.trade_options import set_trade_options, trade_options
from competition_app.services.setup.trades import get_trade
from tests.services.staff import fast_passwords, hire_staff  # noqa: F401

J1_UNIT = "重庆市工业技师学院"


@pytest.fixture
def judges(ctx, event_id):
    return {j.code: j.id for j in list_judges(ctx, event_id)}


@pytest.fixture
def colleague(ctx, event_id):
    """An electrician from judge J1's own unit."""
    return add_contestant(
        ctx, event_id, ContestantInfo(0, "2003", "周明", "electrician", "电工", unit=J1_UNIT)
    ).id


def test_a_judge_of_the_same_unit_is_refused_with_the_reason(ctx, event_id, judges, colleague):
    with pytest.raises(RecusalRefused, match=J1_UNIT):
        record_mark(ctx, colleague, "e1", Decimal("30"), judge_id=judges["J1"])
    assert record_mark(ctx, colleague, "e1", Decimal("30"), judge_id=judges["J2"]).value == Decimal(
        30
    )


def test_same_unit_does_not_apply_when_marking_is_blind(ctx, event_id, judges, colleague):
    trade = get_trade(ctx, event_id, "electrician")
    set_trade_options(ctx, trade.id, blind=True)
    assert record_mark(ctx, colleague, "e1", Decimal("30"), judge_id=judges["J1"]).value == Decimal(
        30
    )
    assert conflicts_for_trade(ctx, trade.id) == []


def test_a_declared_conflict_is_refused_even_when_blind_without_naming_the_person(
    ctx, event_id, judges
):
    trade = get_trade(ctx, event_id, "electrician")
    who = {c.number: c.id for c in list_contestants(ctx, event_id)}["2001"]
    declare_conflict(ctx, judges["J2"], who, "选手的师傅")
    set_trade_options(ctx, trade.id, blind=True)
    generate_codes(ctx, event_id, "electrician")
    tables = code_tables(ctx, event_id, "electrician")
    checkin = next(r.checkin_code for r in tables.first if r.number == "2001")
    piece = next(r.workpiece_code for r in tables.second if r.checkin_code == checkin)
    with pytest.raises(RecusalRefused, match="师傅") as refused:
        record_mark_by_code(
            ctx, event_id, "electrician", piece, "e1", Decimal("30"), judge_id=judges["J2"]
        )
    assert "2001" not in str(refused.value) and "刘洋" not in str(refused.value)
    conflicts = conflicts_for_trade(ctx, trade.id)
    assert [(c.judge_code, c.number, c.kind) for c in conflicts] == [("J2", "2001", "declared")]


def test_conflicts_listed_for_the_assignment_screen(ctx, event_id, judges, colleague):
    trade = get_trade(ctx, event_id, "electrician")
    who = {c.number: c.id for c in list_contestants(ctx, event_id)}["2002"]
    declare_conflict(ctx, judges["J2"], who, "亲属")
    listed = {(c.judge_code, c.number, c.kind) for c in conflicts_for_trade(ctx, trade.id)}
    assert listed == {("J1", "2003", "same_unit"), ("J2", "2002", "declared")}
    withdraw_conflict(ctx, judges["J2"], who, "登记错误")
    assert {c.kind for c in conflicts_for_trade(ctx, trade.id)} == {"same_unit"}
    assert {"judge.conflict", "judge.conflict_withdrawn"} <= {a.action for a in audit_log(ctx)}


def test_a_conflict_needs_a_reason(ctx, event_id, judges, colleague):
    with pytest.raises(UserError, match="原因"):
        declare_conflict(ctx, judges["J2"], colleague, " ")


def test_panels_limit_a_judge_to_their_criteria(ctx, event_id, judges):
    trade = get_trade(ctx, event_id, "electrician")
    a = assign_judge(ctx, judges["J2"], trade.id, ["e1"])
    assert a.criteria == ("e1",)
    who = {c.number: c.id for c in list_contestants(ctx, event_id)}["2001"]
    record_mark(ctx, who, "e1", Decimal("30"), judge_id=judges["J2"])
    with pytest.raises(RecusalRefused, match="评分组"):
        record_mark(ctx, who, "e2", Decimal("30"), judge_id=judges["J2"])
    assign_judge(ctx, judges["J2"], trade.id)  # back on every criterion
    record_mark(ctx, who, "e2", Decimal("30"), judge_id=judges["J2"])
    assert {x.code: x.criteria for x in judge_assignments(ctx, trade.id)} == {"J1": (), "J2": ()}
    unassign_judge(ctx, judges["J2"], trade.id)
    assert [x.code for x in judge_assignments(ctx, trade.id)] == ["J1"]
    with pytest.raises(UserError, match="没有评分项"):
        assign_judge(ctx, judges["J1"], trade.id, ["zz"])


def test_an_import_with_a_conflicted_judges_mark_is_refused_whole(
    ctx, event_id, judges, colleague, tmp_path
):
    path = tmp_path / "marks.csv"
    path.write_text("number,criterion,judge,mark\n2001,e1,J1,30\n2003,e1,J1,31\n", encoding="utf-8")
    with pytest.raises(ValidationError, match=J1_UNIT):
        import_scores(ctx, event_id, "electrician", path)
    assert not any(a.action == "scores.import" for a in audit_log(ctx, event_id))


def test_assignment_is_for_the_chief_judge_or_organizer(ctx, event_id, judges):
    staff = hire_staff(ctx)
    trade = get_trade(ctx, event_id, "electrician")
    with pytest.raises(PermissionDenied):
        assign_judge(staff.judge, judges["J1"], trade.id, ["e1"])
    assign_judge(staff.chief, judges["J1"], trade.id, ["e1"])


@pytest.mark.parametrize("ground", ["declared", "panel"])
def test_an_import_is_refused_on_each_ground_when_it_is_the_only_one(
    ctx, event_id, judges, ground, tmp_path
):
    # blind marking sets the same unit aside: the one ground left must still refuse the file
    # (the import looks at its marks only when some ground could apply)
    trade = get_trade(ctx, event_id, "electrician")
    set_trade_options(ctx, trade.id, blind=True)
    who = {c.number: c.id for c in list_contestants(ctx, event_id)}["2001"]
    if ground == "declared":
        declare_conflict(ctx, judges["J2"], who, "选手的师傅")
    else:
        assign_judge(ctx, judges["J2"], trade.id, ["e1"])
    path = tmp_path / "marks.csv"
    path.write_text("number,criterion,judge,mark\n2001,e1,J1,30\n2001,e2,J2,8\n", encoding="utf-8")
    with pytest.raises(ValidationError, match="师傅" if ground == "declared" else "评分组"):
        import_scores(ctx, event_id, "electrician", path)
    assert not any(a.action == "scores.import" for a in audit_log(ctx, event_id))


def test_an_import_no_ground_applies_to_is_written_whole(ctx, event_id, judges, tmp_path):
    trade = get_trade(ctx, event_id, "electrician")
    set_trade_options(ctx, trade.id, blind=True)
    path = tmp_path / "marks.csv"
    path.write_text("number,criterion,judge,mark\n2001,e1,J1,30\n2001,e2,J2,8\n", encoding="utf-8")
    assert import_scores(ctx, event_id, "electrician", path).marks == 2


def _marks_of(ctx, event_id, contestant_id: int) -> dict[str, dict[str, Decimal]]:
    """The marks results are worked out from, for one contestant (what every result reads)."""
    from competition_app.services.results.results import trade_entries
    from competition_app.services.setup.trades import find_trade

    with ctx.db.reading() as s:
        entries = trade_entries(s, find_trade(s, event_id, "electrician"))
    return next(e.marks for e in entries if e.key == str(contestant_id))


def _moved_to(ctx, event_id, contestant_id: int, unit: str) -> None:
    info = next(c for c in list_contestants(ctx, event_id) if c.id == contestant_id)
    update_contestant(ctx, info._replace(unit=unit))


def test_a_mark_stops_counting_once_the_contestant_is_of_the_judges_unit(ctx, event_id, judges):
    who = {c.number: c.id for c in list_contestants(ctx, event_id)}["2001"]
    record_mark(ctx, who, "e1", Decimal("30"), judge_id=judges["J1"])
    record_mark(ctx, who, "e1", Decimal("34"), judge_id=judges["J2"])
    j1, j2 = str(judges["J1"]), str(judges["J2"])
    assert _marks_of(ctx, event_id, who)["e1"] == {j1: Decimal(30), j2: Decimal(34)}
    # the contestant's unit is corrected to J1's own: J1 stands aside, the grid greys the
    # mark and the results leave it out (it stays stored)
    _moved_to(ctx, event_id, who, J1_UNIT)
    assert _marks_of(ctx, event_id, who)["e1"] == {j2: Decimal(34)}


def test_a_criterion_whose_only_mark_stands_aside_is_not_entered(ctx, event_id, judges):
    who = {c.number: c.id for c in list_contestants(ctx, event_id)}["2001"]
    record_mark(ctx, who, "e1", Decimal("30"), judge_id=judges["J1"])
    record_mark(ctx, who, "e2", Decimal("40"), judge_id=judges["J2"])
    before = _marks_of(ctx, event_id, who)
    _moved_to(ctx, event_id, who, J1_UNIT)
    after = _marks_of(ctx, event_id, who)
    assert "e1" in before and "e1" not in after  # not entered, not 0
    assert after["e2"] == before["e2"]


@pytest.mark.parametrize("to_blind", [True, False])
def test_blind_marking_is_set_before_marking_starts(ctx, event_id, judges, to_blind):
    trade = get_trade(ctx, event_id, "electrician")
    set_trade_options(ctx, trade.id, blind=not to_blind)
    who = {c.number: c.id for c in list_contestants(ctx, event_id)}["2002"]
    record_mark(ctx, who, "e1", Decimal("30"), judge_id=judges["J2"])
    with pytest.raises(UserError, match=r"已有 1 个分数，不能再(改为|取消)盲评"):
        set_trade_options(ctx, trade.id, blind=to_blind)
    assert trade_options(ctx, trade.id).blind is (not to_blind)  # as it was
