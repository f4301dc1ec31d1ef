"""Scoring one contestant: judges' panels into criterion marks, then components, then the total."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from competition_app.domain.entries import Entry
from competition_app.domain.results import FLAG_MISSING, FLAG_SPREAD
from competition_app.domain.rounding import round_mark
from competition_app.domain.rules import CriterionSpec, PanelRule, TradeRules

# WorldSkills judgement scores run 0..3; an aspect earns max_mark * mean / 3.
JUDGEMENT_SCALE = Decimal(3)
# Below three marks there is nothing left to average after dropping the highest and the lowest.
_TRIM_FLOOR = 3


@dataclass(frozen=True)
class PanelOutcome:
    """One criterion's mark from its panel: None when no judge has marked it (never zero)."""

    value: Decimal | None
    spread: bool = False


@dataclass(frozen=True)
class ScoreCard:
    """One contestant scored.

    `components` are rounded to the trade's places (what a result sheet prints and tie-breaks
    compare); `exact_components` keep full precision. `criteria` are the aggregated criterion
    marks. A missing criterion or component is None, and then `total` is None too.
    """

    components: dict[str, Decimal | None]
    total: Decimal | None
    flags: tuple[str, ...] = ()
    spread_criteria: tuple[str, ...] = ()
    criteria: dict[str, Decimal | None] = field(default_factory=dict)
    exact_components: dict[str, Decimal | None] = field(default_factory=dict)


def _mean(marks: Sequence[Decimal]) -> Decimal:
    return sum(marks, Decimal(0)) / len(marks)


def aggregate_panel(marks: Sequence[Decimal], rule: PanelRule, max_mark: Decimal) -> PanelOutcome:
    """Combine one criterion's marks from several judges as `rule` says, never above `max_mark`.

    For `worldskills_judgement` the marks are the judges' 0-3 scores; otherwise they are marks.
    `spread` compares highest and lowest in those same units against the rule's tolerance.
    """
    if not marks:
        return PanelOutcome(None, False)
    tolerance = rule.spread_tolerance
    spread = tolerance is not None and max(marks) - min(marks) > tolerance
    if rule.method == "worldskills_judgement":
        # one division at the end keeps 28 significant digits instead of compounding two
        value = max_mark * sum(marks, Decimal(0)) / (JUDGEMENT_SCALE * len(marks))
    elif rule.method == "trimmed_mean" and len(marks) >= max(rule.trim_min_judges, _TRIM_FLOOR):
        value = _mean(sorted(marks)[1:-1])
    else:
        # "mean", "single" with more than one mark, and a trimmed mean short of judges
        value = _mean(marks)
    return PanelOutcome(min(value, max_mark), spread)


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
    criteria: dict[str, Decimal | None] = {}
    spread: list[str] = []
    for code, rule, max_mark in plan.panels:
        judged = list(entry.marks.get(code, {}).values())
        outcome = aggregate_panel(judged, rule, max_mark)
        criteria[code] = outcome.value
        if outcome.spread:
            spread.append(code)

    exact: dict[str, Decimal | None] = {}
    for component_code, parts in plan.parts:
        if not parts:
            exact[component_code] = entry.scores.get(component_code)
            continue
        values = [criteria[c] for c in parts]
        present = [v for v in values if v is not None]
        exact[component_code] = sum(present, Decimal(0)) if len(present) == len(values) else None

    shown = {
        code: None if value is None else round_mark(value, rounding.decimals, rounding.mode)
        for code, value in exact.items()
    }
    summed = shown if rounding.components_first else exact
    total: Decimal | None = None
    if all(v is not None for v in summed.values()):
        weighted = sum(
            (c.weight * v for c in rules.components if (v := summed[c.code]) is not None),
            Decimal(0),
        )
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
        exact_components=exact,
    )
