"""Judge analysis (评分一致性): how each judge of a trade marks beside the rest of their panels.

A panel is the marks of one criterion for one contestant. Only panels of two or more marks say
anything about a judge (a lone mark is its own mean), so panels of one mark are left out, and so
is the one mark of a criterion scored without a panel (judge key "0"). Only competing contestants
count: an absent contestant has no marks, and a disqualified one's marks are void.

Everything stays exact (Fractions); the only rounding is `shown`, for printing and the CLI.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from competition_app.domain.entries import Entry, competes
from competition_app.domain.explanation import SOLE_MARK  # the one mark without a panel
from competition_app.domain.rounding import Exact, round_mark
from competition_app.domain.rules import TradeRules
from competition_app.domain.scoring import panel_rule_for, panel_spread, trimmed_away

# WorldSkills judgement marking: judges' 0-3 scores within one point of each other agree; a
# wider gap is discussed. This is what the analysis reports, whatever the trade's spread setting.
AGREEMENT_POINTS = Decimal(1)
# The places the analysis prints its means and shares at (half away from zero).
SHOWN_PLACES = 2
# A judge's offset bar fills its half of the chart at this many points, or at the largest
# offset shown when that is larger: offsets of a hundredth stay slivers instead of filling the
# chart (they looked as dramatic as a judge two points off).
OFFSET_FULL_BAR = Fraction(1, 2)


def offset_scale(offsets: Iterable[Fraction | None]) -> Fraction:
    """The offset at which a bar fills its half of the chart, on screen and on paper alike."""
    return max([OFFSET_FULL_BAR, *(abs(v) for v in offsets if v is not None)])


@dataclass(frozen=True)
class JudgeConsistency:
    """One judge's marks in a trade, beside their panels.

    `marks` counts the judge's marks in panels of two or more; `offset_sum` is the sum over those
    of (mark − the panel's mean of all its marks). `flagged` counts those marks that sit in a
    panel the spread rule flags; `trimmed_high` / `trimmed_low` count the marks a trimmed mean
    dropped as the highest / the lowest (of equal marks, the one `trimmed_away` drops).
    """

    judge: str
    marks: int = 0
    offset_sum: Fraction = Fraction(0)
    flagged: int = 0
    trimmed_high: int = 0
    trimmed_low: int = 0

    @property
    def mean_offset(self) -> Fraction | None:
        """Leniency: above zero marks higher than their panels, below zero lower; None unmarked."""
        return self.offset_sum / self.marks if self.marks else None

    @property
    def flagged_share(self) -> Fraction | None:
        """The share (0 to 1) of the judge's marks in flagged panels; None unmarked."""
        return Fraction(self.flagged, self.marks) if self.marks else None


@dataclass(frozen=True)
class JudgementAgreement:
    """For one judgement aspect (WorldSkills 0-3): how many of its panels agreed.

    A panel agrees when its highest and lowest score differ by at most `AGREEMENT_POINTS`.
    """

    criterion: str
    name: str
    panels: int
    agreeing: int

    @property
    def share(self) -> Fraction | None:
        return Fraction(self.agreeing, self.panels) if self.panels else None


@dataclass(frozen=True)
class JudgeAnalysis:
    """A trade's judges, in roster order, and the agreement of its judgement aspects."""

    judges: tuple[JudgeConsistency, ...]
    agreement: tuple[JudgementAgreement, ...]
    panels: int  # the panels of two or more marks the analysis read


def panel_offsets(marks: Mapping[str, Decimal]) -> dict[str, Fraction]:
    """Each judge's mark minus the mean of all the panel's marks (they sum to zero)."""
    if not marks:
        return {}
    mean = Fraction(sum(marks.values(), Decimal(0))) / len(marks)
    return {judge: Fraction(mark) - mean for judge, mark in marks.items()}


def _panels(entries: Iterable[Entry]) -> Iterable[tuple[str, dict[str, Decimal]]]:
    """(criterion code, judge -> mark) for every panel of two or more judges' marks."""
    for entry in entries:
        if not competes(entry.status):
            continue
        for code, judged in entry.marks.items():
            marks = {j: m for j, m in judged.items() if j != SOLE_MARK}
            if len(marks) >= 2:
                yield code, marks


def analyse_judges(
    rules: TradeRules, entries: Iterable[Entry], roster: Sequence[str] = ()
) -> JudgeAnalysis:
    """The analysis of a trade from its entries' marks.

    `roster` lists the trade's judges in the order shown; each has a row even with no marks,
    and a judge who marked but is not on it (since unassigned) follows, in key order. A judge
    who stood aside (recusal) has simply no mark in that panel: the absence is no offset.
    """
    criteria = {c.code: c for c in rules.criteria}
    counts: dict[str, list[int]] = {}  # judge -> [marks, flagged, high, low]
    sums: dict[str, Fraction] = {}
    judgement: dict[str, list[int]] = {
        c.code: [0, 0]
        for c in rules.criteria
        if panel_rule_for(rules, c).method == "worldskills_judgement"
    }
    panels = 0
    for code, marks in _panels(entries):
        criterion = criteria.get(code)
        if criterion is None:  # a mark left from a criterion since removed scores nothing
            continue
        panels += 1
        rule = panel_rule_for(rules, criterion)
        judges = list(marks)
        values = list(marks.values())
        flagged = panel_spread(values, rule)
        dropped = trimmed_away(values, rule)
        for judge, offset in panel_offsets(marks).items():
            tally = counts.setdefault(judge, [0, 0, 0, 0])
            tally[0] += 1
            tally[1] += flagged
            sums[judge] = sums.get(judge, Fraction(0)) + offset
        if dropped:
            low, high = dropped
            counts[judges[high]][2] += 1
            counts[judges[low]][3] += 1
        if code in judgement:
            judgement[code][0] += 1
            judgement[code][1] += max(values) - min(values) <= AGREEMENT_POINTS

    order = list(dict.fromkeys(roster))
    order += sorted((j for j in counts if j not in set(order)), key=_key_order)
    rows = []
    for judge in order:
        marks_n, flagged_n, high, low = counts.get(judge, [0, 0, 0, 0])
        rows.append(
            JudgeConsistency(judge, marks_n, sums.get(judge, Fraction(0)), flagged_n, high, low)
        )
    agreement = tuple(
        JudgementAgreement(code, criteria[code].name, n, agreeing)
        for code, (n, agreeing) in judgement.items()
    )
    return JudgeAnalysis(tuple(rows), agreement, panels)


def _key_order(key: str) -> tuple[int, int, str]:
    return (0, int(key), "") if key.isdigit() else (1, 0, key)


def shown(value: Exact | None) -> str:
    """A mean offset or a share as printed: 2 places, half away from zero, no plus sign; "" for
    a judge with no marks to analyse."""
    if value is None:
        return ""
    text = str(round_mark(value, SHOWN_PLACES, "half_up"))
    return "0.00" if text == "-0.00" else text
