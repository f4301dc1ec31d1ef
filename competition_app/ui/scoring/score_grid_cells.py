"""What the score grid shows: one row per contestant, one column per enterable cell, with
why a cell takes no typing. Saving what is typed is the ScoreGridModel built on it."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, Qt, Signal
from PySide6.QtGui import QColor

from competition_app.domain.blind_codes import normalize_code
from competition_app.domain.marks import plain
from competition_app.services.scoring.score_grid import (
    GridColumn,
    ScoreGrid,
    cell_missing,
    entry_counts,
)
from competition_app.ui.common import stylesheet
from competition_app.ui.common.table_support import CENTER, LEFT, RIGHT, ROOT, Index, empty
from competition_app.ui.scoring.grid_recusal import recusal_text
from competition_app.ui.window.translation import status_label

R = Qt.ItemDataRole
# Columns before the enterable ones; the entry number is the (frozen) vertical header.
INFO_COLUMNS = ("name", "group", "status")


def show_value(value: Decimal | None) -> str:
    return "" if value is None else plain(value)


class ScoreGridCells(QAbstractTableModel):
    """A trade's grid as shown: values, colours, tooltips and which cells take typing.

    Signals:
        counts_changed(int, int): entered and expected marks.
        locked_changed(bool): the trade was found locked or unlocked.
    """

    # the columns before the enterable ones (the blind grid has none: no name, no unit)
    info_columns: tuple[str, ...] = INFO_COLUMNS

    counts_changed = Signal(int, int)
    locked_changed = Signal(bool)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.grid: ScoreGrid | None = None
        self.columns: tuple[GridColumn, ...] = ()
        self._values: list[list[Decimal | None]] = []
        self._versions: list[list[int]] = []
        self._refused: dict[tuple[int, int], str] = {}  # (row, column): why it was not saved
        self._pending_cells: set[tuple[int, str]] = set()  # (contestant id, column key)
        self.locked = False
        # False when the logged-in user may not enter marks: the grid is read-only
        self.may_enter = True
        self._muted = QColor(stylesheet.MUTED_TEXT)
        self._missing = QColor(stylesheet.MISSING_CELL)
        self._refused_bg = QColor(stylesheet.REFUSED_CELL)
        self._recused = QColor(stylesheet.RECUSED_CELL)
        self._absent_bg = QColor(stylesheet.ABSENT_ROW)
        self._pending_bg = QColor("#e0f2fe")

    # -- loading ------------------------------------------------------------------------------
    def set_grid(self, grid: ScoreGrid) -> None:
        self.beginResetModel()
        self.grid = grid
        self.columns = grid.columns
        self._values = [list(r.values) for r in grid.rows]
        self._versions = [list(r.versions) for r in grid.rows]
        self._refused.clear()
        self._loaded(grid)
        was = self.locked
        self.locked = grid.trade.locked
        self.endResetModel()
        if was != self.locked:
            self.locked_changed.emit(self.locked)
        self.counts_changed.emit(*self.counts())

    def _loaded(self, grid: ScoreGrid) -> None:
        """Called within the reset, after the grid's values are in (ScoreGridModel overrides)."""

    # -- lookups ------------------------------------------------------------------------------
    def grid_column(self, column: int) -> GridColumn | None:
        i = column - self.first_entry_column()
        return self.columns[i] if 0 <= i < len(self.columns) else None

    def column_keys(self) -> list[str]:
        """What a saved column layout must have been made for (info columns, then cells)."""
        return [*self.info_columns, *(c.key for c in self.columns)]

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
        person = self.grid.rows[row]
        if not person.expected:
            # greyed, passed over: said here too, where a blind grid hides the status column
            parts.append(self.tr("%1：不录分").replace("%1", status_label(person.status)))
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

    def recusal(self, row: int, gc: GridColumn) -> str:
        """Why the column's judge may not mark this row's contestant, or "" (grid_recusal)."""
        assert self.grid is not None
        ground = self.grid.rows[row].recusal(self.columns.index(gc))
        return recusal_text(ground, gc, blind=self.blind)

    @property
    def blind(self) -> bool:
        return self.grid is not None and self.grid.blind

    def locate(self, contestant_id: int, key: str) -> tuple[int, int] | None:
        if self.grid is None:
            return None
        rows = [r for r, p in enumerate(self.grid.rows) if p.contestant_id == contestant_id]
        cols = [c for c, gc in enumerate(self.columns) if gc.key == key]
        return (rows[0], cols[0]) if rows and cols else None
