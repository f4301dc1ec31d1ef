"""The chief judge's decision on a tie (裁定并列): the tied contestants put in the order decided,
with the grounds, which go into the audit trail; or a decision withdrawn."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from competition_app.services.results.tie_decisions import TieInfo

Buttons = QDialogButtonBox.StandardButton


class TieDialog(QDialog):
    """Orders a tie's contestants (first place at the top) and asks for the grounds. `decide`
    is accepted with `order()` and `reason()`; `withdraw` (only for a decided tie) closes it
    with `withdrawing` set."""

    def __init__(self, tie: TieInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tie = tie
        self.withdrawing = False
        self.setWindowTitle(self.tr("裁定并列"))
        self.setMinimumWidth(520)
        where = tie.trade_name + (f"（{tie.group}）" if tie.group else "")
        intro = QLabel(
            (
                self.tr(
                    "“%1”以下选手排名依据全部相同，已按裁定排出先后。可调整后重新记录，或撤销裁定。"
                )
                if tie.decided
                else self.tr(
                    "“%1”以下选手排名依据全部相同，共享同一名次。请按裁判长裁定的名次先后排列（第一名在上）。"
                )
            ).replace("%1", where)
        )
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAlternatingRowColors(True)
        for c in tie.contestants:
            total = "—" if c.total is None else str(c.total)
            text = "  ".join(part for part in (c.number, c.name, c.unit, total) if part)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, c.number)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.setMaximumHeight(28 * min(len(tie.contestants), 8) + 8)
        self.up = QPushButton(self.tr("上移"))
        self.down = QPushButton(self.tr("下移"))
        self.up.clicked.connect(lambda: self._move(-1))
        self.down.clicked.connect(lambda: self._move(1))
        self.list.currentRowChanged.connect(lambda _row: self._moves())
        moves = QVBoxLayout()
        moves.addWidget(self.up)
        moves.addWidget(self.down)
        moves.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(moves)
        self.grounds = QPlainTextEdit()
        self.grounds.setPlaceholderText(
            self.tr("例如：按竞赛规程第 12 条，以实操第 2 题得分高者列前；或当众抽签")
        )
        self.grounds.setMaximumHeight(90)
        self.buttons = QDialogButtonBox(Buttons.Ok | Buttons.Cancel)
        self.ok_button = self.buttons.button(Buttons.Ok)
        self.ok_button.setText(self.tr("记录裁定"))
        self.ok_button.setObjectName("Primary")
        self.buttons.button(Buttons.Cancel).setText(self.tr("取消"))
        self.withdraw_button: QPushButton | None = None
        if tie.decided:
            self.withdraw_button = self.buttons.addButton(
                self.tr("撤销裁定"), QDialogButtonBox.ButtonRole.DestructiveRole
            )
            self.withdraw_button.clicked.connect(self._withdraw)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addLayout(row)
        lay.addWidget(QLabel(self.tr("裁定依据（记入审计日志）*")))
        lay.addWidget(self.grounds)
        lay.addWidget(self.buttons)
        self.grounds.textChanged.connect(self._changed)
        self._changed()
        self._moves()

    def _move(self, step: int) -> None:
        row = self.list.currentRow()
        to = row + step
        if row < 0 or not 0 <= to < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(to, item)
        self.list.setCurrentRow(to)

    def _moves(self) -> None:
        row = self.list.currentRow()
        self.up.setEnabled(row > 0)
        self.down.setEnabled(0 <= row < self.list.count() - 1)

    def _changed(self) -> None:
        has_reason = bool(self.reason())
        self.ok_button.setEnabled(has_reason)
        if self.withdraw_button is not None:
            self.withdraw_button.setEnabled(has_reason)

    def _withdraw(self) -> None:
        self.withdrawing = True
        self.accept()

    def order(self) -> list[str]:
        """The entry numbers (or work-piece codes) as now listed, first place first."""
        return [
            str(self.list.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.list.count())
        ]

    def reason(self) -> str:
        return self.grounds.toPlainText().strip()
