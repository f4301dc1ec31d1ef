"""Panels, components and weighted totals of one contestant."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from competition_app.domain.entries import Entry
from competition_app.domain.results import FLAG_MISSING, FLAG_SPREAD
from competition_app.domain.rounding import round_mark
from competition_app.domain.rules import (
    ComponentSpec,
    CriterionSpec,
    PanelMethod,
    PanelRule,
    Rounding,
    TradeRules,
)
from competition_app.domain.scoring import aggregate_panel, panel_rule_for, score_entry

from .factories import entry, rules

D = Decimal


def marks(*values: str) -> list[Decimal]:
    return [D(v) for v in values]


@pytest.mark.parametrize(
    ("method", "judged", "max_mark", "expected"),
    [
        pytest.param("mean", ("6", "7", "8"), "10", "7", id="mean"),
        pytest.param("single", ("6.5",), "10", "6.5", id="single"),
        pytest.param("single", ("6", "7"), "10", "6.5", id="single-with-two-is-a-mean"),
        pytest.param(
            "trimmed_mean", ("6", "7", "8", "10"), "10", "7.75", id="trimmed-4-judges-mean"
        ),
        pytest.param("trimmed_mean", ("6", "7", "8", "9", "10"), "10", "8", id="trimmed-5-judges"),
        pytest.param(
            "trimmed_mean", ("1", "7", "8", "9", "10"), "10", "8", id="trimmed-drops-outlier"
        ),
        pytest.param(
            "trimmed_mean", ("5", "5", "9", "9", "9"), "10", "23/3", id="trimmed-one-each"
        ),
        pytest.param("worldskills_judgement", ("2", "3", "2"), "5", "35/9", id="ws-judgement"),
        pytest.param("worldskills_judgement", ("3", "3", "3"), "2.5", "2.5", id="ws-all-threes"),
        pytest.param("worldskills_judgement", ("0", "0", "0"), "2.5", "0", id="ws-all-zeros"),
        pytest.param("mean", ("11", "12"), "10", "10", id="capped-at-max"),
    ],
)
def test_aggregate_panel(
    method: PanelMethod, judged: tuple[str, ...], max_mark: str, expected: str
) -> None:
    outcome = aggregate_panel(marks(*judged), PanelRule(method, trim_min_judges=5), D(max_mark))
    numerator, _, denominator = expected.partition("/")
    assert outcome.value == Fraction(D(numerator)) / Fraction(D(denominator or "1"))
    assert outcome.spread is False


@pytest.mark.parametrize("method", ["mean", "single", "trimmed_mean", "worldskills_judgement"])
def test_no_marks_is_not_zero(method: PanelMethod) -> None:
    outcome = aggregate_panel([], PanelRule(method, spread_tolerance=D(1)), D(10))
    assert outcome.value is None
    assert outcome.spread is False


@pytest.mark.parametrize(
    ("judged", "tolerance", "spread"),
    [
        pytest.param(("1", "3"), "1", True, id="0-3-differ-by-2"),
        pytest.param(("2", "3", "2"), "1", False, id="differ-by-exactly-1"),
        pytest.param(("2", "3", "2"), None, False, id="no-tolerance"),
        pytest.param(("3",), "0", False, id="one-judge"),
    ],
)
def test_spread(judged: tuple[str, ...], tolerance: str | None, spread: bool) -> None:
    rule = PanelRule("worldskills_judgement", spread_tolerance=D(tolerance) if tolerance else None)
    assert aggregate_panel(marks(*judged), rule, D(5)).spread is spread


def test_trimmed_mean_needs_three_judges_whatever_the_setting() -> None:
    rule = PanelRule("trimmed_mean", trim_min_judges=2)
    assert aggregate_panel(marks("4", "8"), rule, D(10)).value == D(6)


def _practical_rules(method: PanelMethod = "trimmed_mean", **rounding: object) -> TradeRules:
    return TradeRules(
        components=(
            ComponentSpec("theory", "理论知识", D("0.3")),
            ComponentSpec("practical", "操作技能", D("0.7")),
        ),
        criteria=(
            CriterionSpec("p1", "尺寸精度", "practical", D(40)),
            CriterionSpec("p2", "表面质量", "practical", D(60), "judgement"),
        ),
        panel=PanelRule(method, trim_min_judges=5, spread_tolerance=D(3)),
        rounding=Rounding(**rounding),  # type: ignore[arg-type]
    )


def test_component_is_the_sum_of_criteria() -> None:
    card = score_entry(
        _practical_rules(),
        entry(
            "1", theory="80", marks={"p1": {"a": "35.5"}, "p2": {"a": "50", "b": "52", "c": "51"}}
        ),
    )
    assert card.criteria == {"p1": D("35.5"), "p2": D(51)}
    assert card.components == {"theory": D("80.00"), "practical": D("86.50")}
    assert card.total == D("84.55")  # 0.3 × 80 + 0.7 × 86.5 = 24 + 60.55
    assert card.flags == ()


def test_a_criterion_without_marks_leaves_component_and_total_missing() -> None:
    card = score_entry(_practical_rules(), entry("1", theory="80", marks={"p1": {"a": "35"}}))
    assert card.criteria["p2"] is None
    assert card.components["practical"] is None
    assert card.components["theory"] == D(80)
    assert card.total is None
    assert card.flags == (FLAG_MISSING,)


def test_missing_direct_score_leaves_total_missing() -> None:
    card = score_entry(rules(), entry("1", practical="90"))
    assert card.components == {"theory": None, "practical": D(90)}
    assert card.total is None
    assert FLAG_MISSING in card.flags


def test_zero_is_a_real_mark() -> None:
    card = score_entry(rules(), entry("1", theory="0", practical="0"))
    assert card.total == D(0)
    assert card.flags == ()


def test_spread_flags_the_criterion() -> None:
    card = score_entry(
        _practical_rules(),
        entry("1", theory="80", marks={"p1": {"a": "30", "b": "35"}, "p2": {"a": "50", "b": "52"}}),
    )
    assert card.spread_criteria == ("p1",)
    assert card.flags == (FLAG_SPREAD,)


def test_panel_mean_keeps_full_precision_until_the_total() -> None:
    # p2 = (50 + 50 + 51) / 3 = 50.333…; practical = 85.333…; shown as 85.33
    card = score_entry(
        _practical_rules("mean"),
        entry("1", theory="80", marks={"p1": {"a": "35"}, "p2": {"a": "50", "b": "50", "c": "51"}}),
    )
    assert card.components["practical"] == D("85.33")
    assert card.exact_components["practical"] == 35 + Fraction(151, 3)
    # 24 + 0.7 × 85.333… = 83.7333… -> 83.73
    assert card.total == D("83.73")


@pytest.mark.parametrize(
    ("components_first", "total"),
    [
        # exact: 0.3 × 80.045 + 0.7 × 89.995 = 24.0135 + 62.9965 = 87.0100 -> 87.01
        pytest.param(False, "87.01", id="round-the-total"),
        # first: 80.05 and 90.00; 0.3 × 80.05 + 0.7 × 90.00 = 24.015 + 63 = 87.015 -> 87.02
        pytest.param(True, "87.02", id="round-components-first"),
    ],
)
def test_components_first_versus_total_rounding(components_first: bool, total: str) -> None:
    trade = rules(round_components_first=components_first)
    card = score_entry(trade, entry("1", theory="80.045", practical="89.995"))
    assert card.total == D(total)
    assert card.components == {"theory": D("80.05"), "practical": D("90.00")}


def test_worldskills_judgement_and_measurement_aspects() -> None:
    trade = TradeRules(
        components=(ComponentSpec("practical", "操作技能", D(1)),),
        criteria=(
            CriterionSpec("m1", "尺寸", "practical", D(70), "measurement"),
            CriterionSpec("j1", "外观", "practical", D(30), "judgement"),
        ),
        panel=PanelRule("worldskills_judgement", spread_tolerance=D(1)),
    )
    card = score_entry(
        trade,
        Entry(key="1", marks={"m1": {"a": D(60)}, "j1": {"a": D(2), "b": D(3), "c": D(1)}}),
    )
    assert card.criteria == {"m1": D(60), "j1": D(20)}  # 30 × 6 / 9
    assert card.total == D("80.00")
    assert card.spread_criteria == ("j1",)
    assert panel_rule_for(trade, trade.criteria[0]).method == "mean"
    assert panel_rule_for(trade, trade.criteria[1]).method == "worldskills_judgement"
    assert trade.mark_limit(trade.criteria[1]) == D(3)


def test_rounding_down_applies_to_the_total() -> None:
    card = score_entry(rules(rounding="down"), entry("1", theory="99.999", practical="99.999"))
    assert card.total == D("99.99")


_METHODS: tuple[PanelMethod, ...] = ("mean", "single", "trimmed_mean", "worldskills_judgement")


@st.composite
def _plans(draw: st.DrawFn) -> tuple[TradeRules, Entry]:
    """A trade of one or two marked components and an entry with panels of any size (up to 20
    judges, past the sizes whose caps the plan works out), marks over the maximum at times, and
    criteria left unmarked at times."""
    method = draw(st.sampled_from(_METHODS))
    n = draw(st.integers(1, 5))
    components = draw(
        st.sampled_from(
            [
                (ComponentSpec("a", "A", D("0.4")), ComponentSpec("b", "B", D("0.6"))),
                (ComponentSpec("a", "A", D("1.0")),),  # one component, weighing 1
            ]
        )
    )
    criteria = tuple(
        CriterionSpec(
            f"c{i}",
            f"C{i}",
            draw(st.sampled_from([c.code for c in components])),
            draw(st.sampled_from([D(3), D(10), D("7.5")])),
            draw(st.sampled_from(["judgement", "measurement"])),
        )
        for i in range(n)
    )
    panel = PanelRule(
        method, draw(st.integers(3, 7)), draw(st.sampled_from([None, D("0.5"), D(2)]))
    )
    trade = TradeRules(
        components=components,
        criteria=criteria,
        panel=panel,
        rounding=Rounding(
            draw(st.integers(0, 3)), draw(st.sampled_from(["half_up", "down"])), draw(st.booleans())
        ),
    )
    judged: dict[str, dict[str, Decimal]] = {}
    for c in criteria:
        size = draw(st.sampled_from([0, 1, 2, 3, 5, 15, 16, 17, 20]))
        if size:
            judged[c.code] = {
                f"j{k}": draw(st.decimals(0, 12, places=1, allow_nan=False)) for k in range(size)
            }
    return trade, Entry("1", marks=judged)


@given(_plans())
def test_a_scored_panel_and_component_are_the_panel_rule_worked_one_by_one(
    case: tuple[TradeRules, Entry],
) -> None:
    # score_entry works a plain mean inline and adds a component's panels of one size as
    # Decimals: both must give exactly what aggregate_panel and Fractions give
    trade, one = case
    card = score_entry(trade, one)
    expected: dict[str, Fraction | None] = {}
    spread: list[str] = []
    for c in trade.criteria:
        values = list(one.marks.get(c.code, {}).values())
        outcome = aggregate_panel(values, panel_rule_for(trade, c), c.max_mark)
        expected[c.code] = outcome.value
        if outcome.spread:
            spread.append(c.code)
    assert card.criteria == expected
    assert card.spread_criteria == tuple(spread)
    r = trade.rounding
    total: Fraction | None = Fraction(0)
    for comp in trade.components:
        exact = [expected[c.code] for c in trade.criteria_of(comp.code)]
        known = [v for v in exact if v is not None]
        want = sum(known, Fraction(0)) if exact and len(known) == len(exact) else None
        assert card.exact_components[comp.code] == want
        shown = None if want is None else round_mark(want, r.decimals, r.mode)
        assert card.components[comp.code] == shown
        summed = shown if r.components_first else want
        total = (
            None
            if total is None or summed is None
            else total + Fraction(comp.weight) * Fraction(summed)
        )
    assert card.exact_total == total
    assert card.total == (None if total is None else round_mark(total, r.decimals, r.mode))
