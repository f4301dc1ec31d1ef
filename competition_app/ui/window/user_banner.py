"""The strip above every page of a database without users: single-user mode, and an offer to
create the organizer's account (never a modal question: a small contest may stay single-user)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget


class FirstRunBanner(QFrame):
    """Signals:
    create_requested(): the user wants to create the organizer's account.
    """

    create_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("FirstRunBanner")
        self.text = QLabel(
            self.tr(
                "单机模式：本数据库尚未设置用户，打开它的人可以修改所有数据。"
                "正式比赛前请创建赛务管理员账号，之后按角色登录使用。"
            )
        )
        self.text.setWordWrap(True)
        self.create_button = QPushButton(self.tr("创建管理员账号…"))
        self.create_button.setObjectName("Primary")
        self.create_button.clicked.connect(self.create_requested)
        close = QToolButton()
        close.setObjectName("MessageBarClose")
        close.setAutoRaise(True)
        close.setText("✕")
        close.setToolTip(self.tr("本次不再提示"))
        close.clicked.connect(self.dismiss)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(20, 8, 12, 8)
        lay.addWidget(self.text, 1)
        lay.addWidget(self.create_button, 0, Qt.AlignmentFlag.AlignVCenter)
        lay.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.dismissed = False
        self.hide()

    def dismiss(self) -> None:
        self.dismissed = True
        self.hide()

    def show_for(self, single_user: bool) -> None:
        self.setVisible(single_user and not self.dismissed)
