"""Logging in, when the database has users (otherwise the app runs in single-user mode)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from competition_app.domain.errors import UserError
from competition_app.services.context import Context
from competition_app.services.integrity.users import authenticate
from competition_app.storage.database import Database
from competition_app.ui.common.busy import busy_cursor
from competition_app.ui.common.form_dialog import Buttons, accept_buttons, error_label
from competition_app.ui.window.crash_reporting import error_text


class LoginDialog(QDialog):
    """Asks for a user name and password; `ctx` is the logged-in context once accepted."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.ctx: Context | None = None
        self.setWindowTitle(self.tr("登录"))
        self.setMinimumWidth(380)
        intro = QLabel(self.tr("本数据库已设置用户，请登录：\n%1").replace("%1", db.display_name()))
        intro.setWordWrap(True)
        self.name = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = error_label()
        form = QFormLayout()
        form.addRow(self.tr("用户名"), self.name)
        form.addRow(self.tr("密码"), self.password)
        buttons, self.ok_button = accept_buttons(
            self, self.tr("登录"), self.tr("取消"), self.login, accept=Buttons.Ok
        )
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(buttons)

    def login(self) -> None:
        try:
            with busy_cursor():  # the password check (scrypt) takes a second or two
                self.ctx = authenticate(self.db, self.name.text(), self.password.text())
        except UserError as e:
            self.error.setText(error_text(e))
            self.error.show()
            self.password.selectAll()
            self.password.setFocus()
            return
        self.accept()
