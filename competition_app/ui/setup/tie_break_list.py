"""The tie-break list of a trade's rules: which comparisons break a tie on the total, in order."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from competition_app.domain.rules import TIE_TIME, TIE_TOTAL


class TieBreakList(QGroupBox):
    """The total first (always), then the time and each component, each ticked or not and moved
    up or down.

    Signals:
        changed(): an item was ticked, unticked or moved.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("并列时依次比较（勾选并排序）"))
        self._components: list[tuple[str, str]] = []
        bl = QHBoxLayout(self)
        self.tie_list = QListWidget()
        self.tie_list.setMaximumHeight(130)
        self.tie_list.itemChanged.connect(lambda _item: self.changed.emit())
        bl.addWidget(self.tie_list, 1)
        col = QVBoxLayout()
        self.tie_up = QPushButton(self.tr("上移"))
        self.tie_up.clicked.connect(lambda: self.move(-1))
        self.tie_down = QPushButton(self.tr("下移"))
        self.tie_down.clicked.connect(lambda: self.move(1))
        col.addWidget(self.tie_up)
        col.addWidget(self.tie_down)
        col.addStretch(1)
        bl.addLayout(col)

    def _label(self, key: str) -> str:
        if key == TIE_TOTAL:
            return self.tr("总分高者优先（必选，排第一）")
        if key == TIE_TIME:
            return self.tr("用时短者优先")
        name = next((n for code, n in self._components if code == key), key)
        return self.tr("“%1”得分高者优先").replace("%1", name or key)

    def fill(self, chosen: Sequence[str], components: Sequence[tuple[str, str]]) -> None:
        """Show `chosen` ticked in its order, then the rest of the possible keys unticked;
        `components` are the trade's (code, name) pairs."""
        self._components = [(code, name) for code, name in components if code]
        keys = [TIE_TOTAL, TIE_TIME] + [code for code, _name in self._components]
        order = [k for k in chosen if k in keys] + [k for k in keys if k not in chosen]
        self.tie_list.blockSignals(True)
        self.tie_list.clear()
        for key in order:
            item = QListWidgetItem(self._label(key))
            item.setData(Qt.ItemDataRole.UserRole, key)
            flags = item.flags() | Qt.ItemFlag.ItemIsUserCheckable
            if key == TIE_TOTAL:
                flags &= ~Qt.ItemFlag.ItemIsUserCheckable
            item.setFlags(flags)
            item.setCheckState(
                Qt.CheckState.Checked
                if key in chosen or key == TIE_TOTAL
                else Qt.CheckState.Unchecked
            )
            self.tie_list.addItem(item)
        self.tie_list.blockSignals(False)

    def move(self, delta: int) -> None:
        """Move the current item up (-1) or down (1); the total stays first."""
        row = self.tie_list.currentRow()
        target = row + delta
        if row <= 0 or target <= 0 or target >= self.tie_list.count():
            return
        item = self.tie_list.takeItem(row)
        self.tie_list.insertItem(target, item)
        self.tie_list.setCurrentRow(target)
        self.changed.emit()

    def tie_break(self) -> list[str]:
        """The ticked keys in their order: the rules' `tie_break`."""
        out = []
        for i in range(self.tie_list.count()):
            item = self.tie_list.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return out

    def set_read_only(self, read_only: bool) -> None:
        for w in (self.tie_list, self.tie_up, self.tie_down):
            w.setEnabled(not read_only)
