"""The spread of a trade's totals: equal-width bins over 0..the highest total possible, and the
award cut lines (the lowest total that earned each award tier), for the histograms.

Binning rule, the one home of it:
- `BINS` (20) bins of equal width over 0..`scale_top`: 5-point bins for the usual 100-point
  total. Edges are exact Decimals (`top / 20`; a decimal divided by 20 is always exact).
- A bin holds the totals from its lower edge up to, not including, its upper edge, so a total
  on an edge falls into the bin above it (60.00 counts in 60–65, as "60 分以上" reads); the last
  bin also holds its upper edge, the full score.
- Only ranked rows count (absent, disqualified and incomplete rows have no total to place);
  out-of-competition rows are ranked and count. A total outside the scale, as imported points
  can be, widens it: the top becomes the next multiple of `BINS` above the highest total.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal

from competition_app.domain.results import ResultRow
from competition_app.domain.rules import TradeRules

BINS = 20


@dataclass(frozen=True)
class Bin:
    low: Decimal
    high: Decimal
    count: int


@dataclass(frozen=True)
class CutLine:
    """An award tier's lowest total, and how many rows earned that award."""

    award: str
    total: Decimal
    count: int


@dataclass(frozen=True)
class Distribution:
    group: str  # "" for the whole trade
    top: Decimal
    bins: tuple[Bin, ...]
    cuts: tuple[CutLine, ...]  # best tier first

    @property
    def ranked(self) -> int:
        return sum(b.count for b in self.bins)


def max_total(rules: TradeRules) -> Decimal:
    """The highest total the trade's weights allow: Σ weight × maximum (100 in every preset)."""
    return sum((c.weight * c.max_score for c in rules.components), Decimal(0))


def scale_top(rules: TradeRules, totals: Iterable[Decimal]) -> Decimal:
    """The top of the histogram's scale: the highest total possible, or above it when a total
    is higher (imported standardised points)."""
    top = max_total(rules)
    highest = max(totals, default=Decimal(0))
    if highest > top:
        top = (highest / BINS).to_integral_value(rounding=ROUND_CEILING) * BINS
    return top if top > 0 else Decimal(BINS)


def bin_index(total: Decimal, top: Decimal, bins: int = BINS) -> int:
    """Which bin a total falls into: edges go to the bin above; the top to the last bin."""
    if total <= 0:
        return 0
    i = int((total * bins / top).to_integral_value(rounding=ROUND_FLOOR))
    return min(i, bins - 1)


def cut_lines(rows: Iterable[ResultRow]) -> tuple[CutLine, ...]:
    """The lowest total of each award given, best tier first (the tier its best row holds)."""
    lowest: dict[str, Decimal] = {}
    best: dict[str, int] = {}
    count: dict[str, int] = {}
    for r in rows:
        if not r.award or r.total is None or r.rank is None:
            continue
        lowest[r.award] = min(lowest.get(r.award, r.total), r.total)
        best[r.award] = min(best.get(r.award, r.rank), r.rank)
        count[r.award] = count.get(r.award, 0) + 1
    order = sorted(lowest, key=lambda a: (best[a], -lowest[a]))
    return tuple(CutLine(a, lowest[a], count[a]) for a in order)


def distribution(
    rows: Sequence[ResultRow], top: Decimal, *, group: str = "", bins: int = BINS
) -> Distribution:
    """The bins and cut lines of these rows (one group's, or a trade without groups)."""
    counts = [0] * bins
    for r in rows:
        if r.rank is not None and r.total is not None:
            counts[bin_index(r.total, top, bins)] += 1
    width = top / bins
    return Distribution(
        group,
        top,
        tuple(Bin(width * i, width * (i + 1), n) for i, n in enumerate(counts)),
        cut_lines(rows),
    )


def trade_distributions(
    rules: TradeRules, rows: Sequence[ResultRow], groups: Sequence[str]
) -> tuple[Distribution, ...]:
    """One distribution per group shown (groups are ranked apart, so each has its own cut
    lines), all on one scale; a trade without groups has one."""
    top = scale_top(rules, (r.total for r in rows if r.rank is not None and r.total is not None))
    if not groups:
        return (distribution(rows, top),)
    return tuple(distribution([r for r in rows if r.group == g], top, group=g) for g in groups)
