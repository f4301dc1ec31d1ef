"""Printing the judge-analysis sheet that the chief judge signs with the results."""

from __future__ import annotations

from datetime import date

from competition_app.domain.judge_analysis import AGREEMENT_POINTS, shown
from competition_app.reports.judge_analysis import JudgeAnalysisSheetData, render_judge_analysis
from competition_app.services.context import Context
from competition_app.services.printing.glyphs import ensure_drawable
from competition_app.services.results.judge_analysis import TradeJudgeAnalysis, judge_analysis


def _plain(value: object) -> str:
    text = format(value, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def analysis_notes(analysis: TradeJudgeAnalysis) -> list[str]:
    """The definitions as this trade applies them, and its judgement aspects' agreement."""
    panel = analysis.trade.rules.panel
    notes = [
        "平均偏差：该裁判每个分数减去同一评分组（同一选手、同一评分项）全部分数的平均值，"
        "再对其全部分数求平均；正值偏宽，负值偏严。只有一个分数的评分组不计，回避不计。",
    ]
    if panel.spread_tolerance is None:
        notes.append("超限占比：本工种未设评分差异容差，无超限评分组。")
    else:
        notes.append(
            "超限占比：该裁判的分数中，所在评分组最高分与最低分相差超过 "
            f"{_plain(panel.spread_tolerance)} 分的比例。"
        )
    if analysis.trims:
        notes.append(
            f"去最高、去最低：{panel.trim_min_judges} 名及以上裁判评分时，"
            "该裁判的分数作为最高分、最低分被去掉的次数（分数相同时按成绩说明中划去的那一个）。"
        )
    else:
        notes.append("去最高、去最低：本工种不去掉最高分和最低分，均为 0。")
    for a in analysis.agreement:
        notes.append(
            f"评价分一致（相差不超过 {_plain(AGREEMENT_POINTS)} 分）：{a.criterion} {a.name} "
            f"{a.agreeing}/{a.panels} 组（{shown(a.share)}）。"
        )
    notes.append(f"共分析 {analysis.panels} 个评分组（两名以上裁判评分）。")
    return notes


def judge_analysis_pdf(
    ctx: Context, event_id: int, trade_code: str, *, allow_missing_glyphs: bool = False
) -> bytes:
    """The sheet of one trade as PDF bytes; a draft while its marks may still change."""
    analysis = judge_analysis(ctx, event_id, trade_code)
    ensure_drawable(
        [("表头", (analysis.event.name, analysis.trade.name))]
        + [(f"裁判 {line.code}", (line.name,)) for line in analysis.lines],
        allow=allow_missing_glyphs,
    )
    data = JudgeAnalysisSheetData(
        event_title=analysis.event.name,
        trade=analysis.trade.name,
        # the day it is printed and signed, as on the result and re-check sheets
        date=date.today(),
        rows=[line.cells() for line in analysis.lines],
        bars=[
            (f"{line.code} {line.name}", line.mean_offset, shown(line.mean_offset))
            for line in analysis.lines
        ],
        notes=analysis_notes(analysis),
        draft=analysis.draft,
    )
    return render_judge_analysis(data)
