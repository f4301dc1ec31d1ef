"""Results: the live ranking of a trade and group, flags for the chief judge, lock and export."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QTabWidget, QWidget

from competition_app.domain.distribution import trade_distributions
from competition_app.domain.errors import UserError
from competition_app.domain.explanation import Explanation
from competition_app.domain.results import FLAG_LABELS
from competition_app.domain.wording import counted
from competition_app.io.table_files import CsvEncoding
from competition_app.services.results.judge_analysis import TradeJudgeAnalysis, judge_analysis
from competition_app.services.results.locking import lock_trade, unlock_trade
from competition_app.services.results.result_explanation import explain_result
from competition_app.services.results.results import TradeResults, results_for
from competition_app.services.results.tie_decisions import (
    TieInfo,
    clear_tie_decision,
    decide_tie,
    tie_containing,
)
from competition_app.services.scoring.verification import verification_status
from competition_app.services.setup.trades import TradeInfo
from competition_app.ui.common import prompts, stylesheet
from competition_app.ui.common.table_support import FilterProxy, apply_widths, make_table
from competition_app.ui.common.view_base import View, lock_banner
from competition_app.ui.common.workers import Task, run_task
from competition_app.ui.results.explanation_dialog import ExplanationDialog
from competition_app.ui.results.histogram import ScoreHistogram
from competition_app.ui.results.judge_analysis_dialog import JudgeAnalysisDialog
from competition_app.ui.results.recheck_dialog import RecheckDialog
from competition_app.ui.results.result_model import ResultTableModel
from competition_app.ui.results.results_export import export_results
from competition_app.ui.results.tie_dialog import TieDialog
from competition_app.ui.results.unlock_dialog import UnlockDialog
from competition_app.ui.window.session import EventSession
from competition_app.ui.window.translation import actor_label, current_language, flag_label


def legend_chip(text: str, colour: str) -> QLabel:
    chip = QLabel(text)
    chip.setStyleSheet(f"background:{colour}; border-radius:4px; padding:2px 8px; color:#1e293b;")
    return chip


class ResultsView(View):
    """Ranking, awards and titles computed by the services from what is stored."""

    topics = (
        "marks",
        "contestants",
        "rules",
        "lock",
        "event",
        "options",
        "checkin",
        "appeals",
        "codes",
    )
    name = "results"

    def __init__(self, session: EventSession, parent: QWidget | None = None) -> None:
        super().__init__(
            session,
            self.tr("成绩与奖项"),
            self.tr("按工种与组别排名；名次、奖项与称号由评分规则计算"),
            parent,
        )
        self.trades: list[TradeInfo] = []
        self.result: TradeResults | None = None
        self._shown: tuple[str, str | None] | None = None  # the trade and group on show
        self.task: Task | None = None
        self.loading = False
        self.refresh_button = QPushButton(self.tr("刷新"))
        self.refresh_button.clicked.connect(self.reload)
        self.export_button = QPushButton(self.tr("导出成绩…"))
        self.export_button.clicked.connect(lambda: self.export_file())
        self.lock_button = QPushButton(self.tr("锁定成绩"))
        self.lock_button.setObjectName("Primary")
        self.lock_button.clicked.connect(lambda: self.toggle_lock())
        self.explain_button = QPushButton(self.tr("计算过程…"))
        self.explain_button.setToolTip(
            self.tr("逐项说明所选选手的得分、总成绩、名次与奖项是怎样得出的（也可双击该行）")
        )
        self.explain_button.clicked.connect(lambda: self.explain_selected())
        self.explanation_dialog: ExplanationDialog | None = None
        self.tie_button = QPushButton(self.tr("裁定并列…"))
        self.tie_button.setToolTip(
            self.tr("为所选选手所在的并列记录裁判长裁定的名次先后（或撤销裁定）")
        )
        self.tie_button.clicked.connect(lambda: self.decide_selected())
        self.tie_dialog: TieDialog | None = None
        self.analysis_button = QPushButton(self.tr("评分分析…"))
        self.analysis_button.setToolTip(self.tr("各裁判的宽严、评分差异超限与被去掉的分数"))
        self.analysis_button.clicked.connect(lambda: self.open_judge_analysis())
        self.analysis_dialog: JudgeAnalysisDialog | None = None
        self.analysis_task: Task | None = None
        self.recheck_button = QPushButton(self.tr("抽样复核…"))
        self.recheck_button.setToolTip(
            self.tr("前列全检加随机抽查：抽取复核名单，逐份确认或更正，查看差错率")
        )
        self.recheck_button.clicked.connect(lambda: self.open_recheck())
        self.recheck_dialog: RecheckDialog | None = None
        for b in (
            self.refresh_button,
            self.explain_button,
            self.tie_button,
            self.analysis_button,
            self.recheck_button,
            self.export_button,
            self.lock_button,
        ):
            self.actions_layout.addWidget(b)

        bar = QHBoxLayout()
        self.trade_combo = QComboBox()
        self.trade_combo.setMinimumWidth(160)
        self.trade_combo.currentIndexChanged.connect(self._recompute)
        self.group_combo = QComboBox()
        self.group_combo.currentIndexChanged.connect(self._recompute)
        self.summary = QLabel()
        self.summary.setObjectName("Muted")
        bar.addWidget(QLabel(self.tr("工种")))
        bar.addWidget(self.trade_combo)
        bar.addWidget(QLabel(self.tr("组别")))
        bar.addWidget(self.group_combo)
        bar.addSpacing(12)
        bar.addWidget(self.summary, 1)
        self.body.addLayout(bar)
        self.banner, self.banner_text = lock_banner(self)
        self.body.addWidget(self.banner)
        self.provisional_banner, self.provisional_text = lock_banner(self)
        self.provisional_banner.setObjectName("ProvisionalBanner")
        self.body.addWidget(self.provisional_banner)
        self.blind_banner, self.blind_text = lock_banner(self)
        self.blind_banner.setObjectName("ProvisionalBanner")
        self.body.addWidget(self.blind_banner)

        self.model = ResultTableModel(self)
        self.proxy = FilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = make_table(self, sortable=False)
        self.table.setModel(self.proxy)
        self.table.doubleClicked.connect(lambda index: self.explain_row(index.row()))
        # the chart as a tab beside the table: no taller a page on a laptop screen
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.table, self.tr("成绩表"))
        self.histogram = ScoreHistogram()
        self.tabs.addTab(self.histogram, self.tr("分数分布"))
        self.body.addWidget(self.tabs, 1)

        legend = QHBoxLayout()
        legend.setSpacing(6)
        legend.addWidget(QLabel(self.tr("图例：")))
        for i, text in enumerate(
            (
                self.tr("一等奖 / 金牌"),
                self.tr("二等奖 / 银牌"),
                self.tr("三等奖 / 铜牌"),
                self.tr("其他奖项"),
            ),
            start=1,
        ):
            legend.addWidget(legend_chip(text, stylesheet.AWARD_COLOURS[i]))
        legend.addSpacing(12)
        for flag in ("tie_needs_decision", "panel_spread"):
            legend.addWidget(legend_chip(flag_label(flag), stylesheet.FLAG_COLOURS[flag]))
        grey = QLabel(self.tr("灰字：未排名（缺考、取消资格或成绩未录完）"))
        grey.setObjectName("Muted")
        legend.addWidget(grey)
        legend.addStretch(1)
        self.body.addLayout(legend)

    # -- choosing -----------------------------------------------------------------------------
    def reload(self) -> None:
        self.lock_button.setEnabled(self.can("lock"))
        self.analysis_button.setEnabled(self.can("audit"))
        current = self.trade_combo.currentData()
        self.trades = self.session.trades()
        self.trade_combo.blockSignals(True)
        self.trade_combo.clear()
        for t in self.trades:
            self.trade_combo.addItem(f"{t.name} · {t.code}", t.id)
        self.trade_combo.setCurrentIndex(max(self.trade_combo.findData(current), 0))
        self.trade_combo.blockSignals(False)
        self._fill_groups()
        self._recompute()

    def current_trade(self) -> TradeInfo | None:
        return next((t for t in self.trades if t.id == self.trade_combo.currentData()), None)

    def select_trade(self, code: str, group: str | None = None) -> None:
        i = next(i for i, t in enumerate(self.trades) if t.code == code)
        self.trade_combo.setCurrentIndex(i)
        if group is not None:
            self.group_combo.setCurrentIndex(max(self.group_combo.findData(group), 0))

    def _fill_groups(self) -> None:
        trade = self.current_trade()
        current = self.group_combo.currentData()
        self.group_combo.blockSignals(True)
        self.group_combo.clear()
        self.group_combo.addItem(self.tr("全部组别"), None)
        for g in trade.groups if trade else ():
            self.group_combo.addItem(g, g)
        self.group_combo.setCurrentIndex(max(self.group_combo.findData(current), 0))
        self.group_combo.setEnabled(self.group_combo.count() > 1)
        self.group_combo.blockSignals(False)

    # -- computing (off the UI thread) -----------------------------------------------------------
    def _recompute(self) -> None:
        if self.sender() is self.trade_combo:
            self._fill_groups()
        trade = self.current_trade()
        if trade is None:
            self.model.set_rows([], [])
            self.histogram.set_distributions([], 2)
            return
        ctx, event_id, group = (
            self.session.ctx,
            self.session.event_id,
            self.group_combo.currentData(),
        )
        if self.task is not None and not self.task.done:
            self.task.cancel()
        self.loading = True
        self._busy(True)
        self.task = run_task(
            self,
            lambda progress: results_for(ctx, event_id, trade.code, group),
            self.show_result,
            label=self.tr("正在计算成绩……"),
            on_error=self._failed,
            on_cancel=lambda: None,
            show_after_ms=800,
        )

    def _busy(self, busy: bool) -> None:
        """While results are computed: the table greyed with a wait cursor, the summary says
        so, Refresh waits; the old figures are never taken for the new ones."""
        self.table.setEnabled(not busy)
        self.refresh_button.setEnabled(not busy)
        if busy:
            self.table.viewport().setCursor(Qt.CursorShape.WaitCursor)
            self.summary.setText(self.tr("正在计算成绩……"))
        else:
            self.table.viewport().unsetCursor()

    def _failed(self, exc: BaseException) -> None:
        self.loading = False
        self._busy(False)
        self.summary.setText("")
        self.show_error(exc)

    def show_result(self, res: TradeResults) -> None:
        if res.trade.id != self.trade_combo.currentData():
            return  # an older computation finishing late
        self.loading = False
        self._busy(False)
        self.result = res
        rows = res.rows
        with_group = bool(res.trade.groups) and res.group is None
        self.save_state()
        blind = res.identities_hidden
        self.model.set_result(res.rules, rows, with_group=with_group, blind=blind)
        key = f"results/{res.trade.code}/{int(with_group)}{'/blind' if blind else ''}"
        self._tables = [(key, self.table)]
        apply_widths(self.table, self.model.columns, key)
        # another trade or group opens at its first place; the same one, refreshed after a
        # save, stays where the reader was
        shown = (res.trade.code, res.group)
        if shown != self._shown:
            self.table.scrollToTop()
            self._shown = shown
        ranked = sum(1 for r in rows if r.rank is not None)
        parts = [
            counted(self.tr("共 %1 人，已排名 %2 人"), {"%1": len(rows)}).replace("%2", str(ranked))
        ]
        for flag in FLAG_LABELS:
            n = sum(1 for r in rows if flag in r.flags)
            if n:
                parts.append(self.tr("%1 %2").replace("%1", flag_label(flag)).replace("%2", str(n)))
        self.summary.setText(" · ".join(parts))
        groups = res.trade.groups if res.group is None else (res.group,)
        self.histogram.set_distributions(
            trade_distributions(res.rules, rows, groups), res.rules.rounding.decimals
        )
        self._show_lock(res.trade)
        self._show_provisional(res)
        self._show_blind(res)

    def _show_blind(self, res: TradeResults) -> None:
        """A blind trade before decryption: the rows carry work-piece codes, not people."""
        self.blind_banner.setVisible(res.identities_hidden)
        if res.identities_hidden:
            self.blind_text.setText(
                self.tr(
                    "盲评：成绩锁定并由加密裁判解密之前，这里只显示工件号，不显示姓名和单位；"
                    "证书和成绩公示表在解密后才能打印。"
                )
            )

    def _show_provisional(self, res: TradeResults) -> None:
        """Verified entry not finished: every figure here may still change."""
        self.provisional_banner.setVisible(res.provisional)
        if not res.provisional:
            return
        try:
            n = verification_status(self.session.ctx, res.trade.id).counts
        except UserError:
            text = ""
        else:
            text = (
                self.tr("已核对 %1 / %2，不一致 %3，待另一遍 %4。")
                .replace("%1", str(n.verified))
                .replace("%2", str(n.expected))
                .replace("%3", str(n.mismatched))
                .replace("%4", str(n.waiting))
            )
        self.provisional_text.setText(
            self.tr("暂定成绩：复核录入尚未完成，名次和奖项可能变化。") + text
        )

    def _show_lock(self, trade: TradeInfo) -> None:
        self.banner.setVisible(trade.locked)
        if trade.locked:
            self.banner_text.setText(
                self.tr("成绩已锁定（%1），各处均为只读。").replace(
                    "%1", actor_label(trade.locked_by) if trade.locked_by else self.tr("裁判长")
                )
            )
            self.lock_button.setText(self.tr("解锁…"))
            self.lock_button.setObjectName("Danger")
        else:
            self.lock_button.setText(self.tr("锁定成绩"))
            self.lock_button.setObjectName("Primary")
        self.lock_button.setEnabled(self.can("lock"))
        if not self.can("lock"):
            self.lock_button.setToolTip(self.tr("只有裁判长可以锁定或解锁成绩"))
        self.tie_button.setEnabled(self.can("lock") and not trade.locked)
        if trade.locked:
            self.tie_button.setToolTip(self.tr("成绩已锁定：解锁后才能裁定并列"))
        elif not self.can("lock"):
            self.tie_button.setToolTip(self.tr("只有裁判长可以裁定并列"))
        else:
            self.tie_button.setToolTip(
                self.tr("为所选选手所在的并列记录裁判长裁定的名次先后（或撤销裁定）")
            )
        self.lock_button.style().unpolish(self.lock_button)
        self.lock_button.style().polish(self.lock_button)

    # -- lock -------------------------------------------------------------------------------------
    def toggle_lock(self, reason: str | None = None) -> None:
        trade = self.result.trade if self.result else self.current_trade()
        if trade is None:
            return
        try:
            if trade.locked:
                if reason is None:
                    dialog = UnlockDialog(trade.name, self)
                    self.unlock_dialog = dialog
                    dialog.accepted.connect(lambda: self.toggle_lock(dialog.text()))
                    dialog.open()
                    return
                unlock_trade(self.session.ctx, trade.id, reason)
                self.show_info(
                    self.tr("已解锁“%1”。原因已记入审计日志。").replace("%1", trade.name), "warning"
                )
            else:
                missing = sum(
                    1
                    for r in (self.result.rows if self.result else ())
                    if "missing_marks" in r.flags
                )
                text = self.tr(
                    "锁定“%1”后，分数、用时和选手状态均不能再修改，解锁须填写原因。"
                ).replace("%1", trade.name)
                if missing:
                    text += "\n" + counted(self.tr("注意：还有 %1 人成绩未录完。"), {"%1": missing})
                if not prompts.confirm(self, self.tr("锁定成绩"), text):
                    return
                lock_trade(self.session.ctx, trade.id)
                self.show_info(self.tr("已锁定“%1”。").replace("%1", trade.name))
        except UserError as e:
            self.show_error(e)
            return
        self.session.notify()
        if not self.isVisible():
            self.reload()

    # -- a tie for the chief judge (裁定并列) -------------------------------------------------------
    def decide_selected(self) -> None:
        """The tie of the selected contestant, read afresh, in the dialog that orders it."""
        res = self.result
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if res is None or not rows:
            self.show_info(self.tr("请先在表中选中并列中的一位选手"), "warning")
            return
        number = self.model.result_row(self.proxy.source_row(rows[0].row())).number
        ctx, event_id, code = self.session.ctx, self.session.event_id, res.trade.code
        run_task(
            self,
            lambda progress: tie_containing(ctx, event_id, code, number),
            self.open_tie,
            label=self.tr("正在读取并列……"),
            on_error=self.show_error,
            show_after_ms=800,
        )

    def open_tie(self, tie: TieInfo) -> TieDialog:
        dialog = TieDialog(tie, self)
        self.tie_dialog = dialog
        dialog.accepted.connect(lambda: self._record_tie(dialog))
        dialog.open()
        return dialog

    def _record_tie(self, dialog: TieDialog) -> None:
        ctx, event_id, tie = self.session.ctx, self.session.event_id, dialog.tie
        order, reason, withdrawing = dialog.order(), dialog.reason(), dialog.withdrawing

        def write(progress: object) -> TieInfo:
            if withdrawing:
                return clear_tie_decision(ctx, event_id, tie.trade_code, order[0], reason)
            return decide_tie(ctx, event_id, tie.trade_code, order, reason)

        run_task(
            self,
            write,
            self._tie_recorded,
            label=self.tr("正在记录裁定……"),
            on_error=self.show_error,
            cancellable=False,
            show_after_ms=800,
        )

    def _tie_recorded(self, tie: TieInfo) -> None:
        numbers = "、".join(c.number for c in tie.contestants)
        if tie.decided:
            self.show_info(
                self.tr("已记录裁定：%1（依次列出），已记入审计日志。").replace("%1", numbers)
            )
        else:
            self.show_info(self.tr("已撤销裁定：%1 重新并列。").replace("%1", numbers), "warning")
        self.session.notify()
        if not self.isVisible():
            self.reload()

    # -- re-check (抽样复核) ----------------------------------------------------------------------
    def open_recheck(self) -> RecheckDialog | None:
        trade = self.current_trade()
        if trade is None:
            return None
        self.recheck_dialog = RecheckDialog(self.session, trade, self)
        self.recheck_dialog.open()
        return self.recheck_dialog

    # -- why this result --------------------------------------------------------------------------
    def explain_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            self.show_info(self.tr("请先在表中选中一位选手"), "warning")
            return
        self.explain_row(rows[0].row())

    def explain_row(self, proxy_row: int) -> None:
        """Open the breakdown of the contestant on this (visible) row, worked out off the UI
        thread from what is stored now."""
        res = self.result
        if res is None or not 0 <= proxy_row < self.proxy.rowCount():
            return
        number = self.model.result_row(self.proxy.source_row(proxy_row)).number
        ctx, event_id, code = self.session.ctx, self.session.event_id, res.trade.code
        lang = "en" if current_language() == "en" else "zh"
        run_task(
            self,
            lambda progress: explain_result(ctx, event_id, code, number, lang=lang),
            self.show_explanation,
            label=self.tr("正在整理计算过程……"),
            on_error=self.show_error,
            show_after_ms=800,
        )

    def show_explanation(self, explanation: Explanation) -> None:
        self.explanation_dialog = ExplanationDialog(explanation, self)
        self.explanation_dialog.open()

    # -- judge analysis (评分分析) ----------------------------------------------------------------
    def open_judge_analysis(self) -> None:
        """Each judge of the trade beside their panels, from the stored marks, in a dialog."""
        trade = self.current_trade()
        if trade is None or not self.allowed("audit"):
            return
        ctx, event_id = self.session.ctx, self.session.event_id
        self.analysis_task = run_task(
            self,
            lambda progress: judge_analysis(ctx, event_id, trade.code),
            self.show_judge_analysis,
            label=self.tr("正在分析评分……"),
            on_error=self.show_error,
            show_after_ms=800,
        )

    def show_judge_analysis(self, analysis: TradeJudgeAnalysis) -> None:
        self.analysis_dialog = JudgeAnalysisDialog(analysis, self.session.ctx, self)
        self.analysis_dialog.open()

    # -- export -----------------------------------------------------------------------------------
    def export_file(self, path: Path | None = None, encoding: CsvEncoding = "utf-8") -> Path | None:
        """The shown trade (or group) to an organisers' workbook or to the CSV contract columns."""
        return export_results(self, path, encoding)
