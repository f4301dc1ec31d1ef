"""Switching user or logging out on the open database, and a busy cursor while a password is
checked or hashed (scrypt takes seconds)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from competition_app.services.context import Context
from competition_app.ui.common import prompts
from competition_app.ui.window.main_window import MainWindow


def test_switch_user_keeps_the_database_and_the_event_open(
    qtbot, staff, ctx, demo_event_id, monkeypatch
):
    window = MainWindow(staff["organizer"], demo_event_id)
    qtbot.addWidget(window)
    window.show()
    assert window.switch_user_action.isEnabled()
    assert "users" in window.views
    db = ctx.db
    monkeypatch.setattr(prompts, "login", lambda parent, database: Context(database, user="王裁判"))
    assert window.switch_user()
    assert window.ctx.db is db and window.ctx.user == "王裁判"
    assert window.session is not None and window.session.event_id == demo_event_id
    assert "users" not in window.views  # the judge's pages
    assert "用户：王裁判" in window.db_label.text()
    assert "王裁判" in window.statusBar().currentMessage()


def test_logging_out_without_a_new_login_closes_the_database(
    qtbot, staff, demo_event_id, monkeypatch
):
    window = MainWindow(staff["organizer"], demo_event_id)
    qtbot.addWidget(window)
    monkeypatch.setattr(prompts, "login", lambda parent, database: None)
    assert not window.switch_user()
    assert window.ctx is None and window.session is None
    assert window.stack.currentWidget() is window.welcome
    assert "已注销" in window.statusBar().currentMessage()
    assert not window.switch_user_action.isEnabled()


def test_single_user_mode_has_nobody_to_switch(qtbot, ctx, demo_event_id):
    window = MainWindow(ctx, demo_event_id)
    qtbot.addWidget(window)
    assert not window.switch_user_action.isEnabled()
    assert not window.switch_user()


def test_logging_in_and_creating_a_user_show_a_busy_cursor(qtbot, staff, ctx, monkeypatch):
    from competition_app.ui.integrity import user_dialog
    from competition_app.ui.window import login_dialog

    seen: list[Any] = []

    def watch(real: Any) -> Any:
        def call(*args: Any, **kwargs: Any) -> Any:
            cursor = QApplication.overrideCursor()
            seen.append(cursor.shape() if cursor else None)
            return real(*args, **kwargs)

        return call

    monkeypatch.setattr(login_dialog, "authenticate", watch(login_dialog.authenticate))
    monkeypatch.setattr(user_dialog, "add_user", watch(user_dialog.add_user))
    dialog = login_dialog.LoginDialog(ctx.db)
    qtbot.addWidget(dialog)
    dialog.name.setText("王裁判")
    dialog.password.setText("密码123456")
    dialog.ok_button.click()
    assert dialog.ctx is not None and dialog.ctx.user == "王裁判"
    add = user_dialog.UserDialog(staff["organizer"], "add")
    qtbot.addWidget(add)
    add.name.setText("新裁判")
    add.password.setText("又一个密码123")
    add.repeat.setText("又一个密码123")
    add.save()
    assert add.saved is not None
    assert seen == [Qt.CursorShape.WaitCursor, Qt.CursorShape.WaitCursor]
    assert QApplication.overrideCursor() is None  # put back afterwards


def test_the_switch_user_menu_item_is_english_in_english(qtbot, ctx, demo_event_id):
    from competition_app.ui.window.translation import install_translators

    assert install_translators("en")
    window = MainWindow(ctx, demo_event_id)
    qtbot.addWidget(window)
    assert window.switch_user_action.text() == "Switch user / Log out…"
