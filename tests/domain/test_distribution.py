"""Histogram bins over 0..the highest total possible, edges to the bin above, and award cut lines."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from competition_app.domain.distribution import (
    BINS,
    CutLine,
    bin_index,
    cut_lines,
    distribution,
    max_total,
    scale_top,
    trade_distributions,
)
from competition_app.domain.results import ResultRow

from .factories import rules

D = Decimal


def row(
    number: str,
    total: str | None,
    rank: int | None,
    award: str = "",
    group: str = "",
    status: str = "ok",
) -> ResultRow:
    return ResultRow(
        key=number,
        number=number,
        name=f"选手{number}",
        unit="",
        team="",
        group=group,
        status=status,  # type: ignore[arg-type]
        components={},
        total=None if total is None else D(total),
        rank=rank,
        award=award,
    )


@pytest.mark.parametrize(
    ("total", "top", "expected"),
    [
        pytest.param("0", "100", 0, id="zero-first-bin"),
        pytest.param("4.99", "100", 0, id="below-first-edge"),
        pytest.param("5", "100", 1, id="edge-goes-up"),
        pytest.param("60", "100", 12, id="sixty-in-60-65"),
        pytest.param("59.99", "100", 11, id="just-below-sixty"),
        pytest.param("95", "100", 19, id="last-bin-lower-edge"),
        pytest.param("100", "100", 19, id="full-score-in-last-bin"),
        pytest.param("7.5", "150", 1, id="odd-top-exact-edge"),
        pytest.param("7.49", "150", 0, id="odd-top-below-edge"),
    ],
)
def test_bin_index(total: str, top: str, expected: int) -> None:
    assert bin_index(D(total), D(top)) == expected


def test_edges_are_exact_decimals_of_equal_width() -> None:
    d = distribution([], D(150))
    assert len(d.bins) == BINS
    assert [b.low for b in d.bins[:3]] == [D(0), D("7.5"), D(15)]
    assert d.bins[-1].high == D(150)
    assert {b.high - b.low for b in d.bins} == {D("7.5")}


@pytest.mark.parametrize(
    ("preset", "expected"),
    [
        pytest.param("cn-provincial", D(100), id="30-70"),
        pytest.param("cn-electrician", D(100), id="40-60"),
    ],
)
def test_max_total_from_weights(preset: str, expected: Decimal) -> None:
    assert max_total(rules(preset)) == expected


def test_imported_points_above_the_scale_widen_it() -> None:
    assert scale_top(rules(), [D(88)]) == D(100)
    assert scale_top(rules(), [D(712), D(650)]) == D(720)
    assert bin_index(D(712), D(720)) == 19


def test_only_ranked_rows_count() -> None:
    rows = [
        row("1", "91", 1, "一等奖"),
        row("2", "62", 2),
        row("3", None, None, status="absent"),
        row("4", "70", None),  # incomplete: a total shown but not ranked
    ]
    d = distribution(rows, D(100))
    assert d.ranked == 2
    assert d.bins[18].count == 1 and d.bins[12].count == 1


def test_cut_lines_are_the_lowest_total_of_each_tier_best_first() -> None:
    rows = [
        row("1", "95", 1, "一等奖"),
        row("2", "90.5", 2, "一等奖"),
        row("3", "88", 3, "二等奖"),
        row("4", "80.25", 4, "二等奖"),
        row("5", "80.25", 4, "二等奖"),  # tied at the boundary: same award
        row("6", "70", 6, "三等奖"),
        row("7", "69", 7),
    ]
    assert cut_lines(rows) == (
        CutLine("一等奖", D("90.5"), 2),
        CutLine("二等奖", D("80.25"), 3),
        CutLine("三等奖", D(70), 1),
    )


def test_no_award_no_cut_line() -> None:
    assert cut_lines([row("1", "50", 1)]) == ()


def test_groups_each_have_their_cut_lines_on_one_scale() -> None:
    rows = [
        row("1", "90", 1, "一等奖", group="职工组"),
        row("2", "80", 2, group="职工组"),
        row("3", "75", 1, "一等奖", group="学生组"),
    ]
    staff, students = trade_distributions(rules(), rows, ("职工组", "学生组"))
    assert (staff.group, staff.ranked, staff.cuts[0].total) == ("职工组", 2, D(90))
    assert (students.group, students.ranked, students.cuts[0].total) == ("学生组", 1, D(75))
    assert staff.top == students.top == D(100)
    assert len(trade_distributions(rules(), rows, ())) == 1


totals = st.decimals(min_value=0, max_value=1000, places=2, allow_nan=False, allow_infinity=False)


@given(st.lists(st.tuples(totals, st.booleans()), max_size=60))
def test_counts_sum_to_the_ranked_rows(items: list[tuple[Decimal, bool]]) -> None:
    rows = [row(str(i), str(t), i + 1 if ranked else None) for i, (t, ranked) in enumerate(items)]
    (d,) = trade_distributions(rules(), rows, ())
    assert d.ranked == sum(1 for _, ranked in items if ranked)
    for r in rows:
        if r.rank is not None and r.total is not None:
            b = d.bins[bin_index(r.total, d.top)]
            assert b.low <= r.total and (r.total < b.high or b is d.bins[-1])
