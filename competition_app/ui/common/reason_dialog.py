"""Asks for the reason of an audited action (withdrawing a conflict, settling a mark ...)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from competition_app.ui.common.form_dialog import Buttons, accept_buttons


class ReasonDialog(QDialog):
    """OK stays disabled until a reason is typed; `text()` is the reason."""

    def __init__(
        self,
        title: str,
        intro: str,
        *,
        ok_text: str,
        placeholder: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(440)
        label = QLabel(intro)
        label.setWordWrap(True)
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText(placeholder)
        self.reason.setMaximumHeight(100)
        buttons, self.ok_button = accept_buttons(
            self, ok_text, self.tr("取消"), self.accept, accept=Buttons.Ok
        )
        lay = QVBoxLayout(self)
        lay.addWidget(label)
        lay.addWidget(QLabel(self.tr("原因 *")))
        lay.addWidget(self.reason)
        lay.addWidget(buttons)
        self.reason.textChanged.connect(lambda: self.ok_button.setEnabled(bool(self.text())))
        self.ok_button.setEnabled(False)

    def text(self) -> str:
        return self.reason.toPlainText().strip()
