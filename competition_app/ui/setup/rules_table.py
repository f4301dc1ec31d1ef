"""One editable table of a trade's rules (components, criteria, award tiers, titles ...) with its
添加 / 删除 (and 上移 / 下移) buttons under it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTableView, QVBoxLayout, QWidget

from competition_app.ui.common.rows_model import ChoiceDelegate, RowsModel
from competition_app.ui.common.table_support import configure_table


def int_or_text(text: str) -> Any:
    """A cell's text as an int when it is a whole number (a count, a top N), else as typed, so
    `rules_from_mapping` says what is wrong with it."""
    text = text.strip()
    return int(text) if text.isdigit() else text


class RulesTable(QWidget):
    """A `RowsModel` edited in place, cell by cell, and the buttons that add, remove and move rows.

    The model's own `edited` signal says when anything changed.
    """

    def __init__(
        self,
        model: RowsModel,
        widths: Sequence[int],
        new_row: Callable[[], dict[str, str]],
        *,
        movable: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self._new_row = new_row
        self.view = QTableView(self)
        configure_table(self.view, sortable=False)
        self.view.setItemDelegate(ChoiceDelegate(self.view))
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectItems)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.horizontalHeader().setSectionsMovable(False)
        self.view.verticalHeader().show()
        self.view.setEditTriggers(QTableView.EditTrigger.AllEditTriggers)
        self.view.setModel(model)
        for i, w in enumerate(widths):
            self.view.setColumnWidth(i, w)
        row = QHBoxLayout()
        add = QPushButton(self.tr("添加"))
        add.clicked.connect(self.add_row)
        remove = QPushButton(self.tr("删除"))
        remove.clicked.connect(lambda: model.remove_row(self.view.currentIndex().row()))
        self.buttons = [add, remove]
        if movable:
            up = QPushButton(self.tr("上移"))
            up.clicked.connect(lambda: self.move(-1))
            down = QPushButton(self.tr("下移"))
            down.clicked.connect(lambda: self.move(1))
            self.buttons += [up, down]
        for b in self.buttons:
            row.addWidget(b)
        row.addStretch(1)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.view, 1)
        self._layout.addLayout(row)

    def add_below_table(self, widget: QWidget) -> None:
        """A line between the table and its buttons (the weights' running total, say)."""
        self._layout.insertWidget(1, widget)

    def add_row(self) -> None:
        r = self.model.add_row(self._new_row())
        self.view.setCurrentIndex(self.model.index(r, 1))
        self.view.edit(self.model.index(r, 1))

    def move(self, delta: int) -> None:
        idx = self.view.currentIndex()
        if idx.isValid():
            r = self.model.move_row(idx.row(), delta)
            self.view.setCurrentIndex(self.model.index(r, idx.column()))

    def set_read_only(self, read_only: bool) -> None:
        self.model.set_read_only(read_only)
        for b in self.buttons:
            b.setEnabled(not read_only)
