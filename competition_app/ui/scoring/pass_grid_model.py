"""The grid of a trade with verified entry (复核): pass 1 or pass 2 of every mark.

A pass never shows the other pass's value: mark cells start empty (a verified mark shows ✓, a
mismatch ≠, a mark whose pass here is in but waits for the other pass "已录", all without a
value) and show only what was typed here. Marks are saved through enter_pass; direct scores and
times are not entered twice and save as usual. Without users (single-user mode) each pass is
entered under the clerk's name typed above the grid, so the two passes come from two people.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from competition_app.domain.double_entry import STATE_LABELS, PassNo, PassState
from competition_app.domain.errors import UserError
from competition_app.services.context import Context
from competition_app.services.scoring.score_grid import (
    GridColumn,
    ScoreGrid,
    load_grid,
    parse_cell,
    save_cell,
)
from competition_app.services.scoring.scoring import Saved
from competition_app.services.scoring.verification import (
    MarkPasses,
    enter_pass,
    pass_overview,
)
from competition_app.ui.common.table_support import Index
from competition_app.ui.scoring.blind_grid_model import CodeSaver, blind_score_grid
from competition_app.ui.scoring.grid_undo import CellChange
from competition_app.ui.scoring.score_grid_cells import INFO_COLUMNS, R, show_value
from competition_app.ui.scoring.score_grid_model import ScoreGridModel
from competition_app.ui.window.crash_reporting import error_text
from competition_app.ui.window.translation import domain_label

SETTLED: tuple[PassState, ...] = ("verified", "resolved", "mismatch")
STATE_COLOURS = {
    "verified": "#dcfce7",
    "resolved": "#dcfce7",
    "mismatch": "#fee2e2",
    "waiting": "#e0f2fe",
}


class PassGridModel(ScoreGridModel):
    """Pass `pass_no` of a verified-entry trade, by contestant or (blind) by work-piece code.

    `overview` is where each mark stood at the last load (state and passes in, no values).
    """

    def __init__(
        self, ctx: Context, event_id: int, parent: Any = None, *, blind: bool = False
    ) -> None:
        saver = CodeSaver(event_id)

        def save(
            ctx: Context, key: int, col: GridColumn, value: Decimal | None, version: int
        ) -> Saved:
            # direct scores and times of a blind trade are saved by code too
            return (saver if self.blind_codes else save_cell)(ctx, key, col, value, version)

        super().__init__(ctx, parent, save=save)
        self.saver = saver
        self.set_blind(blind)
        self.pass_no: PassNo = 1
        self.overview: dict[tuple[str, str, int], MarkPasses] = {}
        self.without_code = 0
        self._states: dict[tuple[int, int], PassState] = {}
        self._passes: dict[tuple[int, int], frozenset[int]] = {}  # which passes are in
        self._typed: dict[tuple[int, int], Decimal] = {}
        self.clerk = ""  # single-user mode: who is typing this pass
        self._colours = {k: QColor(v) for k, v in STATE_COLOURS.items()}

    def set_blind(self, blind: bool) -> None:
        """By work-piece code (no name, number or unit columns) or by contestant; takes effect
        at the next load."""
        self.blind_codes = blind
        self.info_columns = () if blind else INFO_COLUMNS

    def set_pass(self, pass_no: PassNo) -> None:
        """Switch passes: what was typed for the other pass is not shown any more."""
        self.pass_no = pass_no
        self.reload()

    # -- loading ------------------------------------------------------------------------------
    def load(self, trade_id: int) -> None:
        if self.blind_codes:
            grid, codes, self.without_code = blind_score_grid(self.ctx, trade_id)
            self.saver.trade_code, self.saver.codes = grid.trade.code, codes
        else:
            grid = load_grid(self.ctx, trade_id)
        self.overview = pass_overview(self.ctx, trade_id)
        self.set_grid(grid)

    def set_grid(self, grid: ScoreGrid) -> None:
        super().set_grid(grid)
        self._states.clear()
        self._passes.clear()
        self._typed.clear()
        marks = [(i, col) for i, col in enumerate(self.columns) if col.kind == "mark"]
        for r, values in enumerate(self._values):
            label = grid.rows[r].number
            for i, col in marks:
                found = self.overview.get((label, col.code, col.judge_id))
                if found is not None:
                    self._states[(r, i)] = found.state
                    self._passes[(r, i)] = found.passes
                elif values[i] is not None:
                    self._states[(r, i)] = "verified"  # stored before verified entry was on
                values[i] = None  # never show a value this person did not type
        self.beginResetModel()
        self.endResetModel()
        self.counts_changed.emit(*self.counts())

    # -- what a cell shows ----------------------------------------------------------------------
    def _mark_cell(self, row: int, column: int) -> tuple[GridColumn, int] | None:
        gc = self.grid_column(column)
        if gc is None or gc.kind != "mark":
            return None
        return gc, column - self.first_entry_column()

    def entered_here(self, row: int, column: int) -> bool:
        """Whether this pass of the mark is in (typed now or at an earlier sitting)."""
        cell = self._mark_cell(row, column)
        if cell is None:
            return False
        key = (row, cell[1])
        return key in self._typed or self.pass_no in self._passes.get(key, frozenset())

    def state(self, row: int, column: int) -> PassState:
        cell = self._mark_cell(row, column)
        if cell is None:
            return "none"
        return self._states.get((row, cell[1]), "none")

    def data(self, index: Index, role: int = R.DisplayRole) -> Any:
        cell = self._mark_cell(index.row(), index.column()) if index.isValid() else None
        if cell is None or (index.row(), index.column()) in self._refused:
            return super().data(index, role)
        key = (index.row(), cell[1])
        state = self._states.get(key, "none")
        if role == R.DisplayRole:
            if key in self._typed:
                return show_value(self._typed[key])
            if state == "waiting" and self.pass_no in self._passes.get(key, frozenset()):
                return self.tr("已录")
            return {"verified": "✓", "resolved": "✓", "mismatch": "≠"}.get(state, "")
        if role == R.EditRole:
            return ""  # the editor starts empty: a pass is typed from the paper sheet
        if role == R.BackgroundRole and state in self._colours:
            if state == "waiting" and not self.entered_here(index.row(), index.column()):
                return super().data(index, role)  # still to be typed in this pass
            return self._colours[state]
        if role == R.ToolTipRole:
            text = domain_label(STATE_LABELS.get(state, state))
            if state == "waiting":
                other = 3 - self.pass_no
                text = (
                    self.tr("本遍已录入，待第 %1 遍").replace("%1", str(other))
                    if self.entered_here(index.row(), index.column())
                    else self.tr("第 %1 遍已录入，待本遍录入").replace("%1", str(other))
                )
            reason = self.recusal(index.row(), cell[0])
            return f"{text}\n{reason}" if reason else text
        return super().data(index, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and self.state(index.row(), index.column()) in SETTLED:
            return base & ~Qt.ItemFlag.ItemIsEditable
        return base

    def read_only_reason(self, row: int, column: int) -> str:
        reason = super().read_only_reason(row, column)
        state = self.state(row, column)
        if reason or state not in SETTLED:
            return reason
        if state == "mismatch":
            return self.tr("两遍录入不一致，待裁判长在“不一致列表”中裁定，此格不再录入。")
        return self.tr("两遍录入已一致（或已裁定），此格不再录入；如需更正，请裁判长处理。")

    def row_missing(self, row: int) -> bool:
        assert self.grid is not None
        if not self.grid.rows[row].expected:
            return False
        return any(
            self._states.get((row, i)) not in SETTLED
            and (row, i) not in self._typed
            and self.pass_no not in self._passes.get((row, i), frozenset())
            for i, c in enumerate(self.columns)
            if c.kind == "mark"
        )

    def counts(self) -> tuple[int, int]:
        """(settled marks, marks needed): agreed or resolved, over contestants to be marked."""
        if self.grid is None:
            return 0, 0
        marks = [i for i, c in enumerate(self.columns) if c.kind == "mark"]
        rows = [r for r, p in enumerate(self.grid.rows) if p.expected]
        done = sum(
            1 for r in rows for i in marks if self._states.get((r, i)) in ("verified", "resolved")
        )
        return done, len(rows) * len(marks)

    # -- entering -------------------------------------------------------------------------------
    def check(self, row: int, column: int, text: str) -> str:
        problem = super().check(row, column, text)
        if problem or self._mark_cell(row, column) is None:
            return problem
        if not text.strip():
            return self.tr("复核录入不能清除分数；如需更正，请裁判长处理")
        if not self.ctx.user and not self.clerk.strip():
            return self.tr("请先在上方“录入员”处填写您的姓名：复核的两遍须由两人分别录入")
        return ""

    def commit(self, row: int, column: int, text: str) -> bool:
        cell = self._mark_cell(row, column)
        if cell is None or self.grid is None:
            return super().commit(row, column, text)
        gc, i = cell
        problem = self.check(row, column, text)
        if problem:
            self._refuse(row, column, problem)
            return False
        # check() has refused anything that does not read as a mark, so this cannot fail
        value = parse_cell(gc, text)
        assert value is not None
        person = self.grid.rows[row]
        try:
            who = (
                self.saver.contestant(self.ctx, person.contestant_id)
                if self.blind_codes
                else person.contestant_id
            )
            result = enter_pass(
                replace(self.ctx, clerk=self.clerk),
                who,
                gc.code,
                value,
                pass_no=self.pass_no,
                judge_id=gc.judge_id,
            )
        except UserError as e:
            self._refuse(row, column, error_text(e))
            return False
        # what this pass typed before (never the other pass's value); not undoable: a pass is
        # corrected by typing it again
        self.last_save = CellChange(
            person.contestant_id,
            person.number,
            gc,
            self._typed.get((row, i)),
            value,
            0,
            undoable=False,
        )
        self._typed[(row, i)] = value
        self._states[(row, i)] = result.state
        self._passes[(row, i)] = self._passes.get((row, i), frozenset()) | {self.pass_no}
        self._clear_refusal(row, column)
        idx = self.index(row, column)
        self.dataChanged.emit(idx, idx)
        self.saved.emit(row, column)
        self.counts_changed.emit(*self.counts())
        return True
