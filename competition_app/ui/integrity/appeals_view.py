"""Appeals (申诉): the deadline of a trade, the appeals received, the chief judge's decisions, and
the ranks and awards before and after marks changed because of an appeal."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from competition_app.domain.appeals import DECISION_LABELS, RankChange, appeal_deadline
from competition_app.domain.marks import plain
from competition_app.services.integrity.appeals import AppealInfo, AppealOutcome, list_appeals
from competition_app.services.registration.contestants import list_contestants
from competition_app.services.scoring.score_grid import load_grid
from competition_app.services.setup.trade_options import TradeOptions, trade_options
from competition_app.ui.common import stylesheet
from competition_app.ui.common.table_support import (
    CENTER,
    RIGHT,
    R,
    TableColumn,
    TupleTableModel,
    apply_widths,
    empty,
    make_table,
)
from competition_app.ui.common.view_base import card, section_title
from competition_app.ui.integrity.appeal_dialogs import (
    ChangeMarksDialog,
    DecideDialog,
    RecordAppealDialog,
)
from competition_app.ui.setup.trade_options_dialog import TradeOptionsDialog
from competition_app.ui.setup.trade_picker import TradePage
from competition_app.ui.window.session import EventSession
from competition_app.ui.window.translation import actor_label, domain_label


class AppealTableModel(TupleTableModel):
    """The appeals of a trade; the payload is the AppealInfo."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                TableColumn("id", self.tr("编号"), 64, RIGHT),
                TableColumn("contestant", self.tr("选手"), 120),
                TableColumn("received", self.tr("收到时间"), 130),
                TableColumn("reason", self.tr("事由"), 220),
                TableColumn("status", self.tr("状态"), 80, CENTER),
                TableColumn("decision", self.tr("裁定理由"), 200, stretch=True),
                TableColumn("by", self.tr("裁定人"), 80),
            ],
            parent,
        )

    def set_appeals(self, appeals: list[AppealInfo]) -> None:
        self.set_rows(
            [
                (
                    str(a.id),
                    f"{a.number} {a.name}",
                    a.received_at.strftime("%Y-%m-%d %H:%M"),
                    a.reason,
                    domain_label(DECISION_LABELS.get(a.status, a.status)),
                    a.decision_note,
                    actor_label(a.decided_by),
                )
                for a in appeals
            ],
            appeals,
        )


class RankChangeModel(TupleTableModel):
    """Before and after an appeal's change: who moved; the payload is the RankChange."""

    def __init__(self, parent: Any = None) -> None:
        self._changed = QColor(stylesheet.AWARD_COLOURS[1])
        self._bold = QFont()
        self._bold.setBold(True)
        super().__init__(
            [
                TableColumn("number", self.tr("参赛证号"), 90),
                TableColumn("name", self.tr("姓名"), 80),
                TableColumn("old_total", self.tr("原总分"), 80, RIGHT),
                TableColumn("new_total", self.tr("新总分"), 80, RIGHT),
                TableColumn("old_rank", self.tr("原名次"), 70, CENTER),
                TableColumn("new_rank", self.tr("新名次"), 70, CENTER),
                TableColumn("old_award", self.tr("原奖项"), 90),
                TableColumn("new_award", self.tr("新奖项"), 90, stretch=True),
            ],
            parent,
        )

    def set_changes(self, changes: tuple[RankChange, ...]) -> None:
        def rank(r: int | None) -> str:
            return "—" if r is None else str(r)

        self.set_rows(
            [
                (
                    c.number,
                    c.name,
                    plain(c.old_total) if c.old_total is not None else "—",
                    plain(c.new_total) if c.new_total is not None else "—",
                    rank(c.old_rank),
                    rank(c.new_rank),
                    c.old_award or "—",
                    c.new_award or "—",
                )
                for c in changes
            ],
            list(changes),
        )

    def extra_data(self, row: int, column: int, role: int) -> Any:
        """An award that changed stands out: it changes a certificate."""
        c = self.payload(row)
        key = self.columns[column].key
        award_changed = c.old_award != c.new_award
        if role == R.BackgroundRole and key in ("old_award", "new_award") and award_changed:
            return self._changed
        if role == R.FontRole and key == "new_rank" and c.old_rank != c.new_rank:
            return self._bold
        return empty(role)


class AppealsView(TradePage):
    """申诉 per trade."""

    topics = ("appeals", "options", "lock", "marks", "contestants")
    name = "appeals"

    def __init__(self, session: EventSession, parent: QWidget | None = None) -> None:
        super().__init__(
            session,
            self.tr("申诉"),
            self.tr("比赛结束后在时限内登记申诉；裁判长（仲裁）裁定，改分后显示名次与奖项的变化"),
            parent,
        )
        self.options: TradeOptions | None = None
        self.outcome: AppealOutcome | None = None
        self.options_button = QPushButton(self.tr("结束时间与时限…"))
        self.options_button.clicked.connect(lambda: self.edit_deadline())
        self.record_button = QPushButton(self.tr("登记申诉…"))
        self.record_button.setObjectName("Primary")
        self.record_button.clicked.connect(lambda: self.record())
        self.decide_button = QPushButton(self.tr("裁定…"))
        self.decide_button.clicked.connect(lambda: self.decide_selected())
        self.change_button = QPushButton(self.tr("据此修改分数…"))
        self.change_button.clicked.connect(lambda: self.change_marks())
        for b in (self.options_button, self.decide_button, self.change_button, self.record_button):
            self.actions_layout.addWidget(b)

        bar = QHBoxLayout()
        self._trade_picker()
        self.deadline_label = QLabel()
        self.deadline_label.setObjectName("Deadline")
        self.deadline_label.setWordWrap(True)
        bar.addWidget(QLabel(self.tr("工种")))
        bar.addWidget(self.trade_combo)
        bar.addSpacing(12)
        bar.addWidget(self.deadline_label, 1)
        self.body.addLayout(bar)

        self.model = AppealTableModel(self)
        self.table = make_table(self)
        self.table.setModel(self.model)
        apply_widths(self.table, self.model.columns, "appeals")
        self.remember_table("appeals", self.table)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._buttons())
        self.table.activated.connect(lambda _i: self.decide_selected())
        self.body.addWidget(self.table, 1)

        self.outcome_card = card(self)
        ol = QVBoxLayout(self.outcome_card)
        ol.setContentsMargins(12, 10, 12, 10)
        ol.addWidget(section_title(self.tr("改分前后的名次与奖项")))
        self.outcome_summary = QLabel()
        self.outcome_summary.setWordWrap(True)
        ol.addWidget(self.outcome_summary)
        self.changes_model = RankChangeModel(self)
        self.changes_table = make_table(self, sortable=False)
        self.changes_table.setModel(self.changes_model)
        apply_widths(self.changes_table, self.changes_model.columns)
        ol.addWidget(self.changes_table, 1)
        self.outcome_card.hide()
        self.body.addWidget(self.outcome_card, 1)

    # -- loading ---------------------------------------------------------------------------------
    def deadline(self) -> datetime | None:
        o = self.options
        return appeal_deadline(o.ends_at, o.appeal_hours) if o and o.ends_at else None

    def load_trade(self) -> None:
        trade = self.trade_combo.current_trade()
        if trade is None:
            return
        ctx, event_id = self.session.ctx, self.session.event_id
        self.options = trade_options(ctx, trade.id)
        self.model.set_appeals(list_appeals(ctx, event_id, trade.code))
        o, last = self.options, self.deadline()
        if o.ends_at is None or last is None:
            text = self.tr("未设置比赛结束时间：请先点“结束时间与时限…”设置，才能登记申诉。")
        else:
            left = last - datetime.now()
            state = (
                self.tr("已截止")
                if left.total_seconds() < 0
                else self.tr("还剩 %1 小时 %2 分")
                .replace("%1", str(int(left.total_seconds() // 3600)))
                .replace("%2", str(int(left.total_seconds() % 3600 // 60)))
            )
            text = (
                self.tr("比赛结束 %1 · 申诉时限 %2 小时 · 截止 %3（%4）")
                .replace("%1", o.ends_at.strftime("%Y-%m-%d %H:%M"))
                .replace("%2", format(o.appeal_hours.normalize(), "f"))
                .replace("%3", last.strftime("%Y-%m-%d %H:%M"))
                .replace("%4", state)
            )
        self.deadline_label.setText(text)
        self._buttons()

    def selected(self) -> AppealInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.payload(rows[0].row()) if len(rows) == 1 else None

    def select_appeal(self, appeal_id: int) -> None:
        for r in range(self.model.rowCount()):
            if self.model.payload(r).id == appeal_id:
                self.table.selectRow(r)
                return
        raise KeyError(appeal_id)

    def _buttons(self) -> None:
        a = self.selected()
        decider = self.can("decide_appeals")
        self.options_button.setEnabled(self.can("settings"))
        # no end time, no window to judge an appeal by: the page says to set it first (the
        # service still refuses one recorded from a page that did not know it was cleared)
        timed = self.options is not None and self.options.ends_at is not None
        self.record_button.setEnabled(self.can("appeals") and timed)
        self.record_button.setToolTip(
            "" if timed else self.tr("先点“结束时间与时限…”设置比赛结束时间")
        )
        self.decide_button.setEnabled(decider and a is not None and a.status == "open")
        self.change_button.setEnabled(decider and a is not None and a.status == "upheld")

    # -- actions ---------------------------------------------------------------------------------
    def edit_deadline(self) -> TradeOptionsDialog | None:
        trade = self.trade_combo.current_trade()
        if trade is None or not self.allowed("settings"):
            return None
        dialog = TradeOptionsDialog(self.session.ctx, trade, self)
        dialog.accepted.connect(lambda: self.session.notify())
        dialog.accepted.connect(self.load_trade)
        self.dialog = dialog
        dialog.open()
        return dialog

    def record(self) -> RecordAppealDialog | None:
        trade = self.trade_combo.current_trade()
        if trade is None or not self.allowed("appeals"):
            return None
        ctx, event_id = self.session.ctx, self.session.event_id
        dialog = RecordAppealDialog(
            ctx, event_id, trade, list_contestants(ctx, event_id, trade.code), self.deadline(), self
        )
        dialog.accepted.connect(lambda: self._recorded(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _recorded(self, dialog: RecordAppealDialog) -> None:
        a = dialog.saved
        assert a is not None
        self.show_info(
            self.tr("已登记申诉 %1（选手 %2 %3）")
            .replace("%1", str(a.id))
            .replace("%2", a.number)
            .replace("%3", a.name)
        )
        self.notify_others()
        self.load_trade()
        self.select_appeal(a.id)

    def decide_selected(self) -> DecideDialog | None:
        a = self.selected()
        if a is None or a.status != "open" or not self.allowed("decide_appeals"):
            return None
        dialog = DecideDialog(self.session.ctx, a, self)

        def decided() -> None:
            assert dialog.saved is not None
            label = domain_label(DECISION_LABELS[dialog.saved.status])
            self.show_info(
                self.tr("申诉 %1 已裁定：%2").replace("%1", str(a.id)).replace("%2", label)
            )
            self.notify_others()
            self.load_trade()
            self.select_appeal(a.id)

        dialog.accepted.connect(decided)
        self.dialog = dialog
        dialog.open()
        return dialog

    def change_marks(self) -> ChangeMarksDialog | None:
        a, trade = self.selected(), self.trade_combo.current_trade()
        if a is None or trade is None or not self.allowed("decide_appeals"):
            return None
        grid = load_grid(self.session.ctx, trade.id)
        row = next((r for r in grid.rows if r.number == a.number), None)
        if row is None:
            return None
        dialog = ChangeMarksDialog(self.session.ctx, a, grid.columns, row, self)
        dialog.accepted.connect(lambda: self.show_outcome(dialog.outcome))
        self.dialog = dialog
        dialog.open()
        return dialog

    def show_outcome(self, outcome: AppealOutcome | None) -> None:
        if outcome is None:
            return
        self.outcome = outcome
        self.changes_model.set_changes(outcome.changes)
        ranks = sum(1 for c in outcome.changes if c.old_rank != c.new_rank)
        awards = sum(1 for c in outcome.changes if c.old_award != c.new_award)
        self.outcome_summary.setText(
            self.tr("申诉 %1：修改 %2 个分数；名次变化 %3 人，奖项变化 %4 人（底色标出）。")
            .replace("%1", str(outcome.appeal.id))
            .replace("%2", str(outcome.marks_changed))
            .replace("%3", str(ranks))
            .replace("%4", str(awards))
        )
        self.outcome_card.show()
        self.show_info(self.tr("已按申诉裁定修改分数，修改已记入审计日志。"))
        self.notify_others()
