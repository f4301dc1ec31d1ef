"""The chief judge's unlock: a reason is required, and it goes into the audit trail."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from competition_app.ui.common.form_dialog import Buttons, accept_buttons


class UnlockDialog(QDialog):
    """Asks why a locked trade is being unlocked; OK stays disabled until a reason is typed."""

    def __init__(self, trade_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("解锁成绩"))
        self.setMinimumWidth(440)
        intro = QLabel(
            self.tr("解锁“%1”后，分数可以再次修改。解锁原因、时间和操作人将记入审计日志。").replace(
                "%1", trade_name
            )
        )
        intro.setWordWrap(True)
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText(
            self.tr("例如：仲裁委员会裁定复核第 3 题分数（申诉编号 2022-07）")
        )
        self.reason.setMaximumHeight(110)
        self.buttons, self.ok_button = accept_buttons(
            self, self.tr("解锁"), self.tr("取消"), self.accept, accept=Buttons.Ok
        )
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addWidget(QLabel(self.tr("解锁原因 *")))
        lay.addWidget(self.reason)
        lay.addWidget(self.buttons)
        self.reason.textChanged.connect(self._changed)
        self._changed()

    def _changed(self) -> None:
        self.ok_button.setEnabled(bool(self.text()))

    def text(self) -> str:
        return self.reason.toPlainText().strip()
