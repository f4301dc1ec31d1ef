"""成绩 → 评分分析: each judge of a trade beside their panels, as a table and a bar chart."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from competition_app.domain.judge_analysis import AGREEMENT_POINTS, shown
from competition_app.domain.wording import counted
from competition_app.services.context import Context
from competition_app.services.printing.judge_analysis_sheet import judge_analysis_pdf
from competition_app.services.results.judge_analysis import TradeJudgeAnalysis
from competition_app.ui.common.table_support import apply_widths, make_table
from competition_app.ui.printing.pdf_output import choose_pdf_path, write_pdf
from competition_app.ui.results.judge_analysis_model import JudgeAnalysisModel
from competition_app.ui.results.offset_chart import HARSH, LENIENT, OffsetChart
from competition_app.ui.window.translation import sentences


class JudgeAnalysisDialog(QDialog):
    """What the chief judge reads before signing: leniency, flagged spreads, trimmed marks.

    Judges are named (they are staff); no contestant appears, blind trade or not.
    """

    def __init__(
        self, analysis: TradeJudgeAnalysis, ctx: Context, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.analysis, self.ctx = analysis, ctx
        self.setWindowTitle(self.tr("评分分析 · %1").replace("%1", analysis.trade.name))
        lay = QVBoxLayout(self)
        self.summary = QLabel(self._summary())
        self.summary.setWordWrap(True)
        lay.addWidget(self.summary)
        self.model = JudgeAnalysisModel(self)
        self.model.set_lines(analysis.lines)
        self.table = make_table(self, sortable=False)
        self.table.setModel(self.model)
        apply_widths(self.table, self.model.columns)
        lay.addWidget(self.table, 1)
        self.chart = OffsetChart(self)
        self.chart.set_bars(
            [(f"{x.code} {x.name}", x.mean_offset, shown(x.mean_offset)) for x in analysis.lines]
        )
        self.chart.setVisible(bool(analysis.lines))
        lay.addWidget(self.chart)
        self.legend = QLabel(self._legend())
        self.legend.setWordWrap(True)
        self.legend.setObjectName("Muted")
        lay.addWidget(self.legend)
        self.message = QLabel()
        self.message.setWordWrap(True)
        lay.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        self.print_button = QPushButton(self.tr("打印分析表…"))
        self.print_button.setToolTip(self.tr("生成评分一致性分析表 PDF，由总裁判长签字"))
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.clicked.connect(lambda: self.print_sheet())
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.resize(860, 600)  # stays on a 1366×768 screen

    def _summary(self) -> str:
        a = self.analysis
        parts = [counted(self.tr("分析了 %1 个评分组（同一选手、同一评分项，两名以上裁判评分）。"),
                         {"%1": a.panels})]  # fmt: skip
        for agreement in a.agreement:
            parts.append(
                counted(
                    self.tr("评价分 %1 %2：%3/%4 组相差不超过 %5 分（%6）。"),
                    {"%4": agreement.panels},
                )
                .replace("%1", agreement.criterion)
                .replace("%2", agreement.name)
                .replace("%3", str(agreement.agreeing))
                .replace("%5", format(AGREEMENT_POINTS, "f"))
                .replace("%6", shown(agreement.share))
            )
        if a.draft:
            parts.append(self.tr("成绩尚未锁定或复核未完成，分数仍可能变动。"))
        return sentences(parts)

    def _legend(self) -> str:
        text = self.tr(
            "平均偏差：该裁判每个分数减去同一评分组全部分数的平均值，再求平均；"
            "<span style='color:%1'>正值偏宽</span>，<span style='color:%2'>负值偏严</span>。"
            "只有一个分数的评分组不计，回避不计。超限占比：所在评分组最高与最低分相差超过容差的比例。"
        )
        text = text.replace("%1", LENIENT).replace("%2", HARSH)
        if not self.analysis.trims:
            text = sentences([text, self.tr("本工种不去掉最高分和最低分。")])
        return text

    def print_sheet(self, path: Path | None = None) -> None:
        a = self.analysis
        if path is None:
            path = choose_pdf_path(self, f"{a.trade.name}评分一致性分析表.pdf")
            if path is None:
                return
        ctx, event_id, code = self.ctx, a.event.id, a.trade.code
        self.print_task = write_pdf(
            self,
            lambda progress: judge_analysis_pdf(ctx, event_id, code),
            path,
            title=self.tr("评分一致性分析表"),
            on_done=lambda p: self.message.setText(self.tr("已生成 %1").replace("%1", str(p))),
            on_error=lambda e: self.message.setText(str(e)),
        )
