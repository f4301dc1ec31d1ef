"""Dialogs for user accounts: add a user (the first one is the organizer), change a role, set a
password. Each calls its service itself and stays open with the reason when it is refused."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from competition_app.domain.errors import UserError
from competition_app.domain.roles import ROLE_LABELS, ROLES
from competition_app.domain.wording import counted
from competition_app.services.context import Context
from competition_app.services.integrity.users import (
    MIN_PASSWORD,
    UserInfo,
    add_user,
    change_password,
    set_role,
)
from competition_app.ui.common.busy import busy_cursor
from competition_app.ui.common.form_dialog import Buttons, accept_buttons, error_label
from competition_app.ui.window.crash_reporting import error_text
from competition_app.ui.window.translation import domain_label


def role_label(role: str) -> str:
    """A role in words (赛务管理员, 裁判长 ...), in the interface language."""
    return domain_label(ROLE_LABELS.get(role, role))


class UserDialog(QDialog):
    """One of: "add" a user, "first" (the organizer, ending single-user mode), "role" (change
    the role of `user`), "password" (set the password of `user`).

    `saved` holds the user afterwards (for "password", the user given).
    """

    def __init__(
        self,
        ctx: Context,
        mode: str = "add",
        user: UserInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        assert mode in ("add", "first", "role", "password")
        assert mode in ("add", "first") or user is not None
        self.ctx, self.mode, self.user = ctx, mode, user
        self.saved: UserInfo | None = None
        self.setMinimumWidth(420)
        self.setWindowTitle(
            {
                "add": self.tr("新增用户"),
                "first": self.tr("创建赛务管理员账号"),
                "role": self.tr("修改角色"),
                "password": self.tr("重设密码"),
            }[mode]
        )
        lay = QVBoxLayout(self)
        if mode == "first":
            intro = QLabel(
                self.tr(
                    "创建后，本数据库需登录才能使用；每项操作按角色授权，并记入审计日志。"
                    "其他用户（裁判长、裁判员、加密裁判）可随后在“用户”页添加。"
                )
            )
            intro.setWordWrap(True)
            lay.addWidget(intro)
        form = QFormLayout()
        self.name = QLineEdit(user.name if user else "")
        self.name.setReadOnly(user is not None)
        self.role = QComboBox()
        for r in ROLES:
            self.role.addItem(role_label(r), r)
        if user is not None:
            self.role.setCurrentIndex(max(self.role.findData(user.role), 0))
        if mode == "first":
            self.role.setCurrentIndex(self.role.findData("organizer"))
            self.role.setEnabled(False)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(counted(self.tr("至少 %1 个字符"), {"%1": MIN_PASSWORD}))
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("用户名"), self.name)
        if mode != "password":
            form.addRow(self.tr("角色"), self.role)
        if mode != "role":
            form.addRow(self.tr("密码") if mode != "password" else self.tr("新密码"), self.password)
            form.addRow(self.tr("再输一遍"), self.repeat)
        lay.addLayout(form)
        self.error = error_label()
        lay.addWidget(self.error)
        buttons, self.ok_button = accept_buttons(
            self,
            self.tr("保存") if mode != "first" else self.tr("创建并登录"),
            self.tr("取消"),
            self.save,
            accept=Buttons.Ok,
        )
        lay.addWidget(buttons)

    def refuse(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def save(self) -> None:
        if self.mode != "role" and self.password.text() != self.repeat.text():
            self.refuse(self.tr("两次输入的密码不一致"))
            self.repeat.selectAll()
            self.repeat.setFocus()
            return
        role = str(self.role.currentData())
        try:
            with busy_cursor():  # hashing a password (scrypt) takes a second or two
                self._write(role)
        except UserError as e:
            self.refuse(error_text(e))
            return
        self.accept()

    def _write(self, role: str) -> None:
        if self.mode in ("add", "first"):
            self.saved = add_user(self.ctx, self.name.text(), role, self.password.text())
        elif self.mode == "role":
            assert self.user is not None
            self.saved = set_role(self.ctx, self.user.name, role)
        else:
            assert self.user is not None
            change_password(self.ctx, self.user.name, self.password.text())
            self.saved = self.user
