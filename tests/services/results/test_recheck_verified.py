"""A re-check correction on a verified-entry trade (复核录入): the corrected mark is the settled
one, as a chief judge's resolution would be, so the results count it and the verification has
no mismatch to show (services.scoring.verification.settle_pass)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from competition_app.services.registration.contestants import list_contestants
from competition_app.services.registration.judges import list_judges
from competition_app.services.results.locking import lock_trade
from competition_app.services.results.recheck import correct_mark, draw_recheck
from competition_app.services.results.results import results_for
from competition_app.services.scoring.scoring import record_score
from competition_app.services.scoring.verification import (
    enter_pass,
    pass_state_of,
    verification_status,
)
from competition_app.services.setup.trade_options import set_trade_options
from competition_app.services.setup.trades import get_trade
from tests.services.staff import fast_passwords, hire_staff  # noqa: F401


@pytest.mark.backends("sqlite")
def test_a_correction_on_a_verified_trade_is_the_settled_mark(ctx, event_id):
    staff = hire_staff(ctx)
    trade = get_trade(ctx, event_id, "electrician")
    set_trade_options(staff.organizer, trade.id, double_entry=True)
    ids = {c.number: c.id for c in list_contestants(ctx, event_id, "electrician")}
    judges = {j.code: j.id for j in list_judges(ctx, event_id)}
    for number in ("2001", "2002"):
        record_score(staff.judge, ids[number], "theory", Decimal("80"))
        for crit in ("e1", "e2"):
            for j in ("J1", "J2"):
                for who, pass_no in ((staff.judge, 1), (staff.clerk, 2)):
                    enter_pass(who, ids[number], crit, Decimal("30"), pass_no=pass_no,
                               judge_id=judges[j])  # fmt: skip
    before = {r.number: r.total for r in results_for(ctx, event_id, "electrician").rows}
    draw_recheck(staff.chief, trade.id, 7)  # two ranked: both in the top part

    correct_mark(staff.judge, trade.id, ids["2002"], "e1", Decimal("36"),
                 judge_id=judges["J1"], reason="原始评分表为 36")  # fmt: skip

    rows = {r.number: r for r in results_for(ctx, event_id, "electrician").rows}
    # e1 by J1 and J2 averaged: (36 + 30) / 2 = 33 instead of 30, 3 points of the practical's 100
    assert rows["2002"].components["practical"] == Decimal("63")
    assert rows["2002"].total is not None and before["2002"] is not None
    assert rows["2002"].total > before["2002"] and rows["2001"].total == before["2001"]
    status = verification_status(ctx, trade.id)
    assert status.mismatches == () and status.counts.complete and not status.provisional
    assert pass_state_of(ctx, ids["2002"], "e1", judges["J1"]) == "resolved"
    lock_trade(staff.chief, trade.id)
    assert get_trade(ctx, event_id, "electrician").locked
