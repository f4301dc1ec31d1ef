"""The working behind one contestant's result, as the chief judge reads it out at an appeal.

Marks per criterion (struck by trimming, or stood aside by recusal), the exact panel value,
each component, the weighted total before and after its one rounding, the tie-break keys set
against the neighbours above and below, and why the award: N, each tier's quota, boundary ties,
the minimum total and the places out-of-competition contestants passed down. The words come
from explanation_words, in Chinese or English.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from competition_app.domain.awards import eligible_order, eligible_ranks, medal_places, tier_fills
from competition_app.domain.entries import VOID, Entry
from competition_app.domain.errors import UserError
from competition_app.domain.explanation_words import Lang, Words
from competition_app.domain.marks import plain
from competition_app.domain.ranking import effective_decisions, tie_break_key
from competition_app.domain.recusal import Recusal
from competition_app.domain.results import ResultRow
from competition_app.domain.rounding import Exact, as_decimal, quota, round_mark
from competition_app.domain.rules import TIE_TIME, TIE_TOTAL, TradeRules
from competition_app.domain.scoring import ScoreCard, panel_rule_for, trimmed_away
from competition_app.domain.tabulation import GroupWorking, group_rows, score_groups, work_group

# The one mark of a criterion scored without a panel is stored under judge key "0".
SOLE_MARK = "0"


@dataclass(frozen=True)
class Explanation:
    """One contestant's result and the lines that explain it, section by section."""

    row: ResultRow
    sections: tuple[tuple[str, tuple[str, ...]], ...]

    def text(self) -> str:
        out: list[str] = []
        for title, lines in self.sections:
            out.append(title)
            out.extend(f"  {line}" for line in lines)
            out.append("")
        return "\n".join(out).rstrip() + "\n"


def exact_text(value: Exact | None, *, fraction: bool = True, lang: Lang = "zh") -> str:
    """An exact value as a judge writes it: its digits when they end, else six places, "…"
    and (unless `fraction` is False, where a line would grow too long) the fraction itself."""
    if value is None:
        return Words(lang)("not_entered")
    digits = as_decimal(value)
    if digits is not None:
        return plain(digits)
    ratio = Fraction(value)
    approx = f"{plain(round_mark(ratio, 6, 'down'))}…"
    if not fraction:
        return approx
    brackets = ("（= ", "）") if lang == "zh" else (" (= ", ")")
    return f"{approx}{brackets[0]}{ratio.numerator}/{ratio.denominator}{brackets[1]}"


def explain(
    rules: TradeRules,
    entries: Sequence[Entry],
    number: str,
    *,
    judge_names: Mapping[str, str] | None = None,
    recused: Mapping[str, Mapping[str, Recusal]] | None = None,
    panels: Mapping[str, Sequence[str]] | None = None,
    lang: Lang = "zh",
) -> Explanation:
    """Why the contestant with entry `number` has the result they have, in `lang`.

    `judge_names` maps a judge key of the marks to how the judge is named ("J1 张建国");
    `recused` maps criterion code -> judge name -> the ground on which that judge stood aside;
    `panels`, criterion code -> the judge keys expected to mark it (those not standing aside):
    one of them without a mark is named, so a value worked out from part of a panel says so.
    Raises UserError when no contestant of the trade has that number.
    """
    words = Words(lang)
    entry = next((e for e in entries if e.number == number), None)
    if entry is None:
        raise UserError(words("unknown_number", number=number))
    scored = score_groups(rules, entries)[entry.group]
    rows = group_rows(rules, scored)
    row = next(r for r in rows if r.key == entry.key)
    card = next(s.card for s in scored if s.entry.key == entry.key)
    working = _Working(rules, words, lang, work_group(rules, scored), rows, row)
    status = working.status(row.status)
    heading = words("heading", who=_who(row, lang)) + (f" · {row.group}" if row.group else "")
    lines = [words("status", status=status)]
    if row.status in VOID:
        lines.append(words("void", status=status))
    return Explanation(
        row=row,
        sections=(
            (heading, tuple(lines)),
            (
                words("section.scoring"),
                tuple(working.scoring(entry, card, judge_names or {}, recused or {}, panels or {})),
            ),
            (words("section.total"), tuple(working.total(card))),
            (words("section.rank"), tuple(working.place())),
            (words("section.award"), tuple(working.award())),
        ),
    )


def _who(row: ResultRow, lang: Lang) -> str:
    name = " ".join(p for p in (row.number, row.name) if p)
    if not row.unit:
        return name
    return f"{name}（{row.unit}）" if lang == "zh" else f"{name} ({row.unit})"


def _panel_formula(
    marks: list[Decimal], dropped: tuple[int, ...], method: str, max_mark: Decimal
) -> str:
    kept = [m for i, m in enumerate(marks) if i not in dropped]
    summed = " + ".join(plain(m) for m in kept)
    if method == "worldskills_judgement":
        return f"{plain(max_mark)} × ({summed}) / (3 × {len(kept)})"
    if len(kept) == 1:
        return plain(kept[0])
    return f"({summed}) / {len(kept)}"


class _Working:
    """Builds each section for one contestant of one group."""

    def __init__(
        self,
        rules: TradeRules,
        words: Words,
        lang: Lang,
        group: GroupWorking,
        rows: Sequence[ResultRow],
        row: ResultRow,
    ) -> None:
        self.rules, self.w, self.lang = rules, words, lang
        self.group, self.rows, self.row = group, rows, row

    def status(self, status: str) -> str:
        return self.w(f"status.{status}")

    def exact(self, value: Exact | None, *, fraction: bool = True) -> str:
        return exact_text(value, fraction=fraction, lang=self.lang)

    # -- 1. marks --------------------------------------------------------------------------
    def scoring(
        self,
        entry: Entry,
        card: ScoreCard,
        names: Mapping[str, str],
        recused: Mapping[str, Mapping[str, Recusal]],
        panels: Mapping[str, Sequence[str]],
    ) -> list[str]:
        rules, w = self.rules, self.w
        lines: list[str] = []
        for comp in rules.components:
            lines.append(
                w(
                    "component",
                    name=comp.name,
                    code=comp.code,
                    weight=plain(comp.weight),
                    max=plain(comp.max_score),
                )
            )
            criteria = rules.criteria_of(comp.code)
            if not criteria:
                lines.append(w("direct", value=self.exact(entry.scores.get(comp.code))))
            for crit in criteria:
                rule = panel_rule_for(rules, crit)
                judged = entry.marks.get(crit.code, {})
                marks = list(judged.values())
                dropped = trimmed_away(marks, rule)
                lines.append(
                    w(
                        "criterion",
                        name=crit.name,
                        code=crit.code,
                        max=plain(crit.max_mark),
                        method=w(f"method.{rule.method}"),
                    )
                )
                shown = self._marks(judged, dropped, names) if marks else w("not_entered")
                lines.append(w("marks", marks=shown))
                waiting = [names.get(k, k) for k in panels.get(crit.code, ()) if k not in judged]
                if marks and waiting:
                    # the value below is of the marks there are: the missing ones are named
                    lines.append(w("marks_missing", judges=w("names.sep").join(waiting)))
                for judge, ground in recused.get(crit.code, {}).items():
                    why = w(f"recusal.{ground.ground}", detail=ground.detail or "—")
                    lines.append(w("recused", judge=judge, why=why))
                value = card.criteria.get(crit.code)
                if marks and value is not None:
                    formula = _panel_formula(marks, dropped, rule.method, crit.max_mark)
                    capped = value == crit.max_mark and formula != plain(crit.max_mark)
                    note = w("capped") if capped else ""
                    lines.append(
                        w("panel_value", formula=formula, value=self.exact(value), note=note)
                    )
                if crit.code in card.spread_criteria:
                    tolerance = rules.panel.spread_tolerance or Decimal(0)
                    lines.append(w("spread", tolerance=plain(tolerance)))
            component = card.exact_components.get(comp.code)
            if criteria and component is not None:
                parts = " + ".join(
                    self.exact(card.criteria[c.code], fraction=False) for c in criteria
                )
                lines.append(
                    w("component_sum", name=comp.name, parts=parts, value=self.exact(component))
                )
            # an absent or disqualified contestant's score is void: nothing of it is published
            published = None if self.row.status in VOID else card.components.get(comp.code)
            if published is not None:
                lines.append(
                    w(
                        "published_component",
                        name=comp.name,
                        value=published,
                        decimals=rules.rounding.decimals,
                    )
                )
        return lines

    def _marks(
        self, judged: Mapping[str, Decimal], dropped: tuple[int, ...], names: Mapping[str, str]
    ) -> str:
        w = self.w
        parts = []
        for i, (key, mark) in enumerate(judged.items()):
            who = w("sole_mark") if key == SOLE_MARK else names.get(key, w("judge", code=key))
            text = f"{who} {plain(mark)}"
            if dropped and i == dropped[0]:
                text += w("lowest_dropped")
            elif dropped and i == dropped[1]:
                text += w("highest_dropped")
            parts.append(text)
        return w("marks.sep").join(parts)

    # -- 2. total --------------------------------------------------------------------------
    def total(self, card: ScoreCard) -> list[str]:
        rules, w, row = self.rules, self.w, self.row
        r = rules.rounding
        if row.status in VOID:
            return [w("no_total_void", status=self.status(row.status))]
        if card.exact_total is None:
            return [w("no_total_missing")]
        source = card.components if r.components_first else card.exact_components
        terms = " + ".join(
            f"{plain(c.weight)} × {self.exact(source[c.code])}" for c in rules.components
        )
        return [
            w("total_rule_first" if r.components_first else "total_rule_exact"),
            w("total_terms", terms=terms),
            w("total_exact", value=self.exact(card.exact_total)),
            w("total_rounded", mode=w(f"rounding.{r.mode}"), decimals=r.decimals, total=card.total),
        ]

    # -- 3. place --------------------------------------------------------------------------
    def _label(self, key: str) -> str:
        if key in (TIE_TOTAL, TIE_TIME):
            return self.w(f"key.{key}")
        return self.rules.component(key).name

    def _value(self, row: ResultRow, key: str) -> str:
        if key == TIE_TOTAL:
            value = row.total
        elif key == TIE_TIME:
            value = row.time
        else:
            value = row.components.get(key)
        return self.w("none") if value is None else str(value)

    def _compare(self, other: ResultRow) -> str:
        rules, w, row = self.rules, self.w, self.row
        ranked = self.group.ranked
        # the decisions that stand (a tie someone joined since is undecided again)
        standing = effective_decisions(
            ranked, rules.tie_break, [s.entry.decided_order for s in ranked]
        )
        decided = {s.entry.key: d for s, d in zip(ranked, standing, strict=True)}
        mine = tie_break_key(row, rules.tie_break, decided.get(row.key))
        theirs = tie_break_key(other, rules.tie_break, decided.get(other.key))
        steps = []
        for i, key in enumerate(rules.tie_break):
            a, b, label = self._value(row, key), self._value(other, key), self._label(key)
            if mine[i] == theirs[i]:
                steps.append(w("key_equal", label=label, a=a, b=b))
                continue
            ahead = mine[i] < theirs[i]
            # time ranks shorter first: the smaller time is the one ahead
            sign = ("<" if ahead else ">") if key == TIE_TIME else (">" if ahead else "<")
            if other.rank == row.rank:
                # apart on the chain yet one place: a medal tie window (README, Medals)
                window = plain(rules.awards.tie_window)
                steps.append(w("key_within_window", label=label, a=a, b=b, sign=sign,
                               window=window))  # fmt: skip
            else:
                side = w("mine_first" if ahead else "theirs_first")
                steps.append(w("key_decides", label=label, a=a, b=b, sign=sign, side=side))
            return w("steps.sep").join(steps)
        ending = "all_equal_decided" if mine[-1] != theirs[-1] else "all_equal_tied"
        return w("steps.sep").join(steps) + w(ending)

    def place(self) -> list[str]:
        rules, w, row, group = self.rules, self.w, self.row, self.group
        lines = [w("chain", chain=" → ".join(self._label(k) for k in rules.tie_break))]
        if row.rank is None:
            if row.status in VOID:
                lines.append(w("not_ranked_void", status=self.status(row.status)))
            else:
                lines.append(w("not_ranked_missing"))
            return lines
        index = next(i for i, s in enumerate(group.ranked) if s.entry.key == row.key)
        place = w("place", rank=row.rank, tied=w("tied") if row.tied else "")
        position = group.placings[index].rank
        if rules.rank_style == "dense" and position != row.rank:
            place += w("dense_position", position=position)
        lines.append(place)
        ranked = [r for r in self.rows if r.rank is not None]
        at = next(i for i, r in enumerate(ranked) if r.key == row.key)
        for key, other in (("above", at - 1), ("below", at + 1)):
            if 0 <= other < len(ranked):
                them = ranked[other]
                lines.append(
                    w(key, who=_who(them, self.lang), rank=them.rank, why=self._compare(them))
                )
        if "tie_needs_decision" in row.flags:
            lines.append(w("forbid_shared", top=rules.forbid_shared_top))
        return lines

    # -- 4. award and titles ---------------------------------------------------------------
    def award(self) -> list[str]:
        rules, w, row, group = self.rules, self.w, self.row, self.group
        a = rules.awards
        n = len(eligible_order(group.candidates))
        lines = [w("n", n=n)]
        index = next((i for i, s in enumerate(group.ranked) if s.entry.key == row.key), None)
        if index is None:
            lines.append(w("unranked_no_award"))
            return lines
        candidate = group.candidates[index]
        ranks = eligible_ranks(group.candidates)
        if not candidate.eligible:
            lines.append(w("out_of_competition"))
        else:
            own = ranks[index]
            passed = candidate.rank - own
            note = w("passed_down", n=passed) if passed else ""
            lines.append(w("eligible_rank", rank=own, note=note))
        if a.mode == "medals":
            lines.extend(self._medals(n))
        else:
            lines.extend(self._tiers(n, index if candidate.eligible else None))
        if a.min_total is not None:
            above = candidate.total >= a.min_total
            lines.append(
                w(
                    "min_total",
                    floor=plain(a.min_total),
                    total=candidate.total,
                    relation="≥" if above else "<",
                    verdict="" if above else w("below_min"),
                )
            )
        lines.append(w("result", award=row.award or w("no_award")))
        counted = ranks.get(index)
        for title in rules.titles:
            status = w("title_rank", rank=counted) if counted is not None else w("title_none")
            earned = w("earned" if title.name in row.titles else "not_earned")
            lines.append(
                w("title", name=title.name, top=title.top_n, status=status, verdict=earned)
            )
        if row.promotion:
            lines.append(w("promotion", level=row.promotion))
        return lines

    def _tiers(self, n: int, index: int | None) -> list[str]:
        w, a, group = self.w, self.rules.awards, self.group
        order = eligible_order(group.candidates)
        position = order.index(index) if index is not None else None
        lines = []
        for fill in tier_fills(a, group.candidates):
            tier = fill.tier
            if tier.kind == "count":
                how = w("tier_count", n=fill.quota)
            elif tier.kind == "share":
                how = w(
                    "tier_share",
                    share=plain(tier.value),
                    n=n,
                    exact=plain(tier.value * n),
                    rounding=w(f"quota.{a.quota_rounding}"),
                    quota=quota(tier.value, n, a.quota_rounding),
                )
            else:
                limit = plain(fill.rank_limit or Decimal(0))
                how = w("tier_up_to", share=plain(tier.value), n=n, limit=limit)
            first, last = fill.taken.start + 1, fill.taken.stop
            if not fill.taken:
                who = w("nobody")
            else:
                who = w("positions" if len(fill.taken) > 1 else "position", first=first, last=last)
            joined = w("joined", n=fill.joined) if fill.joined else ""
            mine = w("mine") if position is not None and position in fill.taken else ""
            lines.append(w("tier", name=tier.name, how=how, who=who, joined=joined, mine=mine))
        return lines

    def _medals(self, n: int) -> list[str]:
        w, a, row = self.w, self.rules.awards, self.row
        places = medal_places(a, n)
        # the medals of those places (two places: gold and silver, not bronze too)
        names = w("names.sep").join(a.medal_names[:places])
        lines = [w("medal_places", n=n, medals=places, names=names)]
        if a.tie_window:
            lines.append(w("tie_window", window=plain(a.tie_window)))
        if a.medallion is not None:
            value = row.total if a.medallion_on == "total" else row.ws_scale
            lines.append(
                w(
                    "medallion",
                    name=a.medal_names[3],
                    on=w(f"medallion_on.{a.medallion_on}"),
                    bar=plain(a.medallion),
                    value=value,
                )
            )
        return lines
