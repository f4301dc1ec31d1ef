"""Judge analysis: leniency, flagged spreads, trimmed marks and judgement agreement, by hand."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from competition_app.domain.entries import Entry, Status
from competition_app.domain.judge_analysis import (
    JudgeAnalysis,
    analyse_judges,
    offset_scale,
    panel_offsets,
    shown,
)
from competition_app.domain.rules import ComponentSpec, CriterionSpec, PanelRule, TradeRules

D = Decimal
F = Fraction

# Five judges a-e on one criterion; trimmed mean from 5 judges; spread tolerance 3 marks.
TRIMMED = TradeRules(
    components=(ComponentSpec("practical", "操作技能", D(1)),),
    criteria=(CriterionSpec("p1", "尺寸精度", "practical", D(40)),),
    panel=PanelRule("trimmed_mean", trim_min_judges=5, spread_tolerance=D(3)),
)


def _entry(key: str, marks: dict[str, dict[str, str]], status: Status = "ok") -> Entry:
    return Entry(
        key=key,
        status=status,
        marks={c: {j: D(m) for j, m in judged.items()} for c, judged in marks.items()},
    )


# Contestant 1: 30 32 34 35 39, sum 170, mean 34: offsets a −4, b −2, c 0, d +1, e +5;
#   39 − 30 = 9 > 3: flagged; five judges: a's 30 dropped as lowest, e's 39 as highest.
# Contestant 2 (c and d stood aside): 20 22 25, mean 67/3: a −7/3, b −1/3, e +8/3;
#   25 − 20 = 5 > 3: flagged; three judges: no trimming.
# Contestant 3: one mark (the rest stood aside): left out.
# Contestant 4: disqualified, its marks void: left out.
# Contestant 5: 30 31 30 31 31, mean 30.6: a −3/5, b +2/5, c −3/5, d +2/5, e +2/5; spread 1:
#   not flagged; of the equal lowest the first (a) is dropped, of the equal highest the last (e).
PANEL = [
    _entry("1", {"p1": {"a": "30", "b": "32", "c": "34", "d": "35", "e": "39"}}),
    _entry("2", {"p1": {"a": "20", "b": "22", "e": "25"}}),
    _entry("3", {"p1": {"a": "10"}}),
    _entry("4", {"p1": {"a": "40", "b": "0"}}, status="disqualified"),
    _entry("5", {"p1": {"a": "30", "b": "31", "c": "30", "d": "31", "e": "31"}}),
]


@pytest.mark.parametrize(
    ("judge", "marks", "offset", "text", "flagged", "high", "low"),
    [
        # a: (−4 − 7/3 − 3/5) / 3 = (−104/15) / 3 = −104/45 = −2.311…; flagged in 1 and 2 of 3
        pytest.param("a", 3, F(-104, 45), "-2.31", "0.67", 0, 2, id="a-harsh-trimmed-low"),
        # b: (−2 − 1/3 + 2/5) / 3 = (−29/15) / 3 = −29/45 = −0.644…
        pytest.param("b", 3, F(-29, 45), "-0.64", "0.67", 0, 0, id="b"),
        # c: (0 − 3/5) / 2 = −3/10; flagged in 1 of its 2 (1 and 5)
        pytest.param("c", 2, F(-3, 10), "-0.30", "0.50", 0, 0, id="c-stood-aside-once"),
        # d: (1 + 2/5) / 2 = 7/10
        pytest.param("d", 2, F(7, 10), "0.70", "0.50", 0, 0, id="d"),
        # e: (5 + 8/3 + 2/5) / 3 = (121/15) / 3 = 121/45 = 2.688…
        pytest.param("e", 3, F(121, 45), "2.69", "0.67", 2, 0, id="e-lenient-trimmed-high"),
    ],
)
def test_small_panel_worked_by_hand(
    judge: str, marks: int, offset: Fraction, text: str, flagged: str, high: int, low: int
) -> None:
    analysis = analyse_judges(TRIMMED, PANEL)
    row = next(r for r in analysis.judges if r.judge == judge)
    assert (row.marks, row.mean_offset, shown(row.mean_offset)) == (marks, offset, text)
    assert (shown(row.flagged_share), row.trimmed_high, row.trimmed_low) == (flagged, high, low)
    assert analysis.panels == 3  # contestants 1, 2 and 5
    assert analysis.agreement == ()  # no judgement aspect


def test_roster_order_and_a_judge_without_marks() -> None:
    analysis = analyse_judges(TRIMMED, PANEL, roster=("e", "a", "x"))
    assert [r.judge for r in analysis.judges] == ["e", "a", "x", "b", "c", "d"]
    idle = analysis.judges[2]
    assert (idle.marks, idle.mean_offset, shown(idle.flagged_share)) == (0, None, "")


def test_worldskills_agreement_on_judgement_aspects_only() -> None:
    trade = TradeRules(
        components=(ComponentSpec("practical", "操作技能", D(1)),),
        criteria=(
            CriterionSpec("m1", "尺寸", "practical", D(70), "measurement"),
            CriterionSpec("j1", "外观", "practical", D(30), "judgement"),
        ),
        panel=PanelRule("worldskills_judgement", spread_tolerance=D(1)),
    )
    # j1: 2 3 1 (3 − 1 = 2: disagree, flagged), 2 2 3 (agree), 1 2 (agree): 2 of 3 panels agree.
    # Offsets: mean 2: a 0, b +1, c −1; mean 7/3: a −1/3, b −1/3, c +2/3; mean 3/2: a −1/2, b +1/2
    # a: (0 − 1/3 − 1/2) / 3 = −5/18; b: (1 − 1/3 + 1/2) / 3 = 7/18; c: (−1 + 2/3) / 2 = −1/6.
    # m1 has a single mark each time: left out, and it is no judgement aspect.
    entries = [
        _entry("1", {"m1": {"a": "60"}, "j1": {"a": "2", "b": "3", "c": "1"}}),
        _entry("2", {"m1": {"a": "50"}, "j1": {"a": "2", "b": "2", "c": "3"}}),
        _entry("3", {"j1": {"a": "1", "b": "2"}}),
    ]
    analysis = analyse_judges(trade, entries)
    assert [(a.criterion, a.panels, a.agreeing, a.share) for a in analysis.agreement] == [
        ("j1", 3, 2, F(2, 3))
    ]
    offsets = {r.judge: (r.mean_offset, shown(r.mean_offset)) for r in analysis.judges}
    assert offsets == {
        "a": (F(-5, 18), "-0.28"),
        "b": (F(7, 18), "0.39"),
        "c": (F(-1, 6), "-0.17"),
    }
    assert [shown(r.flagged_share) for r in analysis.judges] == ["0.33", "0.33", "0.50"]
    assert all(r.trimmed_high == r.trimmed_low == 0 for r in analysis.judges)


def test_the_sole_mark_of_a_criterion_without_panel_is_no_judge() -> None:
    analysis = analyse_judges(TRIMMED, [_entry("1", {"p1": {"0": "30", "a": "31"}})])
    assert analysis.judges == () and analysis.panels == 0


@pytest.mark.parametrize(
    ("value", "text"),
    [
        pytest.param(F(1, 8), "0.13", id="half-up"),
        pytest.param(F(-1, 8), "-0.13", id="half-away-from-zero-when-negative"),
        pytest.param(F(-1, 1000), "0.00", id="no-negative-zero"),
        pytest.param(F(2, 3), "0.67", id="two-thirds"),
        pytest.param(None, "", id="nothing-to-analyse"),
    ],
)
def test_shown_at_two_places(value: Fraction | None, text: str) -> None:
    assert shown(value) == text


_marks = st.decimals(min_value=0, max_value=40, places=1, allow_nan=False, allow_infinity=False)
_panel = st.dictionaries(st.sampled_from("abcdefg"), _marks, min_size=1, max_size=7)


@given(st.lists(_panel, max_size=12))
def test_offsets_weighted_by_marks_sum_to_zero(panels: list[dict[str, Decimal]]) -> None:
    entries = [Entry(key=str(i), marks={"p1": p}) for i, p in enumerate(panels)]
    analysis: JudgeAnalysis = analyse_judges(TRIMMED, entries)
    assert sum((r.offset_sum for r in analysis.judges), F(0)) == 0
    # A trimmed panel drops exactly one highest and one lowest mark.
    trimmed = sum(len(p) >= 5 for p in panels)
    assert sum(r.trimmed_high for r in analysis.judges) == trimmed
    assert sum(r.trimmed_low for r in analysis.judges) == trimmed
    assert analysis.panels == sum(len(p) >= 2 for p in panels)
    for p in panels:
        assert sum(panel_offsets(p).values(), F(0)) == 0


@pytest.mark.parametrize(
    ("offsets", "scale"),
    [
        ([], Fraction(1, 2)),  # nothing analysed: half a point, never a division by zero
        ([None, Fraction(1, 100), Fraction(-1, 100)], Fraction(1, 2)),  # slivers
        ([Fraction(1, 2)], Fraction(1, 2)),
        ([Fraction(-7, 3), Fraction(1)], Fraction(7, 3)),  # the largest either way fills
    ],
)
def test_an_offset_bar_fills_its_half_at_half_a_point_or_the_largest(offsets, scale):
    assert offset_scale(offsets) == scale
