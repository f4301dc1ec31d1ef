"""Team standings by the best N totals."""

from __future__ import annotations

from decimal import Decimal

import pytest

from competition_app.domain.entries import Status
from competition_app.domain.results import ResultRow, TeamStanding
from competition_app.domain.teams import team_standings

D = Decimal


def row(team: str, total: str | None, status: Status = "ok", rank: int | None = 1) -> ResultRow:
    return ResultRow(
        key=f"{team}{total}",
        number="",
        name="",
        unit=team,
        team=team,
        group="",
        status=status,
        components={},
        total=D(total) if total is not None else None,
        rank=rank if total is not None else None,
    )


ROWS = [
    row("甲队", "90"),
    row("甲队", "80"),
    row("甲队", "70"),
    row("乙队", "95"),
    row("乙队", "75"),
    row("丙队", "85"),
    row("丙队", "99", status="out_of_competition"),
    row("丙队", None, status="absent"),
    row("丁队", "60", status="disqualified", rank=None),
    row("", "100"),
]


@pytest.mark.parametrize(
    ("best_n", "expected"),
    [
        pytest.param(
            None,
            [
                TeamStanding(1, "甲队", D(240), 3),
                TeamStanding(2, "乙队", D(170), 2),
                TeamStanding(3, "丙队", D(85), 1),
            ],
            id="all-count",
        ),
        pytest.param(
            2,
            # within the tie, by name in code-point order: 乙 (U+4E59) before 甲 (U+7532)
            [
                TeamStanding(1, "乙队", D(170), 2),
                TeamStanding(1, "甲队", D(170), 2),
                TeamStanding(3, "丙队", D(85), 1),
            ],
            id="best-2-tie-shares-rank-by-name",
        ),
        pytest.param(
            1,
            [
                TeamStanding(1, "乙队", D(95), 1),
                TeamStanding(2, "甲队", D(90), 1),
                TeamStanding(3, "丙队", D(85), 1),
            ],
            id="best-1",
        ),
    ],
)
def test_team_standings(best_n: int | None, expected: list[TeamStanding]) -> None:
    standings = team_standings(ROWS, best_n)
    assert standings == expected


def test_tie_orders_by_team_name() -> None:
    standings = team_standings([row("b", "80"), row("a", "80"), row("c", "90")], None)
    assert [(s.rank, s.team) for s in standings] == [(1, "c"), (2, "a"), (2, "b")]


def test_no_rows() -> None:
    assert team_standings([], 3) == []


def test_best_zero_counts_nobody() -> None:
    assert team_standings(ROWS, 0) == []
