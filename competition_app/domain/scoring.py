"""Scoring one contestant: judges' panels into criterion marks, then components, then the total."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from math import gcd

from competition_app.domain.entries import Entry
from competition_app.domain.results import FLAG_MISSING, FLAG_SPREAD
from competition_app.domain.rounding import Exact, round_mark
from competition_app.domain.rules import CriterionSpec, PanelRule, TradeRules

# WorldSkills judgement scores run 0..3; an aspect earns max_mark * mean / 3.
JUDGEMENT_SCALE = Decimal(3)
# Below three marks there is nothing left to average after dropping the highest and the lowest.
_TRIM_FLOOR = 3


@dataclass(frozen=True)
class PanelOutcome:
    """One criterion's mark from its panel: None when no judge has marked it (never zero).

    `value` is exact: a three-judge mean of 47 is 47/3, not 15.666…7.
    """

    value: Fraction | None
    spread: bool = False


@dataclass(frozen=True)
class ScoreCard:
    """One contestant scored.

    `components` are rounded to the trade's places (what a result sheet prints and tie-breaks
    compare); `exact_components` are exact. `criteria` are the exact panel values of each
    criterion. `exact_total` is the weighted sum that `total` is the one rounding of (of the
    rounded components when the trade rounds components first). A missing criterion or
    component is None, and then both totals are None too.
    """

    components: dict[str, Decimal | None]
    total: Decimal | None
    flags: tuple[str, ...] = ()
    spread_criteria: tuple[str, ...] = ()
    criteria: dict[str, Fraction | None] = field(default_factory=dict)
    exact_components: dict[str, Exact | None] = field(default_factory=dict)
    exact_total: Exact | None = None


def _ratio(numerator: Decimal, divisor: int, cap: Decimal) -> tuple[int, int]:
    """`numerator / divisor` exactly, but never above `cap`, as integers (top, bottom).

    The sum of typed marks is an exact Decimal, so the cap is checked there and the one
    division is a ratio of integers, not reduced: a city contest has a million panels, and
    sums of them are added as integers before one Fraction is made of each.
    """
    if numerator >= cap * divisor:
        return cap.as_integer_ratio()
    top, bottom = numerator.as_integer_ratio()
    return top, bottom * divisor


def _add(top: int, bottom: int, other_top: int, other_bottom: int) -> tuple[int, int]:
    """top/bottom + other_top/other_bottom as integers (not reduced; bottoms stay positive)."""
    if bottom == other_bottom:
        return top + other_top, bottom
    g = gcd(bottom, other_bottom)
    return top * (other_bottom // g) + other_top * (bottom // g), bottom // g * other_bottom


def trimmed_away(marks: Sequence[Decimal], rule: PanelRule) -> tuple[int, ...]:
    """Positions in `marks` of the lowest and the highest mark a trimmed mean drops, or ().

    Of equal lowest marks the first given is dropped, of equal highest the last: which one it
    is does not change the value, only whose mark the explanation shows struck out.
    """
    if rule.method != "trimmed_mean" or len(marks) < max(rule.trim_min_judges, _TRIM_FLOOR):
        return ()
    order = sorted(range(len(marks)), key=lambda i: (marks[i], i))
    return (order[0], order[-1])


def panel_spread(marks: Sequence[Decimal], rule: PanelRule) -> bool:
    """Whether a panel's highest and lowest mark differ by more than the rule's tolerance, so the
    panel must discuss them (never, when the trade sets no tolerance)."""
    tolerance = rule.spread_tolerance
    return tolerance is not None and bool(marks) and max(marks) - min(marks) > tolerance


def aggregate_panel(marks: Sequence[Decimal], rule: PanelRule, max_mark: Decimal) -> PanelOutcome:
    """Combine one criterion's marks from several judges as `rule` says, never above `max_mark`.

    For `worldskills_judgement` the marks are the judges' 0-3 scores; otherwise they are marks.
    `spread` compares highest and lowest in those same units against the rule's tolerance.
    """
    if not marks:
        return PanelOutcome(None, False)
    return PanelOutcome(Fraction(*_panel_ratio(marks, rule, max_mark)), panel_spread(marks, rule))


def _panel_ratio(marks: Sequence[Decimal], rule: PanelRule, max_mark: Decimal) -> tuple[int, int]:
    """The value of a panel of one or more marks (see aggregate_panel) as integers (top, bottom)."""
    if rule.method == "worldskills_judgement":
        divisor = int(JUDGEMENT_SCALE) * len(marks)
        return _ratio(max_mark * sum(marks, Decimal(0)), divisor, max_mark)
    if dropped := trimmed_away(marks, rule):
        kept = [m for i, m in enumerate(marks) if i not in dropped]
        return _ratio(sum(kept, Decimal(0)), len(kept), max_mark)
    # "mean", "single" with more than one mark, and a trimmed mean short of judges
    return _ratio(sum(marks, Decimal(0)), len(marks), max_mark)


def panel_rule_for(rules: TradeRules, criterion: CriterionSpec) -> PanelRule:
    """The panel rule that applies to one criterion.

    The WorldSkills 0-3 scale is for judgement (subjective) aspects only; a measurement aspect of
    such a trade is marked in marks, so its judges' marks are averaged instead (the same reading
    as `TradeRules.mark_limit`).
    """
    rule = rules.panel
    if rule.method == "worldskills_judgement" and criterion.kind != "judgement":
        return PanelRule("mean", rule.trim_min_judges, rule.spread_tolerance)
    return rule


@dataclass(frozen=True)
class ScoringPlan:
    """What scoring needs from the rules, worked out once per trade rather than per contestant."""

    panels: tuple[tuple[str, PanelRule, Decimal], ...]  # criterion code, its rule, its maximum
    parts: tuple[tuple[str, tuple[str, ...]], ...]  # component code, its criterion codes


def scoring_plan(rules: TradeRules) -> ScoringPlan:
    return ScoringPlan(
        panels=tuple((c.code, panel_rule_for(rules, c), c.max_mark) for c in rules.criteria),
        parts=tuple(
            (comp.code, tuple(c.code for c in rules.criteria_of(comp.code)))
            for comp in rules.components
        ),
    )


def score_entry(rules: TradeRules, entry: Entry, plan: ScoringPlan | None = None) -> ScoreCard:
    """Score one contestant: criterion marks, components, and the weighted, rounded total."""
    plan = plan or scoring_plan(rules)
    rounding = rules.rounding
    criteria: dict[str, Fraction | None] = {}
    # each panel's value as integers, which the component sums add before one Fraction each
    ratios: dict[str, tuple[int, int]] = {}
    spread: list[str] = []
    marks = entry.marks
    for code, rule, max_mark in plan.panels:
        judged = marks.get(code)
        if not judged:
            criteria[code] = None
            continue
        values = list(judged.values())
        ratio = ratios[code] = _panel_ratio(values, rule, max_mark)
        criteria[code] = Fraction(*ratio)
        if panel_spread(values, rule):
            spread.append(code)

    exact_parts: dict[str, Exact | None] = {}
    for component_code, parts in plan.parts:
        if not parts:
            exact_parts[component_code] = entry.scores.get(component_code)
            continue
        top, bottom = 0, 1
        for c in parts:
            part = ratios.get(c)
            if part is None:
                exact_parts[component_code] = None
                break
            top, bottom = _add(top, bottom, *part)
        else:
            exact_parts[component_code] = Fraction(top, bottom)

    shown = {
        code: None if value is None else round_mark(value, rounding.decimals, rounding.mode)
        for code, value in exact_parts.items()
    }
    summed: dict[str, Exact | None] = dict(shown) if rounding.components_first else exact_parts
    total: Decimal | None = None
    weighted: Exact | None = None
    if all(v is not None for v in summed.values()):
        weighted = weighted_sum(rules, summed)
        total = round_mark(weighted, rounding.decimals, rounding.mode)

    flags: list[str] = []
    if total is None:
        flags.append(FLAG_MISSING)
    if spread:
        flags.append(FLAG_SPREAD)
    return ScoreCard(
        components=shown,
        total=total,
        flags=tuple(flags),
        spread_criteria=tuple(spread),
        criteria=criteria,
        exact_components=exact_parts,
        exact_total=weighted,
    )


def weighted_sum(rules: TradeRules, values: dict[str, Exact | None]) -> Exact:
    """Σ weight × value over the trade's components, exactly: a Decimal while every value is one."""
    if all(isinstance(v, Decimal) for v in values.values()):
        return sum(
            (c.weight * v for c in rules.components if isinstance(v := values[c.code], Decimal)),
            Decimal(0),
        )
    # a Fraction among them: added as integers, one Fraction at the end
    top, bottom = 0, 1
    for c in rules.components:
        v = values[c.code]
        if v is not None:
            weight_top, weight_bottom = c.weight.as_integer_ratio()
            value_top, value_bottom = v.as_integer_ratio()
            top, bottom = _add(top, bottom, weight_top * value_top, weight_bottom * value_bottom)
    return Fraction(top, bottom)
