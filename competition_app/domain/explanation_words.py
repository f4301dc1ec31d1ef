"""The words of a result's explanation, in Chinese (the default) and English.

Each phrase is a template with named fields; `Words(lang)` fills them. The explanation's facts
(explanation.py) never depend on the language, only these words do.
"""

from __future__ import annotations

from typing import Any

Lang = str  # "zh" or "en"
LANGS = ("zh", "en")

_PHRASES: dict[str, tuple[str, str]] = {
    # labels
    "rounding.half_up": ("四舍五入", "half up"),
    "rounding.half_even": ("四舍六入五成双", "half to even"),
    "rounding.down": ("直接舍去", "truncation"),
    "quota.half_up": ("四舍五入", "rounded half up"),
    "quota.floor": ("向下取整", "rounded down"),
    "quota.ceil": ("向上取整", "rounded up"),
    "method.single": ("单人评分", "one judge"),
    "method.mean": ("取平均", "mean"),
    "method.trimmed_mean": (
        "去掉一个最高分和一个最低分后取平均",
        "mean after dropping one highest and one lowest mark",
    ),
    "method.worldskills_judgement": (
        "世赛评价分：满分 × 平均分 / 3",
        "WorldSkills judgement: max × mean score / 3",
    ),
    "status.ok": ("正常", "competing"),
    "status.absent": ("缺考", "absent"),
    "status.disqualified": ("取消资格", "disqualified"),
    "status.out_of_competition": ("不参与评奖", "out of competition"),
    "key.total": ("总成绩", "total"),
    "key.time": ("用时", "time"),
    "not_entered": ("未录入", "not entered"),
    "none": ("无", "none"),
    "sole_mark": ("唯一评分", "the one mark"),
    "judge": ("裁判 {code}", "judge {code}"),
    # sections
    "section.scoring": ("一、评分", "1. Marks"),
    "section.total": ("二、总成绩", "2. Total"),
    "section.rank": ("三、名次", "3. Place"),
    "section.award": ("四、奖项与称号", "4. Award and titles"),
    "heading": ("选手 {who}", "Contestant {who}"),
    "status": ("状态：{status}", "Status: {status}"),
    "void": (
        "{status}：成绩作废，不计总成绩、不排名、不获奖",
        "{status}: the score is void, with no total, place or award",
    ),
    # marks
    "lowest_dropped": ("（最低分，去掉）", " (lowest, dropped)"),
    "highest_dropped": ("（最高分，去掉）", " (highest, dropped)"),
    "component": (
        "{name}（{code}，权重 {weight}，满分 {max}）",
        "{name} ({code}, weight {weight}, out of {max})",
    ),
    "direct": ("  直接录入：{value}", "  entered directly: {value}"),
    "criterion": (
        "  {name}（{code}，满分 {max}，{method}）",
        "  {name} ({code}, max {max}, {method})",
    ),
    "marks": ("    评分：{marks}", "    marks: {marks}"),
    "marks.sep": ("；", "; "),
    "marks_missing": (
        "    尚未录入：{judges}（得分按已录入的分数计算）",
        "    not entered yet: {judges} (the value is of the marks entered)",
    ),
    "recused": ("    {judge}：回避（{why}）", "    {judge}: stood aside ({why})"),
    "recusal.declared": ("已登记须回避：{detail}", "declared conflict: {detail}"),
    "recusal.same_unit": ("与选手同属“{detail}”", "same unit as the contestant, {detail}"),
    "recusal.not_on_panel": ("不在该评分项的评分组中", "not on this criterion's panel"),
    "panel_value": (
        "    得分 = {formula} = {value}{note}",
        "    value = {formula} = {value}{note}",
    ),
    "capped": ("（不超过满分）", " (capped at the maximum)"),
    "spread": (
        "    评分差异超限：最高与最低之差超过 {tolerance}",
        "    panel spread: highest and lowest differ by more than {tolerance}",
    ),
    "component_sum": ("  {name} = {parts} = {value}", "  {name} = {parts} = {value}"),
    "published_component": (
        "  公布的{name}：{value}（保留 {decimals} 位）",
        "  published {name}: {value} ({decimals} places)",
    ),
    # total
    "no_total_void": ("{status}：无总成绩", "{status}: no total"),
    "no_total_missing": ("成绩未录完，没有总成绩，不排名", "marks missing: no total, not ranked"),
    "total_rule_first": (
        "总成绩 = Σ 权重 × 部分成绩（先把各部分按规则取舍，再加权）",
        "total = Σ weight × component (each component rounded first, then weighted)",
    ),
    "total_rule_exact": (
        "总成绩 = Σ 权重 × 部分成绩（各部分取精确值加权）",
        "total = Σ weight × component (exact components, weighted)",
    ),
    "total_terms": ("  = {terms}", "  = {terms}"),
    "total_exact": ("  = {value}（取舍前）", "  = {value} (before rounding)"),
    "total_rounded": (
        "按{mode}保留 {decimals} 位：{total}",
        "rounded by {mode} to {decimals} places: {total}",
    ),
    # place
    "chain": (
        "排名依据（依次比较公布的成绩）：{chain}",
        "tie-breaks (published values, in order): {chain}",
    ),
    "not_ranked_void": ("不排名：{status}", "not ranked: {status}"),
    "not_ranked_missing": ("不排名：成绩未录完", "not ranked: marks missing"),
    "place": ("名次：第 {rank} 名{tied}", "place: {rank}{tied}"),
    "tied": ("（并列）", " (tied)"),
    "dense_position": (
        "；按人数计为第 {position} 位（名次并列不占位）",
        "; position {position} counting people (dense places)",
    ),
    "above": (
        "与上一名 {who}（第 {rank} 名）比较：{why}",
        "against {who} above (place {rank}): {why}",
    ),
    "below": (
        "与下一名 {who}（第 {rank} 名）比较：{why}",
        "against {who} below (place {rank}): {why}",
    ),
    "key_equal": ("{label} {a} = {b}", "{label} {a} = {b}"),
    "key_decides": (
        "{label} {a} {sign} {b}：由{label}分出先后，{side}",
        "{label} {a} {sign} {b}: {label} decides, {side}",
    ),
    "key_within_window": (
        "{label} {a} {sign} {b}：同在奖牌并列窗口内（与本组第一名相差不超过 {window} 分），名次相同",
        "{label} {a} {sign} {b}: both within the medal tie window ({window} points of the first of"
        " the group), the same place",
    ),
    "mine_first": ("本人在前", "this contestant first"),
    "theirs_first": ("对方在前", "the other first"),
    "steps.sep": ("；", "; "),
    "all_equal_decided": (
        "：排名依据全部相同，由裁判长裁定先后",
        ": every tie-break equal, ordered by the chief judge's decision",
    ),
    "all_equal_tied": ("：排名依据全部相同，并列", ": every tie-break equal, tied"),
    "forbid_shared": (
        "并列待裁判长裁定：前 {top} 名不允许并列",
        "tie for the chief judge: places 1-{top} may not be shared",
    ),
    # award
    "n": (
        "可评奖人数 N = {n}（已排名且参与评奖的选手，含低于最低获奖分者）",
        "N = {n} (ranked contestants eligible for awards, those below the minimum included)",
    ),
    "unranked_no_award": ("未排名，不获奖", "not ranked, no award"),
    "out_of_competition": (
        "不参与评奖：保留名次，不获奖、不占名额，奖项依次递补给后面的选手",
        "out of competition: keeps the place, takes no award and no quota place;"
        " the awards pass down to the next contestants",
    ),
    "eligible_rank": (
        "可评奖名次：第 {rank} 位{note}",
        "place among eligible contestants: {rank}{note}",
    ),
    "passed_down": (
        "（前面有 {n} 位不参与评奖的选手让出名次，依次递补）",
        " ({n} out-of-competition contestant(s) above pass their places down)",
    ),
    "min_total": (
        "最低获奖分 {floor}：本人 {total} {relation} {floor}{verdict}",
        "minimum total {floor}: {total} {relation} {floor}{verdict}",
    ),
    "below_min": ("，低于最低获奖分，不获奖", ", below the minimum: no award"),
    "result": ("结果：{award}", "result: {award}"),
    "no_award": ("无奖项", "no award"),
    "title": (
        "称号“{name}”：前 {top} 名（按可评奖选手计，并列同得）；本人{status}，{verdict}",
        "title “{name}”: top {top} eligible contestants (ties at the cut included);"
        " {status}, {verdict}",
    ),
    "title_rank": ("可评奖名次第 {rank} 位", "eligible place {rank}"),
    "title_none": ("不参与评奖", "out of competition"),
    "earned": ("获得", "earned"),
    "not_earned": ("未获得", "not earned"),
    "promotion": ("晋升：{level}", "promotion: {level}"),
    "tier_count": ("固定 {n} 名", "a fixed {n}"),
    "tier_share": (
        "比例 {share} × {n} = {exact}，{rounding}为 {quota} 名",
        "share {share} × {n} = {exact}, {rounding} to {quota}",
    ),
    "tier_up_to": (
        "可评奖名次不超过 {share} × {n} = {limit} 的其余选手",
        "everyone left with an eligible place within {share} × {n} = {limit}",
    ),
    "positions": ("第 {first}–{last} 位", "positions {first}-{last}"),
    "position": ("第 {first} 位", "position {first}"),
    "nobody": ("无人", "nobody"),
    "joined": (
        "，其中 {n} 位因与名额内最后一名并列而一同获得",
        ", {n} of them because they tie the last one within the quota",
    ),
    "mine": ("（含本人）", " (this contestant among them)"),
    "tier": (
        "{name}：{how}；获得者为可评奖选手{who}{joined}{mine}",
        "{name}: {how}; awarded to eligible {who}{joined}{mine}",
    ),
    "medal_places": (
        "奖牌名额：可评奖 {n} 人，设 {medals} 枚奖牌（{names}）",
        "medals: {n} eligible, {medals} medal place(s) ({names})",
    ),
    "tie_window": (
        "总成绩与本组第一名相差不超过 {window} 分者名次相同",
        "a total within {window} points of the first of a group shares its place",
    ),
    "medallion": (
        "{name}：非奖牌获得者{on}达到 {bar}；本人 {value}",
        "{name}: a non-medallist whose {on} reaches {bar}; here {value}",
    ),
    "medallion_on.total": ("总成绩", "total"),
    "medallion_on.scale": ("世赛 700 分制换算分", "WorldSkills scale (700)"),
    "names.sep": ("、", ", "),
    "unknown_number": (
        "本工种没有参赛证号为“{number}”的选手",
        "no contestant of this trade has entry number “{number}”",
    ),
}


class Words:
    """The explanation's phrases in one language ("zh", the default, or "en")."""

    def __init__(self, lang: Lang = "zh") -> None:
        if lang not in LANGS:
            raise ValueError(f"unknown language {lang!r}")
        self.index = LANGS.index(lang)

    def __call__(self, key: str, **fields: Any) -> str:
        return _PHRASES[key][self.index].format(**fields)
