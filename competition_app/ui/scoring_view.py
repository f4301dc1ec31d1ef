"""Score entry: a keyboard-driven grid per trade; every accepted mark is committed at once."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from competition_app.domain.entries import STATUSES
from competition_app.domain.errors import UserError, ValidationError
from competition_app.services.contestants import set_status
from competition_app.services.scoring import import_scores
from competition_app.services.trades import TradeInfo
from competition_app.ui import prompts
from competition_app.ui.import_preview_dialog import ProblemsDialog
from competition_app.ui.score_grid_model import INFO_COLUMNS, ScoreGridModel, ScoreRowsProxy
from competition_app.ui.session import EXTERNAL, EventSession
from competition_app.ui.table_support import CellDelegate, Index, configure_table
from competition_app.ui.translation import status_label
from competition_app.ui.view_base import View, lock_banner
from competition_app.ui.workers import run_task

K = Qt.Key
MOVES = {
    K.Key_Return: "down",
    K.Key_Enter: "down",
    K.Key_Down: "down",
    K.Key_Up: "up",
    K.Key_Tab: "right",
    K.Key_Backtab: "left",
}


class MarkDelegate(CellDelegate):
    """Edits a cell with a line edit; Enter, Tab and the arrows check, commit and move.

    A value that cannot be accepted keeps the editor open with the reason shown.

    Signals:
        move(QModelIndex, str): after a commit, go "down", "up", "right" or "left" from the cell.
        refused(QModelIndex, str): the typed text was refused, with the reason.
    """

    move = Signal(QModelIndex, str)
    refused = Signal(QModelIndex, str)

    def __init__(self, view: ScoreTable) -> None:
        super().__init__(view)
        self.view = view
        self._editing: dict[QWidget, QModelIndex] = {}

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QLineEdit(parent)
        editor.setObjectName("CellEditor")
        editor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._editing[editor] = QModelIndex(index)
        editor.destroyed.connect(lambda *_: self._editing.pop(editor, None))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QLineEdit)
        if not editor.text():
            editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if isinstance(obj, QLineEdit) and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            direction = MOVES.get(K(event.key()))
            if direction is not None:
                return self._commit_and_move(obj, direction)
        return super().eventFilter(obj, event)

    def _commit_and_move(self, editor: QLineEdit, direction: str) -> bool:
        index = self._editing.get(editor, QModelIndex())
        if not index.isValid():
            return False
        problem = self.view.check(index, editor.text())
        if problem:
            editor.setProperty("invalid", True)
            editor.style().unpolish(editor)
            editor.style().polish(editor)
            editor.selectAll()
            self.refused.emit(index, problem)
            return True
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
        self.move.emit(index, direction)
        return True


class ScoreTable(QTableView):
    """The grid's view: spreadsheet keys (Enter down, Tab right, Delete clears a mark).

    Signals:
        clear_requested(list): the cells (proxy indexes) the user asked to clear.
    """

    clear_requested = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        configure_table(self, sortable=False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setAlternatingRowColors(False)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.verticalHeader().show()
        self.verticalHeader().setMinimumWidth(64)
        self.verticalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.horizontalHeader().setSectionsMovable(False)
        self.horizontalHeader().setStretchLastSection(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.mark_delegate = MarkDelegate(self)
        self.setItemDelegate(self.mark_delegate)
        self.mark_delegate.move.connect(self.move_from)

    # -- model helpers -----------------------------------------------------------------------
    def grid_model(self) -> ScoreGridModel:
        proxy = self.model()
        assert isinstance(proxy, ScoreRowsProxy)
        source = proxy.sourceModel()
        assert isinstance(source, ScoreGridModel)
        return source

    def check(self, index: Index, text: str) -> str:
        proxy = self.model()
        assert isinstance(proxy, ScoreRowsProxy)
        src = proxy.mapToSource(QModelIndex(index))
        return self.grid_model().check(src.row(), src.column(), text)

    def move_from(self, index: QModelIndex, direction: str) -> None:
        model = self.model()
        rows, cols = model.rowCount(), model.columnCount()
        first = self.grid_model().first_entry_column()
        row, col = index.row(), index.column()
        if direction == "down":
            row = min(row + 1, rows - 1)
        elif direction == "up":
            row = max(row - 1, 0)
        elif direction == "right":
            col += 1
            if col >= cols:
                if row + 1 < rows:
                    row, col = row + 1, first
                else:
                    col = cols - 1
        elif direction == "left":
            col -= 1
            if col < first:
                if row > 0:
                    row, col = row - 1, cols - 1
                else:
                    col = first
        target = model.index(row, col)
        self.setCurrentIndex(target)
        self.scrollTo(target)
        self.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = K(event.key())
        if self.state() != QAbstractItemView.State.EditingState:
            current = self.currentIndex()
            if key in (K.Key_Return, K.Key_Enter) and current.isValid():
                self.move_from(current, "down")
                return
            if key in (K.Key_Tab, K.Key_Backtab) and current.isValid():
                self.move_from(current, "right" if key == K.Key_Tab else "left")
                return
            if key in (K.Key_Delete, K.Key_Backspace):
                cells = [
                    i for i in self.selectedIndexes() if i.flags() & Qt.ItemFlag.ItemIsEditable
                ]
                if not cells and current.isValid() and current.flags() & Qt.ItemFlag.ItemIsEditable:
                    cells = [current]
                if cells:
                    self.clear_requested.emit(cells)
                return
        super().keyPressEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:
        # Tab belongs to the grid, like in a spreadsheet
        current = self.currentIndex()
        if current.isValid() and self.state() != QAbstractItemView.State.EditingState:
            self.move_from(current, "right" if next else "left")
            return True
        return super().focusNextPrevChild(next)


class ScoringView(View):
    """Pick a trade, type marks; the counter, the missing-only filter and the lock banner help."""

    topics = ("marks", "contestants", "rules", "lock", "judges")
    name = "scoring"

    def __init__(self, session: EventSession, parent: QWidget | None = None) -> None:
        super().__init__(
            session,
            self.tr("评分录入"),
            self.tr("输入分数后按 Enter 下移、Tab 右移；Delete 清除为“未录入”；Esc 取消"),
            parent,
        )
        self.trades: list[TradeInfo] = []
        self.import_button = QPushButton(self.tr("导入成绩表…"))
        self.import_button.clicked.connect(lambda: self.import_file())
        self.reload_button = QPushButton(self.tr("刷新"))
        self.reload_button.clicked.connect(self.reload)
        self.actions_layout.addWidget(self.import_button)
        self.actions_layout.addWidget(self.reload_button)

        bar = QHBoxLayout()
        bar.setSpacing(8)
        self.trade_combo = QComboBox()
        self.trade_combo.setMinimumWidth(160)
        self.trade_combo.currentIndexChanged.connect(self._trade_chosen)
        self.group_combo = QComboBox()
        self.group_combo.setMinimumWidth(100)
        self.group_combo.currentIndexChanged.connect(self._apply_filters)
        self.only_missing = QCheckBox(self.tr("只看未录完"))
        self.only_missing.toggled.connect(self._apply_filters)
        self.hide_names = QCheckBox(self.tr("隐藏姓名（盲评）"))
        self.hide_names.toggled.connect(self._names_toggled)
        self.find_edit = QLineEdit()
        self.find_edit.setPlaceholderText(self.tr("定位参赛证号，回车"))
        self.find_edit.setClearButtonEnabled(True)
        self.find_edit.setMaximumWidth(200)
        self.find_edit.returnPressed.connect(lambda: self.go_to_number(self.find_edit.text()))
        self.counter = QLabel()
        self.counter.setObjectName("Counter")
        bar.addWidget(QLabel(self.tr("工种")))
        bar.addWidget(self.trade_combo)
        bar.addWidget(QLabel(self.tr("组别")))
        bar.addWidget(self.group_combo)
        bar.addWidget(self.only_missing)
        bar.addWidget(self.hide_names)
        bar.addWidget(self.find_edit)
        bar.addStretch(1)
        bar.addWidget(self.counter)
        self.body.addLayout(bar)

        self.banner, self.banner_text = lock_banner(self)
        self.body.addWidget(self.banner)

        self.model = ScoreGridModel(session.ctx, self)
        self.proxy = ScoreRowsProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = ScoreTable(self)
        self.table.setModel(self.proxy)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.clear_requested.connect(self.clear_cells)
        self.table.mark_delegate.refused.connect(self._refused_in_editor)
        self.table.mark_delegate.closeEditor.connect(
            lambda *_: QTimer.singleShot(0, self._editing_finished)
        )
        self.body.addWidget(self.table, 1)

        self.model.refused.connect(self._refused)
        self.model.saved.connect(self._saved)
        self.model.counts_changed.connect(self._show_counts)
        self.model.locked_changed.connect(self._show_lock)
        self.model.pending_changed.connect(self._show_pending)

    # -- loading ----------------------------------------------------------------------------
    def reload(self) -> None:
        current = self.current_trade()
        self.trades = self.session.trades()
        self.trade_combo.blockSignals(True)
        self.trade_combo.clear()
        for t in self.trades:
            self.trade_combo.addItem(f"{t.name} · {t.code}", t.id)
        if current is not None:
            i = self.trade_combo.findData(current.id)
            self.trade_combo.setCurrentIndex(max(i, 0))
        self.trade_combo.blockSignals(False)
        self._load_current()

    def current_trade(self) -> TradeInfo | None:
        trade_id = self.trade_combo.currentData()
        return next((t for t in self.trades if t.id == trade_id), None)

    def select_trade(self, code: str) -> None:
        for i, t in enumerate(self.trades):
            if t.code == code:
                self.trade_combo.setCurrentIndex(i)
                return
        raise KeyError(code)

    def _trade_chosen(self) -> None:
        self.messages.clear()
        self._load_current()

    def _load_current(self) -> None:
        trade = self.current_trade()
        if trade is None:
            self.model.beginResetModel()
            self.model.grid = None
            self.model.endResetModel()
            self._show_counts(0, 0)
            return
        keep = self._position()
        self.save_state()
        self.model.load(trade.id)
        self.group_combo.blockSignals(True)
        chosen = self.group_combo.currentData()
        self.group_combo.clear()
        self.group_combo.addItem(self.tr("全部组别"), None)
        for g in trade.groups or sorted({r.group for r in self.model.grid.rows if r.group}):
            self.group_combo.addItem(g, g)
        i = self.group_combo.findData(chosen)
        self.group_combo.setCurrentIndex(max(i, 0))
        self.group_combo.blockSignals(False)
        self.group_combo.setEnabled(self.group_combo.count() > 1)
        self._apply_filters()
        self._size_columns(trade)
        self._show_lock(self.model.locked)
        self._restore_position(keep)

    def _size_columns(self, trade: TradeInfo) -> None:
        key = f"scoring/{trade.code}"
        self._tables = [(key, self.table)]
        widths = {"name": 84, "group": 72, "status": 72}
        for i, name in enumerate(INFO_COLUMNS):
            self.table.setColumnWidth(i, widths[name])
        for i in range(len(INFO_COLUMNS), self.model.columnCount()):
            self.table.setColumnWidth(i, 86)
        from competition_app.ui import preferences

        preferences.restore_header(key, self.table.horizontalHeader())
        self.table.setColumnHidden(INFO_COLUMNS.index("group"), self.group_combo.count() <= 1)
        self._names_toggled(self.hide_names.isChecked())

    def _position(self) -> tuple[int, str] | None:
        idx = self.table.currentIndex()
        if not idx.isValid() or self.model.grid is None:
            return None
        src = self.proxy.mapToSource(idx)
        gc = self.model.grid_column(src.column())
        return self.model.grid.rows[src.row()].contestant_id, gc.key if gc else ""

    def _restore_position(self, pos: tuple[int, str] | None) -> None:
        if pos is None or self.model.grid is None:
            return
        cid, key = pos
        rows = [i for i, r in enumerate(self.model.grid.rows) if r.contestant_id == cid]
        cols = [i + len(INFO_COLUMNS) for i, c in enumerate(self.model.columns) if c.key == key]
        if rows and cols:
            idx = self.proxy.mapFromSource(self.model.index(rows[0], cols[0]))
            if idx.isValid():
                self.table.setCurrentIndex(idx)

    # -- filters and display ---------------------------------------------------------------
    def _apply_filters(self) -> None:
        self.proxy.set_filters(
            group=self.group_combo.currentData(), only_missing=self.only_missing.isChecked()
        )

    def _names_toggled(self, hidden: bool) -> None:
        self.table.setColumnHidden(INFO_COLUMNS.index("name"), hidden)

    def _show_counts(self, entered: int, expected: int) -> None:
        self.counter.setText(
            self.tr("已录入 %1 / %2").replace("%1", str(entered)).replace("%2", str(expected))
        )

    def _show_pending(self, waiting: int) -> None:
        if waiting:
            self.messages.show_message(
                self.tr(
                    "与数据库的连接中断：%1 个分数尚未保存（浅蓝色），恢复后自动保存。请勿关闭程序。"
                ).replace("%1", str(waiting)),
                "warning",
            )
        elif self.messages.level == "warning":
            self.show_info(self.tr("连接已恢复，待保存的分数均已保存。"))

    def _show_lock(self, locked: bool) -> None:
        trade = self.current_trade()
        if locked:
            who = trade.locked_by if trade is not None and trade.locked_by else ""
            text = self.tr("本工种成绩已由裁判长锁定，只读。如需修改，请在“成绩”页解锁并填写原因。")
            if who:
                text += self.tr("（锁定人：%1）").replace("%1", who)
            self.banner_text.setText(text)
        self.banner.setVisible(locked)
        self.import_button.setEnabled(not locked)

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
                return i + len(INFO_COLUMNS)
        raise KeyError((code, judge_code))

    def go_to_number(self, number: str) -> bool:
        row = self.model.row_of_number(number)
        if row < 0:
            self.messages.show_message(
                self.tr("没有参赛证号为“%1”的选手").replace("%1", number.strip()), "warning"
            )
            return False
        col = self.model.first_entry_column()
        for i, c in enumerate(self.model.columns):
            if c.kind != "time" and self.model.value(row, i + len(INFO_COLUMNS)) is None:
                col = i + len(INFO_COLUMNS)
                break
        idx = self.proxy.mapFromSource(self.model.index(row, col))
        if not idx.isValid():
            # filtered out: show everyone again
            self.only_missing.setChecked(False)
            self.group_combo.setCurrentIndex(0)
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
        self._refused(-1, -1, message)

    def _refused(self, row: int, column: int, message: str) -> None:
        where = ""
        if row >= 0 and self.model.grid is not None:
            gc = self.model.grid_column(column)
            where = f"{self.model.grid.rows[row].number} · {gc.name if gc else ''}："
        self.messages.show_message(self.tr("未保存。") + where + message, "error")
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(message, 8000)
        if "另一台" in message:
            # someone else saved first: show their value
            self.model.reload()

    def _saved(self, row: int, column: int) -> None:
        if self.messages.level == "error":
            self.messages.clear()
        assert self.model.grid is not None
        gc = self.model.grid_column(column)
        value = self.model.data(self.model.index(row, column))
        window = self.window()
        if hasattr(window, "statusBar") and gc is not None:
            shown = value if value != "" else self.tr("（已清除）")
            window.statusBar().showMessage(
                self.tr("已保存 %1 %2：%3")
                .replace("%1", self.model.grid.rows[row].number)
                .replace("%2", gc.name)
                .replace("%3", str(shown)),
                4000,
            )
        self.session.notify("marks")

    def _on_changed(self, topic: str) -> None:
        # our own saves need no reload of the grid
        if topic == "marks" and self.isVisible():
            return
        if topic == EXTERNAL and self.table.state() == QAbstractItemView.State.EditingState:
            # never pull the cell from under the user's fingers: reload once the edit is done
            self._stale = True
            return
        super()._on_changed(topic)

    def _editing_finished(self) -> None:
        if self._stale and self.isVisible():
            self.activate()

    # -- context menu: status of a contestant (check-in) -------------------------------------
    def _context_menu(self, pos: Any) -> None:
        idx = self.table.indexAt(pos)
        if not idx.isValid() or self.model.grid is None or self.model.locked:
            return
        row = self.proxy.mapToSource(idx).row()
        person = self.model.grid.rows[row]
        menu = QMenu(self)
        for status in STATUSES:
            act = QAction(self.tr("标记为：") + status_label(status), menu)
            act.setEnabled(status != person.status)
            act.triggered.connect(lambda _=False, s=status: self.set_contestant_status(row, s))
            menu.addAction(act)
        menu.popup(self.table.viewport().mapToGlobal(pos))

    def set_contestant_status(self, row: int, status: str) -> None:
        assert self.model.grid is not None
        try:
            set_status(self.session.ctx, self.model.grid.rows[row].contestant_id, status)
        except UserError as e:
            self.show_error(e)
            return
        self.model.reload()
        self.session.notify("contestants")

    # -- import -----------------------------------------------------------------------------
    def import_file(self, path: Path | None = None) -> None:
        trade = self.current_trade()
        if trade is None:
            return
        if path is None:
            path = prompts.open_file(self, self.tr("导入成绩表"), prompts.table_filters())
            if path is None:
                return
        ctx, event_id = self.session.ctx, self.session.event_id

        def work(progress: Any) -> Any:
            return import_scores(ctx, event_id, trade.code, path)

        def done(report: Any) -> None:
            self.model.reload()
            self.session.notify("marks")
            self.show_info(
                self.tr("已导入 %1 行：%2 个评分项分数，%3 个成绩，%4 个用时")
                .replace("%1", str(report.rows))
                .replace("%2", str(report.marks))
                .replace("%3", str(report.scores))
                .replace("%4", str(report.times))
            )

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ValidationError):
                self.problems_dialog = ProblemsDialog(
                    self.tr("成绩表有问题"),
                    self.tr("成绩表“%1”有 %2 处问题，未导入任何数据：")
                    .replace("%1", path.name)
                    .replace("%2", str(len(exc.problems))),
                    exc.problems,
                    self,
                )
                self.problems_dialog.open()
            self.show_error(exc)

        self.import_task = run_task(
            self, work, done, label=self.tr("正在导入成绩表……"), on_error=failed, cancellable=False
        )
