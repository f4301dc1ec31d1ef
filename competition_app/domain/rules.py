"""A trade's published rules as frozen settings: components, criteria, panels, rounding, awards."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Literal

RoundingMode = Literal["half_up", "half_even", "down"]
QuotaRounding = Literal["half_up", "floor", "ceil"]
PanelMethod = Literal["single", "mean", "trimmed_mean", "worldskills_judgement"]
CriterionKind = Literal["measurement", "judgement"]
AwardMode = Literal["tiers", "medals"]
TierKind = Literal["count", "share", "up_to_share"]
RankStyle = Literal["competition", "dense"]
MedallionOn = Literal["scale", "total"]

ROUNDING_MODES: tuple[RoundingMode, ...] = ("half_up", "half_even", "down")
QUOTA_ROUNDINGS: tuple[QuotaRounding, ...] = ("half_up", "floor", "ceil")
PANEL_METHODS: tuple[PanelMethod, ...] = ("single", "mean", "trimmed_mean", "worldskills_judgement")
CRITERION_KINDS: tuple[CriterionKind, ...] = ("measurement", "judgement")
TIER_KINDS: tuple[TierKind, ...] = ("count", "share", "up_to_share")
RANK_STYLES: tuple[RankStyle, ...] = ("competition", "dense")
MEDALLION_ON: tuple[MedallionOn, ...] = ("scale", "total")

# Keys of the tie-break chain that are not component codes.
TIE_TOTAL = "total"
TIE_TIME = "time"


@dataclass(frozen=True)
class ComponentSpec:
    """One weighted part of the total, scored out of `max_score` (100 in every preset).

    A component with criteria is the sum of its criterion marks; one without criteria is entered
    or imported directly (a theory exam result, for instance).
    """

    code: str
    name: str
    weight: Decimal
    max_score: Decimal = Decimal(100)


@dataclass(frozen=True)
class CriterionSpec:
    """One line of the marking scheme, belonging to a component, never exceeding `max_mark`."""

    code: str
    name: str
    component: str
    max_mark: Decimal
    kind: CriterionKind = "measurement"


@dataclass(frozen=True)
class PanelRule:
    """How the marks of several judges for one criterion combine into one mark.

    `trimmed_mean` drops one highest and one lowest mark when at least `trim_min_judges` marked,
    and is a plain mean below that. `worldskills_judgement` takes 0-3 scores and earns
    `max_mark * mean / 3`. `spread_tolerance` (in the judges' own units: marks, or 0-3 scores)
    flags a panel whose highest and lowest differ by more than it.
    """

    method: PanelMethod = "mean"
    trim_min_judges: int = 5
    spread_tolerance: Decimal | None = None


@dataclass(frozen=True)
class Rounding:
    decimals: int = 2
    mode: RoundingMode = "half_up"
    components_first: bool = False


@dataclass(frozen=True)
class Tier:
    """One award tier. `value` is a count for `count`, a fraction of N otherwise."""

    name: str
    kind: TierKind
    value: Decimal


@dataclass(frozen=True)
class AwardRules:
    mode: AwardMode = "tiers"
    tiers: tuple[Tier, ...] = ()
    quota_rounding: QuotaRounding = "half_up"
    min_total: Decimal | None = None
    # medals mode (WorldSkills)
    tie_window: Decimal = Decimal(0)
    medallion: Decimal | None = None
    # "scale": the medallion bar is on the WorldSkills scale of the raw totals; "total": the
    # totals already are standardised points (imported 500-800) and the bar compares them.
    medallion_on: MedallionOn = "scale"
    medal_names: tuple[str, str, str, str] = ("金牌", "银牌", "铜牌", "优胜奖")
    # WorldSkills national rules: fewer competitors, fewer medals. Pairs (min field size, medals).
    medals_by_field: tuple[tuple[int, int], ...] = ((6, 3), (5, 2), (1, 1))


@dataclass(frozen=True)
class TitleRule:
    """An honour for the top `top_n` eligible contestants of a trade, e.g. 技术能手."""

    name: str
    top_n: int


@dataclass(frozen=True)
class RecheckRules:
    """Re-check sampling (抽样复核) as published: the top `top` of each group in full, a sample
    of at least `share` of the rest, everything when the sample's error rate passes
    `error_rate`. `required`: the trade cannot be locked until the re-check is complete (off by
    default, so a contest that does not re-check locks as before)."""

    required: bool = False
    top: int = 10
    share: Decimal = Decimal("0.15")
    error_rate: Decimal = Decimal("0.05")


@dataclass(frozen=True)
class TradeRules:
    components: tuple[ComponentSpec, ...]
    criteria: tuple[CriterionSpec, ...] = ()
    panel: PanelRule = field(default_factory=PanelRule)
    rounding: Rounding = field(default_factory=Rounding)
    tie_break: tuple[str, ...] = (TIE_TOTAL,)
    # The place shown and printed: 1, 2, 2, 4 ("competition") or 1, 2, 2, 3 ("dense"). Quotas,
    # titles and the shared-top flag count contestants, whichever style is shown.
    rank_style: RankStyle = "competition"
    # Some contests forbid shared places in the top N: a tie left there is flagged, never broken.
    forbid_shared_top: int = 0
    awards: AwardRules = field(default_factory=AwardRules)
    titles: tuple[TitleRule, ...] = ()
    # award or title name -> level reached (e.g. "一等奖" -> "技师")
    promotions: tuple[tuple[str, str], ...] = ()
    show_ws_scale: bool = False
    recheck: RecheckRules = field(default_factory=RecheckRules)

    def component(self, code: str) -> ComponentSpec:
        for c in self.components:
            if c.code == code:
                return c
        raise KeyError(code)

    def criteria_of(self, component_code: str) -> tuple[CriterionSpec, ...]:
        return tuple(c for c in self.criteria if c.component == component_code)

    def criterion(self, code: str) -> CriterionSpec:
        for c in self.criteria:
            if c.code == code:
                return c
        raise KeyError(code)

    def mark_limit(self, criterion: CriterionSpec) -> Decimal:
        """The highest mark one judge may give: 3 for WorldSkills judgement, else the maximum."""
        if criterion.kind == "judgement" and self.panel.method == "worldskills_judgement":
            return Decimal(3)
        return criterion.max_mark

    def mark_places(self, criterion: CriterionSpec) -> int:
        """The places one judge's mark on `criterion` may carry: none for a WorldSkills
        judgement score (0, 1, 2 or 3), else `mark_decimals`."""
        if criterion.kind == "judgement" and self.panel.method == "worldskills_judgement":
            return 0
        return self.mark_decimals

    @property
    def mark_decimals(self) -> int:
        """The places a typed mark or score may carry: the trade's own places, and never fewer
        than 2, since half and quarter marks are given even where totals print whole."""
        return max(2, self.rounding.decimals)

    def is_direct(self, component_code: str) -> bool:
        """True when the component is entered as one score rather than summed from criteria."""
        return not self.criteria_of(component_code)
