"""An inline message strip above a view's content: what went wrong and why, without a modal box."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QStyle, QToolButton, QWidget

LEVELS = ("info", "success", "warning", "error")
_ICONS = {
    "info": QStyle.StandardPixmap.SP_MessageBoxInformation,
    "success": QStyle.StandardPixmap.SP_DialogApplyButton,
    "warning": QStyle.StandardPixmap.SP_MessageBoxWarning,
    "error": QStyle.StandardPixmap.SP_MessageBoxCritical,
}


class MessageBar(QFrame):
    """A closable strip showing one message; its level (`info`, `success`, `warning`, `error`)
    is the `level` property, which the stylesheet colours."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MessageBar")
        self.icon = QLabel()
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QToolButton()
        close.setObjectName("MessageBarClose")
        close.setAutoRaise(True)
        close.setText("✕")
        close.setToolTip(self.tr("关闭"))
        close.clicked.connect(self.hide)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(10, 6, 6, 6)
        lay.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        lay.addWidget(self.label, 1)
        lay.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.level = "info"
        self.hide()

    def show_message(self, text: str, level: str = "info") -> None:
        assert level in LEVELS
        self.level = level
        self.setProperty("level", level)
        self.icon.setPixmap(self.style().standardIcon(_ICONS[level]).pixmap(18, 18))
        self.label.setText(text)
        # re-polish so the stylesheet picks up the new level
        self.style().unpolish(self)
        self.style().polish(self)
        self.show()

    def text(self) -> str:
        return self.label.text() if self.isVisibleTo(self.parentWidget()) else ""

    def clear(self) -> None:
        self.label.clear()
        self.hide()
