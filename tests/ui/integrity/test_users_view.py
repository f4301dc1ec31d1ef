"""Users and roles in the window: the first organizer, the Users page, and what a judge may not do."""

from __future__ import annotations

from typing import Any

import pytest

from competition_app.domain.errors import PermissionDenied
from competition_app.services.context import Context
from competition_app.services.integrity import users
from competition_app.services.integrity.users import authenticate, list_users, users_exist
from competition_app.services.setup.trades import list_trades
from competition_app.ui.integrity.users_view import UsersView
from competition_app.ui.window.main_window import MainWindow
from competition_app.ui.window.session import EventSession

from ..conftest import PASSWORD
from ..helpers import wait_task


@pytest.fixture(autouse=True)
def cheap_hashes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(users.SCRYPT_PARAMS, "n", 2**4)


def window_for(qtbot: Any, ctx: Context, event_id: int) -> MainWindow:
    w = MainWindow(ctx, event_id)
    qtbot.addWidget(w)
    w.show()
    return w


def test_single_user_database_offers_the_organizer_account(qtbot, ctx, demo_event_id):
    w = window_for(qtbot, ctx, demo_event_id)
    assert w.first_run.isVisible()
    assert "单机模式" in w.first_run.text.text()
    assert "用户" in w.nav.page_texts()
    dialog = w.create_organizer()
    qtbot.addWidget(dialog)
    assert not dialog.role.isEnabled() and dialog.role.currentData() == "organizer"
    dialog.name.setText("张老师")
    dialog.password.setText(PASSWORD)
    dialog.repeat.setText("别的密码")
    dialog.ok_button.click()
    assert "不一致" in dialog.error.text() and not users_exist(ctx.db)
    dialog.repeat.setText(PASSWORD)
    dialog.ok_button.click()
    assert users_exist(ctx.db)
    # logged in as the new organizer: the event is open again, the banner gone
    assert w.ctx.user == "张老师" and w.session is not None
    assert "用户：张老师（赛务管理员）" in w.db_label.text()
    assert not w.first_run.isVisible()
    assert authenticate(ctx.db, "张老师", PASSWORD).user == "张老师"


def test_banner_can_be_dismissed_and_the_users_page_offers_the_same(qtbot, ctx, demo_event_id):
    w = window_for(qtbot, ctx, demo_event_id)
    w.first_run.dismiss()
    assert not w.first_run.isVisible()
    page = w.show_view("users")
    assert isinstance(page, UsersView)
    assert page.single_card.isVisible() and not page.table.isVisible()
    # the offer sits at the top at its own height, its button its own width
    w.resize(1366, 768)
    qtbot.wait(10)
    card = page.single_card
    assert card.height() < page.height() / 3
    assert page.first_button.width() < card.width() / 2
    dialog = page.add()
    qtbot.addWidget(dialog)
    assert dialog.mode == "first"
    dialog.name.setText("张老师")
    dialog.password.setText(PASSWORD)
    dialog.repeat.setText(PASSWORD)
    dialog.ok_button.click()
    assert w.ctx.user == "张老师"
    assert w.current_view().name == "users"
    assert w.views["users"].table.isVisible()


@pytest.fixture
def organizer_page(qtbot, staff, demo_event_id) -> UsersView:
    session = EventSession(staff["organizer"], demo_event_id)
    page = UsersView(session)
    qtbot.addWidget(page)
    page.show()
    page.activate()
    return page


def test_users_page_adds_users_and_changes_roles(qtbot, qtmodeltester, organizer_page, staff):
    page = organizer_page
    qtmodeltester.check(page.model)
    roles = {page.model.row_values(r)[0]: page.model.row_values(r)[1] for r in range(6)}
    assert roles["王裁判"] == "裁判员/记分员" and roles["赵加密"] == "加密裁判"
    dialog = page.add()
    qtbot.addWidget(dialog)
    dialog.name.setText("孙记分")
    dialog.role.setCurrentIndex(dialog.role.findData("judge"))
    dialog.password.setText("短")
    dialog.repeat.setText("短")
    dialog.ok_button.click()
    assert "至少 6 个字符" in dialog.error.text()
    dialog.password.setText(PASSWORD)
    dialog.repeat.setText(PASSWORD)
    dialog.ok_button.click()
    assert "已添加用户“孙记分”（裁判员/记分员）" in page.messages.text()
    assert "孙记分" in [page.model.row_values(r)[0] for r in range(page.model.rowCount())]

    page.select_user("孙记分")
    dialog = page.change_role()
    qtbot.addWidget(dialog)
    dialog.role.setCurrentIndex(dialog.role.findData("chief_judge"))
    dialog.ok_button.click()
    assert "角色已改为裁判长" in page.messages.text()
    assert {u.name: u.role for u in list_users(staff["organizer"])}["孙记分"] == "chief_judge"
    assert page.active_button.text() == "停用"


def test_disable_enable_and_reset_password(qtbot, organizer_page, staff, answers):
    page = organizer_page
    page.select_user("王裁判")
    page.toggle_active()
    assert "已停用“王裁判”" in page.messages.text()
    assert "已停用" in page.model.row_values(
        [page.model.row_values(r)[0] for r in range(page.model.rowCount())].index("王裁判")
    )
    assert page.active_button.text() == "启用"
    with pytest.raises(PermissionDenied):
        authenticate(staff["organizer"].db, "王裁判", PASSWORD)
    page.toggle_active()
    assert "已启用“王裁判”" in page.messages.text()
    dialog = page.reset_password()
    qtbot.addWidget(dialog)
    dialog.password.setText("新的密码7890")
    dialog.repeat.setText("新的密码7890")
    dialog.ok_button.click()
    assert "已重设“王裁判”的密码" in page.messages.text()
    assert authenticate(staff["organizer"].db, "王裁判", "新的密码7890").user == "王裁判"
    # the last organizer cannot be disabled: the service says why, in words
    page.select_user("张老师")
    page.toggle_active()
    assert "至少要保留一名在用的赛务管理员" in page.messages.text()


def test_a_judge_cannot_lock_decrypt_manage_users_or_edit_settings(
    qtbot, staff, demo_event_id, answers
):
    w = window_for(qtbot, staff["judge"], demo_event_id)
    assert "用户：王裁判（裁判员/记分员）" in w.db_label.text()
    assert not w.first_run.isVisible()
    assert "用户" not in w.nav.page_texts()  # the organizer's page is not offered
    results = w.show_view("results")
    wait_task(qtbot, results)
    assert not results.lock_button.isEnabled()
    results.toggle_lock()  # tried anyway (a shortcut): the service refuses, in words
    assert "用户“王裁判”（裁判员/记分员）无权锁定或解锁成绩" in results.messages.text()
    fitter = next(t for t in list_trades(staff["judge"], demo_event_id) if t.code == "fitter")
    assert not fitter.locked

    trades = w.show_view("trades")
    assert not trades.options_button.isEnabled()
    assert trades.banner.isVisible() and "无权修改工种设置" in trades.banner_text.text()
    assert not trades.editor.panel_method.isEnabled()
    assert trades.name_edit.isReadOnly()
    assert trades.open_options() is None
    assert "无权修改工种设置" in trades.messages.text()

    codes = w.show_view("codes")
    assert not codes.generate_button.isEnabled() and not codes.decrypt_button.isEnabled()
    codes.generate()
    assert "无权生成或查看加密号" in codes.messages.text()

    lots = w.show_view("lots")
    assert not lots.draw_button.isEnabled()
    contestants = w.show_view("contestants")
    wait_task(qtbot, contestants)
    assert not contestants.add_button.isEnabled() and not contestants.import_button.isEnabled()
    # but marks may be entered
    scoring = w.show_view("scoring")
    assert scoring.model.may_enter


def test_the_demo_file_asks_for_a_login_once_it_has_users(qtbot, demo_path, monkeypatch):
    from competition_app.storage.database import Database
    from competition_app.ui.common import prompts

    db = Database(demo_path)
    users.add_user(Context(db), "张老师", "organizer", PASSWORD)
    db.dispose()
    asked: list[str] = []

    def login(parent: Any, database: Any) -> Context:
        asked.append(database.display_name())
        users.add_user(Context(database, user="张老师"), "王裁判", "judge", PASSWORD)
        return Context(database, user="王裁判")  # a judge may open it, not build it

    monkeypatch.setattr(prompts, "login", login)
    w = MainWindow(None, None)
    qtbot.addWidget(w)
    task = w.open_demo(demo_path)
    assert task is not None and asked
    qtbot.waitUntil(lambda: task.done, timeout=30_000)
    assert w.session is not None and w.ctx.user == "王裁判"
    monkeypatch.setattr(prompts, "login", lambda parent, database: None)
    assert w.open_demo(demo_path) is None  # cancelled: stays as it was
    assert w.ctx.user == "王裁判"


def test_a_judges_window_has_no_audit_page_and_a_supervisors_has(qtbot, staff, demo_event_id):
    judge = window_for(qtbot, staff["judge"], demo_event_id)
    assert "audit" not in judge.views and "users" not in judge.views
    viewer = window_for(qtbot, staff["viewer"], demo_event_id)
    page = viewer.show_view("audit")
    # the supervisor reads the trail the judge may not
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)


@pytest.mark.parametrize("chief_answers", [True, False], ids=["countersigned", "declined"])
def test_a_restore_that_undoes_a_lock_asks_the_chief_judge(
    qtbot, staff, demo_event_id, monkeypatch, chief_answers
):
    from competition_app.domain.errors import UserError
    from competition_app.services.backup.backups import backup_now
    from competition_app.services.results.locking import lock_trade
    from competition_app.ui.backup import restore_dialog
    from competition_app.ui.common import prompts

    w = window_for(qtbot, staff["organizer"], demo_event_id)
    qtbot.waitUntil(lambda: w.backups.task is not None and w.backups.task.done)
    before_lock = backup_now(staff["organizer"], w.backups.folder)
    locked = None
    for trade in list_trades(staff["chief_judge"], demo_event_id):
        try:
            lock_trade(staff["chief_judge"], trade.id)
        except UserError:
            continue  # not lockable yet (marks missing): another one will do
        locked = trade
        break
    assert locked is not None
    asked: list[str] = []

    def countersign(parent: Any, text: str) -> tuple[str, str] | None:
        asked.append(text)
        return ("李裁判长", PASSWORD) if chief_answers else None

    monkeypatch.setattr(prompts, "countersign", countersign)
    monkeypatch.setattr(restore_dialog, "_confirm", lambda *a: True)
    monkeypatch.setattr("competition_app.ui.backup.backup_control.show_user_error", lambda *a: None)
    dialog = w.restore_backup()
    qtbot.addWidget(dialog)
    row = next(
        r for r in range(dialog.model.rowCount()) if dialog.model.payload(r) == before_lock.path
    )
    dialog.table.selectRow(row)
    dialog.restore_button.click()
    assert asked and locked.name in asked[0]
    still_locked = next(t for t in list_trades(w.ctx, demo_event_id) if t.id == locked.id).locked
    if chief_answers:
        assert not still_locked and "已从备份恢复" in w.statusBar().currentMessage()
    else:
        assert still_locked and "未能恢复" in w.statusBar().currentMessage()
