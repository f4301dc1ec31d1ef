"""The working behind one contestant's result, as the chief judge reads it out at an appeal.

Marks per criterion (struck by trimming, or stood aside by recusal), the exact panel value,
each component, the weighted total before and after its one rounding, the tie-break keys set
against the neighbours above and below, and why the award: N, each tier's quota, boundary ties,
the minimum total and the places out-of-competition contestants passed down.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from competition_app.domain.awards import eligible_order, eligible_ranks, medal_places, tier_fills
from competition_app.domain.entries import STATUS_LABELS, Entry
from competition_app.domain.errors import UserError
from competition_app.domain.marks import plain
from competition_app.domain.ranking import tie_break_key
from competition_app.domain.results import FLAG_LABELS, ResultRow
from competition_app.domain.rounding import Exact, as_decimal, quota, round_mark
from competition_app.domain.rules import TIE_TIME, TIE_TOTAL, TradeRules
from competition_app.domain.scoring import ScoreCard, panel_rule_for, trimmed_away
from competition_app.domain.tabulation import GroupWorking, group_rows, score_groups, work_group

ROUNDING_LABELS = {"half_up": "四舍五入", "half_even": "四舍六入五成双", "down": "直接舍去"}
QUOTA_LABELS = {"half_up": "四舍五入", "floor": "向下取整", "ceil": "向上取整"}
METHOD_LABELS = {
    "single": "单人评分",
    "mean": "取平均",
    "trimmed_mean": "去掉一个最高分和一个最低分后取平均",
    "worldskills_judgement": "世赛评价分：满分 × 平均分 / 3",
}
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


def exact_text(value: Exact | None, *, fraction: bool = True) -> str:
    """An exact value as a judge writes it: its digits when they end, else six places, "…"
    and (unless `fraction` is False, where a line would grow too long) the fraction itself."""
    if value is None:
        return "未录入"
    digits = as_decimal(value)
    if digits is not None:
        return plain(digits)
    ratio = Fraction(value)
    approx = f"{plain(round_mark(ratio, 6, 'down'))}…"
    return f"{approx}（= {ratio.numerator}/{ratio.denominator}）" if fraction else approx


def _who(row: ResultRow) -> str:
    name = " ".join(p for p in (row.number, row.name) if p)
    return f"{name}（{row.unit}）" if row.unit else name


def explain(
    rules: TradeRules,
    entries: Sequence[Entry],
    number: str,
    *,
    judge_names: Mapping[str, str] | None = None,
    recused: Mapping[str, Mapping[str, str]] | None = None,
) -> Explanation:
    """Why the contestant with entry `number` has the result they have.

    `judge_names` maps a judge key of the marks to how the judge is named ("J1 张建国");
    `recused` maps criterion code -> judge name -> why that judge stood aside for this one.
    Raises UserError when no contestant of the trade has that number.
    """
    entry = next((e for e in entries if e.number == number), None)
    if entry is None:
        raise UserError(f"本工种没有参赛证号为“{number}”的选手")
    scored = score_groups(rules, entries)[entry.group]
    working = work_group(rules, scored)
    rows = group_rows(rules, scored)
    row = next(r for r in rows if r.key == entry.key)
    card = next(s.card for s in scored if s.entry.key == entry.key)
    names = judge_names or {}

    heading = f"选手 {_who(row)}" + (f" · {row.group}" if row.group else "")
    status = [f"状态：{STATUS_LABELS[row.status]}"]
    if row.status in ("absent", "disqualified"):
        status.append(f"{STATUS_LABELS[row.status]}：成绩作废，不计总成绩、不排名、不获奖")
    sections: list[tuple[str, tuple[str, ...]]] = [(heading, tuple(status))]
    sections.append(("一、评分", tuple(_scoring_lines(rules, entry, card, names, recused or {}))))
    sections.append(("二、总成绩", tuple(_total_lines(rules, card, row))))
    sections.append(("三、名次", tuple(_rank_lines(rules, rows, row, working))))
    sections.append(("四、奖项与称号", tuple(_award_lines(rules, working, row))))
    return Explanation(row=row, sections=tuple(sections))


def _marks_line(
    judged: Mapping[str, Decimal], dropped: tuple[int, ...], names: Mapping[str, str]
) -> list[str]:
    keys = list(judged)
    marks = [judged[k] for k in keys]
    parts = []
    for i, key in enumerate(keys):
        who = "唯一评分" if key == SOLE_MARK else names.get(key, f"裁判 {key}")
        text = f"{who} {plain(marks[i])}"
        if dropped and i == dropped[0]:
            text += "（最低分，去掉）"
        elif dropped and i == dropped[1]:
            text += "（最高分，去掉）"
        parts.append(text)
    return parts


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


def _scoring_lines(
    rules: TradeRules,
    entry: Entry,
    card: ScoreCard,
    names: Mapping[str, str],
    recused: Mapping[str, Mapping[str, str]],
) -> list[str]:
    lines: list[str] = []
    for comp in rules.components:
        head = (
            f"{comp.name}（{comp.code}，权重 {plain(comp.weight)}，满分 {plain(comp.max_score)}）"
        )
        lines.append(head)
        criteria = rules.criteria_of(comp.code)
        if not criteria:
            score = entry.scores.get(comp.code)
            lines.append(f"  直接录入：{exact_text(score)}")
        for crit in criteria:
            rule = panel_rule_for(rules, crit)
            judged = entry.marks.get(crit.code, {})
            marks = list(judged.values())
            dropped = trimmed_away(marks, rule)
            lines.append(
                f"  {crit.name}（{crit.code}，满分 {plain(crit.max_mark)}，{METHOD_LABELS[rule.method]}）"
            )
            if marks:
                lines.append("    评分：" + "；".join(_marks_line(judged, dropped, names)))
            else:
                lines.append("    评分：未录入")
            for judge, why in recused.get(crit.code, {}).items():
                lines.append(f"    {judge}：回避（{why}）")
            value = card.criteria.get(crit.code)
            if marks and value is not None:
                formula = _panel_formula(marks, dropped, rule.method, crit.max_mark)
                capped = value == crit.max_mark and formula != plain(crit.max_mark)
                note = "（不超过满分）" if capped else ""
                lines.append(f"    得分 = {formula} = {exact_text(value)}{note}")
            if crit.code in card.spread_criteria:
                lines.append(
                    f"    {FLAG_LABELS['panel_spread']}：最高与最低之差超过 {plain(rules.panel.spread_tolerance or Decimal(0))}"
                )
        component = card.exact_components.get(comp.code)
        shown = card.components.get(comp.code)
        if criteria and component is not None:
            parts = " + ".join(exact_text(card.criteria[c.code], fraction=False) for c in criteria)
            lines.append(f"  {comp.name} = {parts} = {exact_text(component)}")
        if shown is not None:
            lines.append(f"  公布的{comp.name}：{shown}（保留 {rules.rounding.decimals} 位）")
    return lines


def _total_lines(rules: TradeRules, card: ScoreCard, row: ResultRow) -> list[str]:
    r = rules.rounding
    if row.status in ("absent", "disqualified"):
        return [f"{STATUS_LABELS[row.status]}：无总成绩"]
    if card.exact_total is None:
        return ["成绩未录完，没有总成绩，不排名"]
    source = card.components if r.components_first else card.exact_components
    terms = " + ".join(
        f"{plain(c.weight)} × {exact_text(source[c.code])}" for c in rules.components
    )
    how = "先把各部分按规则取舍，再加权" if r.components_first else "各部分取精确值加权"
    return [
        f"总成绩 = Σ 权重 × 部分成绩（{how}）",
        f"  = {terms}",
        f"  = {exact_text(card.exact_total)}（取舍前）",
        f"按{ROUNDING_LABELS[r.mode]}保留 {r.decimals} 位：{card.total}",
    ]


def _key_label(rules: TradeRules, key: str) -> str:
    if key == TIE_TOTAL:
        return "总成绩"
    if key == TIE_TIME:
        return "用时"
    return rules.component(key).name


def _key_value(row: ResultRow, key: str) -> str:
    if key == TIE_TOTAL:
        value = row.total
    elif key == TIE_TIME:
        value = row.time
    else:
        value = row.components.get(key)
    return "无" if value is None else str(value)


def _compare(
    rules: TradeRules, row: ResultRow, other: ResultRow, decided: Mapping[str, int | None]
) -> str:
    mine = tie_break_key(row, rules.tie_break, decided.get(row.key))
    theirs = tie_break_key(other, rules.tie_break, decided.get(other.key))
    steps = []
    for i, key in enumerate(rules.tie_break):
        a, b = _key_value(row, key), _key_value(other, key)
        label = _key_label(rules, key)
        if mine[i] == theirs[i]:
            steps.append(f"{label} {a} = {b}")
            continue
        sign = ">" if mine[i] < theirs[i] else "<"
        better = "本人在前" if mine[i] < theirs[i] else "对方在前"
        if key == TIE_TIME:
            sign = "<" if mine[i] < theirs[i] else ">"
        steps.append(f"{label} {a} {sign} {b}：由{label}分出先后，{better}")
        return "；".join(steps)
    if mine[-1] != theirs[-1]:
        return "；".join(steps) + "：排名依据全部相同，由裁判长裁定先后"
    return "；".join(steps) + "：排名依据全部相同，并列"


def _rank_lines(
    rules: TradeRules, rows: Sequence[ResultRow], row: ResultRow, w: GroupWorking
) -> list[str]:
    chain = " → ".join(_key_label(rules, k) for k in rules.tie_break)
    lines = [f"排名依据（依次比较公布的成绩）：{chain}"]
    if row.rank is None:
        if row.status in ("absent", "disqualified"):
            lines.append(f"不排名：{STATUS_LABELS[row.status]}")
        else:
            lines.append("不排名：成绩未录完")
        return lines
    index = next(i for i, s in enumerate(w.ranked) if s.entry.key == row.key)
    place = f"第 {row.rank} 名" + ("（并列）" if row.tied else "")
    competition = w.placings[index].rank
    if rules.rank_style == "dense" and competition != row.rank:
        place += f"；按人数计为第 {competition} 位（名次并列不占位）"
    lines.append(f"名次：{place}")
    decided = {s.entry.key: s.entry.decided_order for s in w.ranked}
    ranked = [r for r in rows if r.rank is not None]
    at = next(i for i, r in enumerate(ranked) if r.key == row.key)
    if at > 0:
        above = ranked[at - 1]
        lines.append(
            f"与上一名 {_who(above)}（第 {above.rank} 名）比较：{_compare(rules, row, above, decided)}"
        )
    if at + 1 < len(ranked):
        below = ranked[at + 1]
        lines.append(
            f"与下一名 {_who(below)}（第 {below.rank} 名）比较：{_compare(rules, row, below, decided)}"
        )
    if "tie_needs_decision" in row.flags:
        lines.append(
            f"{FLAG_LABELS['tie_needs_decision']}：前 {rules.forbid_shared_top} 名不允许并列"
        )
    return lines


def _award_lines(rules: TradeRules, w: GroupWorking, row: ResultRow) -> list[str]:
    a = rules.awards
    order = eligible_order(w.candidates)
    n = len(order)
    lines = [f"可评奖人数 N = {n}（已排名且参与评奖的选手，含低于最低获奖分者）"]
    index = next((i for i, s in enumerate(w.ranked) if s.entry.key == row.key), None)
    if index is None:
        lines.append("未排名，不获奖")
        return lines
    candidate = w.candidates[index]
    ranks = eligible_ranks(w.candidates)
    if not candidate.eligible:
        lines.append("不参与评奖：保留名次，不获奖、不占名额，奖项依次递补给后面的选手")
    else:
        own = ranks[index]
        passed = candidate.rank - own
        note = f"（前面有 {passed} 位不参与评奖的选手让出名次，依次递补）" if passed else ""
        lines.append(f"可评奖名次：第 {own} 位{note}")
    if a.mode == "medals":
        lines.extend(_medal_lines(rules, n, row))
    else:
        lines.extend(_tier_lines(rules, w, n, index if candidate.eligible else None, order))
    if a.min_total is not None:
        relation = "≥" if candidate.total >= a.min_total else "<"
        verdict = "" if relation == "≥" else "，低于最低获奖分，不获奖"
        lines.append(
            f"最低获奖分 {plain(a.min_total)}：本人 {candidate.total} {relation} {plain(a.min_total)}{verdict}"
        )
    lines.append(f"结果：{row.award or '无奖项'}")
    for title, earned in ((t, t.name in row.titles) for t in rules.titles):
        counted = ranks.get(index)
        status = f"可评奖名次第 {counted} 位" if counted is not None else "不参与评奖"
        lines.append(
            f"称号“{title.name}”：前 {title.top_n} 名（按可评奖选手计，并列同得）；"
            f"本人{status}，{'获得' if earned else '未获得'}"
        )
    if row.promotion:
        lines.append(f"晋升：{row.promotion}")
    return lines


def _tier_lines(
    rules: TradeRules, w: GroupWorking, n: int, index: int | None, order: list[int]
) -> list[str]:
    a = rules.awards
    lines = []
    position = order.index(index) if index is not None else None
    for fill in tier_fills(a, w.candidates):
        tier = fill.tier
        if tier.kind == "count":
            how = f"固定 {fill.quota} 名"
        elif tier.kind == "share":
            exact_share = tier.value * n
            how = (
                f"比例 {plain(tier.value)} × {n} = {plain(exact_share)}，"
                f"{QUOTA_LABELS[a.quota_rounding]}为 {quota(tier.value, n, a.quota_rounding)} 名"
            )
        else:
            how = f"可评奖名次不超过 {plain(tier.value)} × {n} = {plain(fill.rank_limit or Decimal(0))} 的其余选手"
        if fill.taken:
            who = (
                f"第 {fill.taken.start + 1}–{fill.taken.stop} 位"
                if len(fill.taken) > 1
                else f"第 {fill.taken.start + 1} 位"
            )
        else:
            who = "无人"
        joined = f"，其中 {fill.joined} 位因与名额内最后一名并列而一同获得" if fill.joined else ""
        mine = "（含本人）" if position is not None and position in fill.taken else ""
        lines.append(f"{tier.name}：{how}；获得者为可评奖选手{who}{joined}{mine}")
    return lines


def _medal_lines(rules: TradeRules, n: int, row: ResultRow) -> list[str]:
    a = rules.awards
    lines = [
        f"奖牌名额：可评奖 {n} 人，设 {medal_places(a, n)} 枚奖牌（{'、'.join(a.medal_names[:3])}）"
    ]
    if a.tie_window:
        lines.append(f"与本组第一名相差不超过 {plain(a.tie_window)} 分者名次相同")
    if a.medallion is not None:
        on = "总成绩" if a.medallion_on == "total" else "世赛 700 分制换算分"
        value = row.total if a.medallion_on == "total" else row.ws_scale
        lines.append(f"{a.medal_names[3]}：非奖牌获得者{on}达到 {plain(a.medallion)}；本人 {value}")
    return lines
