"""The judge-analysis sheet (评分一致性分析表): the table, a bar per judge's mean offset, and the
chief judge's signature."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from fractions import Fraction

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from competition_app.domain.judge_analysis import offset_scale
from competition_app.reports.dates import cn_date
from competition_app.reports.fonts import SANS
from competition_app.reports.paged_table import Column
from competition_app.reports.styles import INK, MUTED, RULE
from competition_app.reports.table_document import TableSection, render_sections
from competition_app.reports.text_fit import fit_text

# Above zero a judge marks higher than their panels (lenient), below lower (harsh).
LENIENT = colors.HexColor("#c8631a")
HARSH = colors.HexColor("#2f6db5")

COLUMN_TITLES = ("裁判编号", "姓名", "评分数", "平均偏差", "超限占比", "去最高", "去最低")


@dataclass(frozen=True)
class JudgeAnalysisSheetData:
    event_title: str
    trade: str
    date: date | str  # the day printed (and signed)
    rows: Sequence[Sequence[str]]  # as the CLI prints them, in COLUMN_TITLES order
    bars: Sequence[tuple[str, Fraction | None, str]]  # label, exact offset, offset as printed
    notes: Sequence[str] = ()  # definitions and the judgement aspects' agreement
    draft: Sequence[str] = ()


class OffsetBars(Flowable):  # type: ignore[misc]  # ReportLab ships no type hints
    """A horizontal bar per judge from a zero line: right for lenient, left for harsh.

    The longest bar spans half the drawing; a judge with nothing analysed has no bar.
    """

    ROW = 6 * mm
    LABEL = 38 * mm
    VALUE = 14 * mm

    def __init__(self, bars: Sequence[tuple[str, Fraction | None, str]]) -> None:
        super().__init__()
        self.bars = list(bars)
        self.width = 0.0
        self.height = self.ROW * (len(self.bars) + 1)
        self.spaceAfter = 4 * mm

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        self.width = aW
        return aW, self.height

    def draw(self) -> None:
        c = self.canv
        scale = offset_scale(v for _, v, _ in self.bars)
        plot = self.width - self.LABEL - 2 * self.VALUE
        zero = self.LABEL + self.VALUE + plot / 2
        top = self.height - self.ROW / 2
        c.setFont(SANS, 8)
        c.setFillColor(MUTED)
        c.drawString(zero + 2 * mm, top - 1, "偏宽 →")
        c.drawRightString(zero - 2 * mm, top - 1, "← 偏严")
        for i, (label, value, text) in enumerate(self.bars):
            y = top - (i + 1) * self.ROW
            fit = fit_text(label, SANS, 9, self.LABEL - 2 * mm, min_size=6)
            c.setFillColor(INK)
            c.setFont(SANS, fit.size)
            c.drawString(0, y - 3, fit.lines[0])
            if value is None:
                continue
            length = float(value / scale) * plot / 2
            c.setFillColor(LENIENT if value > 0 else HARSH)
            c.rect(min(zero, zero + length), y - 2 * mm, abs(length), 4 * mm, stroke=0, fill=1)
            c.setFillColor(INK)
            c.setFont(SANS, 8.5)
            if value >= 0:
                c.drawString(zero + max(length, 0) + 1.5 * mm, y - 3, text)
            else:
                c.drawRightString(zero + length - 1.5 * mm, y - 3, text)
        c.setStrokeColor(RULE)
        c.setLineWidth(0.8)
        c.line(zero, 0, zero, self.height - self.ROW)


def judge_analysis_section(data: JudgeAnalysisSheetData) -> TableSection:
    columns = [
        Column(COLUMN_TITLES[0], 16),
        Column(COLUMN_TITLES[1], 22, align="left", flex=1),
        *(Column(t, 14, align="right") for t in COLUMN_TITLES[2:]),
    ]
    return TableSection(
        title=data.event_title,
        subtitle=f"{data.trade}评分一致性分析表",
        columns=columns,
        rows=[list(r) for r in data.rows],
        meta_left=f"裁判 {len(data.rows)} 人",
        meta_right=f"日期：{cn_date(data.date)}" if data.date else "",
        empty_text="（无两名以上裁判评分的评分项）",
        figures=[OffsetBars(data.bars)] if data.rows else [],
        closing=list(data.notes),
        signatures=("总裁判长签字", "日期"),
        footer=f"{data.event_title} · {data.trade}评分一致性分析表",
    )


def render_judge_analysis(data: JudgeAnalysisSheetData) -> bytes:
    """The sheet as PDF bytes (portrait A4)."""
    return render_sections(
        [judge_analysis_section(data)],
        title=f"{data.event_title} {data.trade}评分一致性分析",
        landscape_pages=False,
        draft=data.draft,
    )
