"""Opening a database: logging in when it has users, and the demo event in its own file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from competition_app.domain.errors import UserError
from competition_app.services.context import Context
from competition_app.services.integrity.users import users_exist
from competition_app.storage.database import Database
from competition_app.ui.common import prompts
from competition_app.ui.common.workers import Task, run_task
from competition_app.ui.window.crash_reporting import show_user_error


def demo_database_path() -> Path:
    """The demo event lives in its own file, so trying it never touches a real event."""
    from competition_app.settings import demo_database

    return demo_database()


def login_context(db: Database, parent: QWidget | None = None) -> Context | None:
    """A Context for `db`: single-user when it has no users, else after logging in (None when
    the user cancelled)."""
    if not users_exist(db):
        return Context(db)
    ctx = prompts.login(parent, db)
    return ctx if isinstance(ctx, Context) else None


def open_demo(
    parent: QWidget,
    path: str | Path | None,
    opened: Callable[[Context, int], None],
    settled: Callable[[], None] = lambda: None,
) -> Task | None:
    """Build (or find) the demo event off the UI thread, then `opened(ctx, event_id)`.

    `path` is a file or a server URL (kept as text: a Path would fold its "//"). A demo database
    that has users since someone created the organizer's account in it asks for the log-in
    first, on the UI thread. None, after `settled()`, when that was cancelled or the database
    cannot be opened; `settled()` is also called once the task has ended, opened or not (the
    caller tells which).
    """
    target = str(path or demo_database_path())
    ctx: Context | None = None
    if "://" in target or Path(target).exists():
        try:
            db = Database(target)
        except UserError as e:
            show_user_error(parent, e)
            settled()
            return None
        ctx = login_context(db, parent)
        if ctx is None:
            db.dispose()
            settled()
            return None

    def work(progress: Any) -> tuple[Context, int]:
        # imported here: opening any other database on the start's path does not wait for them
        from competition_app.services.setup.demo import DEMO_NAME, build_demo_event
        from competition_app.services.setup.events import list_events

        acting = ctx if ctx is not None else Context(Database(target))
        # an existing demo opens for any role; only building it needs the right to make events
        found = [e.id for e in list_events(acting) if e.name == DEMO_NAME]
        return acting, found[0] if found else build_demo_event(acting)

    task = run_task(
        parent,
        work,
        lambda result: opened(*result),
        label=QCoreApplication.translate("MainWindow", "正在准备演示赛事……"),
        on_error=lambda e: show_user_error(parent, e),  # type: ignore[arg-type]
    )
    task.finished.connect(settled)  # after the callbacks, whatever the outcome
    return task
