"""A small editable table of rows (components, criteria, award tiers, trades in the wizard)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QStyleOptionViewItem, QWidget

from competition_app.ui.common.table_support import CellDelegate, empty

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


@dataclass(frozen=True)
class Column:
    key: str
    title: str
    # (value, label) pairs for a column chosen from a list; empty for free text
    choices: tuple[tuple[str, str], ...] = ()
    numeric: bool = False
    tooltip: str = ""

    def label(self, value: str) -> str:
        for v, text in self.choices:
            if v == value:
                return text
        return value


class RowsModel(QAbstractTableModel):
    """Rows of text values keyed by column; every value is a str ("" when empty).

    Signals:
        edited(): a cell changed, or a row was added, removed or moved.
    """

    edited = Signal()

    def __init__(
        self,
        columns: Sequence[Column],
        rows: Iterable[dict[str, Any]] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self._rows: list[dict[str, str]] = [self._clean(r) for r in rows]
        self._read_only = False
        self._problems: dict[tuple[int, str], str] = {}

    def _clean(self, row: dict[str, Any]) -> dict[str, str]:
        return {c.key: "" if row.get(c.key) is None else str(row.get(c.key)) for c in self.columns}

    # -- Qt model API --------------------------------------------------------------------
    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return empty(role)
        col = self.columns[index.column()]
        value = self._rows[index.row()][col.key]
        if role == Qt.ItemDataRole.DisplayRole:
            return col.label(value)
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if col.numeric:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._problems.get((index.row(), col.key), col.tooltip)
        if role == Qt.ItemDataRole.BackgroundRole and (index.row(), col.key) in self._problems:
            return QColor("#fee2e2")
        return empty(role)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.columns[section].title if 0 <= section < len(self.columns) else None
        return str(section + 1)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base if self._read_only else base | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or self._read_only:
            return False
        key = self.columns[index.column()].key
        text = "" if value is None else str(value).strip()
        if self._rows[index.row()][key] == text:
            return True
        self._rows[index.row()][key] = text
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole])
        self.edited.emit()
        return True

    # -- editing rows ---------------------------------------------------------------------
    def rows(self) -> list[dict[str, str]]:
        return [dict(r) for r in self._rows]

    def set_rows(self, rows: Iterable[dict[str, Any]]) -> None:
        self.beginResetModel()
        self._rows = [self._clean(r) for r in rows]
        self._problems.clear()
        self.endResetModel()

    def add_row(self, values: dict[str, Any] | None = None) -> int:
        row = len(self._rows)
        self.beginInsertRows(_ROOT, row, row)
        self._rows.append(self._clean(values or {}))
        self.endInsertRows()
        self.edited.emit()
        return row

    def remove_row(self, row: int) -> None:
        if not 0 <= row < len(self._rows):
            return
        self.beginRemoveRows(_ROOT, row, row)
        del self._rows[row]
        self.endRemoveRows()
        self.edited.emit()

    def move_row(self, row: int, delta: int) -> int:
        target = row + delta
        if not (0 <= row < len(self._rows) and 0 <= target < len(self._rows)):
            return row
        dest = target + 1 if delta > 0 else target
        self.beginMoveRows(_ROOT, row, row, _ROOT, dest)
        self._rows.insert(target, self._rows.pop(row))
        self.endMoveRows()
        self.edited.emit()
        return target

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(self.columns) - 1)
            )

    def set_problems(self, problems: dict[tuple[int, str], str]) -> None:
        """Cells to mark as wrong, with the reason as their tooltip."""
        if problems == self._problems:
            return
        self._problems = dict(problems)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(self.columns) - 1)
            )

    def set_choices(self, key: str, choices: Sequence[tuple[str, str]]) -> None:
        self.columns = tuple(
            Column(c.key, c.title, tuple(choices), c.numeric, c.tooltip) if c.key == key else c
            for c in self.columns
        )
        if self._rows:
            i = [c.key for c in self.columns].index(key)
            self.dataChanged.emit(self.index(0, i), self.index(len(self._rows) - 1, i))


class ChoiceDelegate(CellDelegate):
    """Edits a column that has choices with a combo box; other columns with a line edit."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        model = index.model()
        col = _column(model, index)
        if col is None or not col.choices:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        for value, label in col.choices:
            combo.addItem(label, value)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            i = editor.findData(index.data(Qt.ItemDataRole.EditRole))
            editor.setCurrentIndex(max(i, 0))
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)


def _column(model: QAbstractItemModel, index: Index) -> Column | None:
    if isinstance(model, RowsModel):
        return model.columns[index.column()]
    return None
