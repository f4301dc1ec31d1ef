"""The whole score sheet is re-checked: a directly entered score (the electricians' theory exam)
is on the sheet and is corrected like a mark, through the score's save path."""

from __future__ import annotations

from decimal import Decimal

import pytest

from competition_app.domain.errors import UserError
from competition_app.services.context import Context
from competition_app.services.integrity.audit import audit_log
from competition_app.services.results.recheck import confirm_sheet, correct_score, draw_recheck
from competition_app.services.results.recheck_sheet import sheet_lines
from competition_app.services.results.recheck_status import recheck_status
from competition_app.services.results.results import results_for
from competition_app.services.scoring.scoring import record_score
from competition_app.services.setup.demo import build_demo_event
from competition_app.services.setup.trades import get_trade

SEED = 20220720


@pytest.fixture
def drawn(ctx: Context) -> tuple[int, int]:
    event = build_demo_event(ctx)
    trade = get_trade(ctx, event, "electrician").id
    draw_recheck(ctx, trade, SEED)
    return event, trade


def _row(ctx: Context, event: int, number: str):  # type: ignore[no-untyped-def]
    return next(r for r in results_for(ctx, event, "electrician").rows if r.number == number)


@pytest.mark.backends("sqlite")
def test_the_sheet_lists_the_direct_score_with_the_marks(ctx, drawn):
    event, trade = drawn
    first = recheck_status(ctx, trade).rows[0]
    lines = sheet_lines(ctx, trade, first.contestant_id)
    theory = _row(ctx, event, first.label).components["theory"]
    assert (lines[0].kind, lines[0].name) == ("score", "theory 理论知识")
    assert lines[0].value == theory and lines[0].judge == ""
    assert [x.code for x in lines if x.kind == "mark"] == ["e1", "e2", "e3", "e4"]


@pytest.mark.backends("sqlite")
def test_a_direct_score_is_corrected_audited_and_counted(ctx, drawn):
    event, trade = drawn
    row = recheck_status(ctx, trade).rows[0]
    before = _row(ctx, event, row.label)
    old = sheet_lines(ctx, trade, row.contestant_id)[0].value  # as stored
    assert old is not None and old != Decimal("12.5")
    after = correct_score(ctx, trade, row.contestant_id, "theory", Decimal("12.5"),
                          reason="理论试卷复核为 12.5")  # fmt: skip
    now = _row(ctx, event, row.label)
    assert now.components["theory"] == Decimal("12.5")
    assert now.total is not None and before.total is not None and now.total < before.total
    shown = next(r for r in after.rows if r.contestant_id == row.contestant_id)
    assert shown.state == "corrected" and shown.corrections == (f"theory: {old:f} → 12.5",)
    entry = next(e for e in audit_log(ctx, event) if e.action == "score.recheck")
    assert entry.key == f"{row.label}/theory" and "理论试卷复核为 12.5" in entry.reason
    with pytest.raises(UserError, match="与原分数相同"):
        correct_score(ctx, trade, row.contestant_id, "theory", Decimal("12.50"))


@pytest.mark.backends("sqlite")
def test_a_score_is_checked_against_its_component(ctx, drawn):
    _event, trade = drawn
    row = recheck_status(ctx, trade).rows[0]
    with pytest.raises(UserError, match="超出范围"):
        correct_score(ctx, trade, row.contestant_id, "theory", Decimal("101"))
    with pytest.raises(UserError, match="“practical”不能直接录入分数"):
        correct_score(ctx, trade, row.contestant_id, "practical", Decimal("50"))
    assert recheck_status(ctx, trade).rows[0].state == "pending"


@pytest.mark.backends("sqlite")
def test_a_score_changed_after_the_check_makes_the_sheet_pending_again(ctx, drawn):
    _event, trade = drawn
    row = recheck_status(ctx, trade).rows[0]
    confirm_sheet(ctx, trade, row.contestant_id)
    record_score(ctx, row.contestant_id, "theory", Decimal("1"))
    again = next(r for r in recheck_status(ctx, trade).rows if r.contestant_id == row.contestant_id)
    assert again.state == "pending" and again.stale
