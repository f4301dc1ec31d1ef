"""Long work (imports, recomputing results) on a thread pool, with a cancellable progress dialog.

Only the callbacks, which run on the UI thread, touch widgets (as Anki's operations do).
"""

from __future__ import annotations

import contextlib
import sys
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from competition_app.domain.errors import UserError


class Cancelled(Exception):
    """Raised inside a task when the user pressed Cancel; the task's result is thrown away."""


class Progress:
    """Handed to a task: call it with (done, total, text); it raises Cancelled once cancelled."""

    def __init__(self, relay: _Relay) -> None:
        self._relay = relay
        self._cancel = threading.Event()

    def __call__(self, done: int, total: int, text: str = "") -> None:
        if self._cancel.is_set():
            raise Cancelled
        self._relay.progress.emit(done, total, text)

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()


class _Relay(QObject):
    """Carries a task's outcome from the worker thread to the UI thread (queued signals).

    Signals:
        progress(int, int, str): done, total and a line of text.
        succeeded(object): the task's return value.
        failed(object): the exception the task raised.
        cancelled(): the task stopped because the user cancelled.
    """

    progress = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[Progress], Any], progress: Progress, relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._fn, self._progress, self._relay = fn, progress, relay

    def run(self) -> None:
        try:
            result = self._fn(self._progress)
        except Cancelled:
            _tell(self._relay.cancelled)
        except BaseException as e:
            _tell(self._relay.failed, e)
        else:
            if self._progress.cancelled:
                _tell(self._relay.cancelled)
            else:
                _tell(self._relay.succeeded, result)


def _tell(signal: Any, *args: Any) -> None:
    """Emit, unless the page that asked is gone (its window closed while the work ran): then no
    one is left to tell, and Qt's "Signal source has been deleted" would only be a traceback on
    the console as the app quits."""
    with contextlib.suppress(RuntimeError):
        signal.emit(*args)


_running: set[Task] = set()


class _ProgressDialog(QProgressDialog):
    """A progress box that only appears over the page that asked for the work: if the user has
    moved to another page when it is due, it waits until that page is shown again."""

    def __init__(self, label: str, cancel: str, owner: QWidget | None) -> None:
        super().__init__(label, cancel, 0, 0, owner)
        self._owner = owner
        self._waiting = False
        if owner is not None:
            owner.installEventFilter(self)

    def setVisible(self, visible: bool) -> None:
        owner = self._owner
        if visible and owner is not None and shiboken6.isValid(owner) and not owner.isVisible():
            self._waiting = True  # shown when the page is
            return
        self._waiting = False
        super().setVisible(visible)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._owner and event.type() == QEvent.Type.Show and self._waiting:
            self._waiting = False
            super().setVisible(True)
        return False

    def reset_waiting(self) -> None:
        self._waiting = False


class Task(QObject):
    """One piece of background work and its progress dialog.

    Signals:
        finished(): emitted on the UI thread once the task succeeded, failed or was cancelled,
            after the callbacks ran (`done` is True from then on).
    """

    finished = Signal()

    def __init__(
        self,
        parent: QWidget | None,
        fn: Callable[[Progress], Any],
        on_done: Callable[[Any], None],
        *,
        label: str,
        on_error: Callable[[BaseException], None] | None = None,
        on_cancel: Callable[[], None] | None = None,
        cancellable: bool = True,
        show_after_ms: int = 400,
    ) -> None:
        super().__init__(None)
        self._relay = _Relay()
        self.progress = Progress(self._relay)
        self._on_done, self._on_error, self._on_cancel = on_done, on_error, on_cancel
        self._owner = parent
        self.done = False
        self.dialog = _ProgressDialog(label, self.tr("取消") if cancellable else "", parent)
        self.dialog.setWindowTitle(self.tr("请稍候"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(show_after_ms)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        if not cancellable:
            self.dialog.setCancelButton(None)
        self.dialog.canceled.connect(self.cancel)
        q = Qt.ConnectionType.QueuedConnection
        self._relay.progress.connect(self._on_progress, q)
        self._relay.succeeded.connect(self._succeeded, q)
        self._relay.failed.connect(self._failed, q)
        self._relay.cancelled.connect(self._cancelled, q)
        self._runnable = _Runnable(fn, self.progress, self._relay)

    def start(self) -> Task:
        _running.add(self)
        QThreadPool.globalInstance().start(self._runnable)
        return self

    @Slot()
    def cancel(self) -> None:
        if not self.done:
            self.progress.cancel()
            self.dialog.setLabelText(self.tr("正在取消……"))

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, text: str) -> None:
        if self.done:
            return
        self.dialog.setMaximum(max(total, 0))
        self.dialog.setValue(min(done, total) if total > 0 else 0)
        if text:
            self.dialog.setLabelText(text)

    def _close_dialog(self) -> bool:
        """Close the progress dialog; False when the widget that asked for the work is gone
        (its page was closed meanwhile), so the result has nowhere to go."""
        if shiboken6.isValid(self.dialog):
            self.dialog.reset_waiting()
            self.dialog.canceled.disconnect(self.cancel)
            self.dialog.reset()
            self.dialog.hide()
            self.dialog.deleteLater()
        return self._owner is None or shiboken6.isValid(self._owner)

    def _end(self) -> None:
        self.done = True
        _running.discard(self)
        self.finished.emit()

    @Slot(object)
    def _succeeded(self, result: Any) -> None:
        try:
            if self._close_dialog():
                self._on_done(result)
        finally:
            self._end()

    @Slot(object)
    def _failed(self, exc: BaseException) -> None:
        try:
            owner_alive = self._close_dialog()
            if self._on_error is not None and isinstance(exc, UserError):
                if owner_alive:
                    self._on_error(exc)
            else:
                sys.excepthook(type(exc), exc, exc.__traceback__)
        finally:
            self._end()

    @Slot()
    def _cancelled(self) -> None:
        try:
            if self._close_dialog() and self._on_cancel is not None:
                self._on_cancel()
        finally:
            self._end()


def run_task(
    parent: QWidget | None,
    fn: Callable[[Progress], Any],
    on_done: Callable[[Any], None],
    *,
    label: str,
    on_error: Callable[[BaseException], None] | None = None,
    on_cancel: Callable[[], None] | None = None,
    cancellable: bool = True,
    show_after_ms: int = 400,
) -> Task:
    """Run `fn(progress)` on the thread pool; `on_done(result)` runs on the UI thread.

    A UserError goes to `on_error` (shown in plain words); any other exception is a bug and goes
    to the excepthook (logged, reported).
    """
    return Task(
        parent,
        fn,
        on_done,
        label=label,
        on_error=on_error,
        on_cancel=on_cancel,
        cancellable=cancellable,
        show_after_ms=show_after_ms,
    ).start()


def running_tasks() -> int:
    return len(_running)
