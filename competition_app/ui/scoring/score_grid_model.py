"""The score-entry grid as a Qt model: each accepted cell is committed to the database at once,
undone through the same service, or kept while the server cannot be reached. What it shows is
ScoreGridCells."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QTimer, Signal

from competition_app.domain.errors import LockedError, UserError
from competition_app.services.context import Context
from competition_app.services.scoring.pending import PendingCells, SaveCell
from competition_app.services.scoring.score_grid import (
    ScoreGrid,
    load_grid,
    parse_cell,
    save_cell,
)
from competition_app.ui.common.table_support import Index
from competition_app.ui.scoring.grid_undo import CellChange, UndoStack
from competition_app.ui.scoring.score_grid_cells import R, ScoreGridCells, show_value
from competition_app.ui.window.crash_reporting import error_text

RETRY_MS = 5000


class ScoreGridModel(ScoreGridCells):
    """A trade's grid; each accepted cell is committed to the database at once.

    Signals (besides ScoreGridCells'):
        saved(int, int): a cell (row, column) was committed.
            After it, `last_save` says what changed (for the status line).
        refused(int, int, str): a value was refused (not a number, out of range, conflict,
            locked); the message says why. Nothing was saved.
        undo_refused(str): Ctrl+Z could not take the last save back; the message says why.
        pending_changed(int): how many typed cells wait for the database server to be back.
    """

    saved = Signal(int, int)
    refused = Signal(int, int, str)
    undo_refused = Signal(str)
    pending_changed = Signal(int)

    def __init__(self, ctx: Context, parent: Any = None, *, save: SaveCell = save_cell) -> None:
        super().__init__(parent)
        self.ctx = ctx
        # cells typed while the database server cannot be reached wait here, in order
        self.pending = PendingCells(ctx, save)
        self.retry_timer = QTimer(self)
        self.retry_timer.setInterval(RETRY_MS)
        self.retry_timer.timeout.connect(self.retry_pending)
        self.undo_stack = UndoStack()
        self.last_save: CellChange | None = None

    # -- loading ------------------------------------------------------------------------------
    def load(self, trade_id: int) -> None:
        self.set_grid(load_grid(self.ctx, trade_id))

    def reload(self) -> None:
        if self.grid is not None:
            self.load(self.grid.trade.id)

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
        where = self.locate(change.key, change.column.key)
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

    def _loaded(self, grid: ScoreGrid) -> None:
        self.undo_stack.start(grid.trade.id)
        self._show_pending()

    # -- cells waiting for the server ---------------------------------------------------------------
    def _show_pending(self) -> None:
        """After a reload, show the cells still waiting with what was typed."""
        self._pending_cells = set()
        for cell in self.pending.cells:
            where = self.locate(cell.contestant_id, cell.column.key)
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
            where = self.locate(cell.contestant_id, cell.column.key)
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
                where = self.locate(cell.contestant_id, cell.column.key)
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
