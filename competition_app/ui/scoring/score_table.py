"""The score-entry grid's view, delegate and row filter: spreadsheet keys, a refused value keeps
its editor, and rows are filtered by group or by marks still missing."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QMenu,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from competition_app.domain.entries import STATUSES
from competition_app.ui.common.table_support import CellDelegate, Index, configure_table
from competition_app.ui.scoring.score_grid_model import ScoreGridModel
from competition_app.ui.window.translation import status_label

K = Qt.Key
MOVES = {
    # Enter goes down and, past the last row, to the top of the next criterion: a judge's score
    # form is one criterion for every contestant, typed a column at a time
    K.Key_Return: "next",
    K.Key_Enter: "next",
    K.Key_Down: "down",
    K.Key_Up: "up",
    K.Key_Tab: "right",
    K.Key_Backtab: "left",
}


class MarkDelegate(CellDelegate):
    """Edits a cell with a line edit; Enter, Tab and the arrows check, commit and move.

    A value that cannot be accepted keeps the editor open with the reason shown.

    Signals:
        move(QModelIndex, str): after a commit, go "next" (down, then the next column's top),
            "down", "up", "right" or "left" from the cell.
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
    """The grid's view: spreadsheet keys (Enter down, Tab right, Delete clears a mark), and a
    context menu to mark a contestant absent, disqualified ... (not in a blind grid).

    Signals:
        clear_requested(list): the cells (proxy indexes) the user asked to clear.
        blocked(QModelIndex): keys were typed into a cell that takes none (locked, recused ...).
        status_chosen(int, str): set the status of the contestant of this (source) row.
    """

    clear_requested = Signal(list)
    blocked = Signal(QModelIndex)
    status_chosen = Signal(int, str)

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
        # a column dragged narrower than this could hide the mark being typed
        self.horizontalHeader().setMinimumSectionSize(40)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.mark_delegate = MarkDelegate(self)
        self.setItemDelegate(self.mark_delegate)
        self.mark_delegate.move.connect(self.move_from)
        self.may_set_status = True
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._status_menu)

    def _status_menu(self, pos: Any) -> None:
        idx = self.indexAt(pos)
        model = self.grid_model()
        if not idx.isValid() or model.grid is None or model.locked or not self.may_set_status:
            return
        if model.blind:
            return  # a work piece has no person to mark absent here; check-in does that
        proxy = self.model()
        assert isinstance(proxy, ScoreRowsProxy)
        row = proxy.mapToSource(idx).row()
        menu = QMenu(self)
        for status in STATUSES:
            act = QAction(self.tr("标记为：") + status_label(status), menu)
            act.setEnabled(status != model.grid.rows[row].status)
            act.triggered.connect(lambda _=False, s=status: self.status_chosen.emit(row, s))
            menu.addAction(act)
        menu.popup(self.viewport().mapToGlobal(pos))

    # -- model helpers -----------------------------------------------------------------------
    def grid_model(self) -> ScoreGridModel:
        proxy = self.model()
        assert isinstance(proxy, ScoreRowsProxy)
        source = proxy.sourceModel()
        assert isinstance(source, ScoreGridModel)
        return source

    def position(self) -> tuple[int, str] | None:
        """Where the cursor is, as (row key, column key): kept across a reload of the grid."""
        idx = self.currentIndex()
        model = self.grid_model()
        if not idx.isValid() or model.grid is None:
            return None
        proxy = self.model()
        assert isinstance(proxy, ScoreRowsProxy)
        src = proxy.mapToSource(idx)
        gc = model.grid_column(src.column())
        return model.grid.rows[src.row()].contestant_id, gc.key if gc else ""

    def restore_position(self, pos: tuple[int, str] | None) -> None:
        model = self.grid_model()
        if pos is None or model.grid is None:
            return
        key, column = pos
        rows = [i for i, r in enumerate(model.grid.rows) if r.contestant_id == key]
        first = model.first_entry_column()
        cols = [i + first for i, c in enumerate(model.columns) if c.key == column]
        if rows and cols:
            proxy = self.model()
            assert isinstance(proxy, ScoreRowsProxy)
            idx = proxy.mapFromSource(model.index(rows[0], cols[0]))
            if idx.isValid():
                self.setCurrentIndex(idx)

    def check(self, index: Index, text: str) -> str:
        proxy = self.model()
        assert isinstance(proxy, ScoreRowsProxy)
        src = proxy.mapToSource(QModelIndex(index))
        return self.grid_model().check(src.row(), src.column(), text)

    def move_from(self, index: QModelIndex, direction: str) -> None:
        """Go one cell on, passing over cells nobody types into (回避, absent, disqualified);
        stay put when there is no such cell that way."""
        target = index
        step = index
        for _ in range(self.model().rowCount() * max(self.model().columnCount(), 1)):
            step = self._step(step, direction)
            if step is None:
                break
            if not self._skipped(step):
                target = step
                break
        self.go_to(target)

    def _may_clear(self, index: QModelIndex) -> bool:
        proxy = self.model()
        assert isinstance(proxy, ScoreRowsProxy)
        src = proxy.mapToSource(index)
        return self.grid_model().may_clear(src.row(), src.column())

    def go_to(self, index: QModelIndex) -> None:
        """Make the cell the current and only selected one, on screen, with the focus."""
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        self.selectionModel().setCurrentIndex(index, flags)
        self.scrollTo(index)
        self.setFocus()

    def _skipped(self, index: QModelIndex) -> bool:
        proxy = self.model()
        assert isinstance(proxy, ScoreRowsProxy)
        src = proxy.mapToSource(index)
        return self.grid_model().skipped(src.row(), src.column())

    def _step(self, index: QModelIndex, direction: str) -> QModelIndex | None:
        """The next cell in the direction, wrapping rows for right and left, and columns for
        next (Enter); None at an edge."""
        model = self.model()
        rows, cols = model.rowCount(), model.columnCount()
        first = self.grid_model().first_entry_column()
        row, col = index.row(), index.column()
        if direction == "next":
            row += 1
            if row >= rows:
                row, col = 0, col + 1
        elif direction == "down":
            row += 1
        elif direction == "up":
            row -= 1
        elif direction == "right":
            col += 1
            if col >= cols:
                row, col = row + 1, first
        elif direction == "left":
            col -= 1
            if col < first:
                row, col = row - 1, cols - 1
        if not (0 <= row < rows and first <= col < cols):
            return None
        return model.index(row, col)

    def currentChanged(self, current: Index, previous: Index) -> None:
        # the cell about to be typed into is always on screen, however it became current
        super().currentChanged(current, previous)
        if current.isValid():
            self.scrollTo(QModelIndex(current))

    def edit(self, index: Index, trigger: Any = None, event: Any = None) -> bool:  # type: ignore[override]
        if trigger is None:
            return super().edit(index)  # type: ignore[call-arg]
        if index.isValid():
            self.scrollTo(QModelIndex(index))
        return bool(super().edit(index, trigger, event))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = K(event.key())
        if self.state() != QAbstractItemView.State.EditingState:
            current = self.currentIndex()
            if key in (K.Key_Return, K.Key_Enter) and current.isValid():
                self.move_from(current, "next")
                return
            if key in (K.Key_Tab, K.Key_Backtab) and current.isValid():
                self.move_from(current, "right" if key == K.Key_Tab else "left")
                return
            if key in (K.Key_Delete, K.Key_Backspace):
                cells = [i for i in self.selectedIndexes() if self._may_clear(i)]
                if not cells and current.isValid() and self._may_clear(current):
                    cells = [current]
                if cells:
                    self.clear_requested.emit(cells)
                elif current.isValid():
                    self.blocked.emit(current)
                return
            typed = event.text()
            plain_key = not event.modifiers() & (
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
            )
            if (
                current.isValid()
                and typed.isprintable()
                and typed.strip()
                and plain_key
                and not current.flags() & Qt.ItemFlag.ItemIsEditable
            ):
                self.blocked.emit(current)
                return
        super().keyPressEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:
        # Tab belongs to the grid, like in a spreadsheet
        current = self.currentIndex()
        if current.isValid() and self.state() != QAbstractItemView.State.EditingState:
            self.move_from(current, "right" if next else "left")
            return True
        return super().focusNextPrevChild(next)


class ScoreRowsProxy(QSortFilterProxyModel):
    """Shows the rows of one group, or only those still missing marks.

    Rows are not re-filtered while marks are typed (no dynamic filtering): a row that just got
    its last mark stays put until the filter is applied again, so Enter keeps moving down.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setDynamicSortFilter(False)
        self._group: str | None = None
        self._only_missing = False

    def set_filters(self, *, group: str | None, only_missing: bool) -> None:
        self.beginFilterChange()
        self._group, self._only_missing = group, only_missing
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, ScoreGridModel) and model.grid is not None
        if self._group is not None and model.grid.rows[source_row].group != self._group:
            return False
        return not self._only_missing or model.row_missing(source_row)
