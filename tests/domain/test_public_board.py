"""What the projector board may show: no names by day, tiers lowest first at the ceremony."""

from __future__ import annotations

from dataclasses import replace

import pytest

from competition_app.domain.final_state import NOT_LOCKED, TIE_PENDING
from competition_app.domain.public_board import (
    BoardLine,
    leaderboard,
    may_reveal,
    place_text,
    reveal_stages,
)

from .test_distribution import row

ROWS = [
    replace(row("1001", "95.1", 1, "一等奖"), unit="江北机械厂"),
    replace(row("1002", "88", 2, "二等奖"), unit="北岸技师学院"),
    replace(row("1003", "80.5", 3, "三等奖"), tied=True),
    replace(row("1004", "80.5", 3, "三等奖"), tied=True),
    row("1005", "60", 5),
    row("1006", None, None, status="absent"),
]


def test_day_leaderboard_has_no_name_unit_or_award() -> None:
    lines = leaderboard(ROWS, 2)
    assert [line.entry for line in lines] == ["1001", "1002", "1003", "1004", "1005"]
    assert lines[0] == BoardLine("1", "1001", "95.10")
    assert (lines[2].place, lines[2].tied) == ("3", True)
    assert (lines[1].place, lines[1].tied) == ("2", False)
    assert all(not (line.name or line.unit or line.award) for line in lines)


def test_reveal_goes_from_third_prize_up_to_first() -> None:
    stages = reveal_stages(ROWS, 2, identities_hidden=False)
    assert [s.award for s in stages] == ["三等奖", "二等奖", "一等奖"]
    assert [line.entry for line in stages[0].lines] == ["1003", "1004"]
    assert all(line.place == "3" and line.tied for line in stages[0].lines)
    assert stages[2].lines[0] == BoardLine(
        "1", "1001", "95.10", name="选手1001", unit="江北机械厂", award="一等奖"
    )


def test_reveal_of_an_undecrypted_blind_trade_shows_codes_only() -> None:
    stages = reveal_stages(ROWS, 2, identities_hidden=True)
    assert all(not line.name and not line.unit for s in stages for line in s.lines)


@pytest.mark.parametrize(
    ("reasons", "expected"),
    [
        pytest.param((), True, id="final"),
        pytest.param((NOT_LOCKED,), False, id="not-locked"),
        pytest.param((TIE_PENDING,), False, id="tie-for-the-chief-judge"),
    ],
)
def test_only_final_results_are_revealed(reasons: tuple[str, ...], expected: bool) -> None:
    assert may_reveal(reasons) is expected


def test_place_of_an_unranked_row_is_a_dash() -> None:
    assert place_text(ROWS[-1]) == "—"
