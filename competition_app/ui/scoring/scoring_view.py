"""Score entry: a keyboard-driven grid per trade; every accepted mark is committed at once.

A blind trade is marked by work-piece code only (no name, number or unit anywhere on the page);
a trade with verified entry (复核) is typed in two passes that never show each other's values.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QPushButton,
    QWidget,
)

from competition_app.domain.errors import UserError
from competition_app.domain.wording import counted
from competition_app.services.registration.contestants import set_status
from competition_app.services.setup.trade_options import TradeOptions, trade_options
from competition_app.services.setup.trades import TradeInfo
from competition_app.ui.common import prompts
from competition_app.ui.common.view_base import View, lock_banner
from competition_app.ui.common.workers import Task
from competition_app.ui.scoring.blind_grid_model import BlindGridModel
from competition_app.ui.scoring.grid_bar import GridBar
from competition_app.ui.scoring.grid_layout import lay_out, layout_key
from competition_app.ui.scoring.mismatch_dialog import MismatchDialog
from competition_app.ui.scoring.pass_grid_model import PassGridModel
from competition_app.ui.scoring.save_line import SaveLine
from competition_app.ui.scoring.score_grid_model import ScoreGridModel
from competition_app.ui.scoring.score_import import import_score_file
from competition_app.ui.scoring.score_table import ScoreRowsProxy, ScoreTable
from competition_app.ui.scoring.verification_bar import VerificationBar
from competition_app.ui.window.session import EXTERNAL, EventSession
from competition_app.ui.window.translation import actor_label


class ScoringView(View):
    """Pick a trade, type marks; the counter, the missing-only filter and the lock banner help."""

    topics = ("marks", "contestants", "rules", "lock", "judges", "options", "codes", "checkin")
    name = "scoring"

    def __init__(self, session: EventSession, parent: QWidget | None = None) -> None:
        super().__init__(
            session,
            self.tr("评分录入"),
            self.tr("输入分数后按 Enter 下移、Tab 右移；Delete 清除为“未录入”；Esc 取消"),
            parent,
        )
        self.trades: list[TradeInfo] = []
        self.options = TradeOptions()
        self.import_task: Task | None = None
        self._blocked_shown = False  # the message bar says why a cell takes no typing
        self.import_button = QPushButton(self.tr("导入成绩表…"))
        self.import_button.clicked.connect(lambda: self.import_file())
        self.reload_button = QPushButton(self.tr("刷新"))
        self.reload_button.clicked.connect(self.reload)
        self.undo_button = QPushButton(self.tr("撤销上次保存"))
        self.undo_button.setToolTip(self.tr("撤销本机最近一次保存的分数（Ctrl+Z）"))
        self.undo_button.clicked.connect(lambda: self.undo_last())
        self.undo_button.setEnabled(False)
        self.actions_layout.addWidget(self.undo_button)
        self.actions_layout.addWidget(self.import_button)
        self.actions_layout.addWidget(self.reload_button)

        self.bar = GridBar(self)
        # the bar's controls by their old names: tests and other pages reach them so
        self.trade_combo = self.bar.trade_combo
        self.group_combo = self.bar.group_combo
        self.only_missing = self.bar.only_missing
        self.hide_names = self.bar.hide_names
        self.find_edit = self.bar.find_edit
        self.counter = self.bar.counter
        self.trade_combo.currentIndexChanged.connect(self._trade_chosen)
        self.group_combo.currentIndexChanged.connect(self._apply_filters)
        self.only_missing.toggled.connect(self._apply_filters)
        self.hide_names.toggled.connect(self._names_toggled)
        self.find_edit.returnPressed.connect(lambda: self.go_to_number(self.find_edit.text()))
        self.body.addWidget(self.bar)

        self.banner, self.banner_text = lock_banner(self)
        self.body.addWidget(self.banner)
        self.verification = VerificationBar(self)
        self.verification.hide()
        self.verification.pass_changed.connect(self._pass_changed)
        self.verification.settled.connect(self._settled)
        self.verification.clerk_changed.connect(
            lambda name: setattr(self.pass_model, "clerk", name)
        )
        self.body.addWidget(self.verification)

        # one model per way of marking; the page shows the one the trade's options ask for
        ctx, event_id = session.ctx, session.event_id
        self.plain_model = ScoreGridModel(ctx, self)
        self.blind_model = BlindGridModel(ctx, event_id, self)
        self.pass_model = PassGridModel(ctx, event_id, self)
        self.model: ScoreGridModel = self.plain_model
        self.proxy = ScoreRowsProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = ScoreTable(self)
        self.table.setModel(self.proxy)
        self.table.status_chosen.connect(self.set_contestant_status)
        self.table.clear_requested.connect(self.clear_cells)
        self.table.mark_delegate.refused.connect(self._refused_in_editor)
        self.table.mark_delegate.closeEditor.connect(self._editor_closed)
        self.table.mark_delegate.closeEditor.connect(
            lambda *_: QTimer.singleShot(0, self._editing_finished)
        )
        self.table.blocked.connect(self._blocked)
        self.body.addWidget(self.table, 1)
        self.save_line = SaveLine(self)
        self.body.addWidget(self.save_line)
        undo = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self)
        undo.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        undo.activated.connect(lambda: self.undo_last())

        for model in (self.plain_model, self.blind_model, self.pass_model):
            model.refused.connect(self._refused)
            model.undo_refused.connect(self._undo_refused)
            model.saved.connect(self._saved)
            model.counts_changed.connect(self._show_counts)
            model.locked_changed.connect(self._show_lock)
            model.pending_changed.connect(self._show_pending)

    # -- loading ----------------------------------------------------------------------------
    def reload(self) -> None:
        self.trades = self.session.trades()
        self.trade_combo.set_trades(self.trades)
        self._load_current()

    def current_trade(self) -> TradeInfo | None:
        return self.trade_combo.current_trade()

    def select_trade(self, code: str) -> None:
        self.trade_combo.select_code(code)

    def _trade_chosen(self) -> None:
        self.messages.clear()
        self.save_line.reset()  # its last line was of the other trade's cell
        self._load_current()
        self.table.scrollToTop()  # another trade opens at its first rows

    def _use(self, model: ScoreGridModel) -> None:
        if model is not self.model:
            self.model = model
            self.proxy.setSourceModel(model)

    def _load_current(self) -> None:
        trade = self.current_trade()
        if trade is None:
            self.model.beginResetModel()
            self.model.grid = None
            self.model.endResetModel()
            self._show_counts(0, 0)
            return
        keep = self.table.position()
        self.save_state()
        self.options = o = trade_options(self.session.ctx, trade.id)
        if o.double_entry:
            self.pass_model.set_blind(o.blind)
            self._use(self.pass_model)
        else:
            self._use(self.blind_model if o.blind else self.plain_model)
        self.model.may_enter = self.can("marks")
        self.table.may_set_status = self.can("status")
        self.model.load(trade.id)
        self.undo_button.setEnabled(len(self.model.undo_stack) > 0)
        self._show_mode(trade)
        assert self.model.grid is not None
        self.bar.set_groups(
            list(trade.groups or sorted({r.group for r in self.model.grid.rows if r.group}))
        )
        self._apply_filters()
        self._size_columns(trade)
        self._show_lock(self.model.locked)
        self.table.restore_position(keep)

    def _show_mode(self, trade: TradeInfo) -> None:
        """What the trade's options change on the page: codes instead of people, two passes."""
        blind, double = self.options.blind, self.options.double_entry
        self.bar.set_blind(blind)
        self.verification.setVisible(double)
        if double:
            self.verification.attach(self.session.ctx, trade, may_resolve=self.can("resolve"))
        self.import_button.setEnabled(self.can("marks") and not blind and not double)
        uncoded = getattr(self.model, "without_code", 0) if blind else 0
        if uncoded:
            self.messages.show_message(
                counted(
                    self.tr("盲评：%1 名选手还没有工件号，暂不能录分。请加密裁判在“加密”页生成。"),
                    {"%1": uncoded},
                ),
                "warning",
            )
        elif not self.can("marks"):
            self.messages.show_message(self.tr("当前用户无权录入成绩，评分表只读。"), "info")

    def _size_columns(self, trade: TradeInfo) -> None:
        ctx = self.session.ctx
        key = layout_key(ctx.db, self.session.event_id, trade.code, blind=self.options.blind)
        self._tables = [(key, self.table)]
        lay_out(self.table, self.model, key)
        if "group" in self.model.info_columns:
            group = self.model.info_columns.index("group")
            self.table.setColumnHidden(group, self.group_combo.count() <= 1)
        self._names_toggled(self.hide_names.isChecked())

    # -- filters and display ---------------------------------------------------------------
    def _apply_filters(self) -> None:
        self.proxy.set_filters(
            group=self.group_combo.currentData(), only_missing=self.only_missing.isChecked()
        )

    def _names_toggled(self, hidden: bool) -> None:
        if "name" in self.model.info_columns:
            self.table.setColumnHidden(self.model.info_columns.index("name"), hidden)

    def _show_counts(self, entered: int, expected: int) -> None:
        self.bar.show_counts(entered, expected, checked=self.model is self.pass_model)

    def _show_pending(self, waiting: int) -> None:
        if waiting:
            self.messages.show_message(
                counted(
                    self.tr(
                        "与数据库的连接中断：%1 个分数尚未保存（浅蓝色），恢复后自动保存。请勿关闭程序。"
                    ),
                    {"%1": waiting},
                ),
                "warning",
            )
        elif self.messages.level == "warning":
            self.show_info(self.tr("连接已恢复，待保存的分数均已保存。"))

    def _show_lock(self, locked: bool) -> None:
        trade = self.current_trade()
        if locked:
            who = actor_label(trade.locked_by) if trade is not None and trade.locked_by else ""
            text = self.tr("本工种成绩已由裁判长锁定，只读。如需修改，请在“成绩”页解锁并填写原因。")
            if who:
                text += self.tr("（锁定人：%1）").replace("%1", who)
            self.banner_text.setText(text)
        self.banner.setVisible(locked)
        self.import_button.setEnabled(
            not locked
            and self.can("marks")
            and not (self.options.blind or self.options.double_entry)
        )

    # -- entering ---------------------------------------------------------------------------
    def cell(self, number: str, column: int) -> QModelIndex:
        """The proxy index of a contestant's cell (`column` counts the info columns)."""
        row = self.model.row_of_number(number)
        if row < 0:
            raise KeyError(number)
        return self.proxy.mapFromSource(self.model.index(row, column))

    def entry_column(self, code: str, judge_code: str = "") -> int:
        for i, c in enumerate(self.model.columns):
            if c.code == code and c.judge_code == judge_code:
                return i + self.model.first_entry_column()
        raise KeyError((code, judge_code))

    def go_to_number(self, number: str) -> bool:
        row = self.model.row_of_number(number)
        if row < 0:
            text = (
                self.tr("没有工件号为“%1”的工件")
                if self.options.blind
                else self.tr("没有参赛证号为“%1”的选手")
            )
            self.messages.show_message(text.replace("%1", number.strip()), "warning")
            return False
        col = self.model.first_entry_column()
        for i, c in enumerate(self.model.columns):
            first = self.model.first_entry_column()
            if (
                c.kind != "time"
                and self.model.value(row, i + first) is None
                and not self.model.skipped(row, i + first)
            ):
                col = i + first
                break
        idx = self.proxy.mapFromSource(self.model.index(row, col))
        if not idx.isValid():
            # filtered out: show everyone again
            self.bar.show_everyone()
            idx = self.proxy.mapFromSource(self.model.index(row, col))
        self.table.setCurrentIndex(idx)
        self.table.scrollTo(idx, QAbstractItemView.ScrollHint.PositionAtCenter)
        self.table.setFocus()
        return True

    def clear_cells(self, cells: list[QModelIndex]) -> None:
        if len(cells) > 1 and not prompts.confirm(
            self,
            self.tr("清除分数"),
            self.tr("清除选中的 %1 个分数？清除后为“未录入”。").replace("%1", str(len(cells))),
        ):
            return
        for idx in cells:
            src = self.proxy.mapToSource(idx)
            self.model.commit(src.row(), src.column(), "")

    def _refused_in_editor(self, index: QModelIndex, message: str) -> None:
        # named as a refusal on leaving the cell is: the contestant and the criterion
        src = self.proxy.mapToSource(index) if index.model() is self.proxy else index
        self._refused(src.row(), src.column(), message)

    def _editor_closed(self, _editor: object, hint: QAbstractItemDelegate.EndEditHint) -> None:
        """Esc after a refused value: the clerk took it back, so the refusal is said no more."""
        if hint == QAbstractItemDelegate.EndEditHint.RevertModelCache and (
            self.save_line.level == "error"
        ):
            self.messages.clear()
            self.save_line.reset()

    def _refused(self, row: int, column: int, message: str) -> None:
        where = ""
        if row >= 0 and self.model.grid is not None:
            gc = self.model.grid_column(column)
            where = (
                self.tr("%1 · %2：")
                .replace("%1", self.model.grid.rows[row].number)
                .replace("%2", gc.name if gc else "")
            )
        text = self.tr("未保存。") + where + message
        self.messages.show_message(text, "error")
        self.save_line.show_text(text, "error")
        self._status(text)
        if "另一台" in message:
            # someone else saved first: show their value
            self.model.reload()

    def _saved(self, row: int, column: int) -> None:
        if self.messages.level == "error" or self._blocked_shown:
            self.messages.clear()
            self._blocked_shown = False
        assert self.model.grid is not None
        if self.model is self.pass_model:
            self.verification.schedule()
        change = self.model.last_save
        if change is not None:
            ctx = self.session.ctx
            actor = ctx.user or (self.pass_model.clerk if self.model is self.pass_model else "")
            text = self.save_line.show_change(change, actor)
            self._status(text)
        self.undo_button.setEnabled(len(self.model.undo_stack) > 0)
        self.session.notify()

    def _status(self, text: str, ms: int = 10000) -> None:
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(text, ms)

    # -- undo -------------------------------------------------------------------------------
    def undo_last(self) -> bool:
        """Ctrl+Z: take back this station's last save in this trade (see ScoreGridModel.undo)."""
        if self.table.state() == QAbstractItemView.State.EditingState:
            return False  # the cell editor undoes its own typing
        if self.model.grid is None:
            return False
        where = self.model.undo()
        self.undo_button.setEnabled(len(self.model.undo_stack) > 0)
        if where is None:
            return False
        idx = self.proxy.mapFromSource(self.model.index(*where))
        if idx.isValid():
            # Ctrl is still held: a plain setCurrentIndex would add to the selection
            self.table.go_to(idx)
        return True

    def _undo_refused(self, message: str) -> None:
        text = self.tr("未撤销：") + message
        self.save_line.show_text(text, "error")
        self.messages.show_message(text, "error")
        self._status(text)
        self.undo_button.setEnabled(len(self.model.undo_stack) > 0)
        if "另一台" in message:
            self.model.reload()  # show what the other station saved

    def _blocked(self, index: QModelIndex) -> None:
        """Keys typed into a cell that takes none: say why rather than nothing."""
        src = self.proxy.mapToSource(index)
        reason = self.model.read_only_reason(src.row(), src.column())
        if reason:
            self.messages.show_message(reason, "warning")
            self._blocked_shown = True
            self._status(reason)

    def _on_changed(self, topic: str) -> None:
        # our own saves need no reload of the grid
        if topic == "marks" and self.isVisible() and self.session.from_here:
            return
        editing = self.table.state() == QAbstractItemView.State.EditingState
        if topic in (*self.topics, EXTERNAL) and editing:
            # never pull the cell from under the user's fingers: reload once the edit is done
            self._stale = True
            return
        super()._on_changed(topic)

    def _editing_finished(self) -> None:
        if self._stale and self.isVisible():
            self.activate()

    # -- context menu: status of a contestant (check-in) -------------------------------------
    def set_contestant_status(self, row: int, status: str) -> None:
        assert self.model.grid is not None
        try:
            set_status(self.session.ctx, self.model.grid.rows[row].contestant_id, status)
        except UserError as e:
            self.show_error(e)
            return
        self.model.reload()
        self.session.notify()

    # -- verified entry ------------------------------------------------------------------------
    def _pass_changed(self, pass_no: int) -> None:
        if self.table.state() == QAbstractItemView.State.EditingState:
            self.table.setFocus()  # close the editor: its value belongs to the other pass
        self.messages.clear()
        self.pass_model.set_pass(1 if pass_no == 1 else 2)

    def show_mismatches(self) -> MismatchDialog | None:
        return self.verification.show_mismatches()

    def _settled(self) -> None:
        self.session.notify()
        self.model.reload()

    # -- import -----------------------------------------------------------------------------
    def import_file(self, path: Path | None = None) -> Task | None:
        trade = self.current_trade()
        if trade is None:
            return None
        self.import_task = import_score_file(self, trade, path)
        return self.import_task
