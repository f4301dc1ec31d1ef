"""Users (organizer only): accounts with roles; add, change role, disable or enable, reset password."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from competition_app.domain.errors import UserError
from competition_app.services.integrity.users import UserInfo, list_users, set_active
from competition_app.ui.common import prompts, stylesheet
from competition_app.ui.common.table_support import (
    R,
    TableColumn,
    TupleTableModel,
    apply_widths,
    empty,
    make_table,
)
from competition_app.ui.common.view_base import View, card, section_title
from competition_app.ui.integrity.user_dialog import UserDialog, role_label
from competition_app.ui.window.session import EventSession


def role_duties() -> dict[str, str]:
    """What each role may do, in words, for the legend under the table."""
    return {
        "organizer": QCoreApplication.translate(
            "Users", "建立赛事、名单、工种设置、抽签、检录、加密、用户"
        ),
        "chief_judge": QCoreApplication.translate(
            "Users", "检录、录分、裁定复核、锁定成绩、裁定申诉"
        ),
        "judge": QCoreApplication.translate("Users", "录入分数"),
        "encryption_judge": QCoreApplication.translate(
            "Users", "生成加密号、查看加密表、锁定后解密"
        ),
        "viewer": QCoreApplication.translate("Users", "只读，可查看审计日志"),
    }


class UserTableModel(TupleTableModel):
    """One row per account; the payload is its UserInfo."""

    def __init__(self, parent: Any = None) -> None:
        self._muted = QColor(stylesheet.MUTED_TEXT)
        super().__init__(
            [
                TableColumn("name", self.tr("用户名"), 160),
                TableColumn("role", self.tr("角色"), 140),
                TableColumn("active", self.tr("状态"), 80),
                TableColumn("duties", self.tr("可以做什么"), 360, stretch=True),
            ],
            parent,
        )

    def set_users(self, users: list[UserInfo]) -> None:
        duties = role_duties()
        rows = [
            (
                u.name,
                role_label(u.role),
                self.tr("在用") if u.active else self.tr("已停用"),
                duties.get(u.role, ""),
            )
            for u in users
        ]
        self.set_rows(rows, users)

    def extra_data(self, row: int, column: int, role: int) -> Any:
        if role == R.ForegroundRole and not self.user(row).active:
            return self._muted  # a disabled account, kept for the audit trail
        return empty(role)

    def user(self, row: int) -> UserInfo:
        info = self.payload(row)
        assert isinstance(info, UserInfo)
        return info


class UsersView(View):
    """用户. While the database has no users, it offers to create the organizer's account.

    Signals:
        organizer_created(str): the first account (an organizer) was created with this name;
            the window logs in as them.
    """

    topics = ("users",)
    name = "users"
    organizer_created = Signal(str)

    def __init__(self, session: EventSession, parent: QWidget | None = None) -> None:
        super().__init__(
            session,
            self.tr("用户与权限"),
            self.tr("每人一个账号；按角色授权，每项修改都记入审计日志"),
            parent,
        )
        self.users: list[UserInfo] = []
        self.add_button = QPushButton(self.tr("新增用户"))
        self.add_button.setObjectName("Primary")
        self.add_button.clicked.connect(lambda: self.add())
        self.role_button = QPushButton(self.tr("修改角色…"))
        self.role_button.clicked.connect(lambda: self.change_role())
        self.active_button = QPushButton(self.tr("停用"))
        self.active_button.clicked.connect(lambda: self.toggle_active())
        self.password_button = QPushButton(self.tr("重设密码…"))
        self.password_button.clicked.connect(lambda: self.reset_password())
        for b in (self.role_button, self.active_button, self.password_button, self.add_button):
            self.actions_layout.addWidget(b)

        self.single_card = card(self)
        sl = QVBoxLayout(self.single_card)
        sl.setContentsMargins(16, 12, 16, 14)
        sl.setSpacing(8)
        sl.addWidget(section_title(self.tr("单机模式：尚未设置用户")))
        note = QLabel(
            self.tr(
                "现在任何打开本数据库的人都可以修改所有数据。正式比赛前，请先创建赛务管理员账号；"
                "创建后本数据库需登录使用，裁判员不能锁定成绩、不能解密、不能修改工种设置。"
            )
        )
        note.setWordWrap(True)
        sl.addWidget(note)
        self.first_button = QPushButton(self.tr("创建赛务管理员账号…"))
        self.first_button.setObjectName("Primary")
        self.first_button.clicked.connect(lambda: self.add())
        sl.addWidget(self.first_button, 0, Qt.AlignmentFlag.AlignLeft)
        # at its own height, at the top: with the table hidden, the page's room would spread
        # its three lines over the whole height and stretch the button across it
        self.body.addWidget(self.single_card, 0, Qt.AlignmentFlag.AlignTop)

        self.model = UserTableModel(self)
        self.table = make_table(self)
        self.table.setModel(self.model)
        apply_widths(self.table, self.model.columns, "users")
        self.remember_table("users", self.table)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.activated.connect(lambda _i: self.change_role())
        self.body.addWidget(self.table, 1)

    def reload(self) -> None:
        self.users = list_users(self.session.ctx)
        self.model.set_users(self.users)
        single = not self.users
        self.single_card.setVisible(single)
        self.table.setVisible(not single)
        self.add_button.setVisible(not single)
        self.add_button.setEnabled(self.can("users"))
        self._selection_changed()

    def selected(self) -> UserInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.user(rows[0].row()) if len(rows) == 1 else None

    def select_user(self, name: str) -> None:
        for r in range(self.model.rowCount()):
            if self.model.user(r).name == name:
                self.table.selectRow(r)
                return
        raise KeyError(name)

    def _selection_changed(self, *_: Any) -> None:
        user = self.selected()
        allowed = self.can("users")
        for b in (self.role_button, self.active_button, self.password_button):
            b.setEnabled(user is not None and allowed)
            b.setVisible(bool(self.users))
        self.active_button.setText(
            self.tr("启用") if user is not None and not user.active else self.tr("停用")
        )

    # -- actions -----------------------------------------------------------------------------
    def add(self) -> UserDialog:
        first = not self.users
        dialog = UserDialog(self.session.ctx, "first" if first else "add", parent=self)
        dialog.accepted.connect(lambda: self._added(dialog, first))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _added(self, dialog: UserDialog, first: bool) -> None:
        assert dialog.saved is not None
        if first:
            self.organizer_created.emit(dialog.saved.name)
            return
        self.show_info(
            self.tr("已添加用户“%1”（%2）")
            .replace("%1", dialog.saved.name)
            .replace("%2", role_label(dialog.saved.role))
        )
        self.session.notify()

    def change_role(self) -> UserDialog | None:
        user = self.selected()
        if user is None:
            return None
        dialog = UserDialog(self.session.ctx, "role", user, self)
        dialog.accepted.connect(lambda: self._changed(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def reset_password(self) -> UserDialog | None:
        user = self.selected()
        if user is None:
            return None
        dialog = UserDialog(self.session.ctx, "password", user, self)
        dialog.accepted.connect(
            lambda: self.show_info(self.tr("已重设“%1”的密码").replace("%1", user.name))
        )
        self.dialog = dialog
        dialog.open()
        return dialog

    def _changed(self, dialog: UserDialog) -> None:
        assert dialog.saved is not None
        self.show_info(
            self.tr("“%1”的角色已改为%2")
            .replace("%1", dialog.saved.name)
            .replace("%2", role_label(dialog.saved.role))
        )
        self.session.notify()

    def toggle_active(self) -> None:
        user = self.selected()
        if user is None:
            return
        if user.active and not prompts.confirm(
            self,
            self.tr("停用用户"),
            self.tr("停用“%1”后，该用户不能再登录；其以往的操作仍保留在审计日志中。").replace(
                "%1", user.name
            ),
        ):
            return
        try:
            set_active(self.session.ctx, user.name, not user.active)
        except UserError as e:
            self.show_error(e)
            return
        self.show_info(
            (self.tr("已启用“%1”") if not user.active else self.tr("已停用“%1”")).replace(
                "%1", user.name
            )
        )
        self.session.notify()
        self.select_user(user.name)
