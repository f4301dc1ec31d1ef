"""The main window: side navigation over the event's pages, the welcome screen, menus, status bar."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from competition_app.domain.errors import UserError
from competition_app.services.context import Context
from competition_app.services.demo import build_demo_event
from competition_app.services.events import list_events
from competition_app.storage.database import Database
from competition_app.ui import preferences, prompts
from competition_app.ui.backup_control import BackupControl
from competition_app.ui.crash_reporting import log_dir, show_user_error
from competition_app.ui.icons import app_icon, nav_icon
from competition_app.ui.new_event_wizard import NewEventWizard
from competition_app.ui.session import EventSession
from competition_app.ui.settings_dialog import SettingsDialog
from competition_app.ui.translation import current_language
from competition_app.ui.view_base import View
from competition_app.ui.welcome_view import WelcomeView
from competition_app.ui.workers import Task, run_task

APP_TITLE_SOURCE = "职业技能大赛赛务系统"


def demo_database_path() -> Path:
    """The demo event lives in its own file, so trying it never touches a real event."""
    from platformdirs import user_data_dir

    return Path(user_data_dir("competition-app", appauthor=False)) / "demo.db"


def login_context(db: Database, parent: QWidget | None = None) -> Context | None:
    """A Context for `db`: single-user when it has no users, else after logging in (None when
    the user cancelled)."""
    from competition_app.services.users import users_exist

    if not users_exist(db):
        return Context(db)
    ctx = prompts.login(parent, db)
    return ctx if isinstance(ctx, Context) else None


def _view_factories() -> list[tuple[str, Callable[[EventSession, QWidget], View]]]:
    """The pages in navigation order. A module may replace a page by providing the same class
    name (PrintingView in printing_view.py is the one meant to be replaced)."""
    from competition_app.ui.audit_view import AuditView
    from competition_app.ui.contestants_view import ContestantsView
    from competition_app.ui.event_view import EventView
    from competition_app.ui.judges_view import JudgesView
    from competition_app.ui.printing_view import PrintingView
    from competition_app.ui.results_view import ResultsView
    from competition_app.ui.scoring_view import ScoringView
    from competition_app.ui.teams_view import TeamsView
    from competition_app.ui.trades_view import TradesView

    return [
        ("event", EventView),
        ("trades", TradesView),
        ("contestants", ContestantsView),
        ("judges", JudgesView),
        ("scoring", ScoringView),
        ("results", ResultsView),
        ("teams", TeamsView),
        ("printing", PrintingView),
        ("audit", AuditView),
    ]


class MainWindow(QMainWindow):
    """One window over one database and (at most) one open event.

    Signals:
        language_changed(str): the user picked another interface language; the application
            rebuilds the window in it.
    """

    language_changed = Signal(str)

    def __init__(
        self, ctx: Context | None = None, event_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.session: EventSession | None = None
        self.views: dict[str, View] = {}
        self.demo_task: Task | None = None
        self.setWindowIcon(app_icon())
        self.setMinimumSize(QSize(1024, 640))
        self.backups = BackupControl(self)
        self.backups.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.backups.restored.connect(self._restored)
        self._build()
        self._build_menus()
        if not preferences.restore_window(self):
            self.resize(1280, 800)
        if ctx is not None and event_id is not None:
            self.open_event(event_id)
        else:
            self.show_welcome()

    # -- building -----------------------------------------------------------------------------------
    def nav_labels(self) -> dict[str, str]:
        return {
            "event": self.tr("赛事"),
            "trades": self.tr("工种"),
            "contestants": self.tr("选手"),
            "judges": self.tr("裁判"),
            "scoring": self.tr("评分"),
            "results": self.tr("成绩"),
            "teams": self.tr("团体"),
            "printing": self.tr("打印"),
            "audit": self.tr("审计"),
        }

    def _build(self) -> None:
        central = QWidget()
        lay = QHBoxLayout(central)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        self.nav_panel = QWidget()
        self.nav_panel.setFixedWidth(170)
        self.nav_panel.setStyleSheet("background: #1e293b;")
        nl = QVBoxLayout(self.nav_panel)
        nl.setContentsMargins(0, 0, 0, 0)
        nl.setSpacing(0)
        brand = QLabel(self.tr("赛务系统"))
        brand.setObjectName("NavBrand")
        self.nav_event = QLabel()
        self.nav_event.setObjectName("NavEvent")
        self.nav_event.setWordWrap(True)
        self.nav = QListWidget()
        self.nav.setObjectName("Navigation")
        self.nav.setIconSize(QSize(18, 18))
        self.nav.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.nav.currentRowChanged.connect(self._nav_changed)
        nl.addWidget(brand)
        nl.addWidget(self.nav_event)
        nl.addWidget(self.nav, 1)
        self.stack = QStackedWidget()
        self.welcome = WelcomeView()
        self.stack.addWidget(self.welcome)
        lay.addWidget(self.nav_panel)
        lay.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.db_label = QLabel()
        self.statusBar().addPermanentWidget(self.db_label)
        self.welcome.new_event_requested.connect(self.new_event)
        self.welcome.demo_requested.connect(self.open_demo)
        self.welcome.open_database_requested.connect(lambda: self.open_database())
        self.welcome.recent_chosen.connect(self.open_database)
        self.welcome.event_chosen.connect(self.open_event)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("文件(&F)"))
        file_menu.addAction(self.tr("新建赛事…"), QKeySequence.StandardKey.New, self.new_event)
        file_menu.addAction(
            self.tr("打开数据库…"), QKeySequence.StandardKey.Open, lambda: self.open_database()
        )
        file_menu.addAction(self.tr("打开演示赛事"), self.open_demo)
        self.recent_menu = file_menu.addMenu(self.tr("最近打开"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addSeparator()
        self.backup_action = file_menu.addAction(self.tr("立即备份"), self.backup_now)
        self.restore_action = file_menu.addAction(self.tr("从备份恢复…"), self.restore_backup)
        file_menu.addSeparator()
        self.close_event_action = file_menu.addAction(
            self.tr("关闭赛事，回到首页"), self.close_event
        )
        file_menu.addSeparator()
        file_menu.addAction(self.tr("退出"), QKeySequence.StandardKey.Quit, self.close)
        self.view_menu = bar.addMenu(self.tr("视图(&V)"))
        self.nav_actions: list[QAction] = []
        for i, (name, label) in enumerate(self.nav_labels().items()):
            act = self.view_menu.addAction(label, lambda n=name: self.show_view(n))
            act.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            self.nav_actions.append(act)
        find = QAction(self.tr("查找"), self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(self.focus_search)
        self.addAction(find)
        settings = bar.addMenu(self.tr("设置(&S)"))
        settings.addAction(self.tr("界面语言…"), self.open_settings)
        help_menu = bar.addMenu(self.tr("帮助(&H)"))
        help_menu.addAction(self.tr("打开日志文件夹"), self.open_log_folder)
        help_menu.addAction(self.tr("关于"), self.about)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for path in preferences.recent_files():
            self.recent_menu.addAction(path, lambda p=path: self.open_database(p))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(self.tr("（暂无）")).setEnabled(False)

    # -- navigation ---------------------------------------------------------------------------------
    def _nav_changed(self, row: int) -> None:
        if row < 0 or not self.views:
            return
        name = list(self.views)[row]
        view = self.views[name]
        self.stack.setCurrentWidget(view)
        view.activate()

    def show_view(self, name: str) -> View | None:
        if name not in self.views:
            return None
        self.nav.setCurrentRow(list(self.views).index(name))
        return self.views[name]

    def focus_search(self) -> None:
        view = self.current_view()
        box = view.search_box() if view is not None else None
        if box is not None:
            box.setFocus()
            box.selectAll()

    def may_leave(self) -> bool:
        """Ask before unsaved edits (rules being edited) would be lost."""
        unsaved = [v for v in self.views.values() if v.has_unsaved_changes()]
        if not unsaved:
            return True
        return prompts.confirm(
            self, self.tr("未保存的修改"), self.tr("“工种”页有未保存的规则修改，放弃这些修改？")
        )

    def close_event(self) -> None:
        if self.may_leave():
            self.show_welcome()

    def current_view(self) -> View | None:
        widget = self.stack.currentWidget()
        return widget if isinstance(widget, View) else None

    def show_welcome(self) -> None:
        self._close_event()
        events = list_events(self.ctx) if self.ctx is not None else []
        self.welcome.set_state(
            self.ctx.db.display_name() if self.ctx else "", events, preferences.recent_files()
        )
        self.stack.setCurrentWidget(self.welcome)
        self.nav_panel.hide()
        self.view_menu.setEnabled(False)
        self.close_event_action.setEnabled(False)
        self._update_titles()

    # -- opening --------------------------------------------------------------------------------------
    def open_database(self, path: str | Path | None = None) -> bool:
        if path is None:
            chosen = prompts.open_file(self, self.tr("打开赛事数据库"), prompts.database_filters())
            if chosen is None:
                return False
            path = chosen
        if "://" not in str(path) and not Path(path).exists():
            preferences.remove_recent_file(str(path))
            self.statusBar().showMessage(self.tr("文件不存在：%1").replace("%1", str(path)), 6000)
            self.show_welcome()
            return False
        try:
            db = Database(path)
        except UserError as e:
            show_user_error(self, e)
            return False
        ctx = login_context(db, self)
        if ctx is None:
            db.dispose()
            return False
        self._set_context(ctx)
        events = list_events(self.ctx) if self.ctx else []
        if len(events) == 1:
            self.open_event(events[0].id)
        else:
            self.show_welcome()
        return True

    def _set_context(self, ctx: Context) -> None:
        self._close_event()
        if self.ctx is not None and self.ctx.db is not ctx.db:
            self.ctx.db.dispose()
        self.ctx = ctx
        self.backups.attach(ctx)
        if ctx.db.path is not None:
            preferences.add_recent_file(ctx.db.path)

    def open_event(self, event_id: int) -> None:
        assert self.ctx is not None
        self._close_event()
        if self.ctx.db.path is not None:
            preferences.add_recent_file(self.ctx.db.path)
        try:
            self.session = EventSession(self.ctx, event_id, self)
        except UserError as e:
            show_user_error(self, e)
            self.show_welcome()
            return
        self.session.start_polling()
        labels = self.nav_labels()
        self.nav.blockSignals(True)
        self.nav.clear()
        for name, factory in _view_factories():
            view = factory(self.session, self.stack)
            view.name = name
            self.views[name] = view
            self.stack.addWidget(view)
            self.nav.addItem(QListWidgetItem(nav_icon(name), labels.get(name, name)))
        self.nav.blockSignals(False)
        self.nav_panel.show()
        self.view_menu.setEnabled(True)
        self.close_event_action.setEnabled(True)
        self._update_titles()
        if self.backups.scheduler is None or self.backups.scheduler.ctx is not self.ctx:
            self.backups.attach(self.ctx)
        self.backups.event_opened()
        self.show_view(str(preferences.app_settings().value("window/view", "event")))
        if self.nav.currentRow() < 0:
            self.show_view("event")

    def _close_event(self) -> None:
        if self.session is None:
            return
        current = self.current_view()
        if current is not None:
            preferences.app_settings().setValue("window/view", current.name)
        for view in self.views.values():
            view.save_state()
            self.stack.removeWidget(view)
            view.deleteLater()
        self.views.clear()
        self.nav.clear()
        self.session.deleteLater()
        self.session = None

    def _update_titles(self) -> None:
        app = self.tr("职业技能大赛赛务系统")
        if self.session is not None:
            ev = self.session.event_info
            self.setWindowTitle(f"{ev.name} — {app}")
            self.nav_event.setText(ev.name)
        else:
            self.setWindowTitle(app)
            self.nav_event.clear()
        db = self.ctx.db.display_name() if self.ctx else ""
        text = self.tr("数据库：%1").replace("%1", db) if db else ""
        if self.ctx is not None and self.ctx.user:
            text = self.tr("用户：%1").replace("%1", self.ctx.user) + "  ·  " + text
        self.db_label.setText(text)
        self.db_label.setToolTip(db)

    # -- actions ----------------------------------------------------------------------------------------
    def new_event(self) -> NewEventWizard | None:
        if self.ctx is None:
            return None
        wizard = NewEventWizard(self.ctx, self)
        wizard.accepted.connect(
            lambda: wizard.event_id is not None and self.open_event(wizard.event_id)
        )
        self.wizard = wizard
        wizard.open()
        return wizard

    def open_demo(self, path: Path | None = None) -> Task:
        target = path or demo_database_path()

        def work(progress: Any) -> tuple[Database, int]:
            db = Database(target)
            return db, build_demo_event(Context(db))

        def done(result: tuple[Database, int]) -> None:
            db, event_id = result
            ctx = login_context(db, self)
            if ctx is None:
                db.dispose()
                return
            self._set_context(ctx)
            self.open_event(event_id)

        self.demo_task = run_task(
            self,
            work,
            done,
            label=self.tr("正在准备演示赛事……"),
            on_error=lambda e: show_user_error(self, e),
        )  # type: ignore[arg-type]
        return self.demo_task

    def backup_now(self) -> Task | None:
        if self.ctx is None or self.ctx.db.path is None:
            self.statusBar().showMessage(self.tr("只有 SQLite 数据库文件可以由本程序备份"), 6000)
            return None
        return self.backups.backup_now(self.ctx)

    def restore_backup(self) -> QWidget | None:
        if self.ctx is None or self.ctx.db.path is None or not self.may_leave():
            return None
        dialog = self.backups.restore_dialog(self.ctx)
        self.restore_dialog = dialog
        dialog.open()
        return dialog

    def _restored(self, ctx: Context) -> None:
        event_id = self.session.event_id if self.session is not None else None
        self._close_event()
        self.ctx = ctx
        self.backups.attach(ctx)
        events = {e.id for e in list_events(ctx)}
        if event_id in events:
            self.open_event(event_id)
        else:
            self.show_welcome()

    def open_settings(self) -> SettingsDialog:
        from competition_app.settings import save_settings

        dialog = SettingsDialog(self, save=save_settings)
        before = current_language()

        def accepted() -> None:
            dialog.apply()
            # the language is kept in the settings file that apply() just wrote
            if current_language() != before:
                self.language_changed.emit(current_language())

        dialog.accepted.connect(accepted)
        self.settings_dialog = dialog
        dialog.open()
        return dialog

    def open_log_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_dir())))

    def about(self) -> QWidget:
        from competition_app.ui.about_dialog import AboutDialog
        from competition_app.ui.crash_reporting import LOG_FILE_NAME

        dialog = AboutDialog(
            data_path=self.ctx.db.display_name() if self.ctx else "",
            log_path=log_dir() / LOG_FILE_NAME,
            parent=self,
        )
        self.about_dialog = dialog
        dialog.open()
        return dialog

    # -- state ------------------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.may_leave():
            event.ignore()
            return
        current = self.current_view()
        if current is not None:
            preferences.app_settings().setValue("window/view", current.name)
        for view in self.views.values():
            view.save_state()
        preferences.save_window(self)
        super().closeEvent(event)
