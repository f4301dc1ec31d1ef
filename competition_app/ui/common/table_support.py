"""What every table of the window shares: a cheap cell delegate, a tuple-backed model, filtering.

Models here never return None from data(): PySide6 6.12 aborts Python 3.11 when they do
(refcount underflow of None), so each role gets an empty value of a fitting type. The delegate
asks the model only for the roles it answers, so no role is ever misread (an empty string for
the check-state role would draw a check box, for instance).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCollator,
    QCollatorSortKey,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from competition_app.ui.window import preferences

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
R = Qt.ItemDataRole
LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
CENTER = int(Qt.AlignmentFlag.AlignCenter)
ROW_HEIGHT = 26
# the role FilterProxy filters by: "1" for a row its filters keep, "0" for one they hide
KEPT_ROLE = int(Qt.ItemDataRole.UserRole) + 0x4B50


def empty(role: int) -> Any:
    """The 'nothing here' value of a role, of the role's own type, never None.

    CellDelegate never asks for the check-state, decoration or size-hint roles, so these
    placeholders (unchecked, a null icon, an invalid size) draw nothing.
    """
    if role == R.TextAlignmentRole:
        return LEFT
    if role in (R.BackgroundRole, R.ForegroundRole):
        return QBrush()
    if role == R.FontRole:
        return QFont()
    if role == R.DecorationRole:
        return QIcon()
    if role == R.SizeHintRole:
        return QSize()
    if role == R.CheckStateRole:
        return Qt.CheckState.Unchecked
    return ""


class CellDelegate(QStyledItemDelegate):
    """Paints a cell from the display text, alignment, colours and font only."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        option.index = QModelIndex(index)
        # A TupleTableModel (or a proxy over one) answers a cell's five roles in one call:
        # five Python data() calls per painted cell were half of a table's paint.
        model = index.model()
        source: Index = index
        if isinstance(model, QSortFilterProxyModel):
            source = model.mapToSource(index)
            model = model.sourceModel()
        if isinstance(model, TupleTableModel):
            text, align, bg, fg, font = model.cell_style(source.row(), source.column())
        else:
            text = index.data(R.DisplayRole)
            align = index.data(R.TextAlignmentRole)
            bg = index.data(R.BackgroundRole)
            fg = index.data(R.ForegroundRole)
            font = index.data(R.FontRole)
        option.text = "" if text is None else str(text)
        option.features |= QStyleOptionViewItem.ViewItemFeature.HasDisplay
        if isinstance(align, int) and align:
            option.displayAlignment = Qt.AlignmentFlag(align)
        if isinstance(bg, QColor):
            option.backgroundBrush = QBrush(bg)
        elif isinstance(bg, QBrush) and bg.style() != Qt.BrushStyle.NoBrush:
            option.backgroundBrush = bg
        if isinstance(fg, QColor):
            option.palette.setColor(QPalette.ColorRole.Text, fg)
        if isinstance(font, QFont) and font != QFont():
            option.font = font.resolve(option.font)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        return style.sizeFromContents(QStyle.ContentsType.CT_ItemViewItem, opt, QSize(), widget)


@dataclass(frozen=True)
class TableColumn:
    key: str
    title: str
    width: int = 100
    align: int = LEFT
    tooltip: str = ""
    # takes the width left over (instead of the last column)
    stretch: bool = False


class TupleTableModel(QAbstractTableModel):
    """Rows of plain tuples (one value per column, already text) plus a hidden payload per row.

    Sorting happens here on the tuples (fast for 30,000 rows), not in a proxy's lessThan.
    """

    def __init__(self, columns: Sequence[TableColumn], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns: tuple[TableColumn, ...] = tuple(columns)
        self._rows: list[tuple[str, ...]] = []
        self._payload: list[Any] = []
        self._search: list[str] | None = []  # None: not built yet (only a search needs it)
        self._sort_keys: dict[int, Callable[[str], Any]] = {}
        # a FilterProxy's filters, shared with it (plain values: the model holds nothing of
        # the proxy, which holds the model)
        self.row_filter: RowFilter | None = None

    # -- filling --------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[tuple[str, ...]], payload: Sequence[Any]) -> None:
        assert len(rows) == len(payload)
        self.beginResetModel()
        self._rows = list(rows)
        self._payload = list(payload)
        self._search = None  # built by the first search: 30,000 joined texts cost a moment
        self.endResetModel()

    def remove_row(self, row: int) -> None:
        """Take one row out (a contestant just checked in) without resetting the model."""
        if not 0 <= row < len(self._rows):
            return
        self.beginRemoveRows(ROOT, row, row)
        del self._rows[row], self._payload[row]
        if self._search is not None:
            del self._search[row]
        self.endRemoveRows()

    def set_columns(self, columns: Sequence[TableColumn]) -> None:
        self.beginResetModel()
        self.columns = tuple(columns)
        self._rows, self._payload, self._search = [], [], []
        self.endResetModel()

    def column_keys(self) -> list[str]:
        return [c.key for c in self.columns]

    def set_sort_key(self, column: int, key: Callable[[str], Any]) -> None:
        self._sort_keys[column] = key

    def payload(self, row: int) -> Any:
        return self._payload[row]

    def row_values(self, row: int) -> tuple[str, ...]:
        return self._rows[row]

    def search_text(self, row: int) -> str:
        if self._search is None:
            self._search = ["\x1f".join(r).lower() for r in self._rows]
        return self._search[row]

    def all_rows(self) -> list[tuple[str, ...]]:
        return list(self._rows)

    def all_payload(self) -> list[Any]:
        return list(self._payload)

    # -- Qt model API ---------------------------------------------------------------------
    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = R.DisplayRole) -> Any:
        if not index.isValid():
            return empty(role)
        if role == R.DisplayRole:
            return self._rows[index.row()][index.column()]
        if role == R.TextAlignmentRole:
            return self.columns[index.column()].align
        if role == KEPT_ROLE:
            kept = self.row_filter is None or self.row_filter.keeps(self, index.row())
            return "1" if kept else "0"
        value = self.extra_data(index.row(), index.column(), role)
        if role == R.ToolTipRole and value == "":
            # a long text may be cut off in its cell: the tooltip shows all of it
            text = self._rows[index.row()][index.column()]
            return text if len(text) > 10 else ""
        return value

    def extra_data(self, row: int, column: int, role: int) -> Any:
        """Roles other than display and alignment (colours, tooltips) for subclasses."""
        return empty(role)

    def cell_style(self, row: int, column: int) -> tuple[str, int, Any, Any, Any]:
        """What CellDelegate paints of a cell, in one call: its text, alignment, background,
        foreground and font (as data() gives them)."""
        return (
            self._rows[row][column],
            self.columns[column].align,
            self.extra_data(row, column, R.BackgroundRole),
            self.extra_data(row, column, R.ForegroundRole),
            self.extra_data(row, column, R.FontRole),
        )

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = R.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            col = self.columns[section]
            if role == R.DisplayRole:
                return col.title
            if role == R.ToolTipRole:
                return col.tooltip or col.title
            if role == R.TextAlignmentRole:
                return col.align
        elif orientation == Qt.Orientation.Vertical and role == R.DisplayRole:
            return str(section + 1)
        return None  # the header asks for roles (size hint) where only "no value" is right

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns) or not self._rows:
            return
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        old_rows = [i.row() for i in old]
        keyf = self._sort_keys.get(column, _natural)
        order_ = sorted(
            range(len(self._rows)),
            key=lambda i: keyf(self._rows[i][column]),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        self._rows = [self._rows[i] for i in order_]
        self._payload = [self._payload[i] for i in order_]
        if self._search is not None:
            self._search = [self._search[i] for i in order_]
        where = {old_row: new_row for new_row, old_row in enumerate(order_)}
        self.changePersistentIndexList(
            old, [self.index(where[r], i.column()) for r, i in zip(old_rows, old, strict=True)]
        )
        self.layoutChanged.emit()


_COLLATOR: QCollator | None = None


def text_key(text: str) -> QCollatorSortKey:
    """How a text sorts in a table: Chinese by pinyin (the zh_CN collation, whatever the
    window's language, since the names are Chinese), digits inside a text as numbers
    ("A-9" before "A-10")."""
    global _COLLATOR
    if _COLLATOR is None:
        _COLLATOR = QCollator(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
        _COLLATOR.setNumericMode(True)
    return _COLLATOR.sortKey(text)


_NUMBER = re.compile(r"^[+-]?\d+(\.\d+)?$")


def _natural(text: str) -> Any:
    """Numbers by value first, then texts (not "nan" or "inf" as numbers: those are names)."""
    if _NUMBER.match(text.strip()):
        return (0, float(text), "")
    return (1, 0.0, text_key(text))


@dataclass(frozen=True)
class RowFilter:
    """A search text (lower case) and exact column values: which rows of a table to show."""

    text: str = ""
    equals: dict[int, str] = field(default_factory=dict)
    tokens: dict[int, str] = field(default_factory=dict)  # values among others, "、"-separated

    def __bool__(self) -> bool:
        return bool(self.text or self.equals or self.tokens)

    def keeps(self, model: TupleTableModel, row: int) -> bool:
        if self.equals or self.tokens:
            values = model.row_values(row)
            for col, wanted in self.equals.items():
                if values[col] != wanted:
                    return False
            for col, wanted in self.tokens.items():
                if wanted not in values[col].split("、"):
                    return False
        return not self.text or self.text in model.search_text(row)


class FilterProxy(QSortFilterProxyModel):
    """Filters rows of a TupleTableModel by a search text and exact column values.

    The filtering is Qt's own, by the model's KEPT_ROLE, and off (no pattern) while no filter
    is set: a Python filterAcceptsRow would be called for every row after every reset, 30,000
    calls that took half the time of filling a 30,000-row list. With a filter set the model
    answers KEPT_ROLE from the shared RowFilter, once per row, as that override would have.

    Sorting is passed to the source model, which sorts its tuples directly.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._filters = RowFilter()
        self.setFilterRole(KEPT_ROLE)
        self.setFilterKeyColumn(0)

    def setSourceModel(self, model: Any) -> None:
        old = self.sourceModel()
        if isinstance(old, TupleTableModel):
            old.row_filter = None
        if isinstance(model, TupleTableModel):
            model.row_filter = self._filters
        super().setSourceModel(model)

    def set_text(self, text: str) -> None:
        f = self._filters
        self._filter(RowFilter(text.strip().lower(), f.equals, f.tokens))

    def set_column_filter(self, column: int, value: str | None, *, token: bool = False) -> None:
        """Keep rows whose `column` equals `value` (or, with `token`, lists it among values
        separated by "、"); None removes the filter."""
        f = self._filters
        equals, tokens = dict(f.equals), dict(f.tokens)
        target = tokens if token else equals
        if value is None:
            target.pop(column, None)
        else:
            target[column] = value
        self._filter(RowFilter(f.text, equals, tokens))

    def set_filters(self, text: str, columns: dict[int, str | None]) -> None:
        """Search text and column values at once: one pass over the rows, not one per filter,
        and none when they are what they were (a page filling its list sets them again)."""
        f = self._filters
        equals = dict(f.equals)
        for column, value in columns.items():
            if value is None:
                equals.pop(column, None)
            else:
                equals[column] = value
        text = text.strip().lower()
        if text == f.text and equals == f.equals:
            return
        self._filter(RowFilter(text, equals, f.tokens))

    def _filter(self, filters: RowFilter) -> None:
        """Take these filters and filter the rows again, in one pass."""
        pattern = "1" if filters else ""
        model = self.sourceModel()
        if pattern != self.filterRegularExpression().pattern():
            # on or off: setting the pattern filters the rows again itself
            self._share(model, filters)
            self.setFilterFixedString(pattern)
        elif pattern:
            self.beginFilterChange()
            self._share(model, filters)
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._share(model, filters)  # nothing filtered before, nothing now

    def _share(self, model: Any, filters: RowFilter) -> None:
        self._filters = filters
        if isinstance(model, TupleTableModel):
            model.row_filter = filters

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        model = self.sourceModel()
        if model is not None:
            model.sort(column, order)

    def source_row(self, proxy_row: int) -> int:
        return self.mapToSource(self.index(proxy_row, 0)).row()


def make_table(parent: QWidget | None = None, *, sortable: bool = True) -> QTableView:
    """A table view set up for long lists: fixed row height, no word wrap, whole-row selection."""
    view = QTableView(parent)
    configure_table(view, sortable=sortable)
    return view


def configure_table(view: QTableView, *, sortable: bool = True) -> None:
    view.setItemDelegate(CellDelegate(view))
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    vh = view.verticalHeader()
    vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    vh.setDefaultSectionSize(ROW_HEIGHT)
    vh.hide()
    hh = view.horizontalHeader()
    hh.setHighlightSections(False)
    hh.setStretchLastSection(True)
    hh.setSectionsMovable(True)
    hh.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    view.setSortingEnabled(sortable)


def column_keys(view: QTableView) -> list[str]:
    """What a saved layout of the view's columns is checked against: the keys of the model's
    columns (through any proxy), or their titles for a model that has no keys."""
    model = view.model()
    while isinstance(model, QSortFilterProxyModel):
        model = model.sourceModel()
    if model is None:
        return []
    keys = getattr(model, "column_keys", None)
    if callable(keys):
        return [str(k) for k in keys()]
    h = Qt.Orientation.Horizontal
    return [str(model.headerData(i, h)) for i in range(model.columnCount())]


def heading_width(view: QTableView, text: str) -> int:
    """The width a column needs to show its heading whole (each line of it, with the section's
    padding): English headings are longer than the widths chosen for Chinese ones."""
    metrics = view.horizontalHeader().fontMetrics()
    return max((metrics.horizontalAdvance(line) for line in text.split("\n")), default=0) + 16


def apply_widths(view: QTableView, columns: Sequence[TableColumn], key: str = "") -> None:
    """Column widths remembered under `key` when they were saved for these very columns, else
    the widths the columns ask for; never narrower than their heading in the window's language
    (widths remembered in Chinese, 工位, would cut the English Station)."""
    header = view.horizontalHeader()
    restored = bool(key) and preferences.restore_header(key, header, [c.key for c in columns])
    for i, col in enumerate(columns):
        least = heading_width(view, col.title)
        if not restored:
            view.setColumnWidth(i, max(col.width, least))
        elif view.columnWidth(i) < least:
            view.setColumnWidth(i, least)
    stretch = [i for i, col in enumerate(columns) if col.stretch]
    if stretch:
        # a stretched column shrinks with the window; not below its heading
        widest = max(heading_width(view, columns[i].title) for i in stretch)
        header.setMinimumSectionSize(max(header.minimumSectionSize(), widest))
    header.setStretchLastSection(not stretch)
    for i in range(header.count()):
        header.setSectionResizeMode(
            i,
            QHeaderView.ResizeMode.Stretch if i in stretch else QHeaderView.ResizeMode.Interactive,
        )


def remember_widths(view: QTableView, key: str) -> None:
    preferences.save_header(key, view.horizontalHeader(), column_keys(view))
