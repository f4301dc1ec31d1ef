"""The main window: side navigation over the event's pages, the welcome screen, menus, status bar.

Importing this module does not import the database layer (SQLAlchemy and the models take longer
to import than the whole window takes to show): the window is shown first and opens its
database after (ui/window/application.py), so the services are imported where they are called.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QDesktopServices
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from competition_app.domain.errors import UserError
from competition_app.ui.backup.backup_control import BackupControl
from competition_app.ui.common import prompts
from competition_app.ui.common.icons import app_icon
from competition_app.ui.common.view_base import View
from competition_app.ui.common.workers import Task
from competition_app.ui.window import preferences
from competition_app.ui.window.crash_reporting import log_dir, show_user_error, user_error_text
from competition_app.ui.window.lazy_pages import LazyPages
from competition_app.ui.window.navigation import NavPanel, pages
from competition_app.ui.window.session import EventSession
from competition_app.ui.window.user_banner import FirstRunBanner
from competition_app.ui.window.welcome_view import WelcomeView
from competition_app.ui.window.window_menus import (
    build_menus,
    open_about_dialog,
    open_settings_dialog,
)

if TYPE_CHECKING:
    from competition_app.services.context import Context
    from competition_app.services.setup.events import EventInfo
    from competition_app.ui.integrity.user_dialog import UserDialog
    from competition_app.ui.setup.new_event_wizard import NewEventWizard
    from competition_app.ui.window.settings_dialog import SettingsDialog

APP_TITLE_SOURCE = "职业技能大赛赛务系统"


def _events(ctx: Context | None) -> list[EventInfo]:
    if ctx is None:
        return []
    from competition_app.services.setup.events import list_events

    return list_events(ctx)


def _has_users(ctx: Context | None) -> bool:
    if ctx is None:
        return False
    from competition_app.services.integrity.users import users_exist

    return users_exist(ctx.db)


FIRST_SIZE = QSize(1280, 800)
TITLE_BAR = 40  # the window manager's frame above the client area, not known before it is shown


def first_window_size(available: QSize | None) -> QSize:
    """The window's size on its first start: 1280×800, but within the screen's free area, so a
    1366×768 laptop shows the status bar too (its title bar and taskbar take the rest)."""
    if available is None or available.isEmpty():
        return FIRST_SIZE
    return FIRST_SIZE.boundedTo(QSize(available.width(), available.height() - TITLE_BAR))


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
        self.views = LazyPages()
        self.demo_task: Task | None = None
        self.setWindowIcon(app_icon())
        self.setMinimumSize(QSize(1024, 640))
        self.backups = BackupControl(self)
        self.backups.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.backups.restored.connect(self._restored)
        self._build()
        build_menus(self)
        if not preferences.restore_window(self):
            screen = self.screen()
            self.resize(first_window_size(screen.availableGeometry().size() if screen else None))
        if ctx is not None and event_id is not None:
            self.open_event(event_id)
        else:
            self.show_welcome()

    # -- building -----------------------------------------------------------------------------------
    def _build(self) -> None:
        central = QWidget()
        lay = QHBoxLayout(central)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        self.nav_panel = NavPanel()
        self.nav, self.nav_event = self.nav_panel.nav, self.nav_panel.event_label
        self.nav.page_chosen.connect(self._nav_changed)
        self.stack = QStackedWidget()
        self.welcome = WelcomeView()
        self.stack.addWidget(self.welcome)
        self.opening = QLabel()
        self.opening.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.opening.setObjectName("HeroSubtitle")
        self.stack.addWidget(self.opening)
        self.first_run = FirstRunBanner()
        self.first_run.create_requested.connect(lambda: self.create_organizer())
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(0)
        right.addWidget(self.first_run)
        right.addWidget(self.stack, 1)
        lay.addWidget(self.nav_panel)
        lay.addLayout(right, 1)
        self.setCentralWidget(central)
        self.db_label = QLabel()
        self.statusBar().addPermanentWidget(self.db_label)
        self.welcome.new_event_requested.connect(self.new_event)
        self.welcome.demo_requested.connect(self.open_demo)
        self.welcome.open_database_requested.connect(lambda: self.open_database())
        self.welcome.recent_chosen.connect(self.open_database)
        self.welcome.event_chosen.connect(self.open_event)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for path in preferences.recent_files():
            self.recent_menu.addAction(path, lambda p=path: self.open_database(p))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(self.tr("（暂无）")).setEnabled(False)

    # -- navigation ---------------------------------------------------------------------------------
    def _nav_changed(self, name: str) -> None:
        view = self.views.get(name)
        if view is None:
            return
        self.stack.setCurrentWidget(view)
        view.activate()

    def show_view(self, name: str) -> View | None:
        if name not in self.views:
            return None
        if self.nav.current_name() == name:
            self._nav_changed(name)
        else:
            self.nav.select(name)
        return self.views[name]

    def focus_search(self) -> None:
        view = self.current_view()
        box = view.search_box() if view is not None else None
        if box is not None:
            box.setFocus()
            box.selectAll()

    def may_leave(self) -> bool:
        """Ask before unsaved edits (rules being edited) would be lost."""
        unsaved = [v for v in self.views.built() if v.has_unsaved_changes()]
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
        unreadable = ""
        try:
            events = _events(self.ctx)
        except UserError as e:
            # the events cannot be listed (a damaged setting, say): the welcome screen still
            # shows, offering another file, and says why the list is empty
            events, unreadable = [], user_error_text(e)
        self.welcome.set_state(
            self.ctx.db.display_name() if self.ctx else "",
            events,
            preferences.recent_files(),
            unreadable,
        )
        self.stack.setCurrentWidget(self.welcome)
        self.nav_panel.hide()
        self.view_menu.setEnabled(False)
        self.close_event_action.setEnabled(False)
        self._update_titles()

    # -- opening --------------------------------------------------------------------------------------
    def show_opening(self, database: str) -> None:
        """What the window shows while it opens its first database: its name, and no pages."""
        self.opening.setText(self.tr("正在打开 %1……").replace("%1", database))
        self.stack.setCurrentWidget(self.opening)
        self.nav_panel.hide()
        self.view_menu.setEnabled(False)
        self.close_event_action.setEnabled(False)

    def open_at_start(self, db: str, event_id: int | None) -> bool:
        """Open the database the app was started on (a new SQLite file is created, as on the
        command line), logging in if it has users, then the event `event_id`, else the only
        event, else the welcome screen. A database that cannot be opened is said in a message
        box, and the welcome screen offers another; False then, or when the log-in was cancelled."""
        from competition_app.storage.database import Database
        from competition_app.ui.window.opening import login_context

        try:
            database = Database(db)
        except UserError as e:
            self.show_welcome()
            show_user_error(self, e)
            return False
        try:
            ctx = login_context(database, self)
        except BaseException:
            database.dispose()  # the start shows the welcome screen and reports the error
            raise
        if ctx is None:
            database.dispose()  # nobody logged in: let go of the file
            self.show_welcome()
            return False
        self._set_context(ctx)
        if event_id is None:
            events = _events(ctx)
            event_id = events[0].id if len(events) == 1 else None
        if event_id is None:
            self.show_welcome()
        else:
            self.open_event(event_id)
        return True

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
        from competition_app.storage.database import Database
        from competition_app.ui.window.opening import login_context

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
        events = _events(self.ctx)
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
        self.session.changed.connect(self._session_changed)
        entries, factories = [], {}
        for section, name, factory in pages():
            if name == "users" and not self.session.can("users"):
                continue  # the organizer's page; other roles do not see it
            if name == "audit" and not self.session.can("audit"):
                continue  # the service refuses the trail to judges; no page to fail on
            factories[name] = factory
            entries.append((section, name))
        # each page is built when first shown: opening the event builds and loads one
        self.views = LazyPages(self.session, self.stack, factories, self._page_built)
        self.nav.set_pages(entries)
        for name, action in self.page_actions.items():
            action.setVisible(name in self.views)
        self.nav_panel.show()
        self.view_menu.setEnabled(True)
        self.close_event_action.setEnabled(True)
        self._update_titles()
        if self.backups.scheduler is None or self.backups.scheduler.ctx is not self.ctx:
            self.backups.attach(self.ctx)
        self.show_view(str(preferences.app_settings().value("window/view", "event")))
        if self.nav.current_name() is None:
            self.show_view("event")
        # after the first page has started its load, so that load is not the one kept waiting
        self.backups.event_opened()

    def _page_built(self, view: View) -> None:
        created = getattr(view, "organizer_created", None)
        if created is not None:
            created.connect(self._organizer_created)

    def _close_event(self) -> None:
        if self.session is None:
            return
        current = self.current_view()
        if current is not None:
            preferences.app_settings().setValue("window/view", current.name)
        for view in self.views.built():
            view.save_state()
            self.stack.removeWidget(view)
            view.deleteLater()
        self.views = LazyPages()
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
            who = self.tr("用户：%1").replace("%1", self.ctx.user)
            role = self._role()
            if role:
                from competition_app.ui.integrity.user_dialog import role_label

                who += self.tr("（%1）").replace("%1", role_label(role))
            text = who + "  ·  " + text
        self.db_label.setText(text)
        self.db_label.setToolTip(db)
        has_users = _has_users(self.ctx)
        self.first_run.show_for(self.ctx is not None and not has_users)
        self.switch_user_action.setEnabled(has_users)

    def _role(self) -> str | None:
        from competition_app.services.integrity.permissions import acting_role

        assert self.ctx is not None
        try:
            return acting_role(self.ctx)
        except UserError:
            return None

    def _session_changed(self, topic: str) -> None:
        if topic in ("users", "event", "external"):
            self._update_titles()

    # -- users ------------------------------------------------------------------------------------
    def create_organizer(self) -> UserDialog | None:
        """Create the first account (an organizer) and log in as them: the end of single-user
        mode, offered by the banner and the Users page."""
        from competition_app.ui.integrity.user_dialog import UserDialog

        if self.ctx is None or _has_users(self.ctx):
            return None
        dialog = UserDialog(self.ctx, "first", parent=self)
        dialog.accepted.connect(lambda: self._organizer_created(dialog.saved.name))
        self.user_dialog = dialog
        dialog.open()
        return dialog

    def _organizer_created(self, name: str) -> None:
        from competition_app.services.context import Context

        assert self.ctx is not None
        event_id = self.session.event_id if self.session is not None else None
        self._close_event()
        self.ctx = Context(self.ctx.db, user=name)
        self.backups.attach(self.ctx)
        if event_id is not None:
            self.open_event(event_id)
        else:
            self.show_welcome()
        self.statusBar().showMessage(
            self.tr("已创建赛务管理员“%1”并登录；下次打开本数据库需要登录。").replace("%1", name),
            8000,
        )

    def switch_user(self) -> bool:
        """Log out and let someone log in on the same database, without opening it again; the
        event stays open for them, with the pages their role sees. Cancelled, nobody is logged
        in: the database is closed and the welcome page shown."""
        if self.ctx is None or not _has_users(self.ctx) or not self.may_leave():
            return False
        event_id = self.session.event_id if self.session is not None else None
        before = self.ctx.user
        self._close_event()  # the pages were built for the old user's role
        db = self.ctx.db
        ctx = prompts.login(self, db)
        if ctx is None:
            self.ctx = None
            self.backups.attach(None)
            db.dispose()
            self.show_welcome()
            self.statusBar().showMessage(self.tr("“%1”已注销。").replace("%1", before), 8000)
            return False
        self.ctx = ctx
        self.backups.attach(ctx)
        if event_id is not None:
            self.open_event(event_id)
        else:
            self.show_welcome()
        self.statusBar().showMessage(self.tr("已切换为“%1”。").replace("%1", ctx.user), 8000)
        return True

    # -- actions ----------------------------------------------------------------------------------------
    def new_event(self) -> NewEventWizard | None:
        from competition_app.ui.setup.new_event_wizard import NewEventWizard

        if self.ctx is None:
            return None
        wizard = NewEventWizard(self.ctx, self)
        wizard.accepted.connect(
            lambda: wizard.event_id is not None and self.open_event(wizard.event_id)
        )
        self.wizard = wizard
        wizard.open()
        return wizard

    def open_demo(self, path: str | Path | None = None) -> Task | None:
        from competition_app.ui.window.opening import open_demo

        def opened(ctx: Context, event_id: int) -> None:
            self._set_context(ctx)
            self.open_event(event_id)

        def settled() -> None:
            # still on the start's opening page: the demo did not open; offer another database
            if self.session is None and self.stack.currentWidget() is self.opening:
                self.show_welcome()

        self.demo_task = open_demo(self, path, opened, settled)
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
        events = {e.id for e in _events(ctx)}
        if event_id in events:
            self.open_event(event_id)
        else:
            self.show_welcome()

    def open_settings(self) -> SettingsDialog:
        return open_settings_dialog(self)

    def open_log_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_dir())))

    def about(self) -> QWidget:
        return open_about_dialog(self)

    # -- state ------------------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.may_leave():
            event.ignore()
            return
        current = self.current_view()
        if current is not None:
            preferences.app_settings().setValue("window/view", current.name)
        for view in self.views.built():
            view.save_state()
        preferences.save_window(self)
        super().closeEvent(event)
