"""The judges of a trade beside their panels, as a table model (one row per judge)."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QColor

from competition_app.services.results.judge_analysis import JudgeLine
from competition_app.ui.common.table_support import (
    CENTER,
    RIGHT,
    R,
    TableColumn,
    TupleTableModel,
    empty,
)
from competition_app.ui.results.offset_chart import HARSH, LENIENT

_OFFSET = 3  # the mean_offset column


class JudgeAnalysisModel(TupleTableModel):
    """Columns as the CLI's `judge,name,marks,mean_offset,flagged_share,trimmed_high,trimmed_low`;
    the offset coloured as the chart's bars."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__([], parent)
        self.set_columns(
            [
                TableColumn("judge", self.tr("裁判编号"), 80, CENTER),
                TableColumn("name", self.tr("姓名"), 110, stretch=True),
                TableColumn("marks", self.tr("评分数"), 70, RIGHT,
                            self.tr("参与分析的分数：两名以上裁判评分的评分组中的分数")),
                TableColumn("mean_offset", self.tr("平均偏差"), 100, RIGHT,
                            self.tr("每个分数减去同一选手同一评分项全部分数的平均值，再求平均；"
                                    "正值偏宽，负值偏严")),
                TableColumn("flagged_share", self.tr("超限占比"), 106, RIGHT,
                            self.tr("所在评分组最高与最低分相差超过容差的分数所占比例（0–1）")),
                TableColumn("trimmed_high", self.tr("去最高"), 104, RIGHT,
                            self.tr("作为最高分被去掉的次数")),
                TableColumn("trimmed_low", self.tr("去最低"), 100, RIGHT,
                            self.tr("作为最低分被去掉的次数")),
            ]
        )  # fmt: skip
        self._colours = {1: QColor(LENIENT), -1: QColor(HARSH)}

    def set_lines(self, lines: tuple[JudgeLine, ...]) -> None:
        self.set_rows([tuple(line.cells()) for line in lines], list(lines))

    def extra_data(self, row: int, column: int, role: int) -> Any:
        if role == R.ForegroundRole and column == _OFFSET:
            offset = self.payload(row).mean_offset
            if offset:
                return self._colours[1 if offset > 0 else -1]
        return empty(role)
