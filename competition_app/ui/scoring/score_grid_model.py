"""The score-entry grid as a Qt model: one row per contestant, one column per enterable cell."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont

from competition_app.domain.blind_codes import normalize_code
from competition_app.domain.errors import LockedError, UserError
from competition_app.domain.marks import plain
from competition_app.services.context import Context
from competition_app.services.scoring.pending import PendingCells, SaveCell
from competition_app.services.scoring.score_grid import (
    GridColumn,
    ScoreGrid,
    cell_missing,
    entry_counts,
    load_grid,
    parse_cell,
    save_cell,
)
from competition_app.ui.common import stylesheet
from competition_app.ui.common.table_support import CENTER, LEFT, RIGHT, ROOT, Index, empty
from competition_app.ui.scoring.grid_recusal import recusal_text
from competition_app.ui.scoring.grid_undo import CellChange, UndoStack
from competition_app.ui.window.crash_reporting import error_text
from competition_app.ui.window.translation import status_label

R = Qt.ItemDataRole
# Columns before the enterable ones; the entry number is the (frozen) vertical header.
INFO_COLUMNS = ("name", "group", "status")
RETRY_MS = 5000


def show_value(value: Decimal | None) -> str:
    return "" if value is None else plain(value)


class ScoreGridModel(QAbstractTableModel):
    """A trade's grid; each accepted cell is committed to the database at once.

    Signals:
        saved(int, int): a cell (row, column) was committed.
        refused(int, int, str): a value was refused (not a number, out of range, conflict,
            locked); the message says why. Nothing was saved.
            After it, `last_save` says what changed (for the status line).
        undo_refused(str): Ctrl+Z could not take the last save back; the message says why.
        counts_changed(int, int): entered and expected marks.
        locked_changed(bool): the trade was found locked or unlocked.
        pending_changed(int): how many typed cells wait for the database server to be back.
    """

    # the columns before the enterable ones (the blind grid has none: no name, no unit)
    info_columns: tuple[str, ...] = INFO_COLUMNS

    saved = Signal(int, int)
    refused = Signal(int, int, str)
    undo_refused = Signal(str)
    counts_changed = Signal(int, int)
    locked_changed = Signal(bool)
    pending_changed = Signal(int)

    def __init__(self, ctx: Context, parent: Any = None, *, save: SaveCell = save_cell) -> None:
        super().__init__(parent)
        self.ctx = ctx
        # cells typed while the database server cannot be reached wait here, in order
        self.pending = PendingCells(ctx, save)
        self._pending_cells: set[tuple[int, str]] = set()  # (contestant id, column key)
        self.retry_timer = QTimer(self)
        self.retry_timer.setInterval(RETRY_MS)
        self.retry_timer.timeout.connect(self.retry_pending)
        self._pending_bg = QColor("#e0f2fe")
        self.grid: ScoreGrid | None = None
        self.columns: tuple[GridColumn, ...] = ()
        self._values: list[list[Decimal | None]] = []
        self._versions: list[list[int]] = []
        self._refused: dict[tuple[int, int], str] = {}
        self.undo_stack = UndoStack()
        self.last_save: CellChange | None = None
        self.locked = False
        # False when the logged-in user may not enter marks: the grid is read-only
        self.may_enter = True
        self._muted = QColor(stylesheet.MUTED_TEXT)
        self._missing = QColor(stylesheet.MISSING_CELL)
        self._refused_bg = QColor(stylesheet.REFUSED_CELL)
        self._recused = QColor(stylesheet.RECUSED_CELL)
        self._absent_bg = QColor(stylesheet.ABSENT_ROW)
        self._bold = QFont()
        self._bold.setBold(True)

    # -- loading ------------------------------------------------------------------------------
    def load(self, trade_id: int) -> None:
        self.set_grid(load_grid(self.ctx, trade_id))

    def reload(self) -> None:
        if self.grid is not None:
            self.load(self.grid.trade.id)

    def set_grid(self, grid: ScoreGrid) -> None:
        self.beginResetModel()
        self.undo_stack.start(grid.trade.id)
        self.grid = grid
        self.columns = grid.columns
        self._values = [list(r.values) for r in grid.rows]
        self._versions = [list(r.versions) for r in grid.rows]
        self._refused.clear()
        self._show_pending()
        was = self.locked
        self.locked = grid.trade.locked
        self.endResetModel()
        if was != self.locked:
            self.locked_changed.emit(self.locked)
        self.counts_changed.emit(*self.counts())

    # -- lookups ------------------------------------------------------------------------------
    def grid_column(self, column: int) -> GridColumn | None:
        i = column - self.first_entry_column()
        return self.columns[i] if 0 <= i < len(self.columns) else None

    def column_keys(self) -> list[str]:
        """What a saved column layout must have been made for (info columns, then cells)."""
        return [*self.info_columns, *(c.key for c in self.columns)]

    def is_entry_column(self, column: int) -> bool:
        return self.grid_column(column) is not None

    def first_entry_column(self) -> int:
        return len(self.info_columns)

    def row_of_number(self, number: str) -> int:
        """The row of an entry number, or of a work-piece code in a blind grid (typed or
        scanned in any form: "krw358" finds KRW-358); -1 when there is none."""
        if self.grid is None:
            return -1
        wanted = normalize_code(number) if self.grid.blind else number.strip()
        for i, r in enumerate(self.grid.rows):
            if (normalize_code(r.number) if self.grid.blind else r.number) == wanted:
                return i
        return -1

    def value(self, row: int, column: int) -> Decimal | None:
        return self._values[row][column - self.first_entry_column()]

    def row_missing(self, row: int) -> bool:
        assert self.grid is not None
        return cell_missing(self.grid.rows[row], self.columns, self._values[row])

    def counts(self) -> tuple[int, int]:
        """(entered, expected) marks and scores over contestants who should be marked."""
        if self.grid is None:
            return 0, 0
        return entry_counts(self.columns, self.grid.rows, self._values)

    # -- Qt model API ---------------------------------------------------------------------------
    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() or self.grid is None else len(self.grid.rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return (
            0
            if parent.isValid() or self.grid is None
            else self.first_entry_column() + len(self.columns)
        )

    def data(self, index: Index, role: int = R.DisplayRole) -> Any:
        if not index.isValid() or self.grid is None:
            return empty(role)
        row, col = index.row(), index.column()
        person = self.grid.rows[row]
        gc = self.grid_column(col)
        if role in (R.DisplayRole, R.EditRole):
            if gc is None:
                key = self.info_columns[col]
                if key == "name":
                    return person.name
                if key == "group":
                    return person.group
                return status_label(person.status)
            return show_value(self._values[row][col - self.first_entry_column()])
        if role == R.TextAlignmentRole:
            if gc is None:
                return CENTER if self.info_columns[col] == "status" else LEFT
            return RIGHT
        if role == R.BackgroundRole:
            if (row, col) in self._refused:
                return self._refused_bg
            if gc is not None and (person.contestant_id, gc.key) in self._pending_cells:
                return self._pending_bg
            if not person.expected:
                return self._absent_bg
            if gc is not None:
                if self.recusal(row, gc):
                    return self._recused
                if gc.kind != "time" and self._values[row][col - self.first_entry_column()] is None:
                    return self._missing
            return empty(role)
        if role == R.ForegroundRole:
            return self._muted if not person.expected else empty(role)
        if role == R.ToolTipRole:
            return self._tooltip(row, col, gc)
        return empty(role)

    def _tooltip(self, row: int, col: int, gc: GridColumn | None) -> str:
        assert self.grid is not None
        if (row, col) in self._refused:
            return self._refused[(row, col)]
        if gc is None:
            return ""
        if (self.grid.rows[row].contestant_id, gc.key) in self._pending_cells:
            return self.tr("待保存：与数据库的连接中断，恢复后自动保存")
        parts = [self.describe(gc)]
        reason = self.recusal(row, gc)
        if reason:
            parts.append(reason)
        if self._values[row][col - self.first_entry_column()] is None:
            parts.append(self.tr("未录入"))
        return "\n".join(parts)

    def describe(self, gc: GridColumn) -> str:
        if gc.kind == "time":
            return self.tr("完成用时（分钟，或 时:分）")
        text = gc.name
        if gc.judge_code:
            text += (
                self.tr(" · 裁判 %1 %2").replace("%1", gc.judge_code).replace("%2", gc.judge_name)
            )
        if gc.limit is not None:
            text += self.tr(" · 满分 %1").replace("%1", plain(gc.limit))
        return text

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = R.DisplayRole
    ) -> Any:
        if self.grid is None:
            return None
        if orientation == Qt.Orientation.Vertical:
            if 0 <= section < len(self.grid.rows) and role == R.DisplayRole:
                return self.grid.rows[section].number
            if role == R.TextAlignmentRole:
                return CENTER
            return None
        gc = self.grid_column(section)
        if role == R.DisplayRole:
            if gc is None:
                return {
                    "name": self.tr("姓名"),
                    "group": self.tr("组别"),
                    "status": self.tr("状态"),
                }[self.info_columns[section]]
            if gc.kind == "time":
                return self.tr("用时\n（分钟）")
            second = gc.judge_code or ""
            if gc.limit is not None:
                second = f"{second} ≤{plain(gc.limit)}".strip()
            return f"{gc.name}\n{second}"
        if role == R.ToolTipRole and gc is not None:
            return self.describe(gc)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.read_only_reason(index.row(), index.column()):
            return base
        return base | Qt.ItemFlag.ItemIsEditable

    def read_only_reason(self, row: int, column: int) -> str:
        """Why nothing can be typed into the cell ("" when something can)."""
        gc = self.grid_column(column)
        if gc is None or self.grid is None:
            return self.tr("这一列不能录入")
        if self.locked:
            return self.tr("已锁定：本工种成绩已由裁判长锁定，只读。如需修改，请在“成绩”页解锁。")
        if not self.may_enter:
            return self.tr("当前用户无权录入成绩，评分表只读。")
        reason = self.recusal(row, gc)
        if not reason:
            return ""
        text = self.tr("回避：") + reason
        if self.value(row, column) is not None:
            # a mark typed before the judge had to stand aside: it may go, not change
            text += self.tr("。此格已有的分数可按 Delete 清除。")
        return text

    def may_clear(self, row: int, column: int) -> bool:
        """Whether Delete may empty the cell: any cell one may type into, and a mark left in a
        cell whose judge has had to stand aside since (回避) — clearing it is never refused."""
        gc = self.grid_column(column)
        if gc is None or self.grid is None or self.locked or not self.may_enter:
            return False
        if not self.read_only_reason(row, column):
            return True
        return self.value(row, column) is not None and bool(self.recusal(row, gc))

    def skipped(self, row: int, column: int) -> bool:
        """Whether Tab and Enter pass over the cell: its judge stands aside (回避), or the
        contestant does not compete (absent, disqualified)."""
        if self.grid is None:
            return True
        person = self.grid.rows[row]
        i = column - self.first_entry_column()
        return not person.expected or (0 <= i < len(self.columns) and person.recusal(i) is not None)

    # -- entering ----------------------------------------------------------------------------
    def check(self, row: int, column: int, text: str) -> str:
        """Why `text` cannot go into the cell ("" when it can), without saving anything."""
        gc = self.grid_column(column)
        if gc is None:
            return self.tr("这一列不能录入")
        if self.locked:
            return self.tr("本工种已锁定，成绩只读")
        try:
            value = parse_cell(gc, text)
        except UserError as e:
            return error_text(e)
        if value is not None:
            return self.recusal(row, gc)
        return ""

    def recusal(self, row: int, gc: GridColumn) -> str:
        """Why the column's judge may not mark this row's contestant, or "" (grid_recusal)."""
        assert self.grid is not None
        ground = self.grid.rows[row].recusal(self.columns.index(gc))
        return recusal_text(ground, gc, blind=self.blind)

    @property
    def blind(self) -> bool:
        return self.grid is not None and self.grid.blind

    def setData(self, index: Index, value: Any, role: int = R.EditRole) -> bool:
        if role != R.EditRole or not index.isValid():
            return False
        return self.commit(index.row(), index.column(), "" if value is None else str(value))

    def commit(self, row: int, column: int, text: str) -> bool:
        """Save one cell now; False (and `refused`) when it was not saved."""
        gc = self.grid_column(column)
        if gc is None or self.grid is None:
            return False
        i = column - self.first_entry_column()
        current = self._values[row][i]
        try:
            new = parse_cell(gc, text)
        except UserError as e:
            self._refuse(row, column, error_text(e))
            return False
        if new == current and (new is None or show_value(new) == show_value(current)):
            self._clear_refusal(row, column)
            return True
        problem = self._store(row, column, new, self._versions[row][i])
        if problem:
            self._refuse(row, column, problem)
        return not problem

    def _store(
        self, row: int, column: int, new: Decimal | None, expected: int, *, undo: bool = False
    ) -> str:
        """Hand one value to the service (the same path for a typed mark and an undo); returns
        why it was refused, or "" when it was saved or waits for the server."""
        assert self.grid is not None
        gc = self.grid_column(column)
        assert gc is not None
        i = column - self.first_entry_column()
        person = self.grid.rows[row]
        old = self._values[row][i]
        try:
            saved = self.pending.submit(person.contestant_id, gc, new, expected)
        except LockedError as e:
            self.locked = True
            self.locked_changed.emit(True)
            return error_text(e)
        except UserError as e:  # a conflict, a recusal, out of range ...
            return error_text(e)
        idx = self.index(row, column)
        self._clear_refusal(row, column)
        if saved is None:
            # kept until the server is back: shown as typed, marked as waiting
            self._values[row][i] = new
            self._pending_cells.add((person.contestant_id, gc.key))
            self.dataChanged.emit(idx, idx)
            self.retry_timer.start()
            self.pending_changed.emit(len(self.pending))
            return ""
        self._values[row][i] = saved.value
        self._versions[row][i] = saved.version
        change = CellChange(
            person.contestant_id, person.number, gc, old, saved.value, saved.version, undo
        )
        if not undo:
            self.undo_stack.push(change)
        self.last_save = change
        self.dataChanged.emit(idx, idx)
        self.saved.emit(row, column)
        self.counts_changed.emit(*self.counts())
        return ""

    def undo(self) -> tuple[int, int] | None:
        """Take back this station's last save: the old value goes through the same service,
        audited like any change, and is refused (`undo_refused`) if the cell changed since.
        Returns the cell (row, column) put back, or None."""
        change = self.undo_stack.pop()
        if change is None:
            self.undo_refused.emit(self.tr("没有可撤销的保存。"))
            return None
        where = self._locate(change.key, change.column.key)
        if where is None:
            self.undo_refused.emit(self.tr("要撤销的分数已不在评分表中。"))
            return None
        row, column = where[0], where[1] + self.first_entry_column()
        # the version our save returned: anyone's save since then makes this a conflict
        problem = self._store(row, column, change.old, change.version, undo=True)
        if problem:
            self.undo_refused.emit(problem)
            return None
        return row, column

    # -- cells waiting for the server ---------------------------------------------------------------
    def _locate(self, contestant_id: int, key: str) -> tuple[int, int] | None:
        if self.grid is None:
            return None
        rows = [r for r, p in enumerate(self.grid.rows) if p.contestant_id == contestant_id]
        cols = [c for c, gc in enumerate(self.columns) if gc.key == key]
        return (rows[0], cols[0]) if rows and cols else None

    def _show_pending(self) -> None:
        """After a reload, show the cells still waiting with what was typed."""
        self._pending_cells = set()
        for cell in self.pending.cells:
            where = self._locate(cell.contestant_id, cell.column.key)
            if where is None:
                continue
            r, c = where
            self._values[r][c] = cell.value
            self._pending_cells.add(cell.key)

    def retry_pending(self) -> None:
        """Save the waiting cells, oldest first (called by a timer while any wait)."""
        if not len(self.pending):
            self.retry_timer.stop()
            return
        result = self.pending.retry()
        for cell, saved in result.saved:
            self._pending_cells.discard(cell.key)
            where = self._locate(cell.contestant_id, cell.column.key)
            if where is not None:
                r, c = where
                self._values[r][c], self._versions[r][c] = saved.value, saved.version
                idx = self.index(r, c + self.first_entry_column())
                self.dataChanged.emit(idx, idx)
                self.saved.emit(r, c + self.first_entry_column())
        if result.refused:
            refused = list(result.refused)
            for cell, _e in refused:
                self._pending_cells.discard(cell.key)
            self.reload()  # show what the database holds for the refused cells
            for cell, e in refused:
                where = self._locate(cell.contestant_id, cell.column.key)
                if where is not None:
                    self._refuse(where[0], where[1] + self.first_entry_column(), error_text(e))
        if not result.waiting:
            self.retry_timer.stop()
        self.pending_changed.emit(result.waiting)
        self.counts_changed.emit(*self.counts())

    def _refuse(self, row: int, column: int, message: str) -> None:
        self._refused[(row, column)] = message
        idx = self.index(row, column)
        self.dataChanged.emit(idx, idx)
        self.refused.emit(row, column, message)

    def _clear_refusal(self, row: int, column: int) -> None:
        if self._refused.pop((row, column), None) is not None:
            idx = self.index(row, column)
            self.dataChanged.emit(idx, idx)
