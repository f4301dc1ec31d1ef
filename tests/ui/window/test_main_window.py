"""The main window: welcome screen, navigation, titles, new-event wizard, language, state."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication

from competition_app.services.context import Context
from competition_app.services.registration.judges import list_judges
from competition_app.services.setup.events import list_events
from competition_app.services.setup.trades import list_trades
from competition_app.storage.database import Database
from competition_app.ui.setup.new_event_wizard import NewEventWizard
from competition_app.ui.window import opening, preferences
from competition_app.ui.window.main_window import MainWindow
from competition_app.ui.window.translation import current_language, install_translators

from ..helpers import wait_task

NAV_ZH = [
    "赛事",
    "工种",
    "选手",
    "裁判",
    "裁判分工",
    "抽签",
    "检录",
    "加密",
    "评分",
    "成绩",
    "申诉",
    "团体",
    "打印",
    "审计",
    "用户",
]


@pytest.fixture
def window(qtbot: Any, ctx: Context, demo_event_id: int) -> MainWindow:
    w = MainWindow(ctx, demo_event_id)
    qtbot.addWidget(w)
    w.show()
    return w


def w_pages() -> list[str]:
    names = [
        "trades",
        "contestants",
        "judges",
        "assignments",
        "lots",
        "checkin",
        "codes",
        "scoring",
        "results",
        "appeals",
        "teams",
        "printing",
        "audit",
        "users",
    ]
    return [*names, "event"]


def nav_texts(w: MainWindow) -> list[str]:
    return w.nav.page_texts()


def test_navigation_titles_and_status_bar(qtbot, window, demo_path, ctx, demo_event_id):
    assert nav_texts(window) == NAV_ZH
    assert window.windowTitle().startswith("2022年江北区")
    assert window.windowTitle().endswith("职业技能大赛赛务系统")
    assert str(demo_path) in window.db_label.text()
    for name in w_pages():
        view = window.show_view(name)
        assert window.stack.currentWidget() is view
        assert view.isVisible()
    wait_task(qtbot, window.views["event"])
    page = window.views["event"]
    assert page.figures["contestants"].text() == "240"
    assert page.figures["judges"].text() == str(len(list_judges(ctx, demo_event_id)))
    presets = sorted({t.preset for t in list_trades(ctx, demo_event_id) if t.preset})
    assert presets and page.presets_note.text().startswith("规则预设：")
    assert [p.split(" — ")[0] for p in page.presets_note.text()[5:].split("；")] == presets
    assert "打印" in window.views["printing"].title_label.text()


def test_view_shortcuts_and_remembered_state(qtbot, window, ctx, demo_event_id):
    wait_task(qtbot, window.show_view("contestants"))
    window.views["contestants"].table.setColumnWidth(1, 123)
    window.nav_actions[4].trigger()
    assert window.current_view().name == "scoring"
    window.resize(1100, 700)
    window.close()
    again = MainWindow(ctx, demo_event_id)
    qtbot.addWidget(again)
    assert again.current_view().name == "scoring"
    # the offscreen screen is small, so only check that the geometry was kept and restored
    assert not preferences.app_settings().value("window/geometry").isEmpty()
    assert preferences.restore_window(again)
    wait_task(qtbot, again.show_view("contestants"))
    assert again.views["contestants"].table.columnWidth(1) == 123


def test_welcome_screen_without_an_event(qtbot, ctx, demo_path):
    w = MainWindow(ctx, None)
    qtbot.addWidget(w)
    w.show()
    assert w.stack.currentWidget() is w.welcome
    assert not w.nav_panel.isVisible()
    assert w.welcome.events.count() == 1
    assert "演示" in w.welcome.events.item(0).text()
    w.welcome.events.itemActivated.emit(w.welcome.events.item(0))
    assert w.current_view() is not None and w.nav_panel.isVisible()
    w.show_welcome()
    assert w.stack.currentWidget() is w.welcome
    assert str(demo_path) in w.welcome.recent.item(0).text()


def test_open_database_and_recent_files(qtbot, tmp_path, demo_path, answers):
    w = MainWindow(None, None)
    qtbot.addWidget(w)
    w.show()
    answers["open"] = demo_path
    assert w.open_database()
    assert w.session is not None  # one event: opened at once
    assert preferences.recent_files()[0] == str(demo_path.resolve())
    empty = tmp_path / "empty.db"
    assert w.open_database(empty) is False  # no such file: nothing created behind the user's back
    Database(empty).dispose()
    assert w.open_database(empty)
    assert w.session is None and w.stack.currentWidget() is w.welcome
    assert w.welcome.events.count() == 1  # the "no events yet" line


def test_new_event_wizard_creates_an_event_from_presets(qtbot, tmp_path):
    ctx = Context(Database(tmp_path / "new.db"))
    try:
        w = MainWindow(ctx, None)
        qtbot.addWidget(w)
        w.show()
        wizard = w.new_event()
        assert isinstance(wizard, NewEventWizard)
        qtbot.addWidget(wizard)
        assert not wizard.button(wizard.WizardButton.NextButton).isEnabled()
        wizard.event_page.name.setText("2024年江北区职业技能大赛")
        wizard.event_page.organizer.setText("江北区人社局")
        assert wizard.button(wizard.WizardButton.NextButton).isEnabled()
        wizard.next()
        assert wizard.currentPage() is wizard.trades_page
        assert not wizard.trades_page.isComplete()
        wizard.trades_page.add_trade("fitter", "钳工", "cn-provincial", "职工组、学生组")
        wizard.trades_page.add_trade("electrician", "电工", "cn-electrician")
        wizard.trades_page.add_trade("fitter", "钳工二", "cn-fixed")  # code made unique
        assert wizard.trades_page.isComplete()
        wizard.next()
        assert "钳工 fitter（职工组、学生组）" in wizard.summary_page.text.text()
        wizard.button(wizard.WizardButton.FinishButton).click()
        assert wizard.event_id is not None
        events = list_events(ctx)
        assert [e.name for e in events] == ["2024年江北区职业技能大赛"]
        trades = list_trades(ctx, events[0].id)
        assert [(t.code, t.preset, t.groups) for t in trades] == [
            ("fitter", "cn-provincial", ("职工组", "学生组")),
            ("electrician", "cn-electrician", ()),
            ("fitter2", "cn-fixed", ()),
        ]
        assert [str(c.weight) for c in trades[1].rules.components] == ["0.4", "0.6"]
        assert w.session is not None and w.session.event_id == events[0].id
        assert "2024年江北区职业技能大赛" in w.windowTitle()
    finally:
        ctx.db.dispose()


def test_wizard_refuses_bad_trade_rows(qtbot, tmp_path):
    ctx = Context(Database(tmp_path / "new.db"))
    try:
        wizard = NewEventWizard(ctx)
        qtbot.addWidget(wizard)
        page = wizard.trades_page
        page.add_trade("a b", "", "cn-provincial")
        assert not page.isComplete()
        problems = page.problems()
        assert any("字母" in p for p in problems) and any("名称为空" in p for p in problems)
    finally:
        ctx.db.dispose()


def test_open_demo_builds_it_in_its_own_file(qtbot, tmp_path):
    w = MainWindow(None, None)
    qtbot.addWidget(w)
    task = w.open_demo(tmp_path / "demo.db")
    qtbot.waitUntil(lambda: task.done, timeout=30_000)
    assert w.session is not None
    assert "演示" in w.session.event_info.name
    assert w.ctx.db.path == (tmp_path / "demo.db").resolve()


def test_language_switch_to_english_and_back(qtbot, window, monkeypatch):
    changed: list[str] = []
    window.language_changed.connect(changed.append)
    dialog = window.open_settings()
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.accept()
    assert changed == ["en"] and current_language() == "en"
    assert install_translators("en")
    assert QCoreApplication.translate("MainWindow", "成绩") == "Results"
    english = MainWindow(window.ctx, window.session.event_id)
    qtbot.addWidget(english)
    assert nav_texts(english) == [
        "Event",
        "Trades",
        "Contestants",
        "Judges",
        "Assignments",
        "Lots",
        "Check-in",
        "Blind codes",
        "Scoring",
        "Results",
        "Appeals",
        "Teams",
        "Printing",
        "Audit",
        "Users",
    ]
    assert english.views["scoring"].title_label.text() == "Score entry"
    install_translators("zh_CN")
    assert QCoreApplication.translate("MainWindow", "成绩") == "成绩"


def test_demo_database_path_is_outside_the_real_one():
    assert opening.demo_database_path().name == "demo.db"
    assert isinstance(opening.demo_database_path(), Path)


def test_a_database_with_users_asks_for_a_login(qtbot, tmp_path, demo_path, monkeypatch):
    from competition_app.services.integrity.users import add_user
    from competition_app.ui.common import prompts
    from competition_app.ui.window.login_dialog import LoginDialog

    db = Database(demo_path)
    add_user(Context(db), "张老师", "organizer", "正确的密码1")
    db.dispose()
    dialogs: list[LoginDialog] = []

    def login(parent: Any, database: Database) -> Any:
        dialog = LoginDialog(database, parent)
        qtbot.addWidget(dialog)
        dialogs.append(dialog)
        dialog.name.setText("张老师")
        dialog.password.setText("错的")
        dialog.ok_button.click()
        assert "不正确" in dialog.error.text() and dialog.ctx is None
        dialog.password.setText("正确的密码1")
        dialog.ok_button.click()
        return dialog.ctx

    monkeypatch.setattr(prompts, "login", login)
    w = MainWindow(None, None)
    qtbot.addWidget(w)
    assert w.open_database(demo_path)
    assert w.ctx.user == "张老师"
    assert "用户：张老师" in w.db_label.text()
    monkeypatch.setattr(prompts, "login", lambda parent, database: None)
    assert not w.open_database(demo_path)  # cancelled: stays as it was
    assert w.ctx.user == "张老师"


def test_unsaved_rules_are_not_lost_silently(qtbot, window, answers):
    trades = window.show_view("trades")
    trades.editor.components.setData(trades.editor.components.index(0, 1), "理论")
    assert trades.has_unsaved_changes()
    answers["confirm"] = False
    window.close_event()
    assert window.session is not None
    assert "未保存" in answers["asked"][-1]
    answers["confirm"] = True
    window.close_event()
    assert window.session is None


def test_ctrl_f_goes_to_the_search_box(qtbot, window):
    view = window.show_view("contestants")
    window.focus_search()
    assert view.search_box() is view.search
    scoring = window.show_view("scoring")
    assert scoring.search_box() is scoring.find_edit


def test_about_shows_where_the_data_and_logs_are(qtbot, window, demo_path):
    dialog = window.about()
    qtbot.addWidget(dialog)
    assert str(demo_path) in dialog.path_labels["data"].text()
    assert "competition-app.log" in dialog.path_labels["logs"].text()


def test_backups_on_opening_on_request_and_restore(
    qtbot, window, ctx, demo_event_id, answers, tmp_path, monkeypatch
):
    from competition_app.services.backup.backups import list_backups
    from competition_app.services.registration.contestants import list_contestants
    from competition_app.settings import load_settings
    from competition_app.ui.backup import restore_dialog

    folder = load_settings().backup_dir
    assert folder == tmp_path / "data" / "backups"
    qtbot.waitUntil(lambda: window.backups.task is not None and window.backups.task.done)
    assert [b.reason for b in list_backups(window.ctx.db.path, folder)] == ["open"]
    task = window.backup_now()
    qtbot.waitUntil(lambda: task.done)
    assert "已备份（手动）" in window.statusBar().currentMessage()
    # something changes after the backup, then the backup is restored
    contestants = window.show_view("contestants")
    wait_task(qtbot, contestants)
    contestants.select_number("1001")
    contestants.delete_selected()
    assert len(list_contestants(window.ctx, demo_event_id)) == 239
    monkeypatch.setattr(restore_dialog, "_confirm", lambda *a: True)
    dialog = window.restore_backup()
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 2
    dialog.table.selectRow(0)  # the manual one, newest first
    dialog.restore_button.click()
    assert len(list_contestants(window.ctx, demo_event_id)) == 240
    assert window.session is not None and window.session.event_id == demo_event_id
    assert "已从备份恢复" in window.statusBar().currentMessage()
