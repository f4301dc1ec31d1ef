"""Appeals: the window after a trade ends, and the rows whose rank or award moved."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import pytest

from competition_app.domain.appeals import (
    AppealWindowClosed,
    appeal_deadline,
    check_window,
    parse_hours,
    parse_when,
    rank_changes,
)
from competition_app.domain.errors import UserError
from competition_app.domain.results import ResultRow

ENDS = datetime(2022, 7, 20, 17, 0)


@pytest.mark.parametrize(
    ("received", "hours", "accepted"),
    [
        (datetime(2022, 7, 20, 18, 59), "2", True),
        (datetime(2022, 7, 20, 19, 0), "2", True),
        (datetime(2022, 7, 20, 19, 1), "2", False),
        (datetime(2022, 7, 20, 16, 30), "2", True),
        (datetime(2022, 7, 20, 17, 31), "0.5", False),
        (datetime(2022, 7, 21, 9, 0), "24", True),
    ],
    ids=[
        "inside",
        "at-the-deadline",
        "a-minute-late",
        "during-the-trade",
        "half-hour-window",
        "next-morning-with-a-day",
    ],
)
def test_the_window_closes_hours_after_the_trade_ends(received, hours, accepted):
    if accepted:
        check_window(received, ENDS, Decimal(hours))
    else:
        with pytest.raises(AppealWindowClosed, match="时限已过"):
            check_window(received, ENDS, Decimal(hours))


def test_deadline_and_parsing():
    assert appeal_deadline(ENDS, Decimal("1.5")) == datetime(2022, 7, 20, 18, 30)
    assert parse_when("2022-07-20 17:00") == ENDS
    assert parse_when("2022-07-20T17:00:00") == ENDS
    with pytest.raises(UserError):
        parse_when("下午五点")
    assert parse_hours("2") == Decimal(2)
    for bad in ("-1", "x", "NaN"):
        with pytest.raises(UserError):
            parse_hours(bad)


def _row(key, rank, award, total):
    return ResultRow(
        key=key,
        number=key,
        name=f"选手{key}",
        unit="",
        team="",
        group="",
        status="ok",
        components={},
        total=Decimal(total),
        rank=rank,
        award=award,
    )


def test_rank_changes_lists_only_rows_that_moved():
    before = [_row("1", 1, "一等奖", "90"), _row("2", 2, "二等奖", "85"), _row("3", 3, "", "70")]
    after = [_row("2", 1, "一等奖", "95"), _row("1", 2, "二等奖", "90"), _row("3", 3, "", "70")]
    changes = rank_changes(before, after)
    assert [(c.number, c.old_rank, c.new_rank, c.old_award, c.new_award) for c in changes] == [
        ("2", 2, 1, "二等奖", "一等奖"),
        ("1", 1, 2, "一等奖", "二等奖"),
    ]


def test_a_changed_total_shows_even_when_the_rank_stays():
    (change,) = rank_changes([_row("1", 1, "", "90")], [_row("1", 1, "", "91")])
    assert (change.old_total, change.new_total) == (Decimal(90), Decimal(91))
    assert rank_changes([], []) == ()
