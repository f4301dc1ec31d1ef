"""The main window's menu bar, and the settings and about dialogs its menus open."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

from competition_app.ui.window.navigation import SHORTCUT_PAGES, page_labels
from competition_app.ui.window.settings_dialog import SettingsDialog
from competition_app.ui.window.translation import current_language

if TYPE_CHECKING:
    from competition_app.ui.window.about_dialog import AboutDialog
    from competition_app.ui.window.main_window import MainWindow
    from competition_app.ui.window.manual_dialog import ManualDialog


def _t(text: str) -> str:
    # the window's own context, so these share the translations of MainWindow.tr()
    return QCoreApplication.translate("MainWindow", text)


def build_menus(w: MainWindow) -> None:
    """File, View (every page, Ctrl+1 ... Ctrl+9), Settings and Help."""
    bar = w.menuBar()
    file_menu = bar.addMenu(_t("文件(&F)"))
    file_menu.addAction(_t("新建赛事…"), QKeySequence.StandardKey.New, w.new_event)
    file_menu.addAction(_t("打开数据库…"), QKeySequence.StandardKey.Open, lambda: w.open_database())
    file_menu.addAction(_t("打开演示赛事"), w.open_demo)
    w.recent_menu = file_menu.addMenu(_t("最近打开"))
    w.recent_menu.aboutToShow.connect(w._fill_recent_menu)
    file_menu.addSeparator()
    w.backup_action = file_menu.addAction(_t("立即备份"), w.backup_now)
    w.restore_action = file_menu.addAction(_t("从备份恢复…"), w.restore_backup)
    file_menu.addSeparator()
    w.close_event_action = file_menu.addAction(_t("关闭赛事，回到首页"), w.close_event)
    w.switch_user_action = file_menu.addAction(_t("切换用户 / 注销…"), w.switch_user)
    w.switch_user_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
    file_menu.addSeparator()
    file_menu.addAction(_t("退出"), QKeySequence.StandardKey.Quit, w.close)
    w.view_menu = bar.addMenu(_t("视图(&V)"))
    w.nav_actions = []
    w.page_actions = {}
    for name, label in page_labels().items():
        act = w.view_menu.addAction(label, lambda n=name: w.show_view(n))
        w.page_actions[name] = act
        if name in SHORTCUT_PAGES:
            act.setShortcut(QKeySequence(f"Ctrl+{SHORTCUT_PAGES.index(name) + 1}"))
            w.nav_actions.append(act)
    w.view_menu.addSeparator()
    w.view_menu.addAction(_t("大屏显示…"), lambda: _open_scoreboard(w))
    find = QAction(_t("查找"), w)
    find.setShortcut(QKeySequence.StandardKey.Find)
    find.triggered.connect(w.focus_search)
    w.addAction(find)
    settings = bar.addMenu(_t("设置(&S)"))
    settings.addAction(_t("选项（语言、字体、数据与备份）…"), w.open_settings)
    help_menu = bar.addMenu(_t("帮助(&H)"))
    w.manual_action = help_menu.addAction(
        _t("使用手册"), QKeySequence.StandardKey.HelpContents, lambda: open_manual_dialog(w)
    )
    help_menu.addAction(_t("打开日志文件夹"), w.open_log_folder)
    help_menu.addAction(_t("关于"), w.about)


def _open_scoreboard(w: MainWindow) -> None:
    from competition_app.ui.scoreboard.board_dialog import open_scoreboard

    open_scoreboard(w)


def open_settings_dialog(w: MainWindow) -> SettingsDialog:
    """The settings of this computer (language, font, data and backup folders); a new language
    rebuilds the window."""
    from competition_app.settings import load_settings, save_settings

    before = current_language()
    dialog = SettingsDialog(
        w, settings=replace(load_settings(), language=before), save=save_settings
    )

    def accepted() -> None:
        dialog.apply()
        # the language is kept in the settings file that apply() just wrote
        if current_language() != before:
            w.language_changed.emit(current_language())

    dialog.accepted.connect(accepted)
    w.settings_dialog = dialog
    dialog.open()
    return dialog


def open_manual_dialog(w: MainWindow) -> ManualDialog:
    """The manual in the window's language (a new language rebuilds the window, and the dialog
    with it); one dialog, raised again when already open."""
    from competition_app.ui.window.manual_dialog import ManualDialog

    dialog = getattr(w, "manual_dialog", None)
    if not isinstance(dialog, ManualDialog):
        dialog = ManualDialog(current_language(), w)
        w.manual_dialog = dialog
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog


def open_about_dialog(w: MainWindow) -> AboutDialog:
    from competition_app.settings import settings_path
    from competition_app.ui.window.about_dialog import AboutDialog
    from competition_app.ui.window.crash_reporting import LOG_FILE_NAME, log_dir

    dialog = AboutDialog(
        data_path=w.ctx.db.display_name() if w.ctx else "",
        log_path=log_dir() / LOG_FILE_NAME,
        backup_dir=w.backups.folder,
        settings_path=settings_path(),
        parent=w,
    )
    w.about_dialog = dialog
    dialog.open()
    return dialog


def _strings() -> None:  # pragma: no cover - read by pyside6-lupdate
    for text in (
        QCoreApplication.translate("MainWindow", "文件(&F)"),
        QCoreApplication.translate("MainWindow", "新建赛事…"),
        QCoreApplication.translate("MainWindow", "打开数据库…"),
        QCoreApplication.translate("MainWindow", "打开演示赛事"),
        QCoreApplication.translate("MainWindow", "最近打开"),
        QCoreApplication.translate("MainWindow", "立即备份"),
        QCoreApplication.translate("MainWindow", "从备份恢复…"),
        QCoreApplication.translate("MainWindow", "关闭赛事，回到首页"),
        QCoreApplication.translate("MainWindow", "切换用户 / 注销…"),
        QCoreApplication.translate("MainWindow", "退出"),
        QCoreApplication.translate("MainWindow", "视图(&V)"),
        QCoreApplication.translate("MainWindow", "查找"),
        QCoreApplication.translate("MainWindow", "大屏显示…"),
        QCoreApplication.translate("MainWindow", "设置(&S)"),
        QCoreApplication.translate("MainWindow", "选项（语言、字体、数据与备份）…"),
        QCoreApplication.translate("MainWindow", "帮助(&H)"),
        QCoreApplication.translate("MainWindow", "使用手册"),
        QCoreApplication.translate("MainWindow", "打开日志文件夹"),
        QCoreApplication.translate("MainWindow", "关于"),
    ):
        del text
