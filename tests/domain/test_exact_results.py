"""Results a judge can check by hand: exact panels and components, one rounding, published rules."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from competition_app.domain.entries import Entry
from competition_app.domain.rounding import as_decimal, exact, round_mark
from competition_app.domain.rules import RoundingMode
from competition_app.domain.rules_io import rules_from_mapping
from competition_app.domain.scoring import score_entry
from competition_app.domain.tabulation import tabulate
from competition_app.domain.teams import team_standings

from .factories import entry, rules

D = Decimal


def _three_criteria(rounding: str, decimals: int = 3, method: str = "mean") -> Any:
    return rules_from_mapping(
        {
            "components": [{"code": "practical", "weight": "1"}],
            "criteria": [
                {"code": f"c{i}", "component": "practical", "max": m}
                for i, m in enumerate(("30", "30", "40"), start=1)
            ],
            "panel": {"method": method},
            "decimals": decimals,
            "rounding": rounding,
        }
    )


def _judged(*panels: tuple[str, ...]) -> dict[str, dict[str, str]]:
    return {f"c{i}": {f"j{k}": m for k, m in enumerate(p)} for i, p in enumerate(panels, start=1)}


@pytest.mark.parametrize(
    ("mode", "decimals", "expected"),
    [
        pytest.param("down", 3, "50.000", id="thirds-sum-to-50-down"),
        pytest.param("half_up", 2, "50.00", id="thirds-sum-to-50-half-up"),
        pytest.param("half_even", 0, "50", id="thirds-sum-to-50-whole"),
    ],
)
def test_three_panel_means_in_thirds_add_up_exactly(
    mode: str, decimals: int, expected: str
) -> None:
    # means 47/3, 50/3 and 53/3: 15.666…, 16.666…, 17.666… add up to exactly 50
    judged = _judged(("15", "16", "16"), ("16", "17", "17"), ("17", "18", "18"))
    card = score_entry(_three_criteria(mode, decimals), entry("1", marks=judged))
    assert card.criteria == {"c1": Fraction(47, 3), "c2": Fraction(50, 3), "c3": Fraction(53, 3)}
    assert card.exact_total == 50
    assert str(card.total) == expected


@pytest.mark.parametrize(
    ("mode", "expected"),
    [
        pytest.param("half_up", "85.52", id="half-up-rounds-the-exact-5-up"),
        pytest.param("half_even", "85.52", id="half-even-to-the-even-2"),
        pytest.param("down", "85.51", id="down-truncates"),
    ],
)
def test_an_exact_half_cent_total_rounds_as_the_trade_says(mode: str, expected: str) -> None:
    # 0.3 × 75.05 + 0.7 × 90.00 = 22.515 + 63 = 85.515 exactly
    trade = rules(rounding=mode)
    card = score_entry(trade, entry("1", theory="75.05", practical="90.00"))
    assert card.exact_total == D("85.515")
    assert str(card.total) == expected


def test_a_three_judge_mean_of_a_third_feeds_the_weighted_total_exactly() -> None:
    # practical: one criterion, judges 80, 80, 81 -> 241/3; total 0.3 × 70 + 0.7 × 241/3
    trade = rules(
        criteria=[{"code": "p", "component": "practical", "max": "100"}],
        panel={"method": "mean"},
    )
    card = score_entry(
        trade, entry("1", theory="70", marks={"p": {"a": "80", "b": "80", "c": "81"}})
    )
    assert card.exact_total == Fraction(21) + Fraction(7, 10) * Fraction(241, 3)  # 77.2333…
    assert card.total == D("77.23")
    assert card.components == {"theory": D("70.00"), "practical": D("80.33")}


def test_a_judgement_aspect_whose_mean_is_a_third() -> None:
    # WorldSkills judgement: max 6, scores 1, 0, 0 -> mean 1/3 -> 6 × (1/3) / 3 = 2/3
    trade = rules_from_mapping(
        {
            "components": [{"code": "practical", "weight": "1", "max": "6"}],
            "criteria": [{"code": "j", "component": "practical", "max": "6", "kind": "judgement"}],
            "panel": {"method": "worldskills_judgement"},
            "decimals": 2,
        }
    )
    card = score_entry(trade, entry("1", marks={"j": {"a": "1", "b": "0", "c": "0"}}))
    assert card.criteria["j"] == Fraction(2, 3)
    assert card.total == D("0.67")


def test_components_first_rounds_each_component_then_the_total() -> None:
    # practical 241/3 = 80.333… -> 80.33; total 0.3 × 70 + 0.7 × 80.33 = 77.231 -> 77.23
    trade = rules(
        criteria=[{"code": "p", "component": "practical", "max": "100"}],
        panel={"method": "mean"},
        round_components_first=True,
    )
    card = score_entry(
        trade, entry("1", theory="70", marks={"p": {"a": "80", "b": "80", "c": "81"}})
    )
    assert card.exact_total == D("77.231")
    assert card.total == D("77.23")


@pytest.mark.parametrize(
    ("value", "decimals", "mode", "expected"),
    [
        pytest.param(Fraction(1, 3), 2, "half_up", "0.33", id="third-half-up"),
        pytest.param(Fraction(2, 3), 2, "down", "0.66", id="two-thirds-down"),
        pytest.param(Fraction(1, 8), 2, "half_up", "0.13", id="exact-half-up"),
        pytest.param(Fraction(1, 8), 2, "half_even", "0.12", id="exact-half-even-down"),
        pytest.param(Fraction(3, 8), 2, "half_even", "0.38", id="exact-half-even-up"),
        pytest.param(Fraction(0), 2, "half_up", "0.00", id="zero-keeps-places"),
        pytest.param(Fraction(199, 2), 0, "half_up", "100", id="whole-places"),
        pytest.param(Fraction(-1, 8), 2, "half_up", "-0.13", id="negative-away-from-zero"),
    ],
)
def test_round_mark_of_a_fraction(
    value: Fraction, decimals: int, mode: RoundingMode, expected: str
) -> None:
    assert str(round_mark(value, decimals, mode)) == expected


def test_as_decimal_only_for_values_that_end() -> None:
    assert as_decimal(Fraction(17, 8)) == D("2.125")
    assert as_decimal(Fraction(1, 3)) is None
    assert as_decimal(D("8.5")) == D("8.5")


marks_st = st.decimals(min_value=0, max_value=10, places=1, allow_nan=False, allow_infinity=False)
modes = st.sampled_from(["half_up", "half_even", "down"])


@st.composite
def _cases(draw: st.DrawFn) -> tuple[Any, Entry]:
    n_criteria = draw(st.integers(1, 4))
    method = draw(st.sampled_from(["mean", "trimmed_mean"]))
    theory_weight = draw(st.sampled_from(["0.3", "0.25", "0.4", "0.35"]))
    table = {
        "components": [
            {"code": "theory", "weight": theory_weight},
            {"code": "practical", "weight": str(1 - D(theory_weight)), "max": str(10 * n_criteria)},
        ],
        "criteria": [
            {"code": f"c{i}", "component": "practical", "max": "10"} for i in range(n_criteria)
        ],
        "panel": {"method": method, "trim_min_judges": 5},
        "decimals": draw(st.integers(0, 4)),
        "rounding": draw(modes),
        "round_components_first": draw(st.booleans()),
    }
    # panels of different sizes in one component: their means have different denominators
    sizes = [draw(st.integers(1, 6)) for _ in range(n_criteria)]
    marks = {f"c{i}": {f"j{k}": draw(marks_st) for k in range(n)} for i, n in enumerate(sizes)}
    theory = draw(st.decimals(min_value=0, max_value=100, places=2))
    return rules_from_mapping(table), Entry("1", marks=marks, scores={"theory": theory})


def _exact_panel(values: list[Decimal], method: str) -> Fraction:
    kept = sorted(values)[1:-1] if method == "trimmed_mean" and len(values) >= 5 else values
    return sum((Fraction(v) for v in kept), Fraction(0)) / len(kept)


@given(_cases())
def test_the_printed_total_is_the_one_rounding_of_the_exact_sum(case: tuple[Any, Entry]) -> None:
    trade, one = case
    card = score_entry(trade, one)
    r = trade.rounding
    practical = sum(
        (
            _exact_panel(list(one.marks[c.code].values()), trade.panel.method)
            for c in trade.criteria
        ),
        Fraction(0),
    )
    parts = {"theory": Fraction(one.scores["theory"]), "practical": practical}
    # the exact values an explanation shows are these same Fractions
    assert card.criteria == {
        c.code: _exact_panel(list(one.marks[c.code].values()), trade.panel.method)
        for c in trade.criteria
    }
    assert card.exact_components == parts
    if r.components_first:
        parts = {k: Fraction(round_mark(v, r.decimals, r.mode)) for k, v in parts.items()}
    expected = sum((exact(c.weight) * parts[c.code] for c in trade.components), Fraction(0))
    assert card.exact_total == expected
    assert card.total == round_mark(expected, r.decimals, r.mode)
    if r.components_first:
        # the sheet explains itself: Σ weight × printed component, rounded, is the total
        printed = sum(
            (exact(c.weight) * exact(card.components[c.code] or 0) for c in trade.components),
            Fraction(0),
        )
        assert card.total == round_mark(printed, r.decimals, r.mode)


@given(st.fractions(min_value=0, max_value=1000), st.integers(0, 4), modes)
def test_rounding_a_fraction_agrees_with_decimal_rounding_of_its_exact_digits(
    value: Fraction, decimals: int, mode: RoundingMode
) -> None:
    # scaled to a value that ends, Decimal's own quantize is the reference
    ending = Fraction(round(value * 10**6), 10**6)
    digits = as_decimal(ending)
    assert digits is not None
    assert round_mark(ending, decimals, mode) == round_mark(digits, decimals, mode)
    rounded = round_mark(value, decimals, mode)
    assert rounded.as_tuple().exponent == -decimals
    assert abs(Fraction(rounded) - value) <= Fraction(1, 10**decimals)


# --- rules as organizers publish them --------------------------------------------------------


def _ranked(trade: Any, *entries: Entry) -> dict[str, Any]:
    return {r.key: r for r in tabulate(trade, entries).rows}


def test_disqualified_and_absent_scores_are_void() -> None:
    rows = _ranked(
        rules(),
        entry("1", "90", "90"),
        entry("2", "95", "95", status="disqualified"),
        entry("3", status="absent"),
        entry("4", "80", "80", status="absent"),
    )
    for key, note in (("2", "取消资格"), ("3", "缺考"), ("4", "缺考")):
        row = rows[key]
        assert (row.rank, row.total, row.award) == (None, None, "")
        assert set(row.components.values()) == {None}
        assert row.note == note
    assert rows["1"].rank == 1


def _field(*totals: str, style: str = "competition", **extra: Any) -> dict[str, Any]:
    trade = rules(
        rank_style=style,
        components=[{"code": "theory", "weight": "1"}],
        tie_break=["total"],
        **extra,
    )
    return _ranked(trade, *(entry(str(i), t) for i, t in enumerate(totals, start=1)))


def test_dense_rank_style_shows_1_2_2_3_3_3() -> None:
    rows = _field("95", "90", "90", "85", "85", "85", "80", style="dense")
    assert [rows[str(i)].rank for i in range(1, 8)] == [1, 2, 2, 3, 3, 3, 4]
    competition = _field("95", "90", "90", "85", "85", "85", "80")
    assert [competition[str(i)].rank for i in range(1, 8)] == [1, 2, 2, 4, 4, 4, 7]


def test_dense_rank_style_leaves_awards_and_titles_counting_people() -> None:
    extra: dict[str, Any] = {
        "awards": {
            "tiers": [{"name": "一等奖", "count": 1}, {"name": "优胜奖", "up_to_share": "0.5"}],
            "min_total": "0",
        },
        "titles": [{"name": "技术能手", "top_n": 3}],
    }
    totals = ("95", "90", "90", "85", "85", "85", "80", "70")
    dense = _field(*totals, style="dense", **extra)
    competition = _field(*totals, **extra)
    for key in dense:
        assert (dense[key].award, dense[key].titles) == (
            competition[key].award,
            competition[key].titles,
        )
    # up_to_share 0.5 of 8 is rank 4 or better by competition rank: the 85s (rank 4) are in
    assert [dense[str(i)].award for i in range(1, 9)] == ["一等奖"] + ["优胜奖"] * 5 + ["", ""]
    # top 3 by people: the 90s tied for 2nd are in, the 85s (dense 3rd, competition 4th) are not
    assert [bool(dense[str(i)].titles) for i in range(1, 9)] == [True] * 3 + [False] * 5


def test_everyone_tied_at_the_title_cut_gets_the_title() -> None:
    rows = _field(
        "99", "98", "97", "96", "95", "95", "94", titles=[{"name": "技术能手", "top_n": 5}]
    )
    assert [bool(rows[str(i)].titles) for i in range(1, 8)] == [True] * 6 + [False]


def test_quota_counts_ranked_eligible_contestants_below_the_minimum_too() -> None:
    # 10 ranked, 4 below 60: 30 % of 10 is 3 places, not 30 % of the 6 above the minimum
    totals = ("95", "90", "85", "80", "75", "70", "55", "50", "45", "40")
    rows = _field(
        *totals, awards={"tiers": [{"name": "一等奖", "share": "0.3"}], "min_total": "60"}
    )
    assert [rows[str(i)].award for i in range(1, 11)] == ["一等奖"] * 3 + [""] * 7


def test_medallion_on_the_total_compares_standardised_points() -> None:
    trade = rules(
        None,
        components=[{"code": "points", "weight": "1", "max": "1000"}],
        awards={"mode": "medals", "medallion": "700", "medallion_on": "total"},
        decimals=0,
    )
    points = ("780", "760", "745", "712", "700", "699", "650")
    rows = _ranked(trade, *(Entry(str(i), scores={"points": D(p)}) for i, p in enumerate(points)))
    assert [rows[str(i)].award for i in range(7)] == [
        "金牌", "银牌", "铜牌", "优胜奖", "优胜奖", "", "",
    ]  # fmt: skip
    assert all(rows[str(i)].ws_scale is None for i in range(7))


def test_tie_breaks_compare_components_as_published() -> None:
    # practical 80.333… and 80.334 both print 80.33: the sheet cannot explain an order between
    # them, so the tie-break on practical leaves them tied (and the total decides nothing)
    trade = rules(
        criteria=[{"code": "p", "component": "practical", "max": "100"}],
        panel={"method": "mean"},
        tie_break=["total", "practical"],
    )
    a = entry("a", theory="70", marks={"p": {"x": "80", "y": "80", "z": "81"}})
    b = entry("b", theory="70", marks={"p": {"x": "80.334"}})
    rows = _ranked(trade, a, b)
    assert rows["a"].total == rows["b"].total == D("77.23")
    assert (rows["a"].rank, rows["b"].rank) == (1, 1)
    assert rows["a"].tied and rows["b"].tied


def test_team_standings_leave_out_of_competition_members_and_share_ties() -> None:
    trade = rules(components=[{"code": "theory", "weight": "1"}], tie_break=["total"])
    result = tabulate(
        trade,
        [
            entry("1", "90", team="甲"),
            entry("2", "99", team="甲", status="out_of_competition"),
            entry("3", "90", team="乙"),
            entry("4", "80", team="丙"),
        ],
    )
    standings = team_standings(result.rows, None)
    assert [(t.rank, t.team, t.total, t.counted) for t in standings] == [
        (1, "乙", D("90.00"), 1),
        (1, "甲", D("90.00"), 1),
        (3, "丙", D("80.00"), 1),
    ]
