"""Backups from the window: one when an event opens, then every few minutes while data changes,
one on request, and restoring a chosen backup. The snapshots run off the UI thread."""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from competition_app.domain.errors import UserError
from competition_app.settings import AppSettings, load_settings
from competition_app.ui.common import prompts
from competition_app.ui.common.workers import Task, run_task
from competition_app.ui.window.crash_reporting import error_text, show_user_error
from competition_app.ui.window.translation import domain_label

if TYPE_CHECKING:  # the services are imported when first used: the window shows before them
    from competition_app.services.backup.backups import BackupInfo, BackupScheduler
    from competition_app.services.context import Context

TICK_MS = 60_000
# How far below the window's own work an automatic backup runs (a Unix nice value).
BACKGROUND_NICE = 10
MAX_NICE = 19

T = TypeVar("T")


def below_the_window(work: Callable[[], T]) -> T:
    """`work()` in a thread of its own at a lower CPU priority, waited for.

    The backup when an event opens copies, checks and hashes the whole database file (217 MB for
    a city contest): at the normal priority it took the two cores from the opening page's
    queries and the window's build, doubling the time to a usable page. The snapshot is the same
    (it reads one consistent state whenever it runs); it only yields the CPU. A thread of its
    own because a thread's priority cannot be raised again, and the pool's threads go on to run
    other work. Where there is no `os.setpriority` (Windows) the work runs as it is.
    """
    if not hasattr(os, "setpriority"):
        return work()
    result: list[T] = []
    failure: list[BaseException] = []

    def run() -> None:
        tid = threading.get_native_id()
        with contextlib.suppress(OSError):  # not allowed here: the usual priority, then
            nice = os.getpriority(os.PRIO_PROCESS, tid)
            os.setpriority(os.PRIO_PROCESS, tid, min(MAX_NICE, nice + BACKGROUND_NICE))
        try:
            result.append(work())
        except BaseException as e:  # handed to the waiting task, which reports it
            failure.append(e)

    thread = threading.Thread(target=run, name="background backup")
    thread.start()
    thread.join()
    if failure:
        raise failure[0]
    return result[0]


class BackupControl(QObject):
    """Owns the BackupScheduler of the open database and its timer.

    Signals:
        message(str): a line for the status bar (a backup was taken, or could not be).
        restored(object): the Context of the database after a restore.
    """

    message = Signal(str)
    restored = Signal(object)

    def __init__(
        self, window: QWidget, settings: Callable[[], AppSettings] = load_settings
    ) -> None:
        super().__init__(window)
        self.window = window
        self._settings = settings
        self.scheduler: BackupScheduler | None = None
        self.task: Task | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)

    @property
    def folder(self) -> Path:
        return self._settings().backup_dir

    def attach(self, ctx: Context | None) -> None:
        """Start backing up `ctx`'s database (None, or a server database: nothing to do)."""
        self.timer.stop()
        self.scheduler = None
        if ctx is None or ctx.db.path is None:
            return
        from competition_app.services.backup.backups import BackupScheduler

        s = self._settings()
        self.scheduler = BackupScheduler(
            ctx, s.backup_dir, interval_minutes=s.backup_interval_minutes, keep=s.backup_keep
        )
        self.timer.start()

    def _run(
        self, work: Callable[[], BackupInfo | None], label: str, *, quiet: bool = True
    ) -> Task | None:
        if self.task is not None and not self.task.done:
            return None  # one snapshot at a time
        self.task = run_task(
            self.window,
            # an automatic backup yields the CPU; one the user asked for and waits on does not
            lambda progress: below_the_window(work) if quiet else work(),
            self._done,
            label=label,
            on_error=self._failed,
            cancellable=False,
            show_after_ms=10_000 if quiet else 300,
        )
        return self.task

    def event_opened(self) -> Task | None:
        scheduler = self.scheduler
        if scheduler is None:
            return None
        return self._run(scheduler.event_opened, self.tr("正在备份……"))

    def tick(self) -> Task | None:
        scheduler = self.scheduler
        if scheduler is None or not scheduler.due():
            return None
        return self._run(scheduler.tick, self.tr("正在自动备份……"))

    def backup_now(self, ctx: Context) -> Task | None:
        from competition_app.services.backup.backups import backup_now

        folder = self.folder
        return self._run(
            lambda: backup_now(ctx, folder, reason="manual"), self.tr("正在备份……"), quiet=False
        )

    def _done(self, info: BackupInfo | None) -> None:
        if info is not None:
            self.message.emit(
                self.tr("已备份（%1）：%2")
                .replace("%1", domain_label(info.reason_label))
                .replace("%2", str(info.path))
            )

    def _failed(self, exc: BaseException) -> None:
        self.message.emit(self.tr("备份失败：%1").replace("%1", error_text(exc)))

    def restore_dialog(self, ctx: Context) -> Any:
        """The dialog listing this database's backups; accepting it restores the chosen one."""
        from competition_app.services.backup.backups import list_backups, preview_backup
        from competition_app.services.backup.restore import (
            Countersign,
            CountersignRequired,
            restore_backup,
        )
        from competition_app.ui.backup.restore_dialog import RestoreDialog

        assert ctx.db.path is not None
        folder = self.folder
        dialog = RestoreDialog(
            list_backups(ctx.db.path, folder),
            preview_backup,
            current=preview_backup(ctx.db.path),
            parent=self.window,
        )

        def accepted() -> None:
            path = dialog.selected_path()
            if path is None:
                return
            self.timer.stop()
            try:
                try:
                    restored = restore_backup(ctx, path, folder)
                except CountersignRequired as needed:
                    answer = prompts.countersign(self.window, str(needed))
                    if answer is None:
                        raise
                    restored = restore_backup(ctx, path, folder, countersign=Countersign(*answer))
            except UserError as e:
                self.timer.start()
                self.message.emit(self.tr("未能恢复：%1").replace("%1", error_text(e)))
                show_user_error(self.window, e)
                return
            self.message.emit(self.tr("已从备份恢复：%1").replace("%1", path.name))
            self.restored.emit(restored)

        dialog.accepted.connect(accepted)
        return dialog
