"""Scoring one contestant: judges' panels into criterion marks, then components, then the total."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from functools import cached_property
from math import gcd

from competition_app.domain.entries import Entry
from competition_app.domain.results import FLAG_MISSING, FLAG_SPREAD
from competition_app.domain.rounding import Exact, round_mark, round_ratio
from competition_app.domain.rules import CriterionSpec, PanelRule, TradeRules

# WorldSkills judgement scores run 0..3; an aspect earns max_mark * mean / 3.
JUDGEMENT_SCALE = Decimal(3)
_ZERO = Decimal(0)
# Below three marks there is nothing left to average after dropping the highest and the lowest.
_TRIM_FLOOR = 3


@dataclass(frozen=True)
class PanelOutcome:
    """One criterion's mark from its panel: None when no judge has marked it (never zero).

    `value` is exact: a three-judge mean of 47 is 47/3, not 15.666…7.
    """

    value: Fraction | None
    spread: bool = False


# An exact value as integers (top, bottom): bottom positive, not necessarily reduced. Scoring
# adds these; a Fraction is made only when an exact value is read (see ScoreCard).
Ratio = tuple[int, int]
# A panel's exact value as a Decimal over a whole divisor: a mean is a sum of typed marks
# (exact as a Decimal) over the number of judges. Panels with the same divisor (the same size
# of panel) are added as Decimals, and only their sum is divided.
Share = tuple[Decimal, int]


@dataclass(frozen=True)
class ScoreCard:
    """One contestant scored.

    `components` are rounded to the trade's places (what a result sheet prints and tie-breaks
    compare); `exact_components` are exact. `criteria` are the exact panel values of each
    criterion. `exact_total` is the weighted sum that `total` is the one rounding of (of the
    rounded components when the trade rounds components first). A missing criterion or
    component is None, and then both totals are None too.

    The exact values are kept as integer ratios and made Fractions when first read: a city
    contest scores a million panels, and only an explanation reads one contestant's Fractions.
    A value that is a typed Decimal (a directly entered score, a sum of Decimals) stays one.
    """

    components: dict[str, Decimal | None]
    total: Decimal | None
    flags: tuple[str, ...] = ()
    spread_criteria: tuple[str, ...] = ()
    panel_values: Mapping[str, Share | None] = field(default_factory=dict, repr=False)
    component_values: Mapping[str, Decimal | Ratio | None] = field(default_factory=dict, repr=False)
    total_value: Decimal | Ratio | None = field(default=None, repr=False)

    @cached_property
    def criteria(self) -> dict[str, Fraction | None]:
        return {code: None if v is None else _fraction(v) for code, v in self.panel_values.items()}

    @cached_property
    def exact_components(self) -> dict[str, Exact | None]:
        return {code: _exact(v) for code, v in self.component_values.items()}

    @cached_property
    def exact_total(self) -> Exact | None:
        return _exact(self.total_value)


def _exact(value: Decimal | Ratio | None) -> Exact | None:
    if value is None or isinstance(value, Decimal):
        return value
    return Fraction(*value)


def _fraction(share: Share) -> Fraction:
    numerator, divisor = share
    return Fraction(numerator) / divisor


def _share(numerator: Decimal, divisor: int, cap: Decimal) -> Share:
    """`numerator / divisor`, but never above `cap` (then `cap × divisor / divisor`, so that it
    still adds up with the panels of its size)."""
    return _capped(numerator, divisor, cap * divisor)


def _capped(numerator: Decimal, divisor: int, most: Decimal) -> Share:
    """`numerator / divisor`, or `most / divisor` when the numerator reaches `most`."""
    return (most if numerator >= most else numerator), divisor


def _component_ratio(panels: Mapping[str, Share | None], criteria: Sequence[str]) -> Ratio | None:
    """The exact sum of these criteria's panels (`_sum_shares`), or None when one is missing.

    Panels of one size, as nearly every component has, are added as Decimals straight away."""
    total: Decimal = _ZERO
    size = 0
    for code in criteria:
        share = panels[code]
        if share is None:
            return None
        if share[1] != size:
            if size:  # panels of several sizes
                shares = [panels[c] for c in criteria]
                return None if None in shares else _sum_shares(shares)  # type: ignore[arg-type]
            size = share[1]
        total += share[0]
    top, bottom = total.as_integer_ratio()
    return top, bottom * size


def _sum_shares(shares: Sequence[Share]) -> Ratio:
    """Σ numerator / divisor exactly: numerators added as Decimals per divisor, one division
    each (a component's panels nearly always have one size, so one)."""
    by_divisor: dict[int, Decimal] = {}
    for numerator, divisor in shares:
        by_divisor[divisor] = by_divisor.get(divisor, _ZERO) + numerator
    top, bottom = 0, 1
    for divisor, numerator in by_divisor.items():
        share_top, share_bottom = numerator.as_integer_ratio()
        top, bottom = _add(top, bottom, share_top, share_bottom * divisor)
    return top, bottom


def _add(top: int, bottom: int, other_top: int, other_bottom: int) -> Ratio:
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
    return _spread(marks, rule.spread_tolerance)


def _spread(marks: Collection[Decimal], tolerance: Decimal | None) -> bool:
    return tolerance is not None and bool(marks) and max(marks) - min(marks) > tolerance


def aggregate_panel(marks: Sequence[Decimal], rule: PanelRule, max_mark: Decimal) -> PanelOutcome:
    """Combine one criterion's marks from several judges as `rule` says, never above `max_mark`.

    For `worldskills_judgement` the marks are the judges' 0-3 scores; otherwise they are marks.
    `spread` compares highest and lowest in those same units against the rule's tolerance.
    """
    if not marks:
        return PanelOutcome(None, False)
    return PanelOutcome(_fraction(panel_share(marks, rule, max_mark)), panel_spread(marks, rule))


def panel_share(marks: Sequence[Decimal], rule: PanelRule, max_mark: Decimal) -> Share:
    """The value of a panel of one or more marks (see aggregate_panel), as a Decimal over a
    whole divisor."""
    method = rule.method
    if method == "worldskills_judgement":
        divisor = int(JUDGEMENT_SCALE) * len(marks)
        return _share(max_mark * sum(marks, _ZERO), divisor, max_mark)
    if method == "trimmed_mean" and (dropped := trimmed_away(marks, rule)):
        kept = [m for i, m in enumerate(marks) if i not in dropped]
        return _share(sum(kept, _ZERO), len(kept), max_mark)
    # "mean", "single" with more than one mark, and a trimmed mean short of judges
    return _share(sum(marks, _ZERO), len(marks), max_mark)


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

    # criterion code, its rule, its maximum, its spread tolerance, from how many marks its panel
    # is not a plain mean (trimmed or on the 0-3 scale; never, as a huge number), and the
    # maximum times 0, 1, 2 … judges (a panel's cap: `_share`)
    panels: tuple[tuple[str, PanelRule, Decimal, Decimal | None, int, tuple[Decimal, ...]], ...]
    parts: tuple[tuple[str, tuple[str, ...]], ...]  # component code, its criterion codes
    weights: tuple[tuple[str, Decimal, Ratio], ...]  # component code, its weight, as integers
    # the code of the trade's only component when it weighs 1 (many a practical-only contest)
    whole: str | None = None


_NEVER = 1 << 30
_CAPPED_SIZES = 16  # panels up to this size find their cap worked out in the plan


def _mean_below(rule: PanelRule) -> int:
    """Below how many marks a panel under `rule` is a plain mean of them (`panel_share`)."""
    if rule.method == "worldskills_judgement":
        return 0
    if rule.method == "trimmed_mean":
        return max(rule.trim_min_judges, _TRIM_FLOOR)
    return _NEVER


def scoring_plan(rules: TradeRules) -> ScoringPlan:
    panels = []
    for c in rules.criteria:
        rule = panel_rule_for(rules, c)
        caps = tuple(c.max_mark * n for n in range(_CAPPED_SIZES))
        panels.append((c.code, rule, c.max_mark, rule.spread_tolerance, _mean_below(rule), caps))
    return ScoringPlan(
        panels=tuple(panels),
        parts=tuple(
            (comp.code, tuple(c.code for c in rules.criteria_of(comp.code)))
            for comp in rules.components
        ),
        weights=tuple((c.code, c.weight, c.weight.as_integer_ratio()) for c in rules.components),
        whole=(
            rules.components[0].code
            if len(rules.components) == 1 and rules.components[0].weight == 1
            else None
        ),
    )


def score_entry(rules: TradeRules, entry: Entry, plan: ScoringPlan | None = None) -> ScoreCard:
    """Score one contestant: criterion marks, components, and the weighted, rounded total.

    Nothing is divided until a component is summed (`_sum_shares`): this runs once per
    contestant of a city contest, ten panels each.
    """
    plan = plan or scoring_plan(rules)
    decimals, mode = rules.rounding.decimals, rules.rounding.mode
    panels: dict[str, Share | None] = {}
    spread: list[str] = []
    marks = entry.marks
    for code, rule, max_mark, tolerance, mean_below, caps in plan.panels:
        judged = marks.get(code)
        if not judged:
            panels[code] = None
            continue
        values = judged.values()
        size = len(judged)
        if size < mean_below:  # a plain mean (nearly every panel): panel_share, inline
            most = caps[size] if size < _CAPPED_SIZES else max_mark * size
            panels[code] = _capped(sum(values, _ZERO), size, most)
        else:
            panels[code] = panel_share(list(values), rule, max_mark)
        if _spread(values, tolerance):
            spread.append(code)

    parts: dict[str, Decimal | Ratio | None] = {}
    shown: dict[str, Decimal | None] = {}
    for component_code, criteria in plan.parts:
        if not criteria:
            score = parts[component_code] = entry.scores.get(component_code)
            shown[component_code] = None if score is None else round_mark(score, decimals, mode)
            continue
        part = _component_ratio(panels, criteria)
        parts[component_code] = part
        shown[component_code] = None if part is None else round_ratio(*part, decimals, mode)

    total: Decimal | None = None
    weighted: Decimal | Ratio | None = None
    summed = shown if rules.rounding.components_first else parts
    if plan.whole is not None:
        # the one component, weighted 1, is the total: its value, rounded as it was shown
        weighted, total = summed[plan.whole], shown[plan.whole]
    elif None not in summed.values():
        weighted = _weighted(plan, summed)
        if isinstance(weighted, Decimal):
            total = round_mark(weighted, decimals, mode)
        else:
            total = round_ratio(*weighted, decimals, mode)

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
        panel_values=panels,
        component_values=parts,
        total_value=weighted,
    )


def _weighted(plan: ScoringPlan, values: Mapping[str, Decimal | Ratio | None]) -> Decimal | Ratio:
    """Σ weight × value over the trade's components, exactly: a Decimal while every value is one,
    else integers (top, bottom)."""
    if all(isinstance(v, Decimal) for v in values.values()):
        return sum(
            (
                weight * v
                for code, weight, _ in plan.weights
                if isinstance(v := values[code], Decimal)
            ),
            _ZERO,
        )
    top, bottom = 0, 1
    for code, _, (weight_top, weight_bottom) in plan.weights:
        v = values[code]
        if v is None:
            continue
        value_top, value_bottom = v.as_integer_ratio() if isinstance(v, Decimal) else v
        top, bottom = _add(top, bottom, weight_top * value_top, weight_bottom * value_bottom)
    return top, bottom
